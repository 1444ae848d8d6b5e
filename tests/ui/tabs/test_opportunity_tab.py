"""The Gelegenheid tab."""

import datetime as dt

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.conditions import ExplicitKind
from nlinkoop.ui.tabs import OpportunityTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from tests.ui.tabs.helpers import make_tab, type_into


def test_the_conversation_date_and_lead(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, OpportunityTab)
    date = tab.field("opportunity.conversation_date")
    assert isinstance(date, QLineEdit)
    type_into(qtbot, date, "17-11-2026")
    assert prep.opportunity.conversation_date == dt.date(2026, 11, 17)
    lead = tab.field("opportunity.lead")
    assert isinstance(lead, QLineEdit)
    lead.insert("Sanne de Vries-Öztürk")
    assert prep.opportunity.lead == "Sanne de Vries-Öztürk"
    assert tab.completeness_label.text() == "2 of 7 filled in"


def test_explicit_items_and_agenda_minutes(qtbot: QtBot) -> None:
    tab, prep, _stack = make_tab(qtbot, OpportunityTab)
    lists = {e.table.objectName(): e.model for e in tab.findChildren(ListEditor)}
    explicit = lists["opportunity.explicit"]
    explicit.add_row()
    assert explicit.setData(explicit.index(0, 1), 2)
    assert prep.opportunity.explicit[0].kind is ExplicitKind.CONCERN
    agenda = lists["opportunity.agenda"]
    agenda.add_row()
    assert agenda.setData(agenda.index(0, 1), "25")
    assert prep.opportunity.agenda[0].minutes == 25
    assert not agenda.setData(agenda.index(0, 1), "-5")
