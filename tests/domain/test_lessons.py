"""The learning log: suppliers matched by a normalised name, lessons newest first."""

import datetime as dt

import pytest

from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.lessons import counterparty_key, earlier_lessons, lesson_of, lessons
from nlinkoop.domain.preparation import Preparation


def reflected(
    counterparty: str, held: dt.date | None, lesson: str = "Eerst luisteren"
) -> Preparation:
    prep = Preparation(title=f"Overleg {held}", counterparty=counterparty)
    prep.meeting.date = held
    prep.reflection.held_on = held
    prep.reflection.lesson = lesson
    prep.reflection.train_next = LearningCondition.CAPACITY
    return prep


@pytest.mark.parametrize(
    "name",
    [
        "Smaakveld Catering B.V.",
        "smaakveld catering bv",
        "SMAAKVELD CATERING BV",
        "Smaakveld Catering B.V",
        "Smaakveld  Catering, b.v.",
        "Smaakveld-Catering BV",
        "Smäakveld Catéring B.V.",
    ],
)
def test_the_supplier_name_is_normalised(name: str) -> None:
    assert counterparty_key(name) == "smaakveld catering"


def test_different_suppliers_stay_different() -> None:
    assert counterparty_key("Nexolan ICT B.V.") != counterparty_key("Smaakveld Catering B.V.")
    assert counterparty_key("") == ""


def test_lessons_come_newest_first_with_undated_last() -> None:
    old = reflected("A B.V.", dt.date(2025, 3, 1))
    new = reflected("B B.V.", dt.date(2026, 3, 1))
    undated = reflected("C B.V.", None)
    empty = Preparation(counterparty="D B.V.")
    found = lessons([undated, old, empty, new])
    assert [lesson.prep_id for lesson in found] == [new.id, old.id, undated.id]
    assert lesson_of(empty) is None


def test_lessons_can_be_filtered_by_supplier() -> None:
    one = reflected("Smaakveld Catering B.V.", dt.date(2025, 3, 1))
    other = reflected("Nexolan ICT B.V.", dt.date(2025, 4, 1))
    assert [x.prep_id for x in lessons([one, other], "smaakveld catering bv")] == [one.id]


def test_earlier_lessons_leave_out_itself_later_meetings_and_other_suppliers() -> None:
    before = reflected("Smaakveld Catering B.V.", dt.date(2025, 3, 1), "Vooraf de cijfers delen")
    later = reflected("Smaakveld Catering B.V.", dt.date(2027, 3, 1))
    other = reflected("Nexolan ICT B.V.", dt.date(2025, 1, 1))
    now = reflected("smaakveld catering bv", dt.date(2026, 3, 1))
    found = earlier_lessons([before, later, other, now], now)
    assert [x.prep_id for x in found] == [before.id]
    assert found[0].lesson == "Vooraf de cijfers delen"
    undated = Preparation(counterparty="Smaakveld catering")
    assert {x.prep_id for x in earlier_lessons([before, later, undated], undated)} == {
        before.id,
        later.id,
    }
    assert earlier_lessons([before], Preparation()) == []
