"""Two colleagues take notes in one meeting round, each in a copy of the workbook on a laptop.

Sanne leads the meeting; Karin sits beside her. Both log what they hear in their own copy of
the same file, in the same round; afterwards Sanne merges Karin's copy in ("Merge with"), and
Karin Sanne's. One log comes out: both colleagues' entries interleaved by time, none lost or
doubled, a correction and a removal kept, and a conflict only where both changed the same
field of the same entry. Real files, opened as the window opens them (`Document`).
"""

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound, in_order
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.document import Document
from nlinkoop.store.workbook import Workbook
from tests.store.conftest import query

pytestmark = pytest.mark.usefixtures("own_data_folder")

START = dt.datetime(2026, 10, 14, 7, 30, tzinfo=dt.UTC)  # 9:30 in Amersfoort
ROUND_ID = "00000000-0000-4000-8000-000000000100"


def entry_id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def line(n: int, minutes: int, kind: EntryKind, text: str, **fields: Any) -> LogEntry:
    """Entry `n` of the round, logged `minutes` after the meeting started."""
    moment = START + dt.timedelta(minutes=minutes)
    return LogEntry(ROUND_ID, moment, kind, text, id=entry_id(n), **fields)


@pytest.fixture
def laptops(tmp_path: Path) -> tuple[Path, Path, str]:
    """Sanne's and Karin's copy of one workbook, each on a laptop of its own.

    Sanne made the round and logged two lines before she copied the file to Karin.
    """
    prep = Preparation(title="Verlenging bedrijfsrestaurant", counterparty="Smaakveld")
    prep.capacity.topics.append(Topic(name="Prijsmodel", our_limit="Onder €450.000 per jaar"))
    prep.meetings.append(MeetingRound(1, dt.date(2026, 10, 14), "Sanne, Karin", id=ROUND_ID))
    prep.log += [
        line(1, 1, EntryKind.AGREEMENT, "Cijfers eerst"),
        line(2, 3, EntryKind.SIGNAL, "Erik wil vers blijven koken"),
    ]
    base = tmp_path / "restaurant.db"
    with Workbook.create(base, user="sanne") as workbook:
        workbook.save(prep)
    copies = []
    for who in ("sanne", "karin"):
        (tmp_path / who).mkdir()
        copies.append(shutil.copyfile(base, tmp_path / who / "restaurant.db"))
    return copies[0], copies[1], prep.id


def log_line(document: Document, prep_id: str, entry: LogEntry) -> None:
    """What the window does with a typed line: append it, save the preparation, write back."""
    prep = document.workbook.load(prep_id)
    prep.log.append(entry)
    document.workbook.save(prep)
    assert document.write_back().written


def change_entry(document: Document, prep_id: str, n: int, **fields: Any) -> None:
    prep = document.workbook.load(prep_id)
    (entry,) = (e for e in prep.log if e.id == entry_id(n))
    for name, value in fields.items():
        setattr(entry, name, value)
    document.workbook.save(prep)
    assert document.write_back().written


def remove_entry(document: Document, prep_id: str, n: int) -> None:
    prep = document.workbook.load(prep_id)
    prep.log = [e for e in prep.log if e.id != entry_id(n)]
    document.workbook.save(prep)
    assert document.write_back().written


def texts(path: Path, prep_id: str) -> list[str]:
    with Workbook.open(path, user="reader") as workbook:
        return [entry.text for entry in in_order(workbook.load(prep_id).log)]


