"""The Wensen & gunning tab at the edges: ties, tenders left out, scores out of range, certificates.

The expected numbers are worked out by hand in the comments.
"""

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from nlinkoop.domain.award import AwardCriterion, AwardMethod, PriceFormula, SampleTender
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.wishes import Wish
from tests.ui.tabs.test_wishes_tab import public, ranking, type_in_cell, wishes_tab

D = Decimal


def with_award(prep: Preparation, tenders: dict[str, tuple[Decimal | None, list[Decimal]]]) -> None:
    award = prep.award
    for name, (price, percents) in tenders.items():
        tender = SampleTender(name, price)
        award.tenders.append(tender)
        for criterion, percent in zip(award.criteria, percents, strict=True):
            award.set_score(tender.id, criterion.id, percent)


def tie_preparation() -> Preparation:
    """Gunnen op Waarde, plan EUR 2.000, a wish's criterion EUR 1.000.

    With the wish:    Alfa 80.000 - 0 - 1.000 = 79.000; Beta 81.000 - 2.000 - 0 = 79.000: a tie.
    Without the wish: Alfa 80.000;                      Beta 79.000: Beta wins.
    """
    wish = Wish(description="Groene middelen")
    prep = public(wish)
    prep.award.method = AwardMethod.VALUE
    prep.award.criteria = [
        AwardCriterion("Plan", euro_value=D(2_000)),
        AwardCriterion("Groen", euro_value=D(1_000), wish_id=wish.id),
    ]
    with_award(prep, {"Beta": (D(81_000), [D(100), D(0)]), "Alfa": (D(80_000), [D(0), D(100)])})
    return prep


def test_a_tie_is_shown_as_a_tie_and_the_wish_check_names_no_winner(qtbot: QtBot) -> None:
    tab = wishes_tab(qtbot, tie_preparation())
    assert ranking(tab) == [
        ["1 (tie)", "Alfa", "€ 80.000,00", "€ 1.000,00", "€ 79.000,00"],
        ["1 (tie)", "Beta", "€ 81.000,00", "€ 2.000,00", "€ 79.000,00"],
    ]
    assert tab.results.sensitivity_label.text() == (
        "Groene middelen: with the wish a tie between Alfa and Beta; without it Beta wins."
    )
    assert [bar.winner for bar in tab.results.chart.bars] == [True, True]
    assert "(shared first place)" in tab.results.chart.accessibleDescription()


def test_totals_are_shown_and_ranked_by_one_rounding(qtbot: QtBot) -> None:
    # No price points, one criterion of 100 points: Alfa 60.025% -> 60.025, shown half up as
    # 60,03; Beta 60.02% -> 60,02. Alfa is first, Beta second (not both first).
    prep = public()
    prep.award.criteria = [AwardCriterion("Plan", points=D(100))]
    with_award(prep, {"Beta": (D(1_000), [D("60.02")]), "Alfa": (D(1_000), [D("60.025")])})
    tab = wishes_tab(qtbot, prep)
    assert [(row[0], row[1], row[5]) for row in ranking(tab)] == [
        ("1", "Alfa", "60,03"),
        ("2", "Beta", "60,02"),
    ]


def test_fictive_prices_are_shown_and_ranked_by_one_rounding(qtbot: QtBot) -> None:
    # Gunnen op Waarde, a criterion worth EUR 2.000,01:
    #   Alfa 79.000,01 - 50% x 2.000,01 = 79.000,01 - 1.000,005 = 78.000,005, shown as 78.000,01
    #   Beta 78.000,00 - 0%                                      = 78.000,00
    # The lower fictive price wins: Beta first, Alfa second (not both first).
    prep = public()
    prep.award.method = AwardMethod.VALUE
    prep.award.criteria = [AwardCriterion("Plan", euro_value=D("2000.01"))]
    with_award(prep, {"Alfa": (D("79000.01"), [D(50)]), "Beta": (D("78000.00"), [D(0)])})
    tab = wishes_tab(qtbot, prep)
    assert [(row[0], row[1], row[4]) for row in ranking(tab)] == [
        ("1", "Beta", "€ 78.000,00"),
        ("2", "Alfa", "€ 78.000,01"),
    ]


