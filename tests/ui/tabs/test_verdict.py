"""The Basis tab's "mag ik hier onderhandelen?" panel, and the tabs that switch to positioning."""

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import CATALOGUE
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.ui.dialogs.positioning_reference import PositioningReference
from nlinkoop.ui.tabs import BasicsTab, CapacityTab, OpportunityTab
from nlinkoop.ui.widgets.verdict_panel import VerdictPanel, ui_language
from tests.dutch_words import dutch_words
from tests.ui.tabs.helpers import make_tab

NORMAL_OPPORTUNITY = "Maak vóór het gesprek ruimte voor een echt gesprek"
NORMAL_CAPACITY = "Lef zonder onderbouwing is een gok."
POSITIONING = "In deze procedure valt niets te onderhandelen"


class Tabs:
    """The Basis, Gelegenheid and Capaciteit tabs on one preparation, wired as the window does."""

    def __init__(self, qtbot: QtBot, prep: Preparation | None = None) -> None:
        self.prep = Preparation() if prep is None else prep
        self.basics, _prep, self.stack = make_tab(qtbot, BasicsTab, self.prep)
        self.opportunity = make_tab(qtbot, OpportunityTab, self.prep)[0]
        self.capacity = make_tab(qtbot, CapacityTab, self.prep)[0]
        for tab in (self.opportunity, self.capacity):
            self.basics.procedure_changed.connect(tab.refresh_guidance)
        assert isinstance(self.basics, BasicsTab)
        self.panel: VerdictPanel = self.basics.verdict

    def choose(self, path: str, text: str) -> None:
        """Pick an entry of the Basis tab's combo by the text the user sees."""
        combo = self.basics.field(path)
        assert isinstance(combo, QComboBox)
        index = combo.findText(text)
        assert index >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
        combo.setCurrentIndex(index)

    def guidance(self, tab: OpportunityTab | CapacityTab) -> str:
        return tab.guidance.text_label.text()


def test_an_open_european_procedure_says_no_and_the_tabs_advise_positioning(
    qtbot: QtBot, dutch: None
) -> None:
    tabs = Tabs(qtbot)
    assert tabs.guidance(tabs.opportunity).startswith(NORMAL_OPPORTUNITY)
    tabs.choose("context", "Publiek (Aanbestedingswet)")
    with qtbot.waitSignal(tabs.basics.procedure_changed, timeout=1000):
        tabs.choose("procedure", "Openbare procedure (Europees)")

    panel = tabs.panel
    assert panel.isVisible()
    assert panel.title_label.text() == "Mag ik hier onderhandelen?"
    assert panel.verdict_label.text() == "✗  Nee, alleen verduidelijken"
    assert panel.may_label.text().startswith("Een inschrijver vragen zijn inschrijving toe te")
    assert panel.may_not_label.text().startswith("Onderhandelen over een ingediende inschrijving")
    basis = panel.basis_label.text()  # each article a link to its text on wetten.overheid.nl
    assert '<a href="https://wetten.overheid.nl/jci1.3:c:BWBR0032203&amp;artikel=2.26">' in basis
    assert ">art. 2.55</a> — Een inschrijving laten toelichten of aanvullen." in basis
    assert panel.source_label.text() == (
        "Aanbestedingswet 2012, versie van 01-09-2025 · gecontroleerd op 07-12-2026"
    )
    assert not panel.uncertain_label.isVisible()  # the European procedure is certain

    banner = "Positioneren, niet onderhandelen: Openbare procedure (Europees)"
    for tab in (tabs.opportunity, tabs.capacity):
        assert tabs.guidance(tab).startswith(POSITIONING)
        assert "gunningscriteria" in tabs.guidance(tab)
        assert tab.banner.isVisible() and tab.banner.text() == banner

    tabs.choose("procedure", "Enkelvoudig onderhandse procedure")
    assert panel.verdict_label.text() == "✓  Ja"
    assert tabs.guidance(tabs.opportunity).startswith(NORMAL_OPPORTUNITY)
    assert tabs.guidance(tabs.capacity).startswith(NORMAL_CAPACITY)
    assert not tabs.opportunity.banner.isVisible() and not tabs.capacity.banner.isVisible()

    tabs.stack.undo()  # back to the open procedure: undo moves the advice along
    assert tabs.prep.procedure is Procedure.OPEN_EUROPEAN
    assert tabs.guidance(tabs.capacity).startswith(POSITIONING)

    tabs.choose("context", "Commercieel")
    assert panel.verdict_label.text() == "✓  Commercieel: je mag vrij onderhandelen."
    assert not panel.basis_label.isVisible() and not panel.thresholds_label.isVisible()
    assert tabs.guidance(tabs.opportunity).startswith(NORMAL_OPPORTUNITY)
    assert not tabs.capacity.banner.isVisible()


