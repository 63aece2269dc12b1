"""Quote attribution for Swedish news: who said what.

``extract_quotes(doc)`` returns the quotes of a Doc that has the entity layer's people and
organisations; ``set_quotes(doc, quotes)`` stores quotes found by a component of your own.
"""

from .records import Quote

__all__ = ["Quote", "extract_quotes", "set_quotes"]


def extract_quotes(doc, config=None):
    from .component import extract_quotes as _extract

    return _extract(doc, config)


def set_quotes(doc, quotes):
    from .component import set_quotes as _set

    return _set(doc, quotes)
