"""What the preparations list needs from the store: progress, search and the bin."""

from pathlib import Path

import pytest

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import progress
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.search import search_text
from nlinkoop.store.workbook import UnknownPreparation, Workbook
from tests.store.builders import full_preparation
from tests.store.conftest import USER, query


def test_the_summary_carries_progress_and_meeting_start(workbook: Workbook) -> None:
    empty, full = Preparation(title="leeg"), full_preparation()
    workbook.save_all([empty, full], [])
    by_id = {s.id: s for s in workbook.list_preparations()}
    assert by_id[empty.id].progress == progress(empty) < by_id[full.id].progress
    assert by_id[full.id].progress == progress(full)
    assert by_id[full.id].meeting_start == full.meeting.start
    empty.counterparty = "Reinwaard"
    workbook.save(empty)
    assert workbook.list_preparations()[0].progress == progress(empty) > 0


def test_progress_and_search_text_are_stored_in_the_row(workbook: Workbook) -> None:
    prep = full_preparation()
    workbook.save(prep)
    rows = query(workbook.path, "SELECT progress, search_text FROM preparations")
    assert rows == [(progress(prep), search_text(prep))]


@pytest.fixture
def filled(workbook: Workbook) -> dict[str, Preparation]:
    clean = Preparation(title="Schoonmaak panden", counterparty="Reinwaard B.V.")
    clean.checklist.red_lines.append(TextItem("Geen nachtwerk"))
    food = Preparation(title="Catering", counterparty="Smaakveld")
    food.interests.append(Interest(what="Reïntegratie van koks"))
    workbook.save_all([clean, food], [])
    return {"clean": clean, "food": food}


def test_search_finds_title_counterparty_and_list_text(
    workbook: Workbook, filled: dict[str, Preparation]
) -> None:
    clean, food = filled["clean"].id, filled["food"].id
    assert workbook.search("") == {clean, food}
    assert workbook.search("   ") == {clean, food}
    assert workbook.search("schoon") == {clean}
    assert workbook.search("SMAAK") == {food}
    assert workbook.search("nachtwerk") == {clean}
    assert workbook.search("reintegratie") == {food}  # accents folded
    assert workbook.search("Reïntegratie koks") == {food}
    assert workbook.search("reintegratie nachtwerk") == set()  # every word must match
    assert workbook.search("aa") == {clean, food}
    assert workbook.search("zzz") == set()


def test_search_follows_saves_deletes_and_restores(
    workbook: Workbook, filled: dict[str, Preparation]
) -> None:
    clean, food = filled["clean"], filled["food"]
    assert workbook.search("schoon") == {clean.id}
    food.title = "Schoonmaak keuken"
    workbook.save(food)
    assert workbook.search("schoon") == {clean.id, food.id}
    workbook.delete(clean.id)
    assert workbook.search("schoon") == {food.id}
    assert workbook.search("") == {food.id}
    workbook.restore(clean.id)
    assert workbook.search("schoon") == {clean.id, food.id}
    extra = Preparation(title="Schoonmaak scholen")
    workbook.save_all([extra], [])
    assert workbook.search("schoon") == {clean.id, food.id, extra.id}


def test_search_survives_reopening(path: Path) -> None:
    with Workbook.open(path, user=USER) as workbook:
        prep = Preparation(title="Liftonderhoud", counterparty="Liftco")
        workbook.save(prep)
    with Workbook.open(path, user=USER) as workbook:
        assert workbook.search("lift") == {prep.id}


def test_the_bin_lists_deleted_preparations_newest_deletion_first(workbook: Workbook) -> None:
    first, second, kept = Preparation(title="a"), Preparation(title="b"), Preparation(title="c")
    workbook.save_all([first, second, kept], [])
    assert workbook.deleted_preparations() == []
    workbook.delete(first.id)
    workbook.delete(second.id)
    binned = workbook.deleted_preparations()
    assert [s.id for s in binned] == [second.id, first.id]
    assert binned[0].title == "b"
    assert binned[0].updated_by == USER


def test_restore_brings_a_preparation_back_whole(workbook: Workbook) -> None:
    prep = full_preparation()
    workbook.save(prep)
    workbook.delete(prep.id)
    workbook.restore(prep.id)
    assert workbook.deleted_preparations() == []
    assert workbook.load(prep.id).interests == prep.interests
    assert workbook.list_preparations()[0].updated_at > prep.updated_at
    with pytest.raises(UnknownPreparation):
        workbook.restore(prep.id)  # not deleted
    with pytest.raises(UnknownPreparation):
        workbook.restore("no-such-id")
