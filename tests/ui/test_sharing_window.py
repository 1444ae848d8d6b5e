"""The window on a shared workbook: write-back, outside changes, conflicts, locks, merge, send.

Real files in tmp_path. tests/conftest.py gives the whole run one NLINKOOP_DATA_DIR; these tests
leave working copies behind on purpose, so each gets a data folder of its own.
"""

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from nlinkoop.resources import resource_path
from nlinkoop.store.document import Document, ReadOnly, pending_recoveries
from nlinkoop.store.errors import Reason, WorkbookUnavailable
from nlinkoop.store.merge import Conflict, Side
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.lock_dialog import LockChoice, LockDialog
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog, plain_label
from nlinkoop.ui.dialogs.send_dialog import SendDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import (
    change_outside,
    open_window,
    set_title,
    stored_titles,
    title_edit,
    write_backs_fail,
)

WAIT_MS = 8000


pytestmark = pytest.mark.usefixtures("own_data_folder")


def end_session() -> None:
    """Make the working copies look left by an nlinkoop that has ended (as after a crash)."""
    import json

    from nlinkoop.paths import data_dir

    for manifest in (data_dir() / "working").glob("*/manifest.json"):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        manifest.write_text(json.dumps(data | {"pid": 2**22 + 12345}), encoding="utf-8")


def shown_titles(window: MainWindow) -> set[str]:
    model = window.preparations.model
    found = (model.summary(prep_id) for prep_id in model.shown_ids())
    return {summary.title for summary in found if summary is not None}


