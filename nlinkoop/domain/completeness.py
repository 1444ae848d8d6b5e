"""How complete a preparation is, per tab ("4 van 7 ingevuld") and as a whole (the list's bar).

A tab counts its essentials, each as one item the user sees in the tab and fills: a field, a list
(filled once a row has something typed in it), or one entry of a fixed list (each checklist
pattern, principle and pressure question; each principle's review afterwards). An item is filled
the moment the user fills it, and only then: blank text, "not sure yet" and a row added but left
empty do not count. An item that does not apply to this preparation is left out, never counted as
done: the procedure and the tender's wishes and award model apply in the public context only. A
tab without any item that applies shows "not applicable" instead of a count.
"""

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.pitch import PitchProfile
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
    """How many of a section's items that apply are filled in (none apply: `total` is 0)."""

    filled: int
    total: int

    @property
    def done(self) -> bool:
        """Nothing that applies is left to fill."""
        return self.filled == self.total

    @property
    def applies(self) -> bool:
        """Whether anything in the section applies; if not, the tab says "not applicable"."""
        return self.total > 0


Check = Callable[[Preparation], bool]


def _always(_prep: Preparation) -> bool:
    return True


def _public(prep: Preparation) -> bool:
    return prep.context is Context.PUBLIC


@dataclass(frozen=True)
class Item:
    """One thing a tab counts.

    Attributes:
        path: the JSON key path of what the user fills, as the tab's widget is named; an entry
            of a fixed list by its key ("checklist.patterns.pressure.risk").
        filled: whether the user filled it.
        applies: whether it applies to the preparation at all (if not, it is not counted).
    """

    path: str
    filled: Check
    applies: Check = _always


def has_content(row: Any) -> bool:
    """Whether the user typed something in a list's row (a dataclass).

    Choices (side, party, priority) and check boxes start with a value, and ids are not typed,
    so a row that was only added does not count.
    """
    for each in dataclasses.fields(row):
        value = getattr(row, each.name)
        if each.name == "id" or each.name.endswith("_id") or value is None:
            continue
        if isinstance(value, Enum | bool):
            continue
        if not isinstance(value, str) or value.strip():
            return True
    return False


def _rows(getter: Callable[[Preparation], Iterable[Any]]) -> Callable[[Preparation], list[Any]]:
    return lambda prep: [row for row in getter(prep) if has_content(row)]


def _text(path: str, getter: Callable[[Preparation], str], applies: Check = _always) -> Item:
    return Item(path, lambda prep: bool(getter(prep).strip()), applies)


def _value(path: str, getter: Callable[[Preparation], object], applies: Check = _always) -> Item:
    return Item(path, lambda prep: getter(prep) is not None, applies)


def _list(
    path: str, getter: Callable[[Preparation], Iterable[Any]], applies: Check = _always
) -> Item:
    rows = _rows(getter)
    return Item(path, lambda prep: bool(rows(prep)), applies)


_wishes = _rows(lambda p: p.wishes)


def _every_wish(path: str, check: Callable[[Any], bool]) -> Item:
    """An item of the wishes: filled when there is a wish and every wish has it."""

    def filled(prep: Preparation) -> bool:
        wishes = _wishes(prep)
        return bool(wishes) and all(check(wish) for wish in wishes)

    return Item(path, filled, _public)


def _pattern(key: Pattern) -> Item:
    """A transactional pattern is answered: no risk, or a risk and what to do instead."""

    def filled(prep: Preparation) -> bool:
        check = next((c for c in prep.checklist.patterns if c.pattern == key), None)
        if check is None or check.risk is None:
            return False
        return not check.risk or bool(check.instead.strip())

    return Item(f"checklist.patterns.{key.value}.risk", filled)


def _principle(key: Principle) -> Item:
    def filled(prep: Preparation) -> bool:
        return any(a.principle == key and a.action.strip() for a in prep.checklist.principles)

    return Item(f"checklist.principles.{key.value}.action", filled)


def _question(key: PressureQuestion) -> Item:
    def filled(prep: Preparation) -> bool:
        return any(a.question == key and a.answer.strip() for a in prep.checklist.pressure)

    return Item(f"checklist.pressure.{key.value}.answer", filled)


def _review(key: Principle) -> Item:
    def filled(prep: Preparation) -> bool:
        return any(r.principle == key and r.done is not None for r in prep.reflection.reviews)

    return Item(f"reflection.reviews.{key.value}.done", filled)


