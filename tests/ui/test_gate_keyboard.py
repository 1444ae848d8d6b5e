"""The gate's fields on the Basis tab, used with the keyboard alone and a pause mid-number."""

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.procedures import Authority, ContractKind, Procedure
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import BasicsTab
from tests.ui.window_helpers import active_window, focused

pytestmark = pytest.mark.usefixtures("own_data_folder")

PAUSE_MS = 1500  # longer than the autosave's 800 ms: the half-typed amount is saved meanwhile


def test_typing_the_value_with_a_pause_and_tabbing_through_the_choices(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = active_window(qtbot, example, preferences)
    with Workbook.open(example) as workbook:
        ict = next(
            s.id
            for s in workbook.list_preparations()
            if workbook.load(s.id).procedure is Procedure.MULTIPLE_PRIVATE
        )
    window.preparations.current_changed.emit(ict)  # € 180.000, supplies and services
    basics = window.page(BasicsTab)
    assert isinstance(basics, BasicsTab)
    value = basics.field("contract_value")
    assert isinstance(value, QLineEdit)

    value.setFocus()
    qtbot.waitUntil(lambda: focused() is value, timeout=2000)
    qtbot.keyClick(value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(value, "1.2")
    qtbot.wait(PAUSE_MS)  # the buyer looks up the rest of the amount
    qtbot.keyClicks(value, "50.000")
    assert value.text() == "1.250.000"  # nothing typed was lost to the save in between
    qtbot.keyClick(value, Qt.Key.Key_Tab)

    kind = focused()
    assert kind is basics.field("contract_kind") and isinstance(kind, QComboBox)
    qtbot.keyClick(kind, Qt.Key.Key_Down)  # supplies and services -> works
    assert window.preparation is not None
    assert window.preparation.contract_kind is ContractKind.WORKS
    panel = basics.verdict
    assert panel.verdict_label.text() == "?  Depends on your own procurement policy"  # < 5.4 M

    qtbot.keyClick(kind, Qt.Key.Key_Up)  # back: € 1.250.000 of services is above € 216.000
    assert panel.verdict_label.text() == "✗  Not allowed at this value"
    qtbot.keyClick(kind, Qt.Key.Key_Tab)
    assert focused() is basics.field("authority")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is basics.field("value_includes_options")

    assert window.save_now()  # as the window does before it is closed or an action runs
    qtbot.waitUntil(lambda: not window.document.dirty, timeout=10_000)  # written back
    with Workbook.open(example) as workbook:
        stored = workbook.load(ict)
    assert stored.contract_value == Decimal("1250000")
    assert (stored.contract_kind, stored.authority) == (
        ContractKind.SUPPLIES_SERVICES,
        Authority.OTHER,
    )
    window.close()
