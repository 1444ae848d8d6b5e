"""The Wensen & gunning tab: wishes and their hints, worth in euros, the award simulation."""

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTableView
from pytestqt.qtbot import QtBot

from nlinkoop.domain.award import AwardMethod, PriceFormula
from nlinkoop.domain.common import one_line
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.wishes import Wish
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.models.list_model import ListTableModel
from nlinkoop.ui.screenshots import dark_palette
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import WishesTab
from nlinkoop.ui.widgets.list_editor import ListEditor
from nlinkoop.ui.widgets.wish_form import TITLE_CHARACTERS
from tests.ui.tabs.helpers import make_tab, type_into
from tests.ui.window_helpers import open_window

CHECKED = Qt.CheckState.Checked
CHECK = Qt.ItemDataRole.CheckStateRole


def editor(tab: WishesTab, name: str) -> ListEditor:
    return next(e for e in tab.findChildren(ListEditor) if e.table.objectName() == name)


def public(*wishes: Wish) -> Preparation:
    return Preparation(context=Context.PUBLIC, wishes=list(wishes))


def wishes_tab(qtbot: QtBot, prep: Preparation) -> WishesTab:
    tab, _prep, _stack = make_tab(qtbot, WishesTab, prep)
    tab.resize(1000, 900)
    assert isinstance(tab, WishesTab)
    return tab


def type_in_cell(qtbot: QtBot, table: QTableView, row: int, column: int, text: str) -> QLineEdit:
    """Open a cell's editor, replace its text by typing (ASCII) and press Return."""
    index = table.model().index(row, column)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    cell = table.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QCoreApplication.processEvents()  # Qt commits and closes the editor in a queued call
    return cell


def fill_award(tab: WishesTab, prep: Preparation) -> None:
    """Two criteria (the first scores the wish), three sample tenders and their scores.

    Price 40 points, relative to the lowest price (Gamma, 80.000):
        Alfa  100.000: 40 x 80/100 = 32;   quality 50% of 30 + 50% of 30 = 30;  total 62
        Beta  125.000: 40 x 80/125 = 25,6; quality 30 + 30 = 60;               total 85,6
        Gamma  80.000: 40;                 quality 0 + 60% of 30 = 18;         total 58
    """
    method = tab.field("award.method")
    assert isinstance(method, QComboBox) and method.currentIndex() == 0  # points
    type_into_line(tab, "award.price_points", "40")
    criteria = editor(tab, "award.criteria").model
    for row, (name, points, euros) in enumerate(
        (("Vaste schoonmakers", "30", "40.000"), ("Plan van aanpak", "30", "20.000"))
    ):
        criteria.add_row()
        assert criteria.setData(criteria.index(row, 0), name)
        assert criteria.setData(criteria.index(row, 1), points)
        assert criteria.setData(criteria.index(row, 2), euros)
    assert criteria.setData(criteria.index(0, 3), 1)  # scores the first (only) wish
    assert prep.award.criteria[0].wish_id == prep.wishes[0].id
    tenders = editor(tab, "award.tenders").model
    for row, (name, price) in enumerate(
        (("Alfa", "100.000"), ("Beta", "125.000,00"), ("Gamma", "80000"))
    ):
        tenders.add_row()
        assert tenders.setData(tenders.index(row, 0), name)
        assert tenders.setData(tenders.index(row, 1), price)
    scores = tab.scores_model
    assert (scores.rowCount(), scores.columnCount()) == (3, 2)
    for row, percents in enumerate((("50", "50"), ("100", "100"), ("0", "60"))):
        for column, percent in enumerate(percents):
            assert scores.setData(scores.index(row, column), percent)


def type_into_line(tab: WishesTab, path: str, text: str) -> None:
    edit = tab.field(path)
    assert isinstance(edit, QLineEdit)
    edit.selectAll()
    edit.insert(text)  # a user edit (textEdited), as typing does


