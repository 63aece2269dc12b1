"""``python -m nlp_pipeline``: the same as the ``nlp-pipeline`` command."""

from .cli import main

main()
