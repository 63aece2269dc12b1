"""Scorers: quote attribution against gold annotations; the dev set as users get it."""

from .dev import evaluate_dev, format_dev
from .quotes import evaluate_quotes, format_table, score_quotes

__all__ = ["evaluate_dev", "evaluate_quotes", "format_dev", "format_table", "score_quotes"]