def ranking(tab: WishesTab) -> list[list[str]]:
    model = tab.results.ranking_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


# -- wishes and their hints -----------------------------------------------------------------


def test_more_than_one_wish_hints_until_tempered_to_one(qtbot: QtBot) -> None:
    tab = wishes_tab(qtbot, public())
    wishes = editor(tab, "wishes")
    assert not any("More than one wish" in t for t in tab.hints_panel.texts)
    qtbot.mouseClick(wishes.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wishes.table.focusWidget(), Qt.Key.Key_Escape)
    assert not any("More than one wish" in t for t in tab.hints_panel.texts)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        qtbot.mouseClick(wishes.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(wishes.table.focusWidget(), Qt.Key.Key_Escape)
    assert tab.hints_panel.isVisible()
    assert tab.hints_panel.texts[0].startswith("More than one wish: temper them to at most one.")
    wishes.table.selectRow(1)
    qtbot.mouseClick(wishes.remove_button, Qt.MouseButton.LeftButton)
    assert len(wishes.model.rows) == 1
    assert not any("More than one wish" in t for t in tab.hints_panel.texts)


def test_each_wish_hint_names_its_wish_and_goes_when_met(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers"))
    tab = wishes_tab(qtbot, prep)
    assert tab.hints_panel.texts == [
        "Vaste schoonmakers: not substantiated yet. What does it add for customers, for the "
        "organisation's development or for the quality of the process?"
    ]
    assert tab.wish_form.isEnabled() and tab.wish_form.wish is prep.wishes[0]
    box = tab.field("wishes.process_quality")
    assert isinstance(box, QPlainTextEdit)
    type_into(qtbot, box, "Klachten dezelfde dag opgelost")
    assert prep.wishes[0].process_quality == "Klachten dezelfde dag opgelost"
    assert not tab.hints_panel.isVisible()

    model = editor(tab, "wishes").model
    assert model.setData(model.index(0, 5), CHECKED, CHECK)  # carried over
    assert tab.hints_panel.texts == [
        "Vaste schoonmakers: carried over from an earlier tender. Keep it only if it still "
        "meets a real need today."
    ]
    assert model.setData(model.index(0, 5), Qt.CheckState.Unchecked, CHECK)
    assert model.setData(model.index(0, 1), "10")  # points, but no euros per point
    assert tab.hints_panel.texts == [
        "Vaste schoonmakers: has points but no euros per point yet. What is the score worth "
        "to us in euros?"
    ]
    assert model.setData(model.index(0, 2), "1.500")
    assert not tab.hints_panel.isVisible()


def test_a_long_wish_is_named_by_its_first_words(qtbot: QtBot) -> None:
    text = (
        "Plan voor duurzame schoonmaakmiddelen en -methoden als gunningscriterium (overgenomen "
        "uit de aanbesteding van 2019)"
    )
    tab = wishes_tab(qtbot, public(Wish(description=text, carried_over=True)))
    assert any(
        t.startswith("Plan voor duurzame schoonmaakmiddelen en…: carried over")
        for t in tab.hints_panel.texts
    )
    assert tab.wish_form.title() == "Wish 1: " + one_line(text, TITLE_CHARACTERS)


def test_typing_points_and_euros_per_point_shows_the_worth(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers", cost_to_score=Decimal("21600")))
    tab = wishes_tab(qtbot, prep)
    table = editor(tab, "wishes").table
    assert "Enter its points and euros per point" in tab.wish_form.worth_label.text()
    type_in_cell(qtbot, table, 0, 1, "20")
    type_in_cell(qtbot, table, 0, 2, "1500,00")
    wish = prep.wishes[0]
    assert (wish.points, wish.euro_per_point) == (20, Decimal("1500.00"))
    assert table.model().index(0, 3).data() == "€ 30.000,00"  # the worth column
    assert table.model().index(0, 2).data() == "€ 1.500,00"  # two decimals
    assert tab.wish_form.worth_label.text() == (
        "Costs € 21.600,00 to score, is worth € 30.000,00 (20 point(s) × € 1.500,00)."
    )
    type_in_cell(qtbot, table, 0, 4, "40.000")  # now it costs more than it is worth
    assert tab.wish_form.worth_label.text().endswith("Scoring on it costs more than it is worth.")


def test_the_two_levels_sit_side_by_side_for_the_selected_wish(qtbot: QtBot) -> None:
    prep = public(Wish(description="Eerste"), Wish(description="Tweede"))
    tab = wishes_tab(qtbot, prep)
    enough, aspiration = tab.field("wishes.enough"), tab.field("wishes.aspiration")
    assert enough.accessibleName() == "Enough (the achievable 6)"
    assert aspiration.accessibleName() == "Aspiration (the 7.5)"
    left, right = (
        enough.mapTo(tab, enough.rect().topLeft()),
        aspiration.mapTo(tab, aspiration.rect().topLeft()),
    )
    assert left.y() == right.y() and left.x() < right.x()
    editor(tab, "wishes").table.selectRow(1)
    assert tab.wish_form.title() == "Wish 2: Tweede"
    enough.setPlainText("Goed schoon, elke dag")  # Dutch text is put in, not typed
    assert prep.wishes[1].enough == "Goed schoon, elke dag" and prep.wishes[0].enough == ""
    tab.undo_stack.undo()
    assert prep.wishes[1].enough == ""


def test_without_wishes_the_form_waits_and_a_commercial_case_says_why(qtbot: QtBot) -> None:
    tab = wishes_tab(qtbot, Preparation())
    assert not tab.wish_form.isEnabled()
    assert tab.wish_form.title() == "No wish selected"
    assert tab.commercial_note.isVisible()
    assert tab.completeness().done  # nothing to do for a commercial case


# -- the award model on sample tenders ------------------------------------------------------


def test_the_award_model_ranks_the_sample_tenders(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers", points=10))
    tab = wishes_tab(qtbot, prep)
    fill_award(tab, prep)
    assert prep.award.price_points == Decimal("40")
    assert ranking(tab) == [
        ["1", "Beta", "€ 125.000,00", "25,60", "60,00", "85,60"],
        ["2", "Alfa", "€ 100.000,00", "32,00", "30,00", "62,00"],
        ["3", "Gamma", "€ 80.000,00", "40,00", "18,00", "58,00"],
    ]
    # a price point is 80.000 / 40 at the lowest price, 125.000^2 / (40 x 80.000) at the highest
    assert tab.results.point_value_label.text() == (
        "1 point is worth € 2.000,00 to € 4.882,81, from the lowest to the highest sample price."
    )
    # the criterion that scores the wish has 30 points (the wish says 10 of its own):
    # 30 x 2.000 = 60.000 to 30 x 4.882,8125 = 146.484,375, shown half up as 146.484,38
    assert tab.results.wish_costs_label.text() == (
        "Vaste schoonmakers: scoring fully on it weighs as much as a price difference of "
        "€ 60.000,00 to € 146.484,38."
    )
    # without the wish's criterion: Alfa 47, Beta 25,6 + 30 = 55,6, Gamma 40 + 18 = 58
    assert tab.results.sensitivity_label.text() == (
        "Vaste schoonmakers: without this wish Gamma wins; with the wish it costs € 45.000,00 more."
    )
    # Gamma scoring 50% on the plan: 40 + 15 = 55 without the wish, below Beta's 55,6
    assert tab.scores_model.setData(tab.scores_model.index(2, 1), "50")
    assert tab.results.sensitivity_label.text() == (
        "Vaste schoonmakers: the wish does not change the winner."
    )


def test_a_linear_formula_has_one_value_per_point(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers"))
    tab = wishes_tab(qtbot, prep)
    fill_award(tab, prep)
    reference = tab.field("award.reference_price")
    assert isinstance(reference, QLineEdit) and reference.placeholderText() == "2 × lowest"
    assert not reference.isEnabled()
    formula = tab.field("award.formula")
    assert isinstance(formula, QComboBox)
    formula.setCurrentIndex(1)
    assert prep.award.formula is PriceFormula.LINEAR and reference.isEnabled()
    type_into_line(tab, "award.reference_price", "160.000")
    # (160.000 - 80.000) / 40 points; Alfa 40 x 60/80 = 30, Beta 40 x 35/80 = 17,5
    assert tab.results.point_value_label.text() == "1 point is worth € 2.000,00."
    assert [row[5] for row in ranking(tab)] == ["77,50", "60,00", "58,00"]


def test_gunnen_op_waarde_ranks_by_fictive_price(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers", points=10, euro_per_point=Decimal(3000)))
    tab = wishes_tab(qtbot, prep)
    fill_award(tab, prep)
    method = tab.field("award.method")
    assert isinstance(method, QComboBox)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        method.setCurrentIndex(1)
    assert prep.award.method is AwardMethod.VALUE
    assert not tab.field("award.price_points").isEnabled()
    criteria = editor(tab, "award.criteria").table
    assert criteria.isColumnHidden(1) and not criteria.isColumnHidden(2)  # euros, not points
    # price minus the euros scored: Alfa 100.000 - (50% of 40.000 + 50% of 20.000) = 70.000,
    # Beta 125.000 - 60.000 = 65.000, Gamma 80.000 - 60% of 20.000 = 68.000
    assert ranking(tab) == [
        ["1", "Beta", "€ 125.000,00", "€ 60.000,00", "€ 65.000,00"],
        ["2", "Gamma", "€ 80.000,00", "€ 12.000,00", "€ 68.000,00"],
        ["3", "Alfa", "€ 100.000,00", "€ 30.000,00", "€ 70.000,00"],
    ]
    assert [bar.text for bar in tab.results.chart.bars] == [
        "€ 65.000,00",
        "€ 68.000,00",
        "€ 70.000,00",
    ]
    assert tab.results.wish_costs_label.text() == (
        "Vaste schoonmakers: scoring on it takes up to € 40.000,00 off the price. "
        "We value it at € 30.000,00."
    )
    # without it: Alfa 90.000, Beta 105.000, Gamma 68.000
    assert "without this wish Gamma wins" in tab.results.sensitivity_label.text()


def test_bad_euro_input_says_so_and_keeps_the_text(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers"))
    tab = wishes_tab(qtbot, prep)
    tab.field("award.formula").setCurrentIndex(1)  # linear: the reference price counts
    reference = tab.field("award.reference_price")
    assert isinstance(reference, QLineEdit)
    type_into(qtbot, reference, "veel")
    assert reference.text() == "veel" and prep.award.reference_price is None
    message = tab.award_message  # the one-line message under the fields
    assert message.isVisible() and message.text() == "Enter an amount such as 1.250,50"
    type_into(qtbot, reference, "1250,5")
    qtbot.keyClick(reference, Qt.Key.Key_Return)
    assert prep.award.reference_price == Decimal("1250.50")
    assert reference.text() == "€ 1.250,50" and not message.isVisible()

    tenders = editor(tab, "award.tenders")
    tenders.model.add_row()
    cell = type_in_cell(qtbot, tenders.table, 0, 1, "veel geld")
    assert tenders.table.focusWidget() is cell and cell.text() == "veel geld"  # still open
    assert prep.award.tenders[0].price is None
    line = tab.tenders_message
    assert line.isVisible() and line.text() == "Enter an amount such as 1.250,50"
    cell.selectAll()
    qtbot.keyClicks(cell, "80.000")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QCoreApplication.processEvents()
    assert prep.award.tenders[0].price == Decimal("80000.00")
    assert tenders.model.index(0, 1).data() == "€ 80.000,00" and not line.isVisible()


def test_a_negative_amount_is_refused_in_a_cell(qtbot: QtBot) -> None:
    tab = wishes_tab(qtbot, public(Wish()))
    model = editor(tab, "wishes").model
    assert isinstance(model, ListTableModel)
    assert not model.setData(model.index(0, 2), "-10")
    assert not model.setData(model.index(0, 3), "10")  # the worth is computed
    assert not model.index(0, 3).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_criterion_links_to_a_wish_by_its_description(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers"))
    tab = wishes_tab(qtbot, prep)
    criteria = editor(tab, "award.criteria").model
    criteria.add_row()
    assert criteria.index(0, 3).data() == ""  # none, as an empty cell
    assert criteria.index(0, 3).data(Qt.ItemDataRole.EditRole) == 0  # "No wish" in the combo
    assert criteria.setData(criteria.index(0, 3), 1)
    assert criteria.index(0, 3).data() == "Vaste schoonmakers"
    wishes = editor(tab, "wishes").model
    assert wishes.setData(wishes.index(0, 0), "Kind")  # a wish named like a header: not translated
    assert criteria.index(0, 3).data() == "Kind"
    wishes.remove_rows([0])
    assert criteria.index(0, 3).data() == "A removed wish"


def test_the_chart_paints_its_bars_in_ranking_order(qtbot: QtBot) -> None:
    prep = public(Wish(description="Vaste schoonmakers"))
    tab = wishes_tab(qtbot, prep)
    fill_award(tab, prep)
    chart = tab.results.chart
    assert [(b.name, b.text, b.winner) for b in chart.bars] == [
        ("Beta", "85,60", True),
        ("Alfa", "62,00", False),
        ("Gamma", "58,00", False),
    ]
    widths = [rect.width() for rect in chart.bar_rects()]
    assert widths == sorted(widths, reverse=True) and widths[-1] > 0
    assert "Beta: 85,60 (winner)" in chart.accessibleDescription()
    for palette in (chart.palette(), dark_palette()):
        chart.setPalette(palette)
        image = chart.grab().toImage()  # a Qt warning while painting fails the test
        centre = chart.bar_rects()[0].center().toPoint()
        assert image.pixelColor(centre) == palette.color(QPalette.ColorRole.Highlight)


def test_the_chart_without_tenders_asks_for_them(qtbot: QtBot) -> None:
    tab = wishes_tab(qtbot, public())
    assert tab.results.chart.bars == []
    assert not tab.results.chart.grab().isNull()
    assert tab.results.point_value_label.text() == (
        "Enter the price points to see what one point is worth."
    )


# -- in the window --------------------------------------------------------------------------


def test_the_award_is_saved_and_reopened(
    qtbot: QtBot, example: Path, preferences: Preferences
) -> None:
    window = open_window(qtbot, example, preferences)
    tab = next(
        window.tabs.widget(i)
        for i in range(window.tabs.count())
        if isinstance(window.tabs.widget(i), WishesTab)
    )
    assert isinstance(tab, WishesTab) and window.preparation is not None
    assert window.preparation.wishes  # the example shows a public case with its wish
    window.tabs.setCurrentWidget(tab)
    prep_id = window.preparation.id
    tenders = editor(tab, "award.tenders").model
    with qtbot.waitSignal(window.autosave.saved, timeout=3000):
        tenders.add_row()
        tenders.setData(tenders.index(tenders.rowCount() - 1, 0), "Schoon en Snel")
        tenders.setData(tenders.index(tenders.rowCount() - 1, 1), "1.250.000,50")
        tab.field("wishes.aspiration").setPlainText("Eén vast gezicht per pand")
    window.close()
    with Workbook.open(example) as workbook:
        saved = workbook.load(prep_id)
    assert saved.award.tenders[-1].name == "Schoon en Snel"
    assert saved.award.tenders[-1].price == Decimal("1250000.50")
    assert saved.wishes[0].aspiration == "Eén vast gezicht per pand"
