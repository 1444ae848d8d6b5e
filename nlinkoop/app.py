"""Composition root: the command line or the window, depending on the arguments."""

import sys


def run(argv: list[str] | None = None) -> int:
    """Run nlinkoop with command-line arguments; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    from nlinkoop.cli.main import main

    return main(args)
