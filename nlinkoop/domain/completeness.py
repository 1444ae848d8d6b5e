"""How complete a preparation is, per tab ("4 van 7 ingevuld") and as a whole (the list's bar)."""

import datetime as dt
from collections.abc import Callable, Sized
from dataclasses import dataclass
from enum import StrEnum

from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context


class Section(StrEnum):
    """The parts of a preparation that each have a tab."""

    BASICS = "basics"  # Basis
    OPPORTUNITY = "opportunity"  # Gelegenheid
    CAPACITY = "capacity"  # Capaciteit
    MOTIVATION = "motivation"  # Motivatie
    INTERESTS = "interests"  # Belangen & onzekerheden
    CHECKLIST = "checklist"  # Relationeel of transactioneel
    WISHES = "wishes"  # Wensen & gunning
    REFLECTION = "reflection"  # Reflectie


@dataclass(frozen=True)
class Completeness:
    """How many of a section's items are filled in."""

    filled: int
    total: int

    @property
    def done(self) -> bool:
        return self.filled == self.total


Check = Callable[[Preparation], bool]


def _text(getter: Callable[[Preparation], str]) -> Check:
    return lambda prep: bool(getter(prep).strip())


def _some(getter: Callable[[Preparation], Sized]) -> Check:
    return lambda prep: len(getter(prep)) > 0


def _procedure_if_public(prep: Preparation) -> bool:
    return prep.context is Context.COMMERCIAL or prep.procedure is not None


def _if_public(check: Check) -> Check:
    """A check of the tender's wishes: a commercial case has no tender, so it counts as done."""
    return lambda prep: prep.context is Context.COMMERCIAL or check(prep)


def today() -> dt.date:
    """The date a reflection is measured against (tests may replace it)."""
    return dt.date.today()


def reflection_due(prep: Preparation) -> bool:
    """Whether the meeting has been held, so a reflection is expected (not without a date)."""
    held = prep.meeting.date
    return held is not None and held <= today()


def _after_meeting(check: Check) -> Check:
    """A check of the reflection: before the meeting (or without a date) it counts as done."""
    return lambda prep: not reflection_due(prep) or check(prep)


# What counts, per section: the keys name the fields (JSON paths) a tab shows.
CHECKS: dict[Section, dict[str, Check]] = {
    Section.BASICS: {
        "title": _text(lambda p: p.title),
        "counterparty": _text(lambda p: p.counterparty),
        "organisation": _text(lambda p: p.organisation),
        "meeting.date": lambda p: p.meeting.date is not None,
        "meeting.place": _text(lambda p: p.meeting.place),
        "participants": _some(lambda p: p.participants),
        "internal_client": _text(lambda p: p.internal_client),
        "procedure": _procedure_if_public,
        "contract_value": lambda p: p.contract_value is not None,
        "mandate.lead": _text(lambda p: p.mandate.lead),
        "mandate.on_the_spot": _text(lambda p: p.mandate.on_the_spot),
    },
    Section.OPPORTUNITY: {
        "opportunity.conversation_date": lambda p: p.opportunity.conversation_date is not None,
        "opportunity.conversation_with": _text(lambda p: p.opportunity.conversation_with),
        "opportunity.lead": _text(lambda p: p.opportunity.lead),
        "opportunity.explicit": _some(lambda p: p.opportunity.explicit),
        "opportunity.agenda": _some(lambda p: p.opportunity.agenda),
        "relationship.now": _text(lambda p: p.relationship.now),
        "relationship.wanted": _text(lambda p: p.relationship.wanted),
    },
    Section.CAPACITY: {
        "capacity.playing_field": _some(lambda p: p.capacity.playing_field),
        "capacity.cost_lines": _some(lambda p: p.capacity.cost_lines),
        "capacity.policy_goals": _some(lambda p: p.capacity.policy_goals),
        "capacity.long_term": _text(lambda p: p.capacity.long_term),
        "capacity.todos": _some(lambda p: p.capacity.todos),
        "capacity.alternatives": _some(lambda p: p.capacity.alternatives),
        "capacity.topics": _some(lambda p: p.capacity.topics),
    },
    Section.MOTIVATION: {
        "motivation.impact": _text(lambda p: p.motivation.impact),
        "motivation.professionalism": _text(lambda p: p.motivation.professionalism),
        "motivation.respect": _text(lambda p: p.motivation.respect),
        "motivation.fear": _text(lambda p: p.motivation.fear),
        "motivation.reframe": _text(lambda p: p.motivation.reframe),
    },
    Section.INTERESTS: {
        "interests": _some(lambda p: p.interests),
        "uncertainties": _some(lambda p: p.uncertainties),
        "opening.come_to_do": _text(lambda p: p.opening.come_to_do),
        "opening.come_to_get": _text(lambda p: p.opening.come_to_get),
        "joint_options": _some(lambda p: p.joint_options),
        "capacity.criteria": _some(lambda p: p.capacity.criteria),
        "communication.questions": _some(lambda p: p.communication.questions),
    },
    Section.CHECKLIST: {
        "checklist.patterns": lambda p: all(c.risk is not None for c in p.checklist.patterns),
        "checklist.principles": lambda p: all(a.action.strip() for a in p.checklist.principles),
        "checklist.pressure": lambda p: all(a.answer.strip() for a in p.checklist.pressure),
        "checklist.red_lines": _some(lambda p: p.checklist.red_lines),
    },
    Section.WISHES: {
        "wishes": _if_public(lambda p: len(p.wishes) > 0),
        "wishes.customer_value": _if_public(
            lambda p: bool(p.wishes) and all(w.substantiated for w in p.wishes)
        ),
        "wishes.euro_per_point": _if_public(
            lambda p: (
                bool(p.wishes)
                and all(w.points is not None and w.euro_per_point is not None for w in p.wishes)
            )
        ),
    },
    Section.REFLECTION: {
        "reflection.held_on": _after_meeting(lambda p: p.reflection.held_on is not None),
        "reflection.outcomes": _after_meeting(_some(lambda p: p.reflection.outcomes)),
        "reflection.lesson": _after_meeting(_text(lambda p: p.reflection.lesson)),
        "reflection.train_next": _after_meeting(lambda p: p.reflection.train_next is not None),
    },
}


def section_completeness(prep: Preparation, section: Section) -> Completeness:
    """How many of the section's items are filled in, for the tab's indicator."""
    checks = CHECKS[section]
    return Completeness(sum(check(prep) for check in checks.values()), len(checks))


def progress(prep: Preparation) -> int:
    """The share of all items filled in, 0-100, for the bar in the list of preparations."""
    # a reflection not yet due neither adds to the bar nor holds it back
    sections = [s for s in Section if s is not Section.REFLECTION or reflection_due(prep)]
    parts = [section_completeness(prep, section) for section in sections]
    return round(100 * sum(p.filled for p in parts) / sum(p.total for p in parts))
