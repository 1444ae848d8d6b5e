"""Start nlinkoop from a source tree: `python main.py [FILE.db]` or a command (see --help)."""

from nlinkoop.app import run

raise SystemExit(run())
