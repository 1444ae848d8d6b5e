import datetime as dt
from decimal import Decimal

import pytest

from nlinkoop.domain import completeness
from nlinkoop.domain.completeness import (
    CHECKS,
    Completeness,
    Section,
    progress,
    section_completeness,
)
from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.reflection import TopicOutcome
from nlinkoop.domain.wishes import Wish
from nlinkoop.examples import EXAMPLE_JSON
from nlinkoop.interchange import loads
from nlinkoop.resources import resource_path


def test_an_empty_commercial_preparation_counts_only_what_a_tender_needs() -> None:
    prep = Preparation()
    basics = section_completeness(prep, Section.BASICS)
    assert (basics.filled, basics.total) == (1, len(CHECKS[Section.BASICS]))  # the procedure
    assert section_completeness(prep, Section.WISHES).done  # no tender, no wishes
    assert section_completeness(prep, Section.MOTIVATION).filled == 0
    assert 0 < progress(prep) < 10


def test_a_public_case_counts_the_wish_its_substantiation_and_its_worth() -> None:
    prep = Preparation(context=Context.PUBLIC)
    assert section_completeness(prep, Section.WISHES).filled == 0
    prep.wishes.append(Wish(description="Vaste schoonmakers", points=10))
    assert section_completeness(prep, Section.WISHES).filled == 1
    prep.wishes[0].process_quality = "Dezelfde dag opgelost"
    prep.wishes[0].euro_per_point = Decimal("6000")
    assert section_completeness(prep, Section.WISHES).done
    prep.wishes.append(Wish(description="ISO 14001"))  # every wish needs both
    assert section_completeness(prep, Section.WISHES).filled == 1


def test_a_public_case_needs_its_procedure() -> None:
    prep = Preparation(context=Context.PUBLIC)
    assert section_completeness(prep, Section.BASICS).filled == 0
    prep.procedure = Procedure.SINGLE_PRIVATE
    assert section_completeness(prep, Section.BASICS).filled == 1


def test_filling_fields_counts_up() -> None:
    prep = Preparation()
    prep.motivation.impact = "Schone scholen"
    prep.motivation.fear = "   "  # blank is not filled
    prep.interests.append(Interest(what="Continuiteit"))
    assert section_completeness(prep, Section.MOTIVATION).filled == 1
    assert section_completeness(prep, Section.INTERESTS).filled == 1


def test_the_example_is_complete_where_a_meeting_is_prepared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the example's "now": its two coming meetings have no reflection yet, the past one has
    monkeypatch.setattr(completeness, "today", lambda: dt.date(2026, 11, 27))
    preparations, _ = loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8"))
    for prep in preparations:
        assert progress(prep) == 100, prep.title
        assert all(section_completeness(prep, s).done for s in Section)


def test_a_reflection_is_expected_only_after_the_meeting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(completeness, "today", lambda: dt.date(2026, 11, 27))
    prep = Preparation()
    assert section_completeness(prep, Section.REFLECTION).done  # no date: nothing to reflect on
    prep.meeting.date = dt.date(2026, 12, 1)
    assert section_completeness(prep, Section.REFLECTION).done  # still to come
    prep.meeting.date = dt.date(2026, 11, 20)
    assert section_completeness(prep, Section.REFLECTION) == Completeness(0, 4)
    prep.reflection.held_on = prep.meeting.date
    prep.reflection.lesson = "Eerst vragen, dan bieden"
    prep.reflection.train_next = LearningCondition.MOTIVATION
    prep.reflection.outcomes.append(TopicOutcome(topic="Prijs"))
    assert section_completeness(prep, Section.REFLECTION).done
