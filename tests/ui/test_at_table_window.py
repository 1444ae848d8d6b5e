"""A whole meeting at the table, with the keyboard alone, in the real window on a real file.

The buyer opens *Aan tafel* with F11, logs twenty lines of every kind with real key events,
pauses mid-word longer than the autosave and the write-back, a colleague changes the file
meanwhile, and then presses Afronden and makes the report. Everything logged is in the user's
file; the report's PDF, read back, holds every agreement and no internal line.
"""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QToolBar
from pytestqt.qtbot import QtBot

from nlinkoop.domain.meeting_log import EntryKind, in_order, is_internal
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.document import Document
from nlinkoop.store.merge import Conflict
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.dialogs.merge_dialog import plain_label
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import ReflectionTab
from nlinkoop.ui.widgets.meeting_view import MeetingView
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import active_window, change_outside

WAIT_MS = 10_000
pytestmark = pytest.mark.usefixtures("own_data_folder")

# Twenty lines as a buyer types them in a price round for ICT management (ASCII: QTest types
# only that); the kind from a prefix, or from Ctrl+<n> before a line without one.
LINES: list[tuple[int | None, str]] = [
    (None, "s: zij willen graag langer door dan vier jaar"),
    (None, "a: service op locatie een halve dag per school per twee weken #service"),
    (None, "c: wij zien jullie als partner, niet als leverancier"),
    (2, "prijsopbouw per school sturen @Nexolan 22-01"),
    (None, "o: hoe de exit wordt geprijsd #exit"),
    (4, "looptijd met een optie op een vijfde jaar #service"),
    (None, "k: vaste technicus voor de regio #service"),
    (None, "a!: intern: directeuren krijgen de rapportage eerst te zien"),
    (None, "s: onzeker over hun personeel in de zomer"),
    (1, "kwartaalrapport per school vanaf het tweede kwartaal #rapportage"),
    (None, "ac: concept exitplan delen @Sanne 29-01"),
    (None, "o!: budget 2028 navragen bij de controller"),
    (None, "g: we delen de planning van de scholen vroeg #service"),
    (None, "a: overdracht in de laatste drie maanden zonder kosten #exit"),
    (5, "ze reageren goed op de vraag naar belangen"),
    (None, "ac: verslag rondsturen @Sanne 20-01"),
    (None, "o: wie de licenties beheert"),
    (6, "dat moeten we samen oplossen"),
    (None, "a: volgende ronde op 2 februari"),
    (None, "ac!: mandaat voor verlenging nagaan @Linda 26-01"),
]


def at_the_table(qtbot: QtBot, window: MainWindow) -> MeetingView:
    """Press F11 in the window: the meeting screen opens full screen, the line focused."""
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.at_table.view
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.line, timeout=WAIT_MS)
    return view


def type_entry(qtbot: QtBot, view: MeetingView, key: int | None, text: str) -> None:
    if key is not None:
        qtbot.keyClick(
            view.line, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.ControlModifier
        )
    qtbot.keyClicks(view.line, text)
    qtbot.keyClick(view.line, Qt.Key.Key_Return)


def stored(path: Path, prep_id: str) -> Preparation:
    with Workbook.open(path) as workbook:
        return workbook.load(prep_id)


