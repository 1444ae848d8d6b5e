"""The learning log: lessons from reflections, and the ones learned with a counterparty before.

Counterparties are matched by a normalised name, so "Nexolan ICT B.V." and "nexolan ict bv"
are the same supplier.
"""

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.preparation import Preparation

# Legal forms that say nothing about who the supplier is.
_LEGAL_FORMS = re.compile(
    r"\b(b\.?\s?v\.?|n\.?\s?v\.?|v\.?\s?o\.?\s?f\.?|c\.?\s?v\.?|holding|groep|group|"
    r"gmbh|ltd\.?|limited|inc\.?|s\.?a\.?|nederland|the netherlands)(?=\W|$)"
)
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Lesson:
    """What one reflected meeting taught."""

    prep_id: str
    title: str
    counterparty: str
    held_on: dt.date | None
    lesson: str
    went_well: str
    went_badly: str
    train_next: LearningCondition | None
    meeting: int | None = None  # the meeting round it was drafted from (Afronden), if any
    by: str = ""  # who last changed its preparation: a colleague's name for a team lesson


def counterparty_key(name: str) -> str:
    """A supplier's name reduced to what identifies it.

    Case, accents, the legal form and punctuation are left out: "Nexolan ICT B.V." and
    "nexolan ict bv" both give "nexolan ict".
    """
    if name.isascii():
        plain = name.lower()  # the same as below for ASCII, and most names are
    else:
        folded = unicodedata.normalize("NFKD", name.casefold())
        plain = "".join(c for c in folded if not unicodedata.combining(c))
    plain = _LEGAL_FORMS.sub(" ", plain)
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def lesson_of(prep: Preparation) -> Lesson | None:
    """The preparation's lesson, if its reflection holds one."""
    reflection = prep.reflection
    return lesson_from(
        prep.id,
        prep.title,
        prep.counterparty,
        reflection.held_on,
        reflection.lesson,
        reflection.went_well,
        reflection.went_badly,
        reflection.train_next,
        next((m.number for m in prep.meetings if m.id == reflection.round_id), None),
        prep.updated_by,
    )


def lesson_from(  # noqa: PLR0913 - the reflection's fields, read straight from the store
    prep_id: str,
    title: str,
    counterparty: str,
    held_on: dt.date | None,
    lesson: str,
    went_well: str,
    went_badly: str,
    train_next: LearningCondition | None,
    meeting: int | None = None,
    by: str = "",
) -> Lesson | None:
    """The lesson of a reflection, if it holds one.

    A reflection counts when it has a lesson, or says what went well or what did not.
    """
    lesson, went_well, went_badly = lesson.strip(), went_well.strip(), went_badly.strip()
    if not (lesson or went_well or went_badly):
        return None
    return Lesson(
        prep_id,
        title,
        counterparty,
        held_on,
        lesson,
        went_well,
        went_badly,
        train_next,
        meeting,
        by,
    )


def lessons(preparations: Iterable[Preparation], counterparty: str = "") -> list[Lesson]:
    """The lessons of all reflected preparations, newest meeting first (undated last).

    Args:
        preparations: the preparations to look in.
        counterparty: only those with this supplier (matched by `counterparty_key`); "" for all.
    """
    return lessons_among(_all_lessons(preparations), counterparty)


def lessons_among(found: Iterable[Lesson], counterparty: str = "") -> list[Lesson]:
    """`found`, newest meeting first (undated last), only with `counterparty` if given."""
    wanted = counterparty_key(counterparty)
    kept = [
        lesson for lesson in found if not wanted or counterparty_key(lesson.counterparty) == wanted
    ]
    return sorted(kept, key=_newest_first)


def _newest_first(lesson: Lesson) -> tuple[bool, int, str, str]:
    held = lesson.held_on
    # meetings on one day (or undated) by title: the same order however they were read
    return held is None, -(held or dt.date.min).toordinal(), lesson.title, lesson.prep_id


def _all_lessons(preparations: Iterable[Preparation]) -> list[Lesson]:
    return [lesson for prep in preparations if (lesson := lesson_of(prep)) is not None]


def earlier_lessons(preparations: Iterable[Preparation], prep: Preparation) -> list[Lesson]:
    """The lessons learned with `prep`'s supplier in other meetings ("Eerder geleerd").

    Meetings held after `prep`'s own meeting date are left out; with no date, all count.
    """
    return earlier_among(_all_lessons(preparations), prep)


def earlier_among(found: Iterable[Lesson], prep: Preparation) -> list[Lesson]:
    """`earlier_lessons` over lessons already read (`Workbook.lessons()`)."""
    if not counterparty_key(prep.counterparty):
        return []
    before = prep.meeting.date
    return [
        lesson
        for lesson in lessons_among((x for x in found if x.prep_id != prep.id), prep.counterparty)
        if before is None or lesson.held_on is None or lesson.held_on <= before
    ]
