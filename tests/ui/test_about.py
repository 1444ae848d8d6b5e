"""Help > About nlinkoop: version, licence, Qt, the data folder and the font licence."""

import tomllib
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from nlinkoop import __version__
from nlinkoop.paths import data_dir
from nlinkoop.ui.dialogs.about_dialog import LICENCE, AboutDialog, FontLicenceDialog
from nlinkoop.ui.settings import Preferences
from tests.ui.window_helpers import open_window

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def shown_text(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_the_licence_shown_is_the_one_in_pyproject() -> None:
    assert tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["license"] == LICENCE


# Asking again raises the open dialog, which the offscreen platform cannot do (it says so).
@pytest.mark.qt_log_ignore("does not support raise")
def test_help_about_shows_version_licence_qt_and_data_folder(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    action = window.findChild(QAction, "about")
    assert isinstance(action, QAction) and action in window.menus.help_menu.actions()
    assert action.menuRole() == QAction.MenuRole.AboutRole
    action.trigger()
    dialog = window.findChild(AboutDialog)
    assert isinstance(dialog, AboutDialog)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "About nlinkoop"
    assert dialog.version_label.text() == f"Version {__version__}"
    assert "MIT" in dialog.licence_label.text()
    text = shown_text(dialog)
    assert "DejaVu Sans" in text
    assert qVersion() in text and PySide6.__version__ in text
    assert str(data_dir()) in dialog.folder_label.text()

    action.trigger()  # asked again: the same dialog, not a second one
    assert window.findChildren(AboutDialog) == [dialog]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.close()


def test_the_font_licence_button_shows_the_dejavu_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.font_licence_button, Qt.MouseButton.LeftButton)
    licence = dialog.findChild(FontLicenceDialog)
    assert isinstance(licence, FontLicenceDialog)
    qtbot.waitExposed(licence)
    assert licence.text.isReadOnly()
    shown = licence.text.toPlainText()
    assert "Bitstream Vera" in shown and "DejaVu" in shown
    assert licence.text.verticalScrollBar().maximum() > 0  # long: it scrolls
    licence.reject()
    assert not licence.isVisible()
    assert dialog.isVisible()