def test_a_whole_meeting_by_keyboard_then_afronden_and_the_report(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path, monkeypatch
) -> None:
    window = active_window(qtbot, example, preferences)
    ict = next(s for s in window.workbook.list_preparations() if "ICT" in s.title)
    window.preparations.select(ict.id)
    qtbot.waitUntil(lambda: window.preparation is not None and window.preparation.id == ict.id)
    prep = window.preparation
    assert prep is not None
    view = at_the_table(qtbot, window)

    for number, (key, text) in enumerate(LINES[:8], start=1):
        type_entry(qtbot, view, key, text)
        assert len(view.entries()) == number
    # Mid-word, a pause longer than the autosave and the write-back: nothing typed is lost.
    qtbot.keyClicks(view.line, "s: zij kijken naar de kl")
    with qtbot.waitSignal(window.sharing.written_back, timeout=WAIT_MS):
        window.sharing.schedule_write_back()
    qtbot.wait(1200)
    assert stored(example, prep.id).log and len(stored(example, prep.id).log) == 8
    qtbot.keyClicks(view.line, "ok")
    qtbot.keyClick(view.line, Qt.Key.Key_Return)

    # A colleague changes the same preparation in the file while the line is half typed.
    qtbot.keyClicks(view.line, "a: vaste contactp")

    def theirs(other: Preparation) -> None:
        other.counterparty = "Nexolan ICT Services B.V."

    change_outside(example, tmp_path / "collega.db", {prep.id: theirs})
    qtbot.waitUntil(lambda: prep.counterparty == "Nexolan ICT Services B.V.", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Services" in view.title_label.text(), timeout=WAIT_MS)
    assert QApplication.focusWidget() is view.line and view.line.text() == "a: vaste contactp"
    qtbot.keyClicks(view.line, "ersoon per school #service")
    qtbot.keyClick(view.line, Qt.Key.Key_Return)

    for key, text in LINES[8:]:
        type_entry(qtbot, view, key, text)
    entries = view.entries()
    assert len(entries) == 22
    assert entries[8].text == "zij kijken naar de klok"
    assert entries[9].text == "vaste contactpersoon per school"
    kinds = {e.kind for e in entries}
    assert kinds == set(EntryKind)

    # Afronden: the reflection drafted, the Reflection step shown.
    qtbot.keyClick(view.line, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT_MS)
    assert window.tabs.currentWidget() is window.page(ReflectionTab)
    assert "partner" not in prep.reflection.agreed  # a quote is not an agreement
    assert "overdracht in de laatste drie maanden zonder kosten" in prep.reflection.agreed
    assert prep.reflection.round_id == prep.meetings[-1].id

    # The report: its text to the clipboard, its page to a PDF.
    target = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.at_table.report() == target
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    for entry in entries:
        if is_internal(entry):
            assert entry.text not in flat, entry.text
        else:
            assert entry.text in flat, entry.text
    assert QApplication.clipboard().text().count("\n- ") >= 8
    assert len(PdfReader(target).pages) == 1

    window.close()
    log = in_order(stored(example, prep.id).log)
    assert [e.text for e in log] == [e.text for e in entries]
    assert stored(example, prep.id).counterparty == "Nexolan ICT Services B.V."


def test_a_read_only_workbook_says_so_at_the_table_and_save_as_keeps_the_lines(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path, monkeypatch
) -> None:
    before = example.read_bytes()
    window = MainWindow(Document.open(example, user="tester", lock="read_only"), preferences)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    view = at_the_table(qtbot, window)
    assert view.read_only_banner.isVisible()
    assert "Save as" in view.read_only_banner.text.text()
    type_entry(qtbot, view, None, "a: genoteerd in een kopie")
    assert [e.text for e in view.entries()] == ["genoteerd in een kopie"]
    assert example.read_bytes() == before  # the file itself is not written
    target = tmp_path / "mijn aantekeningen.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    qtbot.mouseClick(view.read_only_banner.save_as_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document.read_only is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not view.read_only_banner.isVisible(), timeout=WAIT_MS)
    prep = window.preparation
    assert prep is not None
    window.close()
    assert [e.text for e in stored(target, prep.id).log] == ["genoteerd in een kopie"]
    assert example.read_bytes() == before


def test_the_action_is_in_the_view_menu_and_the_toolbar(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    action = window.at_table.action
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(action in menu.actions() for menu in menus)
    toolbar = window.findChild(QToolBar, "toolbar")
    assert toolbar is not None and action in toolbar.actions()
    assert action.shortcut().toString() == "F11"


def test_a_conflict_in_the_log_has_a_readable_name() -> None:
    """Both colleagues corrected one logged line: the merge dialog says which field, plainly."""
    at = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)

    def conflict(table: str, field: str) -> Conflict:
        return Conflict(table, "x", field, None, "Prijsronde", "A", "B", "ik", at, "jij", at)

    assert [
        plain_label(conflict(table, field))
        for table, field in (
            ("log_entries", "text"),
            ("log_entries", "owner"),
            ("log_entries", "due"),
            ("log_entries", "internal"),
            ("meeting_rounds", "next_meeting"),
            ("topics", "our_limit"),
        )
    ] == [
        "Meeting log: text",
        "Meeting log: who",
        "Meeting log: by when",
        "Meeting log: internal",
        "Meetings held: next meeting",
        "Topics and trade-offs: our limit",
    ]
