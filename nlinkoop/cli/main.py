"""The command line: argument parsing, dispatch, and one-line errors instead of tracebacks."""

import argparse
import contextlib
import signal
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

from nlinkoop import __version__
from nlinkoop.processes import STOP_SIGNALS

PROG = "nlinkoop"
STDOUT = "-"  # as an output file: standard output (kept a string: Path("./-") is Path("-"))

DESCRIPTION = """\
Prepare supplier meetings and negotiations the relational way.

Without a command, nlinkoop opens the workbook window (on FILE.db if given).
Commands work on a workbook file without opening a window."""


class OneLineError(Exception):
    """A usage error, reported as one line like every other error."""


class Stopped(BaseException):  # noqa: N818 - what happened, like KeyboardInterrupt
    """SIGTERM or SIGHUP arrived (a log-off, a shutdown, `kill`) while a command ran.

    Raised where the command is, so that its `finally` blocks run: the lock is released and
    temporary files go; the workbook is its old or its new version, as after any failure.
    A BaseException, so that no `except Exception` takes it for an error of its own.

    Attributes:
        number: the signal.
    """

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise OneLineError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    """The parser for all commands; the window's own arguments are parsed in `nlinkoop.app`."""
    parser = _Parser(
        prog=PROG,
        usage=f"{PROG} [FILE.db] | {PROG} COMMAND ...",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{PROG} {__version__}",
        help="show the version (with --verbose also the Python and PySide6 it runs on)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str, run: str) -> _Parser:
        cmd: _Parser = sub.add_parser(
            name, prog=f"{PROG} {name}", help=help_text, description=help_text
        )
        cmd.add_argument("--version", action="version", version=f"{PROG} {__version__}")
        cmd.set_defaults(run=run)
        return cmd

    new = command("new", "Create an empty workbook (never overwrites a file).", "new")
    new.add_argument("file", metavar="FILE.db", type=Path)

    example = command(
        "example",
        "Create a workbook with the built-in example preparations (never overwrites a file).",
        "example",
    )
    example.add_argument("file", metavar="FILE.db", type=Path)

    listing = command("list", "List the preparations in a workbook.", "list_")
    listing.add_argument("file", metavar="FILE.db", type=Path)
    listing.add_argument("--json", action="store_true", help="print a JSON array")

    check = command(
        "check", "Check that a file is a sound nlinkoop workbook (changes nothing).", "check"
    )
    check.add_argument("file", metavar="FILE.db", type=Path)

    export = command("export-json", "Export preparations as JSON.", "export_json")
    export.add_argument("file", metavar="FILE.db", type=Path)
    export.add_argument(
        "-o", "--output", metavar="OUT.json", default=STDOUT, help="write here (default: stdout)"
    )
    export.add_argument(
        "--id", dest="ids", metavar="ID", action="append", help="only this preparation (repeat)"
    )

    imp = command(
        "import-json",
        "Import preparations from JSON; a preparation whose id exists is replaced. "
        "Everything is checked first: on any error nothing is written.",
        "import_json",
    )
    imp.add_argument("file", metavar="FILE.db", type=Path)
    imp.add_argument("source", metavar="IN.json", help="a JSON file, or - for standard input")

    merge = command(
        "merge",
        "Merge a colleague's copy of a workbook into yours: new and changed records come in, "
        "the newer change wins where both changed the same field (each such conflict is "
        "listed). INTO is backed up first and then replaced whole.",
        "merge",
    )
    merge.add_argument("source", metavar="FROM.db", type=Path, help="read only, never changed")
    merge.add_argument("file", metavar="INTO.db", type=Path, help="the workbook that changes")
    merge.add_argument(
        "--dry-run", action="store_true", help="only report what would change; write nothing"
    )

    send = command(
        "export",
        "Write chosen preparations and the pitch profiles they use to a new workbook, "
        "to send to a colleague.",
        "export",
    )
    send.add_argument("file", metavar="FILE.db", type=Path)
    send.add_argument(
        "--id",
        dest="ids",
        metavar="ID",
        action="append",
        required=True,
        help="a preparation (see `nlinkoop list`); its first characters do; repeat for more",
    )
    send.add_argument(
        "-o",
        "--output",
        metavar="NEW.db",
        required=True,
        help="a file that does not exist yet, or - for stdout",
    )

    briefing = command(
        "briefing",
        "Write the one-page briefing (A4 PDF) of a preparation, or of each preparation.",
        "briefing",
    )
    briefing.add_argument("file", metavar="FILE.db", type=Path)
    which = briefing.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--id", metavar="ID", help="the preparation (see `nlinkoop list`); its first characters do"
    )
    which.add_argument(
        "--all", action="store_true", help="one PDF per preparation, into the folder given by -o"
    )
    briefing.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf|DIR",
        required=True,
        help="where to write (- for stdout, with --id)",
    )
    briefing.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the page (default: nl)"
    )

    award = command(
        "award",
        "Show the award simulation of a preparation: the award model, what one point is worth, "
        "who would win among the sample tenders, and whether a wish changes the winner.",
        "award",
    )
    _one_preparation(
        award, 'print a JSON object (amounts as "30000.00")', "language of the labels (default: nl)"
    )

    gate = command(
        "gate",
        "Show the legal gate for a preparation: may you negotiate here, the value checks against "
        "the European thresholds and your own procurement policy, what may and may not be "
        "discussed, and every article with its link and the day it was checked.",
        "gate",
    )
    _one_preparation(
        gate,
        "print a JSON object (see docs/public-procurement.md)",
        "language of the answer (default: nl)",
    )

    log = command(
        "log",
        "Show the log of a meeting round of a preparation (the latest round unless --meeting): "
        "each line's time, kind, text, who and by when, the topic of a trade, and which lines "
        "are internal.",
        "log",
    )
    _one_round(log)
    log.add_argument("--json", action="store_true", help="print a JSON object")

    report = command(
        "report",
        "Write the report of a meeting round to the supplier (A4 PDF): the agreements, the "
        "actions with who and by when, the open points and the next meeting; nothing internal.",
        "report",
    )
    _one_round(report)
    report.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help="where to write (- for stdout); with --text optional (default: stdout)",
    )
    report.add_argument(
        "--text", action="store_true", help="the report as text for an e-mail, not a PDF"
    )
    report.add_argument(
        "--lang", choices=("nl", "en"), default="nl", help="language of the report (default: nl)"
    )

    learned = command(
        "lessons",
        "Show the learning log: the lessons of the reflections after meetings, newest first.",
        "lessons",
    )
    learned.add_argument("file", metavar="FILE.db", type=Path)
    learned.add_argument(
        "--counterparty",
        metavar="NAME",
        help='only this supplier ("Smaakveld Catering B.V." and "smaakveld catering bv" match)',
    )
    learned.add_argument("--json", action="store_true", help="print a JSON array")

    _teamserver(command)
    return parser