def test_a_multiple_private_procedure_depends_on_own_policy_and_says_what_is_unsure(
    qtbot: QtBot, dutch: None
) -> None:
    tabs = Tabs(qtbot)
    tabs.choose("context", "Publiek (Aanbestedingswet)")
    tabs.choose("procedure", "Meervoudig onderhandse procedure")
    panel = tabs.panel
    assert panel.verdict_label.text() == "?  Hangt af van je eigen inkoopbeleid"
    assert panel.practice_label.isVisible() and not panel.uncertain_label.isVisible()
    facts = CATALOGUE[Procedure.MULTIPLE_PRIVATE]
    assert panel.practice_label.text() == "\n".join(t.nl for t in facts.practice)
    assert panel.practice_label.text().startswith("Of en hoe je onderhandelt, bepaalt je eigen")
    labels = [w.text() for w in panel.findChildren(type(panel.title_label))]
    assert "Praktijk, geen wet:" in labels and "Wettelijke grondslag:" in labels
    # there is room to negotiate, if the policy allows it: the tabs keep their usual advice
    assert tabs.guidance(tabs.opportunity).startswith(NORMAL_OPPORTUNITY)
    assert not tabs.opportunity.banner.isVisible()


def test_public_without_a_procedure_asks_for_one(qtbot: QtBot) -> None:
    tabs = Tabs(qtbot)
    assert tabs.panel.verdict_label.text().startswith("✓  Commercial")  # a new preparation
    tabs.choose("context", "Public (Procurement Act)")
    panel = tabs.panel
    assert panel.verdict_label.text() == (
        "?  Choose a procedure or situation: it decides whether you may negotiate here."
    )
    assert not panel.may_label.isVisible() and not panel.uncertain_label.isVisible()
    assert panel.thresholds_label.isVisible()  # they help to pick the procedure
    assert not tabs.opportunity.banner.isVisible()


def test_the_thresholds_say_when_they_have_expired(qtbot: QtBot, dutch: None) -> None:
    tabs = Tabs(qtbot)
    tabs.choose("context", "Publiek (Aanbestedingswet)")
    panel = tabs.panel
    panel.today = lambda: dt.date(2028, 1, 1)
    tabs.basics.refresh()
    assert panel.thresholds_expired()
    assert panel.thresholds_note.isVisible()
    assert panel.thresholds_note.text() == (
        "Deze drempels golden tot 31-12-2027; het zijn de laatst bekende bedragen. Zoek de "
        "huidige op bij PIANOo of in je inkoopbeleid."
    )
    assert "Werken: € 5.404.000 (01-01-2026 t/m 31-12-2027)" in panel.thresholds_label.text()

    panel.today = lambda: dt.date(2026, 1, 1)
    tabs.basics.refresh()
    assert not panel.thresholds_expired()
    assert not panel.thresholds_note.isVisible()
    lines = panel.thresholds_label.text().splitlines()
    assert lines[0] == "Leveringen en diensten, de Staat: € 140.000 (01-01-2026 t/m 31-12-2027)"
    assert len(lines) == 8  # 2026-2027: classic, utilities and concessions


def test_the_english_ui_shows_the_catalogues_english_text(qtbot: QtBot) -> None:
    assert ui_language() == "en"  # no translation loaded
    tabs = Tabs(qtbot)
    tabs.choose("context", "Public (Procurement Act)")
    tabs.choose("procedure", "Open procedure (European)")
    facts = CATALOGUE[Procedure.OPEN_EUROPEAN]
    panel = tabs.panel
    assert panel.verdict_label.text() == "✗  No, only clarification"
    assert panel.may_label.text() == facts.may.en
    assert panel.may_not_label.text() == facts.may_not.en
    assert tabs.opportunity.banner.text() == (
        "Positioning, not negotiating: Open procedure (European)"
    )
    assert tabs.guidance(tabs.opportunity).startswith("In this procedure there is nothing")


def test_the_dutch_ui_speaks_dutch_to_the_catalogue(dutch: None) -> None:
    assert ui_language() == "nl"


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_english_panel_shows_no_dutch(qtbot: QtBot, procedure: Procedure) -> None:
    assert ui_language() == "en"  # no translation loaded: the window speaks English
    panel = VerdictPanel()
    qtbot.addWidget(panel)
    panel.show_for(Preparation(context=Context.PUBLIC, procedure=procedure))
    shown = [label.text() for label in panel.findChildren(QLabel) if label.isVisibleTo(panel)]
    assert panel.basis_label.text() in shown and panel.source_label.text() in shown
    assert [text for text in shown if dutch_words(text)] == []