ITEMS: dict[Section, tuple[Item, ...]] = {
    Section.BASICS: (
        _text("title", lambda p: p.title),
        _text("counterparty", lambda p: p.counterparty),
        _text("organisation", lambda p: p.organisation),
        _value("meeting.date", lambda p: p.meeting.date),
        _text("meeting.place", lambda p: p.meeting.place),
        _list("participants", lambda p: p.participants),
        _text("internal_client", lambda p: p.internal_client),
        _value("procedure", lambda p: p.procedure, _public),
        _value("contract_value", lambda p: p.contract_value),
        _text("mandate.lead", lambda p: p.mandate.lead),
        _text("mandate.on_the_spot", lambda p: p.mandate.on_the_spot),
    ),
    Section.OPPORTUNITY: (
        _value("opportunity.conversation_date", lambda p: p.opportunity.conversation_date),
        _text("opportunity.conversation_with", lambda p: p.opportunity.conversation_with),
        _text("opportunity.lead", lambda p: p.opportunity.lead),
        _list("opportunity.explicit", lambda p: p.opportunity.explicit),
        _list("opportunity.agenda", lambda p: p.opportunity.agenda),
        _text("relationship.now", lambda p: p.relationship.now),
        _text("relationship.wanted", lambda p: p.relationship.wanted),
    ),
    Section.CAPACITY: (
        _list("capacity.playing_field", lambda p: p.capacity.playing_field),
        _list("capacity.cost_lines", lambda p: p.capacity.cost_lines),
        _list("capacity.policy_goals", lambda p: p.capacity.policy_goals),
        _text("capacity.long_term", lambda p: p.capacity.long_term),
        _list("capacity.alternatives", lambda p: p.capacity.alternatives),
        _list("capacity.topics", lambda p: p.capacity.topics),
        _list("capacity.todos", lambda p: p.capacity.todos),
    ),
    Section.MOTIVATION: (
        _text("motivation.impact", lambda p: p.motivation.impact),
        _text("motivation.professionalism", lambda p: p.motivation.professionalism),
        _text("motivation.respect", lambda p: p.motivation.respect),
        _text("motivation.fear", lambda p: p.motivation.fear),
        _text("motivation.reframe", lambda p: p.motivation.reframe),
    ),
    Section.INTERESTS: (
        _list("interests", lambda p: p.interests),
        _list("uncertainties", lambda p: p.uncertainties),
        _text("opening.come_to_do", lambda p: p.opening.come_to_do),
        _text("opening.come_to_get", lambda p: p.opening.come_to_get),
        _list("joint_options", lambda p: p.joint_options),
        _list("capacity.criteria", lambda p: p.capacity.criteria),
        _list("communication.questions", lambda p: p.communication.questions),
        _list("communication.share", lambda p: p.communication.share),
    ),
    Section.CHECKLIST: (
        *(_pattern(key) for key in Pattern),
        *(_principle(key) for key in Principle),
        *(_question(key) for key in PressureQuestion),
        _list("checklist.red_lines", lambda p: p.checklist.red_lines),
    ),
    Section.WISHES: (  # a commercial case has no tender: nothing here applies
        _list("wishes", lambda p: p.wishes, _public),
        _every_wish("wishes.enough", lambda w: bool(w.enough.strip())),
        _every_wish("wishes.customer_value", lambda w: w.substantiated),  # or another reason
        _every_wish("wishes.points", lambda w: w.points is not None),
        _every_wish("wishes.euro_per_point", lambda w: w.euro_per_point is not None),
        _list("award.criteria", lambda p: p.award.criteria, _public),
        _list("award.tenders", lambda p: p.award.tenders, _public),
    ),
    Section.REFLECTION: (
        _value("reflection.held_on", lambda p: p.reflection.held_on),
        _list("reflection.outcomes", lambda p: p.reflection.outcomes),
        *(_review(key) for key in Principle),
        _text("reflection.went_well", lambda p: p.reflection.went_well),
        _text("reflection.went_badly", lambda p: p.reflection.went_badly),
        _text("reflection.agreed", lambda p: p.reflection.agreed),
        _text("reflection.lesson", lambda p: p.reflection.lesson),
        _value("reflection.train_next", lambda p: p.reflection.train_next),
    ),
}


def items(prep: Preparation, section: Section) -> list[Item]:
    """The section's items that apply to `prep`, in the order the tab shows them."""
    return [item for item in ITEMS[section] if item.applies(prep)]


def section_completeness(prep: Preparation, section: Section) -> Completeness:
    """How many of the section's items that apply are filled in, for the tab's indicator."""
    counted = items(prep, section)
    return Completeness(sum(item.filled(prep) for item in counted), len(counted))


# the pitch and its self-check (duurzaam, doordacht, systemisch, vooruitziend)
PITCH_ITEMS = (
    "pitch",
    "check_durable",
    "check_considered",
    "check_systemic",
    "check_forward_looking",
)


def pitch_completeness(prep: Preparation, profile: PitchProfile | None) -> Completeness:
    """The Inkooppitch tab: the link to a profile, and the profile's pitch and four self-checks.

    Args:
        prep: the preparation, which links to a profile by id.
        profile: the linked profile, if it is in the workbook (a link to a profile from
            elsewhere counts as filled; its texts cannot be read here).
    """
    texts: Sequence[str] = [getattr(profile, name) for name in PITCH_ITEMS] if profile else []
    linked = prep.profile_id is not None
    return Completeness(linked + sum(1 for text in texts if text.strip()), 1 + len(PITCH_ITEMS))


def today() -> dt.date:
    """The date a reflection is measured against (tests may replace it)."""
    return dt.date.today()


def reflection_due(prep: Preparation) -> bool:
    """Whether the meeting has been held, so a reflection is expected (not without a date)."""
    held = prep.meeting.date
    return held is not None and held <= today()


def progress(prep: Preparation) -> int:
    """The share of all items filled in, 0-100, for the bar in the list of preparations.

    The bar counts the very items the tabs count, with the same rules for what applies, and
    one rule of its own: the reflection counts only once it is due, that is once the meeting
    date is today or earlier. Before that (or without a meeting date) the reflection neither
    adds to the bar nor holds it back, while its tab still counts what is filled. The pitch
    belongs to a profile, not to the preparation, so it is not part of the bar.
    """
    sections = [s for s in Section if s is not Section.REFLECTION or reflection_due(prep)]
    parts = [section_completeness(prep, section) for section in sections]
    total = sum(p.total for p in parts)
    return round(100 * sum(p.filled for p in parts) / total) if total else 0
