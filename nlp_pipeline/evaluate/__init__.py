"""Scorers: quote attribution against gold annotations."""

from .quotes import evaluate_quotes, format_table, score_quotes

__all__ = ["evaluate_quotes", "format_table", "score_quotes"]