def test_loading_a_preparation_shows_its_verdict_without_signalling_a_change(
    qtbot: QtBot,
) -> None:
    tabs = Tabs(qtbot)
    public = Preparation()
    public.context = Context.PUBLIC
    public.procedure = Procedure.RESTRICTED_NATIONAL
    with qtbot.assertNotEmitted(tabs.basics.procedure_changed):
        for tab in (tabs.basics, tabs.opportunity, tabs.capacity):
            tab.load(public)
    assert tabs.panel.verdict_label.text() == "✗  No, only clarification"
    assert tabs.panel.uncertain_label.isVisible()  # national: the Act names no such procedure
    assert tabs.guidance(tabs.capacity).startswith("In this procedure there is nothing")
    tabs.basics.load(Preparation())
    tabs.opportunity.load(Preparation())
    assert not tabs.opportunity.banner.isVisible()


def test_the_reference_opens_from_the_panel_with_four_rows_and_closes_with_esc(
    qtbot: QtBot, dutch: None
) -> None:
    tabs = Tabs(qtbot)
    qtbot.mouseClick(tabs.panel.reference_button, Qt.MouseButton.LeftButton)
    dialog = tabs.basics.findChild(PositioningReference)
    assert isinstance(dialog, PositioningReference)
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Commercieel onderhandelen of publiek positioneren"
    table = dialog.table
    assert (table.rowCount(), table.columnCount()) == (4, 2)
    rows = [table.verticalHeaderItem(r).text() for r in range(4)]
    assert rows == ["Rol", "Doel", "Strategie", "Juridische context"]
    headers = [table.horizontalHeaderItem(c).text() for c in range(2)]
    assert headers == ["Commercieel onderhandelen", "Publiek positioneren"]
    for row in range(4):
        for column in range(2):
            item = table.item(row, column)
            assert item.text() and not item.flags() & Qt.ItemFlag.ItemIsEditable
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert PositioningReference.show_for(tabs.basics) is dialog  # asked again: the same one
    dialog.close()


def test_a_value_above_the_threshold_rules_a_private_procedure_out_first(
    qtbot: QtBot, dutch: None
) -> None:
    """Publiek + enkelvoudig onderhands + € 1.250.000 for a municipality's services: not
    "vrij onderhandelen" but, first and plainly, that the procedure is not allowed."""
    tabs = Tabs(qtbot)
    panel = tabs.panel
    panel.today = lambda: dt.date(2026, 12, 6)
    policy = ProcurementPolicy(single_up_to=Decimal(50000), multiple_up_to=Decimal(215000))
    panel.set_policy_source(lambda: policy)
    tabs.choose("context", "Publiek (Aanbestedingswet)")
    tabs.choose("procedure", "Enkelvoudig onderhandse procedure")
    value = tabs.basics.field("contract_value")
    assert isinstance(value, QLineEdit)
    qtbot.keyClicks(value, "1.250.000")
    qtbot.keyClick(value, Qt.Key.Key_Tab)
    tabs.choose("contract_kind", "Leveringen en diensten")
    # kind known, authority not: € 1.250.000 is above 140,000, 216,000 and 432,000 alike
    assert panel.verdict_label.text() == "✗  Niet toegestaan bij deze waarde"
    # the buyer is not known yet: the highest threshold that may apply, so it holds whoever buys
    first = panel.checks_label.text().splitlines()[0]
    assert first == (
        "✗  De waarde € 1.250.000 ligt op of boven de Europese drempel voor leveringen en "
        "diensten, wie ook inkoopt (€ 432.000, tot 31-12-2027): deze procedure mag dan niet. "
        "Europees aanbesteden is verplicht (deel 2 van de wet)."
    )
    assert "inkoopbeleid" not in panel.checks_label.text()  # it would suggest a forbidden route

    tabs.choose("authority", "Andere aanbestedende dienst (gemeente, schoolbestuur, ...)")
    qtbot.keyClick(value, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(value, "180.000")
    qtbot.keyClick(value, Qt.Key.Key_Tab)
    tabs.choose("value_includes_options", "Ja, met opties en verlengingen")
    assert tabs.prep.value_includes_options is True
    assert panel.verdict_label.text() == "✓  Ja"  # below 216,000: the procedure may be used
    lines = panel.checks_label.text().splitlines()
    assert lines == [
        "⚠  Volgens je inkoopbeleid: meervoudig onderhands vanaf € 50.000.",
        "ℹ  De waarde € 180.000 ligt onder de Europese drempel voor leveringen en diensten, "
        "andere aanbestedende diensten (€ 216.000): een nationale procedure mag. Let op een "
        "duidelijk grensoverschrijdend belang (art. 1.7).",
    ]
