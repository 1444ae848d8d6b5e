"""The commands behind `nlinkoop COMMAND`: thin glue between files, the store, JSON and PDF.

The JSON format and the briefing are imported by the commands that use them, so each command
starts with only what it needs.
"""

import argparse
import errno
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from nlinkoop.cli.main import PROG, STDOUT, OneLineError
from nlinkoop.cli.meeting import UnknownRoundError
from nlinkoop.domain.common import utc_text
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.fileio import safe_file_name, write_atomic
from nlinkoop.interchange.errors import InterchangeError
from nlinkoop.paths import log_dir
from nlinkoop.store.errors import BadValues, WorkbookError
from nlinkoop.store.workbook import UnknownPreparation, Workbook, reading
from nlinkoop.store.workbook import check as check_file


class AmbiguousIdError(LookupError):
    """The start of an id given on the command line fits more than one preparation."""


class Refused(Exception):  # noqa: N818 - it is what the user reads, not a failure of ours
    """A known condition whose message is complete already (it names its own files)."""


KNOWN_ERRORS = (
    WorkbookError,
    InterchangeError,
    UnknownPreparation,
    AmbiguousIdError,
    UnknownRoundError,
    Refused,
    OSError,
)


def describe(exc: BaseException, workbook: Path | None = None) -> str:
    """One line for a known error, without Python's vocabulary.

    Args:
        exc: one of `KNOWN_ERRORS`.
        workbook: the workbook the command was given, named in the workbook's own errors.
    """
    if isinstance(exc, WorkbookError):
        return f"{workbook}: {exc}" if workbook else str(exc)
    if isinstance(exc, InterchangeError):
        return f"invalid JSON: {exc}"
    if isinstance(exc, UnknownPreparation):
        return str(exc.args[0]) if exc.args else "unknown preparation"
    if isinstance(exc, OSError) and not isinstance(exc, WorkbookError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}"
    return str(exc)


def new(args: argparse.Namespace) -> int:
    Workbook.create(args.file).close()
    print(f"created empty workbook {args.file}")
    return 0


def example(args: argparse.Namespace) -> int:
    from nlinkoop.examples import create_example

    create_example(args.file)
    print(f"created example workbook {args.file}")
    return 0


def print_json(data: object, *, indent: int | None = None) -> None:
    """Print `data` as JSON, its letters as they are where the output can show them all.

    Elsewhere (Windows writes pipes and files in cp1252) as escapes: the same JSON, with
    nothing lost to a "?".
    """
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    readable = encoding.startswith(("utf8", "utf16", "utf32"))
    print(json.dumps(data, ensure_ascii=not readable, indent=indent))


def list_(args: argparse.Namespace) -> int:
    with reading(args.file) as workbook:
        summaries = workbook.list_preparations()
    if args.json:
        print_json([_summary_json(s) for s in summaries], indent=2)
    else:
        print(_summary_table(summaries))
    return 0


def _summary_json(summary: PreparationSummary) -> dict[str, str | None]:
    return {
        "id": summary.id,
        "title": summary.title,
        "counterparty": summary.counterparty,
        "meeting_date": summary.meeting_date.isoformat() if summary.meeting_date else None,
        "updated_at": utc_text(summary.updated_at),
        "updated_by": summary.updated_by,
    }