def _teamserver(command: Callable[[str, str, str], "_Parser"]) -> None:
    """`server init`, `server add-user` and `sync` (docs/teamserver.md)."""
    url_help = (
        "the database, postgresql://USER@HOST[:PORT]/DATABASE[?sslrootcert=CA.pem]; TLS with a "
        "verified certificate (sslmode=verify-full) unless the server is on this computer"
    )
    server = command(
        "server",
        "Set up a teamserver (PostgreSQL) for a department, as the database's owner.",
        "server",
    )
    steps = server.add_subparsers(dest="step", metavar="STEP", parser_class=_Parser, required=True)
    init = steps.add_parser(
        "init",
        prog=f"{PROG} server init",
        help="create the teamserver's tables, roles and rules, or upgrade them",
        description="Create the teamserver's tables, roles and rules in the database, or "
        "upgrade them to this nlinkoop's version. Running it again changes nothing.",
    )
    init.add_argument("url", metavar="URL", help=url_help)
    init.set_defaults(run="server_init")
    add = steps.add_parser(
        "add-user",
        prog=f"{PROG} server add-user",
        help="add a buyer's login (the password is asked, or read from standard input)",
        description="Add a buyer's login to the teamserver. The password is asked twice, or "
        "read as one line from standard input when that is not a terminal.",
    )
    add.add_argument("url", metavar="URL", help=url_help)
    add.add_argument("name", metavar="NAME", help="the new login (lower case, digits, _ . -)")
    add.add_argument(
        "--lead", action="store_true", help="a team lead: also sets the procurement policy"
    )
    add.set_defaults(run="server_add_user")

    sync = command(
        "sync",
        "Synchronise a workbook with the teamserver: take in what colleagues shared and what "
        "you changed elsewhere, send what you changed here.",
        "sync",
    )
    sync.add_argument("file", metavar="FILE.db", type=Path)
    sync.add_argument("url", metavar="URL", help=url_help)
    sync.add_argument(
        "--team",
        metavar="ID",
        action="append",
        default=[],
        help="share this preparation of yours with the team (repeat for more)",
    )
    sync.add_argument(
        "--private",
        metavar="ID",
        action="append",
        default=[],
        help="make this preparation of yours private again (repeat for more)",
    )
    sync.add_argument("--json", action="store_true", help="print a JSON object")


