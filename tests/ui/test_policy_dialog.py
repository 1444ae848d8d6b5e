"""File → Procurement policy: typed with the keyboard, refused while wrong, weighed at once."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.procedures import Procedure
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab
from nlinkoop.ui.window.policy import PolicyDialog
from tests.ui.window_helpers import open_window

pytestmark = pytest.mark.usefixtures("own_data_folder")


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Select what the field holds and type over it, as a user does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def ok_button(dialog: PolicyDialog) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_refuses_what_it_cannot_store_in_one_line(qtbot: QtBot) -> None:
    dialog = PolicyDialog(ProcurementPolicy(single_up_to=Decimal(50_000)))
    qtbot.addWidget(dialog)
    assert dialog.edits["single_up_to"].text() == "50.000,00"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.error_label.isVisibleTo(dialog)

    retype(qtbot, dialog.edits["multiple_up_to"], "veel")
    assert not ok.isEnabled()
    assert dialog.error_label.text() == "Type an amount, e.g. 50.000 (or leave the field empty)."

    retype(qtbot, dialog.edits["multiple_up_to"], "40.000")  # below the single limit
    assert not ok.isEnabled()
    assert dialog.error_label.text() == "A single private limit cannot be above the multiple one."

    retype(qtbot, dialog.edits["multiple_up_to"], "-5")
    assert dialog.error_label.text() == "A limit cannot be negative."

    retype(qtbot, dialog.edits["multiple_up_to"], "215.000")  # (QtTest types ASCII only)
    retype(qtbot, dialog.edits["works_multiple_up_to"], "1.500.000")
    dialog.edits["works_single_up_to"].clear()
    assert ok.isEnabled() and not dialog.error_label.isVisibleTo(dialog)
    policy = dialog.policy()
    assert (policy.single_up_to, policy.multiple_up_to) == (Decimal(50_000), Decimal(215_000))
    assert (policy.works_single_up_to, policy.works_multiple_up_to) == (None, Decimal(1_500_000))


def test_the_policy_typed_in_the_window_is_weighed_and_reaches_the_file(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    with Workbook.open(example) as workbook:
        ict = next(
            s.id
            for s in workbook.list_preparations()
            if workbook.load(s.id).procedure is Procedure.MULTIPLE_PRIVATE
        )
    window.preparations.current_changed.emit(ict)  # € 180.000, multiple private
    panel = window.page(BasicsTab).verdict
    assert panel.checks_label.text().endswith(
        "According to your procurement policy (Inkoopbeleid Waalmeer 2025), this procedure fits "
        "this value."
    )

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PolicyDialog)
        assert dialog.name_edit.text() == "Inkoopbeleid Waalmeer 2025"
        retype(qtbot, dialog.name_edit, "Beleid 2027")
        retype(qtbot, dialog.edits["multiple_up_to"], "150.000")  # now below the ICT contract
        qtbot.keyClick(dialog.edits["multiple_up_to"], Qt.Key.Key_Return)  # OK is the default

    QTimer.singleShot(0, fill_in)
    window.findChild(QAction, "procurement_policy").trigger()

    assert (
        "⚠  According to your procurement policy (Beleid 2027): an open procedure from €150,000."
        in (panel.checks_label.text().splitlines())
    )
    qtbot.waitUntil(lambda: not window.document.dirty, timeout=10_000)  # written back
    with Workbook.open(example) as workbook:
        stored = workbook.policy()
    assert (stored.name, stored.multiple_up_to) == ("Beleid 2027", Decimal(150_000))
    assert stored.single_up_to == Decimal(50_000)  # the fields not touched are kept
    window.close()
