"""The Reflectie tab: outcomes taken over from the topics, the principles again, the lesson."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.conditions import LearningCondition, Topic
from nlinkoop.domain.preparation import Preparation
from nlinkoop.examples import EXAMPLE_JSON
from nlinkoop.interchange import loads
from nlinkoop.resources import resource_path
from nlinkoop.ui.tabs import ReflectionTab
from tests.ui.tabs.helpers import make_tab, type_into


def with_topics() -> Preparation:
    prep = Preparation(title="Verlenging", counterparty="Smaakveld Catering B.V.")
    prep.capacity.topics += [
        Topic(name="Prijs", hope="35.000 vast", enough="40.000 vast"),
        Topic(name="Duurzaamheid", hope="Minder vlees"),
    ]
    return prep


def test_taking_over_the_topics_fills_rows_once_and_undoes(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, ReflectionTab, with_topics())
    assert isinstance(tab, ReflectionTab)
    with qtbot.waitSignal(tab.changed, timeout=1000):
        qtbot.mouseClick(tab.take_over_button, Qt.MouseButton.LeftButton)
    outcomes = prep.reflection.outcomes
    assert [(o.topic, o.topic_id) for o in outcomes] == [
        (t.name, t.id) for t in prep.capacity.topics
    ]
    assert "35.000 vast" in outcomes[0].aimed and "40.000 vast" in outcomes[0].aimed
    assert outcomes[1].aimed == "Minder vlees"
    assert tab.outcomes.model.rowCount() == 2

    prep.capacity.topics.append(Topic(name="Looptijd"))
    tab.take_over_button.click()  # only the new topic
    assert [o.topic for o in outcomes] == ["Prijs", "Duurzaamheid", "Looptijd"]

    stack.undo()
    assert [o.topic for o in outcomes] == ["Prijs", "Duurzaamheid"]
    stack.undo()
    assert outcomes == []
    assert tab.outcomes.model.rowCount() == 0
    stack.redo()
    assert tab.outcomes.model.rowCount() == 2


def test_the_principles_are_reviewed_again(qtbot: QtBot) -> None:
    tab, prep, stack = make_tab(qtbot, ReflectionTab)
    done = tab.field("reflection.reviews.trust.done")
    assert isinstance(done, QComboBox) and done.count() == 3
    with qtbot.waitSignal(tab.changed, timeout=1000):
        done.setCurrentIndex(1)
    review = next(r for r in prep.reflection.reviews if r.principle is Principle.TRUST)
    assert review.done is True
    type_into(qtbot, tab.field("reflection.reviews.trust.note"), "Open over het budget")
    assert review.note == "Open over het budget"
    done.setCurrentIndex(2)
    assert review.done is False
    stack.undo()
    assert review.done is True


def test_the_lesson_and_what_to_train_next_count(qtbot: QtBot) -> None:
    prep = with_topics()
    prep.meeting.date = prep.created_at.date().replace(year=2020)
    tab, prep, stack = make_tab(qtbot, ReflectionTab, prep)
    before = tab.completeness()
    assert before.filled == 0
    type_into(qtbot, tab.field("reflection.lesson"), "Eerst vragen, dan bieden")
    train = tab.field("reflection.train_next")
    assert isinstance(train, QComboBox)
    train.setCurrentIndex(3)  # Not chosen yet, Opportunity, Capacity, Motivation
    assert prep.reflection.lesson == "Eerst vragen, dan bieden"
    assert prep.reflection.train_next is LearningCondition.MOTIVATION
    assert tab.completeness().filled == 2
    assert tab.completeness_label.text() == f"2 of {before.total} filled in"
    stack.undo()
    assert prep.reflection.train_next is None


def test_the_example_reflection_is_shown(qtbot: QtBot) -> None:
    preparations = loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8")).preparations
    catering = next(p for p in preparations if p.reflection.lesson)
    tab, _prep, _stack = make_tab(qtbot, ReflectionTab, catering)
    assert isinstance(tab, ReflectionTab)
    assert tab.outcomes.model.rowCount() == len(catering.reflection.outcomes) > 0
    lesson = tab.field("reflection.lesson")
    assert lesson.toPlainText() == catering.reflection.lesson  # type: ignore[attr-defined]
    assert tab.completeness().done
