"""Benchmarks for nlinkoop (`make bench`): each figure timed against a baseline of the same run.

Run `python -m bench` (or `--quick`); see docs/performance.md for what each figure means.
"""
