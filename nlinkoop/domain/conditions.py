"""The three learning conditions, one tab each: opportunity, capacity and motivation."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from nlinkoop.domain.common import Party, Priority, TextItem, new_id


class LearningCondition(StrEnum):
    """Gelegenheid, capaciteit, motivatie."""

    OPPORTUNITY = "opportunity"
    CAPACITY = "capacity"
    MOTIVATION = "motivation"


# --- Gelegenheid (opportunity) ---------------------------------------------------------------


class ExplicitKind(StrEnum):
    """What a party makes explicit before the meeting: value, conditions or concerns."""

    VALUE = "value"  # waarde
    CONDITION = "condition"  # voorwaarden
    CONCERN = "concern"  # zorgen


@dataclass
class ExplicitItem:
    """One value, condition or concern that a party made explicit."""

    party: Party = Party.SUPPLIER
    kind: ExplicitKind = ExplicitKind.VALUE
    text: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class AgendaItem:
    """One item on the meeting's agenda."""

    topic: str = ""
    minutes: int | None = None
    lead: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Opportunity:
    """Room for a strategic conversation before the meeting, and the lead (regie) on it."""

    conversation_date: date | None = None
    conversation_with: str = ""
    lead: str = ""
    notes: str = ""
    explicit: list[ExplicitItem] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)


# --- Capaciteit (capacity) -------------------------------------------------------------------


class FieldKind(StrEnum):
    """What an entry of the playing field (speelveld) describes."""

    MARKET = "market"
    SUPPLIER = "supplier"
    ALTERNATIVE = "alternative"


@dataclass
class FieldEntry:
    """One market fact, supplier or alternative on the playing field."""

    kind: FieldKind = FieldKind.SUPPLIER
    name: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class CostLine:
    """One part of the real cost structure, as a share and/or an amount in euros."""

    component: str = ""
    share_percent: Decimal | None = None
    amount: Decimal | None = None
    note: str = ""
    id: str = field(default_factory=new_id)


class ToDoKind(StrEnum):
    """What the buyer does to stand firm: reflect, spar, read, train."""

    REFLECT = "reflect"
    SPAR = "spar"
    READ = "read"
    TRAIN = "train"


@dataclass
class ToDo:
    """One thing the buyer will do to prepare themselves, with a done state."""

    kind: ToDoKind = ToDoKind.REFLECT
    text: str = ""
    done: bool = False
    id: str = field(default_factory=new_id)


class Side(StrEnum):
    """Our side of the table or theirs."""

    OURS = "ours"
    THEIRS = "theirs"


@dataclass
class Alternative:
    """An alternative to agreement: ours and how to improve it, or our estimate of theirs."""

    side: Side = Side.OURS
    description: str = ""
    improve: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Criterion:
    """An objective criterion both sides can accept as fair (benchmark, market price, norm)."""

    criterion: str = ""
    source: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Topic:
    """A topic to discuss, its priority, the range we aim for and what we could exchange."""

    name: str = ""
    priority: Priority = Priority.IMPORTANT
    hope: str = ""  # what we hope for
    enough: str = ""  # what is enough
    our_limit: str = ""  # where we stop (internal: never shown to the supplier)
    if_you: str = ""  # "if you ..."
    then_we: str = ""  # "... then we ..."
    id: str = field(default_factory=new_id)


@dataclass
class Capacity:
    """Coming well prepared: the playing field, the costs, the goals and the buyer's own work."""

    playing_field: list[FieldEntry] = field(default_factory=list)
    cost_lines: list[CostLine] = field(default_factory=list)
    policy_goals: list[TextItem] = field(default_factory=list)
    long_term: str = ""
    todos: list[ToDo] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    criteria: list[Criterion] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)


# --- Motivatie (motivation) ------------------------------------------------------------------


@dataclass
class Motivation:
    """The bigger picture that drives the buyer, instead of fear of not doing it right."""

    impact: str = ""
    professionalism: str = ""
    respect: str = ""
    fear: str = ""
    reframe: str = ""
