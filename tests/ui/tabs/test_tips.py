"""Every hint and tip the tabs show respects the legal gate's verdict, in English and in Dutch."""

import re

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Kraljic, Preparation, SupplierView
from nlinkoop.domain.procedure_catalogue import CATALOGUE, Negotiation, facts_for, positioning
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.wishes import Wish
from nlinkoop.ui.tabs import TAB_CLASSES, BasicsTab, PreparationTab
from tests.ui.tabs.helpers import make_tab

VERDICTS: list[tuple[Context, Procedure | None]] = [
    (Context.COMMERCIAL, None),
    (Context.PUBLIC, None),  # public, no procedure chosen yet
    *((Context.PUBLIC, procedure) for procedure in CATALOGUE),
]

# Words that advise negotiating, bargaining or putting on pressure, in English and Dutch.
ADVICE = re.compile(
    r"negotiat|onderhandel|bargain|haggl|afding|concession|concessie|pressure|\bdruk\b|squeez"
    r"|uitknijp|price and terms|prijs en voorwaarden|\bon (the )?price|over (de )?prijs"
    r"|discount|korting|leverage over|use that room|gebruik die ruimte",
    re.IGNORECASE,
)
# What names negotiating or pressure without advising it: that there is nothing to negotiate,
# how much room the procedure leaves, the pressure a buyer feels, and a transactional pattern's
# name in quotes (a risk to avoid). Written for the wording in the code and in the .ts.
NEUTRAL = re.compile(
    "|".join(
        (
            r"nothing to negotiate",
            r"not negotiating",
            r"you do not negotiate",
            r"never a negotiation",
            r"room there is to talk or negotiate",
            r"niets te onderhandelen",
            r"niet onderhandelen",
            r"(u|je) onderhandelt niet",
            r"nooit een onderhandeling",
            r"ruimte er is om te praten of te onderhandelen",
            r"creep in under pressure",
            r"the pressure rises",
            r"onder druk sluipen",
            r"de druk oploopt",
            r'"[^"]*"',
            r"“[^”]*”",
            r"„[^”“]*[”“]",
        )
    ),
    re.IGNORECASE,
)


# The tips that advise negotiating freely (price and terms; the room they give us): right where
# negotiating is allowed, more than a limited procedure allows. `test_tip_texts` keeps this true.
FREE = re.compile(
    r"negotiate price and terms|use that room, without squeezing"
    r"|onderhandel over prijs en voorwaarden|gebruik die ruimte, zonder",
    re.IGNORECASE,
)


def advises_negotiating(text: str) -> bool:
    """Whether a text advises negotiating (and not only names it, or says it is not allowed)."""
    return bool(ADVICE.search(NEUTRAL.sub("", text)))


def test_the_check_knows_negotiating_advice_from_its_negation() -> None:
    assert advises_negotiating("Large impact: use the competition, negotiate price and terms.")
    assert advises_negotiating("benut de concurrentie, onderhandel over prijs en voorwaarden.")
    assert advises_negotiating("They need us more. Use that room, without squeezing.")
    assert not advises_negotiating("In this procedure there is nothing to negotiate.")
    assert not advises_negotiating('You see a risk of "Putting on pressure", but ...')
    assert not advises_negotiating("Positioneren, niet onderhandelen: Openbare procedure")


def with_every_hint(context: Context, procedure: Procedure | None) -> Preparation:
    """A preparation that raises every hint the tabs show (no opening, risks, bare wishes)."""
    prep = Preparation(context=context, procedure=procedure)
    for check in prep.checklist.patterns:
        check.risk = True
    prep.wishes = [Wish(description="ISO", points=5, carried_over=True), Wish(points=3)]
    return prep


def shown(tab: PreparationTab) -> list[str]:
    """The guidance, banner and hints a tab shows now; on Basis, the portfolio's tips too."""
    texts = [tab.guidance.text_label.text(), *tab.hints_panel.texts]
    if tab.banner.isVisibleTo(tab):
        texts.append(tab.banner.text())
    if isinstance(tab, BasicsTab):
        panel = tab.portfolio
        texts += [panel.kraljic.explanation_label.text()]
        texts += [panel.supplier_view.explanation_label.text()]
        if panel.mismatch_label.isVisibleTo(tab):
            texts.append(panel.mismatch_label.text())
    return texts


@pytest.mark.parametrize(
    ("context", "procedure"), VERDICTS, ids=lambda v: str(v) if v else "no procedure"
)
def test_no_tab_advises_more_than_the_verdict_allows(
    qtbot: QtBot, language: str, context: Context, procedure: Procedure | None
) -> None:
    facts = facts_for(procedure) if context is Context.PUBLIC else None
    limited = context is Context.PUBLIC and (
        facts is None or facts.negotiation in (Negotiation.LIMITED, Negotiation.OWN_POLICY)
    )
    seen: list[str] = []
    for cls in TAB_CLASSES:
        tab, _prep, _stack = make_tab(qtbot, cls, with_every_hint(context, procedure))
        seen += shown(tab)
        if isinstance(tab, BasicsTab):  # every quadrant on both grids, and so every mismatch
            for ours in Kraljic:
                for theirs in SupplierView:
                    prep = with_every_hint(context, procedure)
                    prep.portfolio.kraljic, prep.portfolio.supplier_view = ours, theirs
                    tab.load(prep)
                    seen += shown(tab)
    seen = [text for text in seen if text]
    assert len(seen) > 40
    if positioning(context, procedure):  # "no negotiation": the positioning advice instead
        assert [text for text in seen if advises_negotiating(text)] == []
    elif limited:  # limited, own policy, or not chosen yet: no more than the procedure allows
        assert [text for text in seen if FREE.search(text)] == []
    else:
        assert any(FREE.search(text) for text in seen)  # free to negotiate: the check sees it
