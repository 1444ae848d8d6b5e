"""Counts in the Dutch window take Qt's plural forms: "1 voorbereiding", "2 voorbereidingen"."""

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from nlinkoop.domain.award import Award, AwardCriterion, SampleTender
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.wishes import Wish
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.send_dialog import SendDialog
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.tabs import WishesTab
from tests.ui.tabs.helpers import make_tab
from tests.ui.window_helpers import open_window


def trigger(window: object, name: str) -> None:
    action = window.findChild(QAction, name)  # type: ignore[attr-defined]
    assert action is not None, name
    action.trigger()


def test_a_merge_of_one_preparation_says_so_in_the_singular(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dutch: None,
) -> None:
    theirs = tmp_path / "van collega.db"
    shutil.copyfile(example, theirs)
    with Workbook.open(theirs, user="collega") as other:
        prep = other.load(other.list_preparations()[-1].id)
        prep.title = "Samengevoegd"
        other.save(prep)
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getOpenFileName", lambda *_a: (str(theirs), "")
    )
    window = open_window(qtbot, example, preferences)
    trigger(window, "merge_with")
    assert window.statusBar().currentMessage() == "1 voorbereiding bijgewerkt, 0 conflicten"
    window.close()


def test_sending_one_preparation_says_so_in_the_singular(
    qtbot: QtBot,
    example: Path,
    preferences: Preferences,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dutch: None,
) -> None:
    target = tmp_path / "voor collega.db"
    monkeypatch.setattr(
        "nlinkoop.ui.window.file_dialogs.QFileDialog.getSaveFileName", lambda *_a: (str(target), "")
    )
    monkeypatch.setattr(SendDialog, "ask", lambda _parent, _summaries, current: [current])
    shown: list[str] = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: shown.append(text))
    window = open_window(qtbot, example, preferences)
    trigger(window, "send_to_colleague")
    assert shown == [
        f"1 voorbereiding opgeslagen in {target}. Voeg dit bestand toe aan een e-mail."
    ]
    window.close()


def wishes_tab(qtbot: QtBot, prep: Preparation) -> WishesTab:
    tab, _prep, _stack = make_tab(qtbot, WishesTab, prep)
    assert isinstance(tab, WishesTab)
    return tab


@pytest.mark.parametrize(
    ("points", "noun", "worth"), [(1, "punt", "€ 500,00"), (2, "punten", "€ 1.000,00")]
)
def test_a_wish_of_one_point_is_worth_one_punt(
    qtbot: QtBot, dutch: None, points: int, noun: str, worth: str
) -> None:
    wish = Wish(description="Schoon", points=points, euro_per_point=Decimal("500"))
    tab = wishes_tab(qtbot, Preparation(context=Context.PUBLIC, wishes=[wish]))
    assert tab.wish_form.worth_label.text() == (
        f"De wens is {worth} waard ({points} {noun} × € 500,00). Wat kost het een leverancier "
        "om erop te scoren?"
    )
    wish.cost_to_score = Decimal("100")
    tab.wish_form.refresh()
    assert tab.wish_form.worth_label.text() == (
        f"Scoren kost € 100,00; de wens is {worth} waard ({points} {noun} × € 500,00)."
    )


def test_a_wish_of_one_point_weighs_without_a_count(qtbot: QtBot, dutch: None) -> None:
    """What a wish weighs comes from its criterion's points (a Decimal): it names no count."""
    wish = Wish(description="Schoon", points=1)
    prep = Preparation(context=Context.PUBLIC, wishes=[wish])
    prep.award = Award(
        price_points=Decimal("40"),
        criteria=[AwardCriterion("Schoon", points=Decimal(1), wish_id=wish.id)],
        tenders=[SampleTender("A", Decimal("80000")), SampleTender("B", Decimal("100000"))],
    )
    tab = wishes_tab(qtbot, prep)
    # 1 point x 80.000 / 40 = 2.000 to 1 x 100.000^2 / (40 x 80.000) = 3.125
    text = tab.results.wish_costs_label.text()
    assert text.startswith("Schoon: ") and "€ 2.000,00" in text and "€ 3.125,00" in text
    assert "punten" not in text and "(en)" not in text
