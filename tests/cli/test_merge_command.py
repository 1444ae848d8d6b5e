"""`nlinkoop merge FROM.db INTO.db`: a colleague's copy merged into mine, or refused in one line.

The two sides are copies of one example workbook, edited through `Workbook` as two people
would ("anna" has INTO, "bram" sent FROM).
"""

import random
import re
import shutil
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from nlinkoop.cli.sharing import conflict_lines
from nlinkoop.domain.common import Priority
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.merge import Conflict
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import Ran, lock_elsewhere, one_line_error, run_nlinkoop, sha256

STAMP = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"  # to the second: two edits in one minute
CONFLICT = re.compile(
    rf'^conflict: "(?P<title>[^"]+)" (?P<field>\S+): '
    rf"kept (?P<kept>theirs|mine) \((?P<kept_by>\w+), {STAMP}\) "
    rf"over (?P<over>theirs|mine) \((?P<over_by>\w+), {STAMP}\)$"
)
SUMMARY = re.compile(
    r"^(?P<verb>merged|would merge) .+ into .+: (?P<added>\d+) added, (?P<updated>\d+) updated, "
    r"(?P<deleted>\d+) deleted; (?P<conflicts>\d+) conflicts?$"
)

Cli = Callable[..., Ran]


@pytest.fixture
def mine(example_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "mine" / "werkboek.db"
    path.parent.mkdir()
    shutil.copy(example_db, path)
    return path


@pytest.fixture
def theirs(example_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "theirs" / "werkboek.db"
    path.parent.mkdir()
    shutil.copy(example_db, path)
    return path


def retitle(path: Path, user: str, title: str) -> str:
    """Give the first preparation a new title as `user`; returns its id."""
    with Workbook.open(path, user=user) as workbook:
        prep = workbook.load(workbook.list_preparations()[0].id)
        prep.title = title
        workbook.save(prep)
    return prep.id


def titles(path: Path) -> dict[str, str]:
    with Workbook.open(path) as workbook:
        return {s.id: s.title for s in workbook.list_preparations()}


def summary(result: Ran) -> re.Match[str]:
    assert result.returncode == 0, result.stderr
    found = SUMMARY.match(result.stdout.splitlines()[0])
    assert found, result.stdout
    return found


def backup_of(result: Ran) -> Path:
    lines = [line for line in result.stdout.splitlines() if line.startswith("backup of INTO: ")]
    assert len(lines) == 1, result.stdout
    return Path(lines[0].removeprefix("backup of INTO: "))


def test_a_colleagues_new_preparation_arrives_and_into_is_backed_up(
    mine: Path, theirs: Path
) -> None:
    with Workbook.open(theirs, user="bram") as workbook:
        workbook.save(Preparation(title="Nieuw van Bram", counterparty="Nexolan ICT B.V."))
    before = mine.read_bytes()
    result = run_nlinkoop("merge", theirs, mine)  # the real program, once
    found = summary(result)
    assert found["verb"] == "merged"
    assert int(found["added"]) >= 1
    assert found["conflicts"] == "0"
    assert "Nieuw van Bram" in titles(mine).values()
    assert len(titles(mine)) == 4
    assert backup_of(result).read_bytes() == before
    assert run_nlinkoop("check", mine).returncode == 0


def test_a_field_changed_on_one_side_is_taken(cli: Cli, mine: Path, theirs: Path) -> None:
    prep_id = retitle(theirs, "bram", "Verlenging, door Bram herschreven")
    source_before = sha256(theirs)
    found = summary(cli("merge", theirs, mine))
    assert (found["added"], found["deleted"], found["conflicts"]) == ("0", "0", "0")
    assert int(found["updated"]) >= 1
    assert titles(mine)[prep_id] == "Verlenging, door Bram herschreven"
    assert sha256(theirs) == source_before, "FROM is never changed"


def test_both_changed_the_same_field_is_one_conflict_line(
    cli: Cli, mine: Path, theirs: Path
) -> None:
    prep_id = retitle(mine, "anna", "Anna's titel")
    retitle(theirs, "bram", "Bram's titel")  # later, so newer: theirs wins
    result = cli("merge", theirs, mine)
    assert summary(result)["conflicts"] == "1"
    lines = [line for line in result.stdout.splitlines() if line.startswith("conflict: ")]
    assert len(lines) == 1, result.stdout
    found = CONFLICT.match(lines[0])
    assert found, lines[0]
    assert (found["field"], found["kept"], found["kept_by"]) == ("title", "theirs", "bram")
    assert (found["over"], found["over_by"]) == ("mine", "anna")
    assert found["title"] in {"Anna's titel", "Bram's titel"}
    after = result.stdout.splitlines()
    at = after.index(lines[0])
    assert after[at + 1 : at + 3] == ['  theirs: "Bram\'s titel"', '  mine:   "Anna\'s titel"']
    assert titles(mine)[prep_id] == "Bram's titel"


def test_a_dry_run_writes_nothing(cli: Cli, mine: Path, theirs: Path) -> None:
    retitle(mine, "anna", "Anna's titel")
    retitle(theirs, "bram", "Bram's titel")
    before = sha256(mine)
    result = cli("merge", theirs, mine, "--dry-run")
    assert summary(result)["verb"] == "would merge"
    assert sum(line.startswith("conflict: ") for line in result.stdout.splitlines()) == 1
    assert "backup of INTO" not in result.stdout
    assert result.stdout.splitlines()[-1] == "dry run: nothing was written"
    assert sha256(mine) == before


def test_merging_twice_reports_nothing_the_second_time(cli: Cli, mine: Path, theirs: Path) -> None:
    retitle(theirs, "bram", "Bram's titel")
    with Workbook.open(theirs, user="bram") as workbook:
        workbook.save(Preparation(title="Nieuw van Bram"))
    summary(cli("merge", theirs, mine))
    after_first = sha256(mine)
    again = cli("merge", theirs, mine)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [
        f"nothing to merge: {mine} already has everything in {theirs}"
    ]
    assert sha256(mine) == after_first


def test_a_change_only_of_when_and_by_whom_is_merged_not_nothing(
    cli: Cli, mine: Path, theirs: Path
) -> None:
    """Bram saved a preparation without changing it: that is news too, or the copies differ
    for ever; once merged both ways, there is nothing left to merge either way."""
    with Workbook.open(theirs, user="bram") as workbook:
        workbook.save(workbook.load(workbook.list_preparations()[-1].id))
    found = summary(cli("merge", theirs, mine))
    assert (found["added"], found["updated"], found["deleted"]) == ("0", "1", "0")
    assert cli("merge", mine, theirs).stdout.startswith("nothing to merge: ")
    assert cli("merge", theirs, mine).stdout.startswith("nothing to merge: ")


@pytest.mark.parametrize("content", ["zero-bytes", "random-bytes"])
def test_a_hostile_from_is_refused_in_one_line(
    cli: Cli, mine: Path, tmp_path: Path, content: str
) -> None:
    hostile = tmp_path / "bijlage.db"
    hostile.write_bytes(b"" if content == "zero-bytes" else random.Random(7).randbytes(8192))
    before = {path: sha256(path) for path in (hostile, mine)}
    beside = sorted(tmp_path.iterdir())
    error = one_line_error(cli("merge", hostile, mine))
    assert error.startswith(f"nlinkoop: {hostile}: ")
    assert {path: sha256(path) for path in (hostile, mine)} == before
    assert sorted(tmp_path.iterdir()) == beside


def test_the_real_program_refuses_a_hostile_from_without_traceback(
    mine: Path, tmp_path: Path
) -> None:
    hostile = tmp_path / "bijlage.db"
    hostile.write_bytes(b"SQLite format 3\x00" + random.Random(3).randbytes(4080))
    before = sha256(mine)
    one_line_error(run_nlinkoop("merge", hostile, mine))
    assert sha256(mine) == before


def test_missing_files_are_named(cli: Cli, mine: Path, tmp_path: Path) -> None:
    missing = tmp_path / "weg.db"
    assert one_line_error(cli("merge", missing, mine)) == f"nlinkoop: {missing}: no such file"
    assert one_line_error(cli("merge", mine, missing)) == f"nlinkoop: {missing}: no such file"
    assert not missing.exists()


def test_the_same_file_twice_is_a_usage_error(cli: Cli, mine: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(mine)
    before = sha256(mine)
    for into in (mine, mine.parent / ".." / "mine" / mine.name, link):
        result = cli("merge", mine, into)
        assert result.returncode == 2
        assert "the same file" in one_line_error(result)
    assert sha256(mine) == before


def test_a_workbook_open_elsewhere_is_not_merged_into(
    cli: Cli, mine: Path, theirs: Path, tmp_path: Path
) -> None:
    retitle(theirs, "bram", "Bram's titel")
    lock_elsewhere(mine, user="anna", host="laptop-anna")
    before = sha256(mine)
    error = one_line_error(cli("merge", theirs, mine))
    assert error.startswith(f"nlinkoop: {mine}: open in nlinkoop by anna on laptop-anna since ")
    assert "close it there" in error
    assert sha256(mine) == before


def test_a_conflict_in_one_minute_says_which_came_first() -> None:
    early = datetime(2025, 3, 1, 9, 0, 5, tzinfo=UTC)
    late = datetime(2025, 3, 1, 9, 0, 40, tzinfo=UTC)
    conflict = Conflict("preparations", "p1", "title", "p1", "Jaargesprek", "A", "B", "anna",
                        early, "bram", late)  # fmt: skip
    line = conflict_lines(conflict, "theirs")[0]
    assert CONFLICT.match(line)
    assert f"(bram, {late.astimezone():%Y-%m-%d %H:%M:%S})" in line
    assert f"(anna, {early.astimezone():%Y-%m-%d %H:%M:%S})" in line


def test_a_conflict_shows_both_values_in_a_short_line_each() -> None:
    moment = datetime(2025, 3, 1, 9, 0, 5, tzinfo=UTC)
    long = "Eerste regel\n\nTweede   regel " + "met heel veel woorden " * 10
    conflict = Conflict("preparations", "p1", "opening_come_to_do", "p1", "Jaargesprek", long,
                        "", "anna", moment, "bram", moment)  # fmt: skip
    header, kept, over = conflict_lines(conflict, "mine")
    assert CONFLICT.match(header)
    assert kept.startswith('  mine:   "Eerste regel Tweede regel met heel veel woorden')
    assert kept.endswith('…"') and len(kept) <= len('  mine:   ""') + 60
    assert over == "  theirs: (empty)"


@pytest.mark.parametrize(
    ("mine", "theirs", "shown"),
    [
        (Decimal("1250.50"), None, ("1250.50", "(empty)")),
        (True, False, ("yes", "no")),
        (
            datetime(2026, 11, 27, 9, 40, 8, tzinfo=UTC),  # a deletion's moment
            None,
            (
                f"{datetime(2026, 11, 27, 9, 40, 8, tzinfo=UTC).astimezone():%Y-%m-%d %H:%M:%S}",
                "(empty)",
            ),
        ),
        (date(2026, 11, 27), date(2026, 12, 1), ("2026-11-27", "2026-12-01")),
        (Priority.MUST_HAVE, Priority.NICE_TO_HAVE, ("must_have", "nice_to_have")),
    ],
)
def test_values_that_are_not_text_are_shown_plainly(
    mine: object, theirs: object, shown: tuple[str, str]
) -> None:
    moment = datetime(2025, 3, 1, 9, 0, 5, tzinfo=UTC)
    conflict = Conflict("interests", "i1", "what", "p1", "Jaargesprek", mine, theirs, "anna",
                        moment, "bram", moment)  # fmt: skip
    assert conflict_lines(conflict, "mine")[1:] == [
        f"  mine:   {shown[0]}",
        f"  theirs: {shown[1]}",
    ]
