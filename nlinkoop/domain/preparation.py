"""A preparation: everything a buyer prepares for one meeting with one supplier."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from nlinkoop.domain.award import Award
from nlinkoop.domain.checklist import Checklist
from nlinkoop.domain.common import TextItem, new_id, utc_now
from nlinkoop.domain.conditions import Capacity, Motivation, Opportunity, Side
from nlinkoop.domain.interests import Interest, JointOption, Uncertainty
from nlinkoop.domain.meeting_log import LogEntry, MeetingRound
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.domain.reflection import Reflection
from nlinkoop.domain.wishes import Wish


@dataclass
class Meeting:
    """When and where the meeting takes place."""

    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    place: str = ""


@dataclass
class Participant:
    """Someone who attends, on our side or theirs."""

    side: Side = Side.OURS
    name: str = ""
    role: str = ""
    id: str = field(default_factory=new_id)


class Kraljic(StrEnum):
    """Where the purchase sits for us: profit impact x supply risk."""

    ROUTINE = "routine"
    LEVERAGE = "leverage"
    BOTTLENECK = "bottleneck"
    STRATEGIC = "strategic"


class SupplierView(StrEnum):
    """How the supplier probably sees us (supplier preferencing)."""

    NUISANCE = "nuisance"
    EXPLOITABLE = "exploitable"
    DEVELOPMENT = "development"
    CORE = "core"


@dataclass
class Portfolio:
    """The deal's position on both grids, and a note on what that means."""

    kraljic: Kraljic | None = None
    supplier_view: SupplierView | None = None
    note: str = ""


@dataclass
class Opening:
    """The opening statement: openness at the start."""

    come_to_do: str = ""  # wat we komen doen
    come_to_get: str = ""  # wat we komen halen

    @property
    def is_empty(self) -> bool:
        return not (self.come_to_do.strip() or self.come_to_get.strip())


@dataclass
class Communication:
    """The questions we will ask and the information we will share openly."""

    questions: list[TextItem] = field(default_factory=list)
    share: list[TextItem] = field(default_factory=list)


@dataclass
class Relationship:
    """How the relationship with the supplier is now, and how we want it to be."""

    now: str = ""
    wanted: str = ""


@dataclass
class TeamMember:
    """Someone on our team, their role and what they may agree to."""

    name: str = ""
    role: str = ""
    mandate: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Mandate:
    """Who leads, who decides, what may be agreed on the spot, and who approves afterwards."""

    lead: str = ""
    decides: str = ""
    on_the_spot: str = ""
    approval: str = ""
    conduct: str = ""  # rules of conduct (integriteit) in the public context
    team: list[TeamMember] = field(default_factory=list)


@dataclass
class Preparation:
    """One meeting or negotiation with one supplier, prepared the relational way."""

    title: str = ""
    counterparty: str = ""  # the supplier
    organisation: str = ""  # our own organisation
    meeting: Meeting = field(default_factory=Meeting)
    participants: list[Participant] = field(default_factory=list)
    internal_client: str = ""
    context: Context = Context.COMMERCIAL
    procedure: Procedure | None = None
    contract_value: Decimal | None = None  # in euros, over the whole term
    contract_months: int | None = None
    contract_kind: ContractKind | None = None  # works, supplies and services, social services
    authority: Authority | None = None  # who buys: the State, another authority, a utility
    value_includes_options: bool | None = None  # whether contract_value counts them (Aw 2.15)
    portfolio: Portfolio = field(default_factory=Portfolio)
    opportunity: Opportunity = field(default_factory=Opportunity)
    capacity: Capacity = field(default_factory=Capacity)
    motivation: Motivation = field(default_factory=Motivation)
    interests: list[Interest] = field(default_factory=list)
    uncertainties: list[Uncertainty] = field(default_factory=list)
    opening: Opening = field(default_factory=Opening)
    joint_options: list[JointOption] = field(default_factory=list)
    communication: Communication = field(default_factory=Communication)
    relationship: Relationship = field(default_factory=Relationship)
    mandate: Mandate = field(default_factory=Mandate)
    checklist: Checklist = field(default_factory=Checklist)
    wishes: list[Wish] = field(default_factory=list)
    award: Award = field(default_factory=Award)  # the award model and sample tenders (public)
    reflection: Reflection = field(default_factory=Reflection)
    meetings: list[MeetingRound] = field(default_factory=list)  # the rounds held (aan tafel)
    log: list[LogEntry] = field(default_factory=list)  # what was logged, each in its round
    profile_id: str | None = None
    id: str = field(default_factory=new_id)
    created_at: dt.datetime = field(default_factory=utc_now)
    updated_at: dt.datetime = field(default_factory=utc_now)
    updated_by: str = ""


@dataclass(frozen=True)
class PreparationSummary:
    """What the list of preparations shows, read without loading the whole preparation."""

    id: str
    title: str
    counterparty: str
    meeting_date: dt.date | None
    updated_at: dt.datetime
    updated_by: str
    meeting_start: dt.time | None = None
    progress: int = 0  # how complete, 0-100 (`completeness.progress`, stored on every save)
