"""The "Briefing (PDF)..." action: Ctrl+P writes one page where the user says and opens it."""

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from pytestqt.qtbot import QtBot

from nlinkoop.resources import resource_path
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.window import briefing
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import open_window, set_title

HUGE = "Een heel lang verhaal over de samenwerking. " * 400


class FakeDialog:
    """Answers the save dialog with `answer` (None: cancel) and keeps the path it offered."""

    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.offered: list[Path] = []

    def __call__(self, _parent: object, _title: str, offered: str, *_args: object) -> tuple:
        self.offered.append(Path(offered))
        return ("" if self.answer is None else str(self.answer)), ""


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What the system's PDF viewer was asked to open (no real viewer starts)."""
    calls: list[Path] = []
    monkeypatch.setattr(briefing, "open_file", lambda path: calls.append(path) or True)
    return calls


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(prompts, "error", lambda _p, title, message: shown.append((title, message)))
    return shown


def answer_dialog(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> FakeDialog:
    dialog = FakeDialog(target)
    monkeypatch.setattr("nlinkoop.ui.window.briefing.QFileDialog.getSaveFileName", dialog)
    return dialog


def press_ctrl_p(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_ctrl_p_saves_one_page_remembers_the_folder_and_opens_it(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened: list[Path],
    documents: Path,
) -> None:
    folder = tmp_path / "briefings"
    folder.mkdir()
    target = folder / "gesprek.pdf"
    dialog = answer_dialog(monkeypatch, target)
    window = open_window(qtbot, example, preferences)
    set_title(window, "Jaargesprek ICT-beheer 2027")  # not saved yet: Ctrl+P saves it first
    assert window.autosave.dirty

    press_ctrl_p(qtbot, window)

    assert not window.autosave.dirty
    assert dialog.offered == [documents / "Jaargesprek ICT-beheer 2027 - briefing.pdf"]
    pages = pdf_pages(target)
    assert len(pages) == 1
    assert "Jaargesprek ICT-beheer 2027" in pages[0]
    assert opened == [target]
    assert window.statusBar().currentMessage() == "Briefing saved in gesprek.pdf"
    window.close()

    reloaded = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert reloaded.folder("briefings") == str(folder)
    again = open_window(qtbot, example, reloaded)
    again.menus.briefing_action.trigger()
    assert dialog.offered[-1].parent == folder
    again.close()


def test_a_title_that_is_no_file_name_is_made_safe(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = answer_dialog(monkeypatch, None)
    window = open_window(qtbot, example, preferences)
    set_title(window, 'Inkoop: "ICT" / beheer?')
    window.menus.briefing_action.trigger()
    assert dialog.offered[0].name == "Inkoop ICT beheer - briefing.pdf"
    assert window.statusBar().currentMessage() == ""  # cancelled: nothing happened
    window.close()


def test_huge_text_is_shortened_and_the_status_bar_names_the_sections(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened: list[Path],
) -> None:
    target = tmp_path / "lang.pdf"
    answer_dialog(monkeypatch, target)
    window = open_window(qtbot, example, preferences)
    prep = window.preparation
    assert prep is not None
    prep.opening.come_to_do = HUGE
    prep.interests[0].what = HUGE
    window.workbook.save(prep)

    window.menus.briefing_action.trigger()

    assert len(pdf_pages(target)) == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Briefing saved in lang.pdf · 2 section(s) shortened: ")
    assert message.endswith("Opening statement, Key interests")
    window.close()


def test_the_count_of_shortened_sections_reads_as_dutch(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "nlinkoop_nl.qm"
    subprocess.run(
        [lrelease, "-silent", resource_path("i18n/nlinkoop_nl.ts"), "-qm", qm], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert briefing.shortened_text(("Opening",)) == "1 sectie ingekort"
        assert briefing.shortened_text(("Opening", "Agenda")) == "2 secties ingekort"
        assert briefing.font_size_text(7.5) == "7,5"
    finally:
        qapp.removeTranslator(translator)
    assert briefing.font_size_text(7.5) == "7.5"
    assert briefing.font_size_text(9.0) == "9"


def test_a_folder_that_does_not_exist_gives_one_line_and_no_crash(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened: list[Path],
    errors: list[tuple[str, str]],
) -> None:
    answer_dialog(monkeypatch, tmp_path / "weg" / "briefing.pdf")
    window = open_window(qtbot, example, preferences)
    press_ctrl_p(qtbot, window)
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Briefing not saved"
    assert message.startswith("briefing.pdf: ") and "\n" not in message
    assert opened == []
    assert preferences.folder("briefings") == ""  # a folder that failed is not offered next time
    assert not (tmp_path / "weg").exists()
    window.close()


def test_a_bug_while_rendering_is_one_line_with_the_details_in_the_log(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    opened: list[Path],
    errors: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(*_args: object) -> None:
        raise ValueError("a bug in the layout")

    answer_dialog(monkeypatch, tmp_path / "b.pdf")
    monkeypatch.setattr(briefing, "write_briefing", broken)
    window = open_window(qtbot, example, preferences)
    with caplog.at_level(logging.ERROR, logger="nlinkoop.ui.window.briefing"):
        window.menus.briefing_action.trigger()
    assert errors == [("Briefing not saved", "an unexpected error (ValueError)")]
    assert "a bug in the layout" in caplog.text  # the traceback, for support
    assert opened == []
    assert window.isVisible()
    window.close()


def test_the_action_is_disabled_without_a_preparation(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = answer_dialog(monkeypatch, tmp_path / "x.pdf")
    empty = tmp_path / "leeg.db"
    Workbook.create(empty).close()
    window = open_window(qtbot, empty, preferences)
    action = window.menus.briefing_action
    assert window.preparation is None
    assert not action.isEnabled()
    assert action in window.menus.file_menu.actions()
    press_ctrl_p(qtbot, window)
    assert dialog.offered == []
    assert window.switch_workbook(example)
    assert action.isEnabled()
    window.close()
