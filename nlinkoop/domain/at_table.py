"""At the table (*aan tafel*): where topics stand, what a line warns of, and Afronden's draft.

Where a topic stands against its plan, what a logged line warns of, and the reflection drafted
from a meeting's log (*Afronden*).

The plan of a topic is three texts: what we hope for, what is enough and our limit. When they
each hold one number ("€ 42 per uur", "3%", "24 maanden"), a logged agreement or trade for the
topic that holds one number of the same unit is placed against them: at or beyond hope,
enough, within the limit, or past it ("€ 6 per gast" is not weighed against "€ 35.000 per
jaar"). Which way is better follows from the plan itself: a hope below the limit means lower is
better (a price we pay), a hope above it means higher is better (a discount we get). Without
numbers nothing is placed; the screen then shows the plan and the trades, and the buyer judges.
"""

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound, in_order
from nlinkoop.domain.money import parse_euro
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.reflection import PrincipleReview, TopicOutcome
from nlinkoop.domain.search import words


class Standing(StrEnum):
    """Where a topic stands against its plan, best first."""

    HOPE = "hope"  # what we hoped for, or better
    ENOUGH = "enough"  # not what we hoped, but enough
    WITHIN_LIMIT = "within_limit"  # less than enough, not past our limit
    PAST_LIMIT = "past_limit"  # past our limit


# The kinds whose number says where a topic stands: what is agreed or traded on it.
_PLACED = (EntryKind.AGREEMENT, EntryKind.GIVE, EntryKind.GET)
_PER = re.compile(r"(?:euro\b|eur\b|%|procent\b|percent\b)?\s*(?:per\s+|/\s*)(\w+)")
_NUMBER = re.compile(r"-?\d+(?:[.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")


@dataclass(frozen=True)
class Quantity:
    """The one number a text holds, with its unit and what it is per.

    `unit` is as written next to it: "€", "%" or ""; `per` is "uur" in "€ 42 per uur", and ""
    when not said.
    """

    value: Decimal
    unit: str
    per: str = ""


def the_number(text: str) -> Quantity | None:
    """The number in `text`, read the Dutch way ("€ 1.250,50", "42,5", "3%"), with its unit.

    None when the text holds no number or more than one ("van € 54.000 naar € 42.000"): which
    of them to weigh is then not for us to guess.
    """
    found = [m for m in _NUMBER.finditer(text) if m.group().strip()]
    if len(found) != 1:
        return None
    match = found[0]
    token = match.group().strip()
    try:
        value = parse_euro(token)
    except ValueError:
        try:
            value = Decimal(token.replace(",", "."))
        except InvalidOperation:
            return None
    if value is None:
        return None
    before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip().lower()
    if after.startswith(("%", "procent", "percent")):
        unit = "%"
    elif before.endswith("€") or before.lower().endswith("eur") or after.startswith("euro"):
        unit = "€"
    else:
        unit = ""
    per = _PER.match(after)
    return Quantity(value, unit, per.group(1) if per else "")


def standing(topic: Topic, text: str) -> Standing | None:
    """Where `text` (an agreement or a trade) puts `topic` against its plan, or None.

    Only when the text and the plan's hope, and its limit or enough, each hold exactly one
    number with the same unit; and the plan has a direction (hope and limit, or hope and enough,
    differ). Anything else is left to the buyer.
    """
    said = the_number(text)
    hope, enough, limit = (the_number(t) for t in (topic.hope, topic.enough, topic.our_limit))
    if said is None or hope is None:
        return None
    planned = [q for q in (hope, enough, limit) if q is not None]
    if any(q.unit != said.unit or (q.per and said.per and q.per != said.per) for q in planned):
        return None  # "3%" against "€ 40", or per guest against per year: not the same thing
    value = said.value
    other = limit if limit is not None and limit.value != hope.value else enough
    if other is None or other.value == hope.value:
        return None
    lower_is_better = hope.value < other.value

    def at_least_as_good(a: Decimal, b: Quantity) -> bool:
        return a <= b.value if lower_is_better else a >= b.value

    if at_least_as_good(value, hope):
        return Standing.HOPE
    if enough is not None and at_least_as_good(value, enough):
        return Standing.ENOUGH
    if limit is None or at_least_as_good(value, limit):
        return Standing.WITHIN_LIMIT
    return Standing.PAST_LIMIT


