"""Charts as inline SVG strings (no JavaScript, no external library).

* :func:`speaker_bars`: quotes per speaker, the top ``n`` as horizontal bars in the
  speakers' highlight colours.
* :func:`timeline`: mentions (and quotes) per day or month, when documents have dates.

All text is escaped; the SVG is safe to inline in the report.
"""

from __future__ import annotations

from collections import Counter
from html import escape

FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def speaker_bars(speakers: list[tuple], n: int = 20, width: int = 640) -> str:
    """``speakers``: ``(name, quotes, colour)`` or ``(name, quotes, colour, href)``, most quotes first."""
    rows = [tuple(sp) + (None,) * (4 - len(sp)) for sp in speakers if sp[1] > 0][:n]
    if not rows:
        return '<p class="empty">No quotes.</p>'
    label_w, bar_h, gap, top = 190, 18, 6, 8
    top_count = max(r[1] for r in rows)
    bar_w = width - label_w - 60
    height = top + len(rows) * (bar_h + gap)
    parts = [
        f'<svg class="chart" role="img" aria-label="Quotes per speaker" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" {FONT}>'
    ]
    for k, (name, count, colour, href) in enumerate(rows):
        y = top + k * (bar_h + gap)
        w = max(2, round(bar_w * count / top_count))
        short = name if len(name) <= 28 else name[:27] + "…"
        link = f'<a href="{escape(href)}">' if href and href.startswith("#") else "<a>"
        parts.append(
            f"{link}<g><title>{escape(name)}: {count}</title>"
            f'<text x="{label_w - 8}" y="{y + bar_h - 5}" text-anchor="end">{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" rx="3" fill="{escape(colour)}" '
            f'stroke="#888" stroke-width="0.5"/>'
            f'<text x="{label_w + w + 6}" y="{y + bar_h - 5}">{count}</text></g></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def periods(dates: list[str]) -> tuple[str, list[str]]:
    """Bucket ``YYYY-MM-DD`` dates by day, or by month when they span more than 92 days."""
    days = sorted(d for d in dates if d)
    if not days:
        return "day", []
    from datetime import date

    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    if (last - first).days > 92:
        months, y, m = [], first.year, first.month
        while (y, m) <= (last.year, last.month):
            months.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return "month", months
    from datetime import timedelta

    return "day", [(first + timedelta(days=k)).isoformat() for k in range((last - first).days + 1)]


def timeline(series: dict[str, list[str]], width: int = 640, height: int = 220) -> str:
    """``series``: name -> one ``YYYY-MM-DD`` date per event (``""`` when unknown). Lines per day/month."""
    colours = ["#1f6feb", "#d1495b", "#2a9d8f", "#e9c46a"]
    all_dates = [d for dates in series.values() for d in dates if d]
    unit, buckets = periods(all_dates)
    if not buckets:
        return '<p class="empty">No dates in the documents: no timeline.</p>'
    key = (lambda d: d[:7]) if unit == "month" else (lambda d: d)
    counts = {name: Counter(key(d) for d in dates if d) for name, dates in series.items()}
    top_count = max([1] + [c for cnt in counts.values() for c in cnt.values()])
    left, right, top, bottom = 44, 36, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(buckets) - 1, 1)

    def xy(k: int, c: int) -> tuple[float, float]:
        return left + (k * step if len(buckets) > 1 else plot_w / 2), top + plot_h - plot_h * c / top_count

    parts = [
        f'<svg class="chart" role="img" aria-label="Mentions over time" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" {FONT}>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="#999"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + plot_h}" stroke="#999"/>',
        f'<text x="{left - 6}" y="{top + 4}" text-anchor="end">{top_count}</text>',
        f'<text x="{left - 6}" y="{top + plot_h}" text-anchor="end">0</text>',
    ]
    label_every = max(1, -(-len(buckets) * 76 // plot_w))
    for k, b in enumerate(buckets):
        if k % label_every == 0 or k == len(buckets) - 1:
            x, _ = xy(k, 0)
            parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 16}" text-anchor="middle">{escape(b)}</text>')
    lx = left + 10
    for n, (name, cnt) in enumerate(counts.items()):
        colour = colours[n % len(colours)]
        points = [xy(k, cnt.get(b, 0)) for k, b in enumerate(buckets)]
        parts.append(
            f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="'
            + " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
            + '"/>'
        )
        if len(points) <= 120:
            for (x, y), b in zip(points, buckets):
                parts.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{colour}">'
                    f"<title>{escape(name)} {escape(b)}: {cnt.get(b, 0)}</title></circle>"
                )
        parts.append(
            f'<rect x="{lx}" y="4" width="12" height="12" fill="{colour}"/>'
            f'<text x="{lx + 16}" y="14">{escape(name)}</text>'
        )
        lx += 36 + 7 * len(name)
    parts.append(f'<text x="{width - right}" y="{height - 4}" text-anchor="end" fill="#666">per {unit}</text>')
    parts.append("</svg>")
    return "".join(parts)
