"""Reflection after the meeting: what happened, and what to train next."""

from dataclasses import dataclass, field
from datetime import date

from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.common import new_id
from nlinkoop.domain.conditions import LearningCondition


@dataclass
class TopicOutcome:
    """For one topic: what we aimed for and what was agreed."""

    topic: str = ""
    aimed: str = ""
    agreed: str = ""
    topic_id: str | None = None  # the capacity topic it came from, if any
    id: str = field(default_factory=new_id)


@dataclass
class PrincipleReview:
    """The relational self-check afterwards: did we practise this principle?"""

    principle: Principle
    done: bool | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


def _all_reviews() -> list[PrincipleReview]:
    return [PrincipleReview(principle=p) for p in Principle]


@dataclass
class Reflection:
    """What went well, what did not, what was agreed, and the lesson."""

    held_on: date | None = None
    outcomes: list[TopicOutcome] = field(default_factory=list)
    reviews: list[PrincipleReview] = field(default_factory=_all_reviews)
    went_well: str = ""
    went_badly: str = ""
    agreed: str = ""
    lesson: str = ""
    train_next: LearningCondition | None = None
    round_id: str | None = None  # the meeting round it was drafted from (Afronden), if any
