"""`python -m nlinkoop`: the same program as the `nlinkoop` command."""

from nlinkoop.app import run

raise SystemExit(run())