def topic_standing(topic: Topic, entries: Iterable[LogEntry]) -> tuple[Standing, LogEntry] | None:
    """Where the latest agreement or trade on `topic` with a number puts it, and that entry."""
    for entry in reversed(in_order(entries)):
        if entry.topic_id == topic.id and entry.kind in _PLACED:
            placed = standing(topic, entry.text)
            if placed is not None:
                return placed, entry
    return None


class WarningKind(StrEnum):
    """Why a logged line deserves a second look."""

    PAST_LIMIT = "past_limit"  # it puts a topic past our limit
    RED_LINE = "red_line"  # we give something that touches a red line


@dataclass(frozen=True)
class Warning:
    """A clear, non-blocking warning about a logged line: what it touches."""

    kind: WarningKind
    about: str  # the topic's name, or the red line's text
    limit: str = ""  # the topic's limit as planned (PAST_LIMIT)


# Words too common, or too much about every meeting, to say that a line touches a red line.
_COMMON_WORDS = (
    "niet geen voor over onze jullie zijn wordt worden zullen kunnen mogen moeten "
    "alleen zonder meer minder andere extra alle deze waar wanneer tijdens "
    "leverancier leveranciers opdrachtgever contract contracten overeenkomst "
    "gemeente organisatie partij partijen with without their other there which about "
    "would could should supplier suppliers contracts agreement organisation party "
    "parties"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) >= 5 and w not in _COMMON and not w.isdigit()}


def warnings_for(entry: LogEntry, prep: Preparation) -> list[Warning]:
    """What a just-logged `entry` touches: a topic past our limit, a red line we give away.

    A red line is touched when what we give shares a meaningful word with it (five letters or
    more, common words left out): a hint to look again, not a verdict.
    """
    found: list[Warning] = []
    topic = next((t for t in prep.capacity.topics if t.id == entry.topic_id), None)
    placed = None if topic is None or entry.kind not in _PLACED else standing(topic, entry.text)
    if topic is not None and placed is Standing.PAST_LIMIT:
        found.append(Warning(WarningKind.PAST_LIMIT, topic.name.strip(), topic.our_limit))
    if entry.kind in (EntryKind.GIVE, EntryKind.AGREEMENT):
        said = _content_words(entry.text)
        for line in prep.checklist.red_lines:
            if said & _content_words(line.text):
                found.append(Warning(WarningKind.RED_LINE, line.text.strip()))
    return found


# --- Afronden: the reflection drafted from the log ---------------------------------------------


@dataclass(frozen=True)
class DraftLabels:
    """The words the draft writes into the reflection, in the window's language."""

    give: str  # "We give"
    get: str  # "We get"
    agreements: str  # "Agreements"
    actions: str  # "Actions"
    open_points: str  # "Open points"
    signals: str  # "Signals from the meeting"


@dataclass(frozen=True)
class Drafted:
    """What `draft_reflection` filled in, to tell the buyer (nothing typed is overwritten)."""

    outcomes: int  # topics whose "agreed" (or "aimed") it filled
    agreed: bool  # the reflection's agreements, actions and open points
    reviews: int  # principle reviews given the signals logged

    @property
    def anything(self) -> bool:
        return bool(self.outcomes or self.agreed or self.reviews)


# A signal goes to the principle it most likely concerns; the rest to "interests in view".
_SIGNAL_WORDS: tuple[tuple[Principle, frozenset[str]], ...] = (
    (
        Principle.UNCERTAINTIES,
        frozenset(
            {
                "onzeker",
                "onzekerheid",
                "risico",
                "twijfel",
                "uncertain",
                "uncertainty",
                "risk",
                "doubt",
            }
        ),
    ),
    (Principle.TRUST, frozenset({"vertrouwen", "wantrouwen", "trust", "distrust"})),
    (Principle.OPENNESS, frozenset({"open", "openheid", "eerlijk", "openness", "honest"})),
)


