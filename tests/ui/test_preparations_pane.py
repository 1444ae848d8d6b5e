import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QPushButton
from pytestqt.qtbot import QtBot

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.preparation import Meeting, Preparation, PreparationSummary
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.models.preparations_model import HEADER_ROLE, PROGRESS_ROLE, WHEN_ROLE
from nlinkoop.ui.window.preparations_pane import PreparationsPane

TODAY = dt.date.today()
NOW = dt.datetime.now(dt.UTC)


def summary(
    title: str, days: int | None, *, changed: int = 0, progress: int = 0
) -> PreparationSummary:
    return PreparationSummary(
        id=f"id-{title}",
        title=title,
        counterparty=f"{title} B.V.",
        meeting_date=None if days is None else TODAY + dt.timedelta(days=days),
        updated_at=NOW - dt.timedelta(hours=changed),
        updated_by="tester",
        progress=progress,
    )


SUMMARIES = [
    summary("soon", 2, changed=5),
    summary("later", 30, changed=1),
    summary("today", 0, changed=9),
    summary("last-week", -7, changed=3),
    summary("last-year", -365, changed=0),
    summary("undated", None, changed=2),
]


def make_pane(qtbot: QtBot, search=lambda text: set()) -> PreparationsPane:  # type: ignore[no-untyped-def]
    pane = PreparationsPane(search)
    qtbot.addWidget(pane)
    pane.resize(360, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def rows(pane: PreparationsPane) -> list[str]:
    model = pane.model
    return [
        ("# " if model.index(r).data(HEADER_ROLE) else "") + model.index(r).data()
        for r in range(model.rowCount())
    ]


def test_the_widgets_have_names_for_tests_and_assistive_technology(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    for name, kind in [
        ("search", QLineEdit),
        ("sort", QComboBox),
        ("preparations", QListView),
        ("new", QPushButton),
        ("duplicate", QPushButton),
        ("delete", QPushButton),
        ("bin", QPushButton),
    ]:
        widget = pane.findChild(kind, name)
        assert widget is not None, name
        assert widget.accessibleName() or name == "sort", name
    assert pane.search_edit.placeholderText() == "Search…"


def test_sections_split_upcoming_past_and_undated(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_preparations(SUMMARIES, [])
    assert rows(pane) == [
        "# Upcoming meetings",
        "today",
        "soon",
        "later",
        "# Earlier meetings",
        "last-week",
        "last-year",
        "# No date",
        "undated",
    ]
    row = pane.model.row_of("id-soon")
    when = pane.model.index(row).data(WHEN_ROLE)
    assert when == (TODAY + dt.timedelta(days=2)).strftime("%d-%m-%Y")


def test_sorting_by_last_change_keeps_the_sections(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_preparations(SUMMARIES, [])
    pane.sort_combo.setFocus()
    qtbot.keyClick(pane.sort_combo, Qt.Key.Key_Down)
    assert pane.sort_combo.currentIndex() == 1
    assert rows(pane) == [
        "# Upcoming meetings",
        "later",
        "soon",
        "today",
        "# Earlier meetings",
        "last-year",
        "last-week",
        "# No date",
        "undated",
    ]


def test_the_users_selection_emits_current_changed_but_select_does_not(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_preparations(SUMMARIES, [])
    seen: list[str] = []
    pane.current_changed.connect(seen.append)
    pane.select("id-soon")
    assert pane.current_id() == "id-soon"
    assert seen == []
    pane.list_view.setFocus()
    qtbot.waitUntil(pane.list_view.hasFocus, timeout=1000)
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)
    assert seen == ["id-later"]
    qtbot.keyClick(pane.list_view, Qt.Key.Key_Down)  # jumps over the "Earlier" header
    assert seen == ["id-later", "id-last-week"]
    assert pane.current_id() == "id-last-week"
    rect = pane.list_view.visualRect(pane.model.index(pane.model.row_of("id-undated")))
    qtbot.mouseClick(pane.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen[-1] == "id-undated"


def test_buttons_and_keys_ask_for_new_duplicate_and_delete(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_preparations(SUMMARIES, [])
    assert not pane.delete_button.isEnabled()
    pane.select("id-later")
    with qtbot.waitSignal(pane.new_requested):
        qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(pane.duplicate_requested) as duplicated:
        qtbot.mouseClick(pane.duplicate_button, Qt.MouseButton.LeftButton)
    assert duplicated.args == ["id-later"]
    with qtbot.waitSignal(pane.delete_requested) as deleted:
        qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    assert deleted.args == ["id-later"]
    pane.list_view.setFocus()
    qtbot.waitUntil(pane.list_view.hasFocus, timeout=1000)
    with qtbot.waitSignal(pane.delete_requested) as deleted:
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Delete)
    assert deleted.args == ["id-later"]
    with qtbot.waitSignal(pane.new_requested):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Insert)


def test_the_bin_lists_deleted_preparations_and_restores_them(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    gone = [summary("gone", 3), summary("older-gone", None)]
    pane.set_preparations(SUMMARIES, gone)
    qtbot.mouseClick(pane.bin_button, Qt.MouseButton.LeftButton)
    assert pane.deleted_view.isVisible() and not pane.list_view.isVisible()
    assert [pane.bin_model.index(r).data() for r in range(2)] == ["gone", "older-gone"]
    qtbot.waitUntil(pane.deleted_view.hasFocus, timeout=1000)
    with qtbot.waitSignal(pane.restore_requested) as restored:
        qtbot.mouseClick(pane.restore_button, Qt.MouseButton.LeftButton)
    assert restored.args == ["id-gone"]
    qtbot.keyClick(pane.deleted_view, Qt.Key.Key_Down)
    with qtbot.waitSignal(pane.restore_requested) as restored:
        qtbot.keyClick(pane.deleted_view, Qt.Key.Key_Return)
    assert restored.args == ["id-older-gone"]
    qtbot.keyClick(pane.bin_button, Qt.Key.Key_Space)
    assert pane.list_view.isVisible()


def test_update_summary_changes_one_row_and_moves_it_when_needed(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.set_preparations(SUMMARIES, [])
    pane.select("id-soon")
    resets: list[bool] = []
    changed: list[int] = []
    pane.model.modelReset.connect(lambda: resets.append(True))
    pane.model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    row = pane.model.row_of("id-soon")
    renamed = replace(SUMMARIES[0], title="soon renamed", progress=60)
    pane.update_summary(renamed)
    assert changed == [row] and resets == []
    assert pane.model.index(row).data() == "soon renamed"
    assert pane.model.index(row).data(PROGRESS_ROLE) == 60
    moved = replace(renamed, meeting_date=TODAY - dt.timedelta(days=1))
    pane.update_summary(moved)
    assert resets == [True]
    assert rows(pane)[3:5] == ["# Earlier meetings", "soon renamed"]
    assert pane.current_id() == "id-soon"
    assert pane.list_view.currentIndex().row() == pane.model.row_of("id-soon")


@pytest.fixture
def workbook(tmp_path: Path) -> Iterator[Workbook]:
    with Workbook.create(tmp_path / "werkboek.db", user="tester") as opened:
        clean = Preparation(title="Schoonmaak", counterparty="Reinwaard", meeting=Meeting(TODAY))
        clean.checklist.red_lines.append(TextItem("Geen nachtwerk"))
        food = Preparation(title="Catering", counterparty="Smaakveld")
        lift = Preparation(title="Liftonderhoud", counterparty="Liftco")
        opened.save_all([clean, food, lift], [])
        yield opened


def test_typing_in_the_search_box_filters_with_the_workbook(
    qtbot: QtBot, workbook: Workbook
) -> None:
    pane = make_pane(qtbot, workbook.search)
    pane.set_preparations(workbook.list_preparations(), workbook.deleted_preparations())
    assert pane.model.shown_ids() and len(pane.model.shown_ids()) == 3
    pane.search_edit.setFocus()
    qtbot.waitUntil(pane.search_edit.hasFocus, timeout=1000)
    qtbot.keyClicks(pane.search_edit, "NACHT")
    qtbot.waitUntil(
        lambda: (
            [pane.model.index(r).data() for r in range(pane.model.rowCount())]
            == ["Upcoming meetings", "Schoonmaak"]
        )
    )
    pane.search_edit.clear()
    qtbot.keyClicks(pane.search_edit, "aa")
    qtbot.waitUntil(lambda: len(pane.model.shown_ids()) == 2)
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Escape)
    assert pane.search_edit.text() == ""
    qtbot.waitUntil(lambda: len(pane.model.shown_ids()) == 3)
    qtbot.keyClicks(pane.search_edit, "lift")
    qtbot.waitUntil(lambda: len(pane.model.shown_ids()) == 1)
    seen: list[str] = []
    pane.current_changed.connect(seen.append)
    qtbot.keyClick(pane.search_edit, Qt.Key.Key_Down)  # on to the list, first match selected
    assert pane.list_view.hasFocus()
    assert seen == [pane.model.shown_ids()[0]]


def test_five_thousand_preparations_build_and_filter_quickly(qtbot: QtBot) -> None:
    many = [replace(summary(f"p{n}", n % 400 - 200, changed=n), id=f"id-{n}") for n in range(5000)]
    half = {s.id for s in many[::2]}
    pane = make_pane(qtbot, lambda text: half)
    start = time.perf_counter()
    pane.set_preparations(many, many[:100])
    built = time.perf_counter() - start
    start = time.perf_counter()
    pane.search_edit.setText("x")
    pane._on_filter_timer_timeout()
    filtered = time.perf_counter() - start
    assert len(pane.model.shown_ids()) == 2500
    print(f"set_preparations(5000): {built * 1000:.1f} ms, filter: {filtered * 1000:.1f} ms")


@pytest.mark.parametrize("seed", range(5))
def test_a_search_shows_what_a_list_of_only_the_matches_would(seed: int) -> None:
    """The sorted list is kept between searches: filtering it must equal sorting the matches."""
    import random

    from nlinkoop.ui.models.preparations_model import Order, PreparationsModel

    rng = random.Random(seed)
    summaries = [
        summary(f"p{n}", rng.choice([None, *range(-40, 40)]), changed=rng.randrange(50))
        for n in range(60)
    ]
    for order in (Order.MEETING, Order.CHANGED):
        searched, only = PreparationsModel(), PreparationsModel()
        searched.set_order(order)
        only.set_order(order)
        searched.set_summaries(summaries, TODAY)
        for _ in range(4):
            matches = {s.id for s in summaries if rng.random() < 0.4}
            searched.set_matches(matches)
            only.set_summaries([s for s in summaries if s.id in matches], TODAY)
            rows = [
                searched.index(r).data(Qt.ItemDataRole.DisplayRole)
                for r in range(searched.rowCount())
            ]
            expected = [
                only.index(r).data(Qt.ItemDataRole.DisplayRole) for r in range(only.rowCount())
            ]
            assert rows == expected
        moved = replace(summaries[0], updated_at=NOW + dt.timedelta(hours=1))
        searched.update_summary(moved)  # a change invalidates the kept order
        summaries[0] = moved
        searched.set_matches(None)
        only.set_summaries(summaries, TODAY)
        assert searched.shown_ids() == only.shown_ids()
