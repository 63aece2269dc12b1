"""Bytes to text: encoding detection and newline normalisation.

Order: a byte-order mark wins (UTF-8/UTF-16/UTF-32); then strict UTF-8; then CP1252 when
every non-ASCII character it gives is a Western letter or mark; only if
that fails, charset-normalizer guesses, and for Western text (what old Swedish
archives are: CP1252 or Latin-1) CP1252 is preferred, falling back to Latin-1 for
the five bytes CP1252 leaves undefined. Newlines become ``\\n``; nothing else in
the text is changed, so character offsets stay valid.
"""

from __future__ import annotations

import codecs
import re

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# Encodings (as charset-normalizer names them) that mean "Western European single byte".
WESTERN = {
    "cp1252",
    "windows_1252",
    "latin_1",
    "iso8859_1",
    "iso8859_15",
    "iso8859_9",
    "cp1250",
    "iso8859_2",
    "cp850",
    "cp437",
    "mac_roman",
    "mac_latin2",
    "cp1254",
    "cp1257",
    "iso8859_4",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_16",
    "ascii",
}
WESTERN_LANGUAGES = {
    "Swedish",
    "English",
    "German",
    "French",
    "Danish",
    "Norwegian",
    "Finnish",
    "Dutch",
    "Spanish",
    "Italian",
    "Portuguese",
    "Unknown",
    "",
}

_NEWLINES = re.compile(r"\r\n?")


# Invisible formatting characters that scraped text carries inside words and names ("säger \u200bIngemar
# Kihlström", "justitie\u00administer"): zero-width space, soft hyphen, word joiner, a BOM inside the text.
_INVISIBLE = re.compile("[\u200b\u00ad\u2060\ufeff]")


def normalise_text(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, and invisible formatting characters (zero-width space,
    soft hyphen, word joiner, BOM) are removed; nothing else changes."""
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The Python codec name to decode ``data`` with (see module docstring)."""
    for bom, name in BOMS:
        if data.startswith(bom):
            return name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte sequence cut at the end of a sample is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    if declared:
        try:
            name = codecs.lookup(declared).name
            if name not in ("utf-8",):
                data.decode(name)
                return "cp1252" if name in ("iso8859-1", "latin-1", "ascii") and _cp1252_ok(data) else name
        except (LookupError, UnicodeDecodeError):
            pass
    if _looks_western(data):
        return "cp1252"
    guess = _charset_normalizer_guess(data)
    if guess is None or guess[0] in WESTERN or guess[1] in WESTERN_LANGUAGES:
        return "cp1252" if _cp1252_ok(data) else "latin-1"
    return guess[0]


# Non-ASCII characters that Western (Swedish) text decoded as CP1252 is made of.
_WESTERN_CHARS = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ–—‘’‚“”„•…€«»°§½¼¾²³´·×÷¡¿©®™ŠšŽžŒœŸ\u00a0"
)


def _looks_western(data: bytes) -> bool:
    """CP1252 decodes the bytes and (nearly) every non-ASCII character is a Western letter or mark."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    other = [ch for ch in text if ord(ch) > 127]
    if not other:
        return True
    western = sum(ch in _WESTERN_CHARS for ch in other)
    return western / len(other) >= 0.9


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def _charset_normalizer_guess(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    return best.encoding, best.language


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode a whole document and normalise its newlines."""
    encoding = detect_encoding(data, declared)
    return normalise_text(data.decode(encoding, errors="replace"))
