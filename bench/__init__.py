"""Benchmarks (``make bench``) and their helpers; not installed with the package.

The scripts run as ``python bench/NAME.py`` from the repository root; the tests import
the helpers (``bench.synthetic``, ``bench.browser``) with the root on ``sys.path``.
"""