def test_two_colleagues_notes_merge_into_one_log_in_time_order(
    laptops: tuple[Path, Path, str],
) -> None:
    sanne_file, karin_file, prep_id = laptops
    with (
        Document.open(sanne_file, user="sanne") as sanne,
        Document.open(karin_file, user="karin") as karin,
    ):
        # Both type along, a minute apart; Sanne corrects a line from before the copy, Karin
        # removes the other one.
        due = dt.date(2026, 10, 21)
        log_line(sanne, prep_id, line(11, 5, EntryKind.ACTION, "Bezetting delen", owner="Karin"))
        log_line(karin, prep_id, line(21, 6, EntryKind.QUOTE, "Zo houden we het vers"))
        change_entry(sanne, prep_id, 1, text="Eerst de cijfers naast elkaar")
        change_entry(sanne, prep_id, 11, due=due)
        log_line(sanne, prep_id, line(12, 20, EntryKind.GIVE, "Weekcijfers reserveringen"))
        remove_entry(karin, prep_id, 2)
        log_line(karin, prep_id, line(22, 21, EntryKind.GET, "Lagere vaste vergoeding"))
        log_line(sanne, prep_id, line(13, 35, EntryKind.OPEN_POINT, "Plantaardig", internal=True))

        report = sanne.merge_from(karin_file)
        assert sanne.write_back().written

        assert report.conflicts == []
        assert (report.added, report.deleted) == (2, 1)
        merged = sanne.workbook.load(prep_id)
        assert [e.id for e in in_order(merged.log)] == [
            entry_id(n) for n in (1, 11, 21, 12, 22, 13)
        ]
        assert [e.text for e in in_order(merged.log)] == [
            "Eerst de cijfers naast elkaar",
            "Bezetting delen",
            "Zo houden we het vers",
            "Weekcijfers reserveringen",
            "Lagere vaste vergoeding",
            "Plantaardig",
        ]
        assert {e.round_id for e in merged.log} == {ROUND_ID}
        action = next(e for e in merged.log if e.id == entry_id(11))
        assert (action.owner, action.due) == ("Karin", due)
        assert next(e for e in merged.log if e.id == entry_id(13)).internal
        assert [m.id for m in merged.meetings] == [ROUND_ID]

        # Karin takes Sanne's merged file: the same log on her laptop, and nothing left to do.
        report = karin.merge_from(sanne_file)
        assert report.conflicts == []
        assert karin.write_back().written
        assert in_order(karin.workbook.load(prep_id).log) == in_order(merged.log)
        again = sanne.merge_from(karin_file)
        assert (again.added, again.deleted, again.conflicts) == (0, 0, [])

    assert texts(sanne_file, prep_id) == texts(karin_file, prep_id)
    ids = [row[0] for row in query(sanne_file, "SELECT id FROM log_entries")]
    assert len(ids) == len(set(ids)) == 6  # none lost, none doubled
    assert query(sanne_file, "SELECT id, table_name FROM tombstones") == [
        (entry_id(2), "log_entries")
    ]


def test_both_correcting_one_entry_is_a_conflict_only_in_the_field_both_changed(
    laptops: tuple[Path, Path, str],
) -> None:
    sanne_file, karin_file, prep_id = laptops
    with (
        Document.open(sanne_file, user="sanne") as sanne,
        Document.open(karin_file, user="karin") as karin,
    ):
        change_entry(sanne, prep_id, 1, text="Eerst de cijfers", internal=True)
        change_entry(karin, prep_id, 1, text="Cijfers op tafel", kind=EntryKind.OPEN_POINT)
        change_entry(karin, prep_id, 2, text="Erik: vers koken blijft")  # only Karin: no conflict

        report = sanne.merge_from(karin_file, resolve=lambda found: ["mine"] * len(found))

        [conflict] = report.conflicts
        assert (conflict.table, conflict.record_id, conflict.field) == (
            "log_entries",
            entry_id(1),
            "text",
        )
        assert (conflict.mine, conflict.theirs) == ("Eerst de cijfers", "Cijfers op tafel")
        assert (conflict.mine_by, conflict.theirs_by) == ("sanne", "karin")
        assert conflict.title == "Verlenging bedrijfsrestaurant"
        first, second = in_order(sanne.workbook.load(prep_id).log)
        assert (first.text, first.internal, first.kind) == (
            "Eerst de cijfers",  # as Sanne chose
            True,  # Sanne's change
            EntryKind.OPEN_POINT,  # Karin's change
        )
        assert second.text == "Erik: vers koken blijft"


def test_removing_different_lines_on_each_side_asks_nothing_about_their_order(
    laptops: tuple[Path, Path, str],
) -> None:
    """A line's place in the stored list moves up when a line before it goes; the log reads
    by time, so two removals that moved one line differently are no conflict (every other
    list asks which order to keep)."""
    sanne_file, karin_file, prep_id = laptops
    with (
        Document.open(sanne_file, user="sanne") as sanne,
        Document.open(karin_file, user="karin") as karin,
    ):
        log_line(sanne, prep_id, line(3, 4, EntryKind.AGREEMENT, "Vers koken blijft"))
        karin.merge_from(sanne_file)  # Karin has the same three lines now
        assert karin.write_back().written
        remove_entry(sanne, prep_id, 1)
        remove_entry(sanne, prep_id, 2)  # the third line is first on Sanne's laptop
        remove_entry(karin, prep_id, 1)  # and second on Karin's

        report = sanne.merge_from(karin_file)

        assert report.conflicts == []
        assert [e.id for e in sanne.workbook.load(prep_id).log] == [entry_id(3)]
        assert sanne.write_back().written
        assert karin.merge_from(sanne_file).conflicts == []
        assert [e.id for e in karin.workbook.load(prep_id).log] == [entry_id(3)]
        assert karin.write_back().written
    assert query(sanne_file, "SELECT position, versions FROM log_entries") == query(
        karin_file, "SELECT position, versions FROM log_entries"
    )
