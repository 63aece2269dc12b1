"""Quote attribution for Swedish news: who said what."""

from .records import Quote

__all__ = ["Quote", "extract_quotes"]


def extract_quotes(doc):
    from .component import extract_quotes as _extract

    return _extract(doc)