def test_a_tender_left_out_is_named_with_the_reason(qtbot: QtBot) -> None:
    # Relative, 40 price points: Nul (EUR 0) cannot be scored; Beta 40, Gamma 40 x 80/100 = 32.
    prep = public()
    prep.award.price_points = D(40)
    with_award(prep, {"Beta": (D(80_000), []), "Nul": (D(0), []), "Gamma": (D(100_000), [])})
    tab = wishes_tab(qtbot, prep)
    assert [row[1] for row in ranking(tab)] == ["Beta", "Gamma"]
    label = tab.results.left_out_label
    assert label.isVisible()
    assert label.text() == (
        "Left out: Nul, because the relative formula cannot score a price of € 0 "
        "(it divides by it)."
    )
    tab.field("award.formula").setCurrentIndex(1)  # linear, still without a reference price
    assert prep.award.formula is PriceFormula.LINEAR
    assert label.text() == (
        "Left out: Nul, because the linear formula needs a reference price to score a price of € 0."
    )
    tab.field("award.method").setCurrentIndex(1)  # Gunnen op Waarde: 0 is a price like any
    assert [row[1] for row in ranking(tab)] == ["Nul", "Beta", "Gamma"]
    assert not label.isVisible()


def test_a_score_above_100_or_below_0_is_refused_in_the_grid(qtbot: QtBot) -> None:
    prep = public()
    prep.award.criteria = [AwardCriterion("Plan", points=D(40))]
    with_award(prep, {"Alfa": (D(80_000), [D(50)])})
    tab = wishes_tab(qtbot, prep)
    cell = type_in_cell(qtbot, tab.scores_table, 0, 0, "150")
    for typed in ("150", "-5", "100,01"):
        if typed != "150":
            retype(qtbot, cell, typed)
        assert tab.scores_table.focusWidget() is cell and cell.text() == typed  # still open
        assert prep.award.scores[0].percent == 50
        assert tab.tenders_message.isVisible()
        assert tab.tenders_message.text() == "Enter a percentage from 0 to 100, such as 62,5"
    retype(qtbot, cell, "100")
    assert prep.award.scores[0].percent == 100 and not tab.tenders_message.isVisible()


def retype(qtbot: QtBot, cell: QLineEdit, text: str) -> None:
    """Replace the text of an open cell editor by typing, and press Return."""
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QCoreApplication.processEvents()


def test_a_certificate_as_award_criterion_gets_a_hint(qtbot: QtBot) -> None:
    wish = Wish(description="ISO 14001-certificaat", customer_value="Groen")
    prep = public(wish)
    prep.award.criteria = [
        AwardCriterion("Milieu", points=D(5), wish_id=wish.id),  # the wish is hinted already
        AwardCriterion("VCA** voor de hele onderneming", points=D(5)),
        AwardCriterion("", points=D(5)),
    ]
    tab = wishes_tab(qtbot, prep)
    suitability = (
        "looks like a company certificate. That says something about the company, not about "
        "this contract: it likely belongs in the suitability requirements, not in the award."
    )
    assert tab.hints_panel.texts == [
        f"ISO 14001-certificaat: {suitability}",
        f"VCA** voor de hele onderneming: {suitability}",
    ]
    prep.award.criteria[2].name = "Gecertificeerde werkwijze"
    tab.reshow()
    assert tab.hints_panel.texts[-1] == f"Gecertificeerde werkwijze: {suitability}"
    prep.award.criteria[2].name = ""
    prep.award.criteria[2].points = D(0)
    wish.description = "Plan voor schoonmaakmiddelen en -methoden in onze panden"
    prep.award.criteria.pop(1)
    tab.reshow()
    assert not any("certificate" in text for text in tab.hints_panel.texts)