def ids(path: Path) -> list[str]:
    with Workbook.open(path) as workbook:
        return [s.id for s in workbook.list_preparations()]


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every error, information and refusal the window shows, instead of a dialog."""
    shown: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda _p, _t, message: shown.append(message))
    monkeypatch.setattr(prompts, "info", lambda _p, _t, message: shown.append(message))
    monkeypatch.setattr(
        prompts, "cannot_open", lambda _p, path, error: shown.append(f"{path.name}: {error}")
    )
    return shown


def test_typing_is_written_back_to_the_file_after_a_pause(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    edit = title_edit(window)
    edit.setFocus()
    edit.selectAll()
    with qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS):
        qtbot.keyClicks(edit, "Teruggeschreven")
    assert "Teruggeschreven" in stored_titles(example)
    assert window.saved_label.text().startswith("Saved in voorbeeld.db at ")
    assert not window.document.dirty
    window.close()
    assert not list(example.parent.glob("*-journal")) and not list(example.parent.glob("*-wal"))


def test_an_outside_replacement_is_reloaded_without_asking(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    change_outside(example, tmp_path / "collega.db", {shown.id: "Van de collega"})
    qtbot.waitUntil(lambda: "Van de collega" in shown_titles(window), timeout=WAIT_MS)
    assert window.preparation is not None and window.preparation.id == shown.id  # kept
    assert title_edit(window).text() == "Van de collega"
    assert "collega" in window.statusBar().currentMessage()
    # and again: the watcher still watches the file after the atomic replace
    change_outside(example, tmp_path / "collega.db", {shown.id: "Nog eens"})
    qtbot.waitUntil(lambda: title_edit(window).text() == "Nog eens", timeout=WAIT_MS)
    window.close()


def test_unsaved_edits_and_an_outside_change_both_end_up_in_the_file(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    other = next(i for i in ids(example) if i != shown.id)
    set_title(window, "Mijn wijziging")
    change_outside(example, tmp_path / "collega.db", {other: "Hun wijziging"})
    qtbot.waitUntil(
        lambda: {"Mijn wijziging", "Hun wijziging"} <= stored_titles(example), timeout=WAIT_MS
    )
    assert {"Mijn wijziging", "Hun wijziging"} <= shown_titles(window)
    window.close()
    assert {"Mijn wijziging", "Hun wijziging"} <= stored_titles(example)


@pytest.mark.parametrize(("side", "kept"), [("theirs", "Hun titel"), ("mine", "Mijn titel")])
def test_a_conflict_is_decided_in_the_merge_dialog(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    side: Side,
    kept: str,
) -> None:
    asked: list[Sequence[Conflict]] = []

    def answer(_parent: object, conflicts: Sequence[Conflict], _label: object) -> list[Side]:
        asked.append(conflicts)
        return [side] * len(conflicts)

    monkeypatch.setattr(MergeDialog, "ask", answer)
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    set_title(window, "Mijn titel")
    assert window.autosave.flush()
    change_outside(example, tmp_path / "collega.db", {shown.id: "Hun titel"})
    assert window.sharing.write_back()
    assert [(c.field, c.mine, c.theirs) for c in asked[0]] == [("title", "Mijn titel", "Hun titel")]
    assert window.sharing.field_label(asked[0][0]) == "Title"
    assert kept in stored_titles(example)
    assert title_edit(window).text() == kept
    window.close()


def test_the_real_merge_dialog_takes_all_theirs(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    set_title(window, "Mijn titel")
    assert window.autosave.flush()
    change_outside(example, tmp_path / "collega.db", {shown.id: "Hun titel"})
    seen: list[str] = []

    def click_all_theirs() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, MergeDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, click_all_theirs)
            return
        dialog = dialogs[0]
        seen.append(dialog.mine_buttons[0].accessibleName())
        assert dialog.mine_buttons[0].isChecked() or dialog.theirs_buttons[0].isChecked()
        dialog.all_theirs_button.click()
        dialog.accept()

    QTimer.singleShot(50, click_all_theirs)
    assert window.sharing.write_back()
    assert seen and seen[0].startswith("Mine (tester, ")
    assert "Hun titel" in stored_titles(example)
    window.close()


def test_cancelling_the_merge_dialog_writes_a_conflict_copy(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    monkeypatch.setattr(MergeDialog, "ask", lambda *_a: None)
    window = open_window(qtbot, example, preferences)
    shown = window.preparation
    assert shown is not None
    set_title(window, "Mijn titel")
    assert window.autosave.flush()
    change_outside(example, tmp_path / "collega.db", {shown.id: "Hun titel"})
    assert window.sharing.write_back()
    copies = list(example.parent.glob("voorbeeld (conflict *).db"))
    assert len(copies) == 1
    assert "Mijn titel" in stored_titles(copies[0])
    assert "Hun titel" in stored_titles(example)
    assert any(str(copies[0]) in m for m in messages)
    window.close()


def test_the_merge_dialog_shows_each_conflict_and_answers(qtbot: QtBot) -> None:
    from decimal import Decimal

    early, late = datetime(2025, 3, 1, 9, 0, tzinfo=UTC), datetime(2025, 3, 2, 9, 0, tzinfo=UTC)
    conflicts = [
        Conflict("preparations", "p1", "title", "p1", "Jaargesprek", "A", "B", "ik", early,
                 "jij", late),
        Conflict("preparations", "p1", "contract_value", "p1", "Jaargesprek", Decimal("1250.5"),
                 None, "ik", late, "jij", early),
    ]  # fmt: skip
    dialog = MergeDialog(conflicts)
    qtbot.addWidget(dialog)
    assert dialog.choices() == ["theirs", "mine"]  # the newer side of each
    assert "1.250,50" in dialog.mine_buttons[1].accessibleDescription()
    dialog.all_mine_button.click()
    assert dialog.choices() == ["mine", "mine"]
    dialog.theirs_buttons[0].click()
    assert dialog.choices() == ["theirs", "mine"]


def test_a_failed_write_back_keeps_the_edits_and_retries(
    qtbot: QtBot, example: Path, preferences: Preferences, messages: list[str]
) -> None:
    window = open_window(qtbot, example, preferences)
    with write_backs_fail(Reason.DISK_FULL):
        set_title(window, "Schijf vol")
        assert not window.sharing.write_back()
        assert not window.sharing.write_back()
        assert len(messages) == 1 and "the disk is full" in messages[0]  # one dialog per run
        assert window.saved_label.text() == "Not saved in the file: the disk is full"
        assert "Schijf vol" not in stored_titles(example)
        assert window.document.dirty
    assert window.sharing.write_back()
    assert "Schijf vol" in stored_titles(example)
    window.close()


def test_closing_after_a_failed_write_back_asks_and_the_next_start_recovers(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    from nlinkoop.app import offer_recoveries

    real = Document.write_back

    def full(_self: Document, **_kw: object) -> object:
        raise WorkbookUnavailable(Reason.DISK_FULL)

    monkeypatch.setattr(Document, "write_back", full)
    asked: list[str] = []
    answers = [prompts.WriteBackChoice.RETRY, prompts.WriteBackChoice.CLOSE_ANYWAY]
    monkeypatch.setattr(
        prompts,
        "write_back_failed",
        lambda _p, reason, read_only: asked.append(reason) or answers.pop(0),
    )
    window = open_window(qtbot, example, preferences)
    set_title(window, "Bijna kwijt")
    window.close()
    assert asked == ["the disk is full", "the disk is full"]
    assert "Bijna kwijt" not in stored_titles(example)
    end_session()
    assert [r.path.resolve() for r in pending_recoveries()] == [example.resolve()]
    monkeypatch.setattr(Document, "write_back", real)
    monkeypatch.setattr(prompts, "offer_working_copy", lambda _p, name, _when: name == example.name)
    offer_recoveries()
    assert "Bijna kwijt" in stored_titles(example)
    assert pending_recoveries() == []


def test_a_declined_recovery_removes_the_working_copy(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from nlinkoop.app import offer_recoveries

    monkeypatch.setattr(
        prompts, "write_back_failed", lambda *_a, **_k: prompts.WriteBackChoice.CLOSE_ANYWAY
    )
    monkeypatch.setattr(
        Document,
        "write_back",
        lambda *_a, **_k: (_ for _ in ()).throw(WorkbookUnavailable(Reason.DISK_FULL)),
    )
    monkeypatch.setattr(prompts, "error", lambda *_a: None)
    window = open_window(qtbot, example, preferences)
    set_title(window, "Weg ermee")
    window.close()
    end_session()
    assert pending_recoveries()
    monkeypatch.setattr(prompts, "offer_working_copy", lambda *_a: False)
    offer_recoveries()
    assert pending_recoveries() == []
    assert "Weg ermee" not in stored_titles(example)


# --- locks and read-only ------------------------------------------------------------------


def held_by_colleague(path: Path) -> None:
    """Leave a live lock of someone else (another host) beside `path`."""
    from datetime import UTC, datetime

    from nlinkoop.store import locks

    held = locks.LockInfo("collega", "andere-pc", 4242, "1.0", datetime.now(UTC))
    assert locks.take(path, held)


@pytest.mark.parametrize("choice", list(LockChoice) + [None])
def test_a_file_someone_else_has_open_asks_what_to_do(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: LockChoice | None,
) -> None:
    other = tmp_path / "gedeeld.db"
    shutil.copyfile(example, other)
    held_by_colleague(other)
    before = other.read_bytes()
    monkeypatch.setattr(LockDialog, "ask", lambda _p, _path, lock: choice)
    window = open_window(qtbot, example, preferences)
    opened = window.switch_workbook(other)
    assert opened == (choice is not None)
    if choice is None:
        assert window.document.path == example
    elif choice is LockChoice.READ_ONLY:
        assert window.document.path == other
        assert window.document.read_only is ReadOnly.CHOSEN
        assert window.sharing.banner.isVisible()
    elif choice is LockChoice.COPY:
        assert window.document.path != other and "kopie" in window.document.path.name
        assert window.document.read_only is None
        assert not window.sharing.banner.isVisible()
    else:
        assert window.document.path == other and window.document.read_only is None
    window.close()
    if choice is not LockChoice.TAKE_OVER:
        assert other.read_bytes() == before


def test_the_lock_dialog_says_who_and_since_when(qtbot: QtBot, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from nlinkoop.store.locks import LockInfo

    lock = LockInfo("collega", "andere-pc", 4242, "1.0", datetime(2025, 3, 1, 9, 0, tzinfo=UTC))
    dialog = LockDialog(tmp_path / "gedeeld.db", lock)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "lock_who")
    assert text is not None and "collega" in text.text() and "andere-pc" in text.text()
    dialog.copy_button.click()
    assert dialog.choice is LockChoice.COPY


def test_a_read_only_document_shows_the_banner_and_save_as_removes_it(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "mijn versie.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    before = example.read_bytes()
    window = MainWindow(Document.open(example, user="tester", lock="read_only"), preferences)
    qtbot.addWidget(window)
    window.show()
    banner = window.sharing.banner
    assert banner.isVisible()
    assert "read-only" in banner.text.text()
    set_title(window, "Alleen gelezen")
    assert window.autosave.flush()
    window.findChild(type(window.menus.briefing_action), "save_as").trigger()
    assert not banner.isVisible()
    assert window.document.path == target and window.document.read_only is None
    assert "Alleen gelezen" in stored_titles(target)
    window.close()
    assert example.read_bytes() == before


def test_closing_a_read_only_document_with_edits_offers_save_as(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "gered.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    asked: list[bool] = []
    monkeypatch.setattr(
        prompts,
        "write_back_failed",
        lambda _p, _r, read_only: asked.append(read_only) or prompts.WriteBackChoice.SAVE_AS,
    )
    window = MainWindow(Document.open(example, user="tester", lock="read_only"), preferences)
    qtbot.addWidget(window)
    set_title(window, "Niet verloren")
    window.close()
    assert asked == [True]
    assert "Niet verloren" in stored_titles(target)


# --- merge, send, hostile files -----------------------------------------------------------


def test_merge_with_another_file_takes_its_changes(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = tmp_path / "van collega.db"
    shutil.copyfile(example, theirs)
    first = ids(example)[-1]
    with Workbook.open(theirs, user="collega") as other:
        prep = other.load(first)
        prep.title = "Samengevoegd"
        other.save(prep)
    before = theirs.read_bytes()
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getOpenFileName", lambda *_a: (str(theirs), "")
    )
    window = open_window(qtbot, example, preferences)
    window.findChild(type(window.menus.briefing_action), "merge_with").trigger()
    assert "Samengevoegd" in shown_titles(window)
    assert "Samengevoegd" in stored_titles(example)
    assert window.statusBar().currentMessage() == "1 preparation(s) updated, 0 conflict(s)"
    assert theirs.read_bytes() == before
    window.close()


def test_send_to_a_colleague_makes_a_workbook_with_the_chosen_preparations(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    target = tmp_path / "voor collega.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    offered: list[str] = []

    def choose(_parent: object, summaries: Sequence[object], current: str) -> list[str]:
        offered.append(current)
        return [current]

    monkeypatch.setattr(SendDialog, "ask", choose)
    window = open_window(qtbot, example, preferences)
    assert window.preparation is not None
    set_title(window, "Om te versturen")
    window.findChild(type(window.menus.briefing_action), "send_to_colleague").trigger()
    assert offered == [window.preparation.id]
    assert stored_titles(target) == {"Om te versturen"}
    assert messages and str(target) in messages[-1]
    window.close()


def test_sending_over_a_link_replaces_the_file_it_points_to(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    outbox, elsewhere = tmp_path / "uit", tmp_path / "elders"
    outbox.mkdir()
    elsewhere.mkdir()
    shutil.copyfile(example, elsewhere / "vorige keer.db")
    link = outbox / "voor collega.db"
    link.symlink_to(elsewhere / "vorige keer.db")  # the user agreed to replace it
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(link), "")
    )
    monkeypatch.setattr(SendDialog, "ask", lambda _parent, _summaries, current: [current])
    window = open_window(qtbot, example, preferences)
    set_title(window, "Om te versturen")
    window.findChild(type(window.menus.briefing_action), "send_to_colleague").trigger()
    assert link.is_symlink()
    assert stored_titles(elsewhere / "vorige keer.db") == {"Om te versturen"}
    assert sorted(p.name for p in outbox.iterdir()) == ["voor collega.db"]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["vorige keer.db"]
    assert messages and str(link) in messages[-1]
    window.close()


def test_the_send_dialog_checks_the_shown_preparation(qtbot: QtBot, example: Path) -> None:
    with Workbook.open(example) as workbook:
        summaries = workbook.list_preparations()
    dialog = SendDialog(summaries, summaries[1].id)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [summaries[1].id]
    assert dialog.ok_button.isEnabled()
    dialog.list.item(1).setCheckState(dialog.list.item(0).checkState())
    assert dialog.chosen() == [] and not dialog.ok_button.isEnabled()


@pytest.mark.parametrize("content", [b"", os.urandom(4096)], ids=["empty", "random"])
def test_a_hostile_file_is_refused_at_open_and_merge_and_stays_as_it_was(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
    content: bytes,
) -> None:
    bad = tmp_path / "vreemd.db"
    bad.write_bytes(content)
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getOpenFileName", lambda *_a: (str(bad), "")
    )
    window = open_window(qtbot, example, preferences)
    assert not window.switch_workbook(bad)
    window.findChild(type(window.menus.briefing_action), "merge_with").trigger()
    assert len(messages) == 2 and all(m.startswith("vreemd.db: ") for m in messages)
    assert bad.read_bytes() == content
    assert window.document.path == example
    window.close()
    assert bad.read_bytes() == content


def test_a_conflict_in_a_list_is_named_by_the_list_in_dutch(
    qapp: QApplication, tmp_path: Path
) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "nlinkoop_nl.qm"
    subprocess.run(
        [lrelease, "-silent", resource_path("i18n/nlinkoop_nl.ts"), "-qm", qm], check=True
    )
    at = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    item = Conflict("interests", "i1", "what", "p1", "Jaargesprek", "A", "B", "ik", at, "jij", at)
    odd = Conflict("todos", "t1", "if_you", "p1", "Jaargesprek", "A", "B", "ik", at, "jij", at)
    assert plain_label(item) == "Interests: what"
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert plain_label(item) == "Belangen: wat"
        assert plain_label(odd) == "Actiepunten: if you"  # a column without a name of its own
    finally:
        qapp.removeTranslator(translator)