def draft_reflection(prep: Preparation, meeting: MeetingRound, labels: DraftLabels) -> Drafted:
    """Fill the empty parts of `prep`'s reflection from `meeting`'s log; typed text stays.

    - the day it was held, and the round it was drafted from;
    - per topic of the plan: what we aimed for (hope, else enough) and what was agreed and
      traded on it;
    - the agreements, actions (who, by when) and open points, internal ones included (the
      reflection is ours);
    - the signals logged, in the note of the principle each most likely concerns.
    """
    reflection = prep.reflection
    entries = [e for e in in_order(prep.log) if e.round_id == meeting.id]
    if reflection.held_on is None:
        reflection.held_on = meeting.held_on
    reflection.round_id = meeting.id
    outcomes = _draft_outcomes(prep.capacity.topics, reflection.outcomes, entries, labels)
    agreed = False
    if not reflection.agreed.strip():
        reflection.agreed = _agreed_text(entries, labels)
        agreed = bool(reflection.agreed)
    reviews = _draft_reviews(reflection.reviews, entries, labels)
    return Drafted(outcomes, agreed, reviews)


def _draft_outcomes(
    topics: Sequence[Topic],
    outcomes: list[TopicOutcome],
    entries: Sequence[LogEntry],
    labels: DraftLabels,
) -> int:
    filled = 0
    for topic in topics:
        if not topic.name.strip():
            continue
        outcome = next((o for o in outcomes if o.topic_id == topic.id), None)
        if outcome is None:
            outcome = TopicOutcome(topic=topic.name.strip(), topic_id=topic.id)
            outcomes.append(outcome)
        changed = False
        if not outcome.aimed.strip() and (topic.hope.strip() or topic.enough.strip()):
            outcome.aimed = topic.hope.strip() or topic.enough.strip()
            changed = True
        if not outcome.agreed.strip():
            outcome.agreed = _topic_agreed(topic, entries, labels)
            changed = changed or bool(outcome.agreed)
        filled += changed
    return filled


def _topic_agreed(topic: Topic, entries: Sequence[LogEntry], labels: DraftLabels) -> str:
    mine = [e for e in entries if e.topic_id == topic.id]
    parts = [e.text for e in mine if e.kind is EntryKind.AGREEMENT and e.text.strip()]
    for kind, label in ((EntryKind.GIVE, labels.give), (EntryKind.GET, labels.get)):
        traded = [e.text for e in mine if e.kind is kind and e.text.strip()]
        if traded:
            parts.append(f"{label}: " + "; ".join(traded))
    return "; ".join(parts)


def _agreed_text(entries: Sequence[LogEntry], labels: DraftLabels) -> str:
    blocks: list[str] = []
    for kind, title in (
        (EntryKind.AGREEMENT, labels.agreements),
        (EntryKind.ACTION, labels.actions),
        (EntryKind.OPEN_POINT, labels.open_points),
    ):
        lines = [_with_owner(e) for e in entries if e.kind is kind and e.text.strip()]
        if lines:
            blocks.append(f"{title}:\n" + "\n".join(f"- {line}" for line in lines))
    return "\n\n".join(blocks)


def _with_owner(entry: LogEntry) -> str:
    extra = ", ".join(
        part for part in (entry.owner, entry.due.strftime("%d-%m-%Y") if entry.due else "") if part
    )
    return f"{entry.text} ({extra})" if extra else entry.text


def _draft_reviews(
    reviews: list[PrincipleReview], entries: Sequence[LogEntry], labels: DraftLabels
) -> int:
    by_principle: dict[Principle, list[str]] = {}
    for entry in entries:
        if entry.kind is EntryKind.SIGNAL and entry.text.strip():
            by_principle.setdefault(_principle_of(entry.text), []).append(entry.text.strip())
    filled = 0
    for review in reviews:
        signals = by_principle.get(review.principle)
        if signals and not review.note.strip():
            review.note = f"{labels.signals}: " + "; ".join(signals)
            filled += 1
    return filled


def _principle_of(signal: str) -> Principle:
    said = set(words(signal))
    for principle, markers in _SIGNAL_WORDS:
        if said & markers:
            return principle
    return Principle.INTERESTS


def proposed_attendees(prep: Preparation) -> str:
    """Who a new round notes as present: the preparation's participants, by name."""
    return ", ".join(p.name.strip() for p in prep.participants if p.name.strip())


def new_round(prep: Preparation, today: dt.date) -> MeetingRound:
    """The next meeting round of `prep`, held today (the preparation's attendees noted)."""
    number = max((m.number for m in prep.meetings), default=0) + 1
    meeting = MeetingRound(number=number, held_on=today, attendees=proposed_attendees(prep))
    prep.meetings.append(meeting)
    return meeting


def red_lines(prep: Preparation) -> list[TextItem]:
    """The red lines that say something."""
    return [line for line in prep.checklist.red_lines if line.text.strip()]
