"""`nlinkoop merge` and `nlinkoop export`: a colleague's workbook in, chosen preparations out.

Both go through the document model (`nlinkoop.store.document`, see docs/sharing.md): the
user's file is only ever replaced whole, after a backup, and never while nlinkoop has it open
somewhere else. A colleague's file is checked before anything is read from it, and never changed.
"""

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from nlinkoop.cli.commands import Refused, full_id, write_output
from nlinkoop.cli.main import PROG, STDOUT, OneLineError
from nlinkoop.domain.common import one_line
from nlinkoop.store.errors import Reason, WorkbookError, WorkbookUnavailable
from nlinkoop.store.workbook import Workbook, check

if TYPE_CHECKING:
    from nlinkoop.store.document import LockedByOther
    from nlinkoop.store.merge import Conflict, MergeReport

TITLE_CHARACTERS = 60  # a conflict names its preparation in one line
VALUE_CHARACTERS = 60  # and shows each side's value in one line


def merge(args: argparse.Namespace) -> int:
    """Merge FROM into INTO (or only report what would change, with --dry-run)."""
    from nlinkoop.store.document import LockedByOther, merge_files

    source, into = Path(args.source), Path(args.file)
    _refuse_same_file(source, into)
    try:
        check(source)  # FROM first, so that its refusal names FROM, not INTO
    except WorkbookError as exc:
        raise Refused(f"{source}: {exc}") from None
    try:
        report, backup = merge_files(source, into, dry_run=args.dry_run)
    except LockedByOther as exc:
        raise Refused(locked_message(into, exc)) from None
    except WorkbookError as exc:
        raise Refused(f"{into}: {exc}") from None
    print("\n".join(merge_lines(report, source, into, backup, dry_run=args.dry_run)))
    return 0


def merge_lines(
    report: "MergeReport", source: Path, into: Path, backup: Path | None, *, dry_run: bool
) -> list[str]:
    """What `nlinkoop merge` prints: a summary, each conflict with both values, the backup."""
    if not report.changed and not report.conflicts:
        return [f"nothing to merge: {into} already has everything in {source}"]
    counts = f"{report.added} added, {report.updated} updated, {report.deleted} deleted"
    verb = "would merge" if dry_run else "merged"
    lines = [f"{verb} {source} into {into}: {counts}; {_count(len(report.conflicts), 'conflict')}"]
    for conflict, kept in zip(report.conflicts, report.chosen, strict=True):
        lines += conflict_lines(conflict, kept)
    if backup is not None:
        lines.append(f"backup of INTO: {backup}")
    if dry_run:
        lines.append("dry run: nothing was written")
    return lines


def conflict_lines(conflict: "Conflict", kept: str) -> list[str]:
    """One conflict: which side was kept, then each side's value on a line of its own.

    ```
    conflict: "<title>" <field>: kept theirs (<by>, <when>) over mine (<by>, <when>)
      theirs: "<value, in one line, shortened>"
      mine:   "<value>"
    ```

    So the value that lost can be read here, without opening the backup.
    """
    theirs = f"theirs ({conflict.theirs_by or '?'}, {_local(conflict.theirs_at)})"
    mine = f"mine ({conflict.mine_by or '?'}, {_local(conflict.mine_at)})"
    first, second = (theirs, mine) if kept == "theirs" else (mine, theirs)
    field = conflict.field
    if conflict.table not in ("preparations", "profiles"):  # a list item or the policy: say so
        field = f"{conflict.table}.{field}"
    title = one_line(conflict.title, TITLE_CHARACTERS)
    values = {"theirs": conflict.theirs, "mine": conflict.mine}
    order = ("theirs", "mine") if kept == "theirs" else ("mine", "theirs")
    return [
        f'conflict: "{title}" {field}: kept {first} over {second}',
        *(f"  {side + ':':<7} {_shown(values[side])}" for side in order),
    ]


def _shown(value: object) -> str:
    """A value as one short line: text in quotes, shortened; amounts, dates and choices plain."""
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, str):
        return f'"{one_line(value, VALUE_CHARACTERS)}"'
    return one_line(str(value), VALUE_CHARACTERS)  # an amount, a number


def export(args: argparse.Namespace) -> int:
    """Write the chosen preparations and their pitch profiles to a new workbook."""
    from nlinkoop.store.document import Document, export_preparations

    source, target, to_stdout = Path(args.file), Path(args.output), args.output == STDOUT
    if not to_stdout and os.path.lexists(target):
        raise Refused(f"{target}: {WorkbookUnavailable(Reason.EXISTS)}; nothing was written")
    # Read through a working copy, so that FILE stays as it is even if it is from an older
    # nlinkoop; a refusal here names FILE (commands.describe).
    with Document.open(source, lock="ignore") as document:
        summaries = document.workbook.list_preparations()
    ids = list(dict.fromkeys(full_id(summaries, given) for given in args.ids))
    with contextlib.ExitStack() as stack:
        if to_stdout:  # made whole in a private folder first, then sent
            target = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "export.db"
        try:
            profiles = export_preparations(source, ids, target)
        except WorkbookError as exc:
            raise Refused(f"{args.output}: {exc}") from None
        if to_stdout:
            write_output(STDOUT, target.read_bytes())
    where = "stdout" if to_stdout else target
    line = f"{_count(len(ids), 'preparation')}, {_count(profiles, 'pitch profile')} → {where}"
    print(line, file=sys.stderr if to_stdout else sys.stdout)
    return 0


@contextmanager
def edit_document(path: Path) -> Iterator[Workbook]:
    """The workbook at `path`, to change in its working copy; written back whole afterwards.

    If the body raises, nothing is written back.

    Raises:
        Refused: nlinkoop has the file open elsewhere, or the file or its folder is read-only.
        WorkbookError: the file is refused, or cannot be written (the store's message).
    """
    from nlinkoop.store.document import Document, LockedByOther, ReadOnly

    try:
        document = Document.open(path, command=True)
    except LockedByOther as exc:
        raise Refused(locked_message(path, exc)) from None
    try:
        if document.read_only is not None:
            where = "its folder is" if document.read_only is ReadOnly.FOLDER else "it is"
            raise Refused(f"{path}: {where} read-only; nothing was changed")
        yield document.workbook
        result = document.write_back()
        if result.conflict_copy is not None:
            print(
                f"{path} was changed elsewhere meanwhile: theirs was kept there, "
                f"this version is in {result.conflict_copy}",
                file=sys.stderr,
            )
    finally:
        document.close(discard=True)  # written back, or failed with a message


def locked_message(path: Path, locked: "LockedByOther") -> str:
    """One line: who has `path` open where and since when (the store's words), and what to do."""
    return f"{path}: {locked}; close it there first, then try again"


def _refuse_same_file(source: Path, into: Path) -> None:
    same = source.resolve() == into.resolve()
    with contextlib.suppress(OSError):  # one of them is missing: the checks below say so
        same = same or os.path.samefile(source, into)  # a link, another spelling of the path
    if same:
        raise OneLineError(
            f"{PROG} merge: {source} and {into} are the same file; give your colleague's copy "
            "first, then your own"
        )


def _local(moment: datetime) -> str:
    # To the second: two edits in the same minute must still say which came first.
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
