"""The workbook window as a user drives it: real files, real widgets, keys and clicks."""

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from nlinkoop.app import build_window
from nlinkoop.examples import create_example
from nlinkoop.interchange import dumps
from nlinkoop.store.errors import WorkbookRejected
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import TAB_CLASSES
from nlinkoop.ui.window.recovery import Recovery
from tests.ui.window_helpers import (
    open_window,
    saves_fail,
    set_title,
    stored_titles,
    title_edit,
    working_titles,
)


def test_build_window_shows_the_most_recently_changed_preparation(
    qtbot: QtBot, example: Path
) -> None:
    window = build_window(example)
    qtbot.addWidget(window)
    with Workbook.open(example) as workbook:
        newest = workbook.list_preparations()[0]
    assert window.preparation is not None
    assert window.preparation.id == newest.id
    assert title_edit(window).text() == newest.title
    assert window.tabs.count() == len(TAB_CLASSES)
    window.close()


def test_typing_is_saved_after_a_pause_and_survives_a_reopen(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    edit = title_edit(window)
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(window.autosave.saved, timeout=3000):
        qtbot.keyClicks(edit, "Jaargesprek schoonmaak")
    assert window.saved_label.text().startswith("Saved at ")
    window.close()
    assert "Jaargesprek schoonmaak" in stored_titles(example)
    with Workbook.open(example) as workbook:
        assert "Jaargesprek schoonmaak" in dumps(workbook.load_all(), [])


def test_switching_tab_saves_at_once(qtbot: QtBot, example: Path, preferences: Preferences) -> None:
    window = open_window(qtbot, example, preferences)
    set_title(window, "Direct opgeslagen")
    assert window.autosave.dirty
    window.tabs.setCurrentIndex(1)
    assert not window.autosave.dirty
    assert "Direct opgeslagen" in working_titles(window)
    window.close()
    assert "Direct opgeslagen" in stored_titles(example)


def test_ctrl_z_undoes_typing_in_the_window(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    edit = title_edit(window)
    before = edit.text()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " extra")
    assert window.preparation is not None and window.preparation.title == before + " extra"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.preparation.title == before
    assert edit.text() == before
    window.close()


def test_new_duplicate_delete_and_restore(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    window.findChild(QPushButton, "new").click()
    assert window.preparation is not None
    new_id = window.preparation.id
    assert len(window.workbook.list_preparations()) == 4

    original = window.preparation.title
    window.preparations.duplicate_requested.emit(new_id)
    assert window.preparation.id != new_id
    assert window.preparation.title.startswith(original)
    assert len(window.workbook.list_preparations()) == 5

    copy_id = window.preparation.id
    window.preparations.delete_requested.emit(copy_id)
    assert copy_id not in {s.id for s in window.workbook.list_preparations()}
    window.preparations.restore_requested.emit(copy_id)
    assert window.preparation.id == copy_id
    window.close()
    assert len(stored_titles(example)) >= 4


def test_a_save_that_fails_keeps_the_edits_and_offers_save_as(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []
    monkeypatch.setattr(
        prompts,
        "save_failed",
        lambda _parent, reason: offered.append(reason) or prompts.SaveFailedChoice.KEEP_EDITING,
    )
    window = open_window(qtbot, example, preferences)
    with saves_fail(window):  # another program holds the working copy
        set_title(window, "Niet verloren")
        assert not window.autosave.flush()
    assert offered == ["locked by another program; try again later"]
    assert window.preparation is not None and window.preparation.title == "Niet verloren"
    recovered = Recovery(example).pending()
    assert recovered is not None and recovered[0].title == "Niet verloren"
    assert window.autosave.flush()
    assert Recovery(example).pending() is None
    window.close()
    assert "Niet verloren" in stored_titles(example)


def test_after_a_crash_the_next_start_offers_the_unsaved_edits(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workbook.open(example) as workbook:
        prep = workbook.load(workbook.list_preparations()[-1].id)
    prep.title = "Na de crash"
    Recovery(example).write(prep)
    monkeypatch.setattr(prompts, "offer_recovery", lambda *_args: True)
    window = open_window(qtbot, example, preferences)
    assert window.preparation is not None and window.preparation.title == "Na de crash"
    assert Recovery(example).pending() is None
    window.close()
    assert "Na de crash" in stored_titles(example)


def test_a_refused_file_shows_why_and_stays_as_it_was(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        prompts, "cannot_open", lambda _p, path, error: shown.append(f"{path.name}: {error}")
    )
    window = open_window(qtbot, example, preferences)
    bad = example.with_name("notities.db")
    bad.write_text("Dit is geen werkboek\n")
    assert not window.switch_workbook(bad)
    assert shown == ["notities.db: not an nlinkoop workbook"]
    assert bad.read_text() == "Dit is geen werkboek\n"
    assert window.workbook.path == example
    window.close()
    with pytest.raises(WorkbookRejected):
        build_window(bad)


def test_opening_another_workbook_adds_it_to_the_recent_files(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    other = tmp_path / "leeg.db"
    Workbook.create(other).close()
    assert window.switch_workbook(other)
    assert window.preparation is None
    assert not window.tabs.isEnabled()
    assert preferences.recent_files[:2] == [str(other.resolve()), str(example.resolve())]
    window.close()


def test_export_and_language_choice(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "uit.json"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName",
        lambda *_args: (str(target), ""),
    )
    monkeypatch.setattr(prompts, "confirm_restart", lambda _parent: None)
    window = open_window(qtbot, example, preferences)
    window.menus.export_json()
    assert len(json.loads(target.read_text(encoding="utf-8"))["preparations"]) == 3
    window.menus.set_language("en")
    assert preferences.language == "en"
    window.close()


def test_every_text_field_of_every_tab_is_saved_and_exported(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    """Type into every free-text field of every tab, close, reopen: all of it is there."""
    from PySide6.QtWidgets import QPlainTextEdit

    from nlinkoop.ui.binding import resolve

    window = open_window(qtbot, example, preferences)
    prep = window.preparation
    assert prep is not None
    typed: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        for widget in page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit):
            path = widget.objectName()
            try:
                value = resolve(prep, path)
            except (AttributeError, KeyError, StopIteration, ValueError):
                continue  # not a bound field (a table's cell editor, a combo's line edit)
            if not isinstance(value, str) or not widget.isEnabled():
                continue
            token = f"typed{len(typed)}x"
            widget.setFocus()
            qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            qtbot.keyClicks(widget, token)
            typed.append(token)
    assert len(typed) >= 40, "every tab has its text fields"
    window.close()
    with Workbook.open(example) as workbook:
        exported = dumps(workbook.load_all(), workbook.profiles())
    missing = [token for token in typed if f'"{token}"' not in exported]
    assert missing == []


def test_save_as_after_a_failed_save_carries_the_edits_to_the_new_file(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "elders.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName",
        lambda *_args: (str(target), ""),
    )
    monkeypatch.setattr(prompts, "save_failed", lambda *_a: prompts.SaveFailedChoice.KEEP_EDITING)
    monkeypatch.setattr(prompts, "error", lambda *_a: None)
    window = open_window(qtbot, example, preferences)
    with saves_fail(window):
        set_title(window, "Elders bewaard")
        assert window.sharing.save_as()
    assert window.document.path == target
    assert window.autosave.dirty  # still in the window, saved with the next flush
    window.close()
    assert "Elders bewaard" in stored_titles(target)
    assert "Elders bewaard" not in stored_titles(example)


def test_a_table_cell_still_being_edited_is_saved_on_close(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    from PySide6.QtWidgets import QTableView

    window = open_window(qtbot, example, preferences)
    with qtbot.waitActive(window):
        window.activateWindow()
    table = window.findChild(QTableView, "participants")
    assert table is not None
    index = table.model().index(0, 1)  # the first participant's name
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Half getypt")
    window.close()  # without leaving the cell first
    with Workbook.open(example) as workbook:
        names = {p.name for prep in workbook.load_all() for p in prep.participants}
    assert "Half getypt" in names


def test_while_saving_fails_nothing_pretends_to_be_done(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Delete, export and close on a locked file: a message, never a traceback or lost work."""
    failures: list[str] = []
    errors: list[str] = []
    closing_asked: list[bool] = []
    monkeypatch.setattr(
        prompts,
        "save_failed",
        lambda _p, reason: failures.append(reason) or prompts.SaveFailedChoice.KEEP_EDITING,
    )
    monkeypatch.setattr(prompts, "error", lambda _p, _title, message: errors.append(message))
    monkeypatch.setattr(
        prompts,
        "close_unsaved",
        lambda _p: closing_asked.append(True) or QMessageBox.StandardButton.Discard,
    )
    target = tmp_path / "uit.json"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    window = open_window(qtbot, example, preferences)
    assert window.preparation is not None
    with saves_fail(window):
        set_title(window, "Vast")
        window.menus.export_json()
        assert not target.exists()  # an export without the latest edit would mislead
        window.tabs.setCurrentIndex(2)
        window.tabs.setCurrentIndex(3)
        assert len(failures) == 1  # one dialog per run of failures, not one per attempt
        window.preparations.delete_requested.emit(window.preparation.id)
        assert errors == ["locked by another program; try again later"]
        assert Recovery(example).pending() is not None
        window.close()
    assert closing_asked == [True] and len(failures) == 1
    assert Recovery(example).pending() is None  # discarded on purpose
    assert "Vast" not in stored_titles(example)


def test_a_duplicate_reads_like_a_copy(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    original = window.preparation
    assert original is not None
    window.preparations.duplicate_requested.emit(original.id)
    copy = window.preparation
    assert copy is not None and copy.id != original.id
    assert copy.title == f"{original.title} (copy)"
    assert copy.meeting.date is None and copy.reflection.lesson == ""
    window.close()
    assert f"{original.title} (copy)" in stored_titles(example)


def test_switching_preparation_saves_at_once_and_redo_works_by_key(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    first = window.preparation
    assert first is not None
    edit = title_edit(window)
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " bis")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert first.title == edit.text() and not first.title.endswith(" bis")
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(edit, Qt.Key.Key_Z, redo)
    assert first.title.endswith(" bis")
    assert window.autosave.dirty
    other = next(s.id for s in window.workbook.list_preparations() if s.id != first.id)
    window.preparations.current_changed.emit(other)  # as a click in the list does
    assert not window.autosave.dirty
    assert window.preparation is not None and window.preparation.id == other
    assert first.title in working_titles(window)
    window.close()


def test_amounts_and_dates_typed_the_dutch_way_are_stored(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    from datetime import date
    from decimal import Decimal

    window = open_window(qtbot, example, preferences)
    amount = window.findChild(QLineEdit, "contract_value")
    when = window.findChild(QLineEdit, "meeting.date")
    assert amount is not None and when is not None
    for widget, text in ((amount, "1.250,50"), (when, "3-2-2027")):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(widget, text)
    prep_id = window.preparation.id if window.preparation else ""
    window.close()
    with Workbook.open(example) as workbook:
        stored = workbook.load(prep_id)
    assert stored.contract_value == Decimal("1250.50")
    assert stored.meeting.date == date(2027, 2, 3)


def test_a_dropped_workbook_and_a_recent_file_open(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    other = tmp_path / "collega.db"
    create_example(other)
    window = open_window(qtbot, example, preferences)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert window.workbook.path == other
    menu = window.menus.recent_menu
    menu.aboutToShow.emit()
    back = next(a for a in menu.actions() if a.text() == str(example.resolve()))
    back.trigger()
    assert window.workbook.path.resolve() == example.resolve()
    window.close()