def _summary_table(summaries: list[PreparationSummary]) -> str:
    if not summaries:
        return "(no preparations)"
    header = ("ID", "TITLE", "COUNTERPARTY", "MEETING", "LAST CHANGE", "BY")
    rows = [
        (
            s.id,
            s.title,
            s.counterparty,
            s.meeting_date.isoformat() if s.meeting_date else "-",
            s.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            s.updated_by,
        )
        for s in summaries
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    head = "  ".join(cell.ljust(w) for cell, w in zip(header, widths, strict=True))
    return "\n".join(line.rstrip() for line in [head, *lines])


def check(args: argparse.Namespace) -> int:
    try:
        report = check_file(args.file)
    except BadValues as bad:  # every bad value on a line of its own, not only the first
        lines = [f"{args.file}: unreadable value in {value}" for value in bad.found]
        if bad.more:
            lines.append(f"{args.file}: and more unreadable values")
        raise Refused("\n".join(lines)) from None
    count = f"{report.preparations} preparation{'s' if report.preparations != 1 else ''}"
    profiles = f"{report.profiles} profile{'s' if report.profiles != 1 else ''}"
    line = f"ok: {args.file}: nlinkoop workbook, schema version {report.schema_version}, "
    line += f"{count}, {profiles}"
    if report.policy:
        line += ", a procurement policy"
    if report.needs_upgrade:
        line += " (older schema: nlinkoop upgrades it when it opens the file, after a backup)"
    print(line)
    return 0


def export_json(args: argparse.Namespace) -> int:
    from nlinkoop.interchange.json_format import dumps

    with reading(args.file) as workbook:
        if args.ids:
            preparations = [workbook.load(prep_id) for prep_id in dict.fromkeys(args.ids)]
        else:
            preparations = workbook.load_all()
        wanted = {p.profile_id for p in preparations}
        profiles = [p for p in workbook.profiles() if not args.ids or p.id in wanted]
        policy = workbook.stored_policy()  # workbook-wide: it goes along with any selection
    text = dumps(preparations, profiles, policy)
    write_output(args.output, text.encode("utf-8"))
    if args.output != STDOUT:
        print(f"exported {len(preparations)} preparation(s) to {args.output}", file=sys.stderr)
    return 0


def write_output(output: str, data: bytes) -> bool:
    """Write `data` to the file the user gave with -o, or to standard output for `-`.

    A file is written as `write_atomic` does: a device or a pipe straight through, a link's
    target replaced, a folder refused.

    Returns:
        Whether a file was written; False for a stream (stdout, a pipe, a device), where a
        report on standard output could end up in the data.
    """
    if output != STDOUT:
        return write_atomic(Path(output), data) is not None
    sys.stdout.flush()  # what was printed before comes first
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()
    return False


def import_json(args: argparse.Namespace) -> int:
    from nlinkoop.cli.sharing import edit_document
    from nlinkoop.interchange.json_format import loads

    text = sys.stdin.read() if args.source == "-" else _read_text(Path(args.source))
    contents = loads(text)  # validates everything before the workbook is touched
    # In the working copy, then the file is replaced whole: never half an import in FILE.
    with edit_document(args.file) as workbook:
        workbook.save_all(*contents, touch=False)
    line = f"imported {len(contents.preparations)} preparation(s) and "
    line += f"{len(contents.profiles)} profile(s)"
    print(line + (" and the procurement policy" if contents.policy is not None else ""))
    return 0


def merge(args: argparse.Namespace) -> int:
    from nlinkoop.cli.sharing import merge

    return merge(args)


def export(args: argparse.Namespace) -> int:
    from nlinkoop.cli.sharing import export

    return export(args)


def server(args: argparse.Namespace) -> int:  # pragma: no cover - argparse runs a step
    raise OneLineError(f"{PROG} server: name a step (init, add-user)")


def server_init(args: argparse.Namespace) -> int:
    from nlinkoop.cli.teamserver import server_init

    return server_init(args)


def server_add_user(args: argparse.Namespace) -> int:
    from nlinkoop.cli.teamserver import server_add_user

    return server_add_user(args)


def sync(args: argparse.Namespace) -> int:
    from nlinkoop.cli.teamserver import sync

    return sync(args)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise InterchangeError("", f"{path} is not UTF-8 text") from None


def briefing(args: argparse.Namespace) -> int:
    from nlinkoop.briefing.compose import BriefingInfo, author_profile, compose
    from nlinkoop.briefing.labels import BriefingLabels
    from nlinkoop.briefing.render import render
    from nlinkoop.catalog import translator

    if args.all and args.output == STDOUT:
        raise OneLineError(f"{PROG} briefing: --all writes a PDF per preparation; -o - is for --id")
    with reading(args.file) as workbook:
        if args.all:
            preparations = workbook.load_all()
        else:
            preparations = [workbook.load(full_id(workbook.list_preparations(), args.id))]
        profiles = workbook.profiles()
    output = Path(args.output)
    if args.all:
        output.mkdir(parents=True, exist_ok=True)
        targets = [str(name) for name in _briefing_names(preparations, output)]
    elif args.output != STDOUT and output.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder; give a PDF file name", args.output)
    else:
        targets = [args.output]
    labels = BriefingLabels.translated(translator(args.lang))
    now = datetime.now().astimezone()
    for prep, target in zip(preparations, targets, strict=True):
        info = BriefingInfo(args.file.name, now, author_profile(prep, profiles))
        rendered = render(compose(prep, labels, info))
        to_file = write_output(target, rendered.pdf)
        cut = f"; shortened: {', '.join(rendered.shortened)}" if rendered.shortened else ""
        where = "stdout" if target == STDOUT else target
        line = f"wrote {where} (1 page, {rendered.font_size:g} pt{cut})"
        print(line, file=sys.stdout if to_file else sys.stderr)
    if args.all and not preparations:
        print(f"no preparations in {args.file}: nothing written", file=sys.stderr)
    return 0


def award(args: argparse.Namespace) -> int:
    from nlinkoop.cli.award import empty_line, report, text

    with reading(args.file) as workbook:
        prep = workbook.load(full_id(workbook.list_preparations(), args.id))
    line = empty_line(prep, args.lang)
    if line is not None and args.json:  # one line, still JSON for a script
        data = {"id": prep.id, "title": prep.title, "ranking": [], "message": line}
        print_json(data)
    elif line is not None:
        print(line)
    elif args.json:
        print_json(report(prep, args.lang), indent=2)
    else:
        print(text(report(prep, args.lang), args.lang))
    return 0


def gate(args: argparse.Namespace) -> int:
    from nlinkoop.cli.gate import report, text
    from nlinkoop.domain.gate import answer

    with reading(args.file) as workbook:
        prep = workbook.load(full_id(workbook.list_preparations(), args.id))
        policy = workbook.policy()
    data = report(prep, answer(prep, policy, date.today(), args.lang))
    if args.json:
        print_json(data, indent=2)
    else:
        print(text(data))
    return 0


def log(args: argparse.Namespace) -> int:
    from nlinkoop.cli.meeting import find_round, log_json, log_text

    with reading(args.file) as workbook:
        prep = workbook.load(full_id(workbook.list_preparations(), args.id))
    meeting = find_round(prep, args.meeting)
    if args.json:
        print_json(log_json(prep, meeting), indent=2)
    else:
        print(log_text(prep, meeting))
    return 0


def report(args: argparse.Namespace) -> int:
    from nlinkoop.briefing.labels import BriefingLabels
    from nlinkoop.briefing.report import ReportLabels, compose_report, report_text
    from nlinkoop.catalog import translator
    from nlinkoop.cli.meeting import find_round

    if args.output is None and not args.text:
        raise OneLineError(f"{PROG} report: give -o OUT.pdf (or --text for the e-mail text)")
    with reading(args.file) as workbook:
        prep = workbook.load(full_id(workbook.list_preparations(), args.id))
    meeting = find_round(prep, args.meeting)
    translate = translator(args.lang)
    labels, page = ReportLabels.translated(translate), BriefingLabels.translated(translate)
    target = STDOUT if args.output is None else args.output
    if target != STDOUT and Path(target).is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder; give a file name", target)
    if args.text:
        text = report_text(prep, meeting, prep.log, labels, page)
        if target == STDOUT:
            print(text, end="")
        elif write_output(target, text.encode("utf-8")):
            print(f"wrote {target}")
        return 0
    from nlinkoop.briefing.render import render

    rendered = render(compose_report(prep, meeting, prep.log, labels, page))
    to_file = write_output(target, rendered.pdf)
    cut = f"; shortened: {', '.join(rendered.shortened)}" if rendered.shortened else ""
    where = "stdout" if target == STDOUT else target
    line = f"wrote {where} (meeting {meeting.number}, 1 page, {rendered.font_size:g} pt{cut})"
    print(line, file=sys.stdout if to_file else sys.stderr)
    return 0


def lessons(args: argparse.Namespace) -> int:
    from nlinkoop.cli.lessons import as_json, text
    from nlinkoop.domain.lessons import lessons as learned

    with reading(args.file) as workbook:
        found = learned(workbook.load_all(), args.counterparty or "")
    if args.json:
        print_json([as_json(lesson) for lesson in found], indent=2)
    else:
        print(text(found, args.counterparty or ""))
    return 0


def full_id(summaries: list[PreparationSummary], given: str) -> str:
    """The id of the one preparation whose id starts with `given`.

    Raises:
        UnknownPreparation: none does.
        AmbiguousIdError: more than one does.
    """
    start = given.strip().lower()
    matches = [s.id for s in summaries if start and s.id.startswith(start)]
    if len(matches) > 1:
        raise AmbiguousIdError(f"id {given} fits {len(matches)} preparations; give more of it")
    if not matches:
        raise UnknownPreparation(given)
    return matches[0]


def _briefing_names(preparations: list[Preparation], folder: Path) -> list[Path]:
    """One file name per preparation, from its title; the id's start tells equal titles apart."""
    stems = [safe_file_name(p.title, fallback="briefing") for p in preparations]
    doubled = {stem for stem in stems if stems.count(stem) > 1}
    return [
        folder / (f"{stem} ({p.id[:8]}).pdf" if stem in doubled else f"{stem}.pdf")
        for stem, p in zip(stems, preparations, strict=True)
    ]


def write_crash_log(details: str) -> Path:
    """Keep a bug's traceback for support, where the user can find and send it."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / "crash.log"
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    with log.open("a", encoding="utf-8") as handle:
        handle.write(f"--- {stamp}\n{details}\n")
    return log