def command_names() -> frozenset[str]:
    """The names of the commands, so `nlinkoop.app` can tell a command from a file name."""
    return frozenset(
        {
            "new",
            "example",
            "list",
            "check",
            "export-json",
            "import-json",
            "merge",
            "export",
            "briefing",
            "award",
            "gate",
            "log",
            "report",
            "lessons",
            "server",
            "sync",
        }
    )


def _one_preparation(cmd: argparse.ArgumentParser, json_help: str, lang_help: str) -> None:
    """The arguments of a command about one preparation: FILE.db --id ID [--json] [--lang]."""
    cmd.add_argument("file", metavar="FILE.db", type=Path)
    cmd.add_argument(
        "--id",
        metavar="ID",
        required=True,
        help="the preparation (see `nlinkoop list`); its first characters do",
    )
    cmd.add_argument("--json", action="store_true", help=json_help)
    cmd.add_argument("--lang", choices=("nl", "en"), default="nl", help=lang_help)


def _one_round(cmd: argparse.ArgumentParser) -> None:
    """The arguments of a command about one meeting round: FILE.db --id ID [--meeting N]."""
    cmd.add_argument("file", metavar="FILE.db", type=Path)
    cmd.add_argument(
        "--id",
        metavar="ID",
        required=True,
        help="the preparation (see `nlinkoop list`); its first characters do",
    )
    cmd.add_argument(
        "--meeting",
        metavar="N",
        type=_round_number,
        help="the meeting round with this number (default: the latest)",
    )


def _round_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"not a meeting number: {text!r}")
    return number


def main(argv: list[str]) -> int:
    """Run one command; returns the exit code (0 ok, 1 failed, 2 wrong usage, 128+N signal N)."""
    args = None
    _replace_what_cannot_be_shown()
    if argv[:1] == ["--version"] and "--verbose" in argv[1:]:
        from nlinkoop.build_info import describe

        print(describe())  # the Python and PySide6 this build runs on, for a support question
        return 0
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise OneLineError(f"{PROG}: no command given (see --help)")
        # Imported here, so that --help and --version answer without loading the database
        # and JSON libraries.
        from nlinkoop.cli import commands

        with _stopped_by_signals():
            return int(getattr(commands, args.run)(args))
    except Stopped as stopped:
        _fail(f"{PROG}: stopped by {signal.Signals(stopped.number).name}")
        return 128 + stopped.number
    except OneLineError as exc:
        _fail(str(exc))
        return 2
    except Exception as exc:
        from nlinkoop.cli import commands

        if isinstance(exc, commands.KNOWN_ERRORS):
            text = commands.describe(exc, getattr(args, "file", None))
            _fail("\n".join(f"{PROG}: {line}" for line in text.splitlines()))  # one per problem
            return 1
        # A bug: one line for the user, the details in a log file.
        log = commands.write_crash_log(traceback.format_exc())
        _fail(f"{PROG}: internal error ({type(exc).__name__}); details in {log}")
        return 70
    except KeyboardInterrupt:
        _fail(f"{PROG}: interrupted")
        return 130


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """Meanwhile SIGTERM and SIGHUP raise `Stopped` in the command (instead of ending it)."""
    if not STOP_SIGNALS or threading.current_thread() is not threading.main_thread():
        yield  # only the main thread can handle signals
        return

    def stop(number: int, _frame: object) -> None:
        for other in STOP_SIGNALS:  # a second signal must not cut the clean-up short
            signal.signal(other, signal.SIG_IGN)
        raise Stopped(number)

    before = {number: signal.signal(number, stop) for number in STOP_SIGNALS}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _replace_what_cannot_be_shown() -> None:
    """Print a letter the output's encoding lacks as "?" instead of failing the command.

    Windows writes to a pipe or a file in its ANSI code page (cp1252 here): a title with "Ł"
    (Łódź) made `nlinkoop list > lijst.txt` end in an internal error.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # absent when a test replaced it
        if reconfigure is not None and stream.errors == "strict":
            reconfigure(errors="replace")


def _fail(message: str) -> None:
    print(message, file=sys.stderr)
