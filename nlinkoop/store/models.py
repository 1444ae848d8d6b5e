"""The tables of a workbook file, declared as annotated classes: one class per table.

Column names equal the domain's field names, so `mapping.py` can copy values by
`dataclasses.fields`. The 1:1 parts of a preparation (its meeting, portfolio, opening, ...) are
columns of `preparations` named `<part>_<field>` (`meeting_date`). Every list is a child table
with a `position` and a foreign key to its preparation (ON DELETE CASCADE).

The classes build plain SQLAlchemy Core tables (`Base.metadata`); nothing is mapped with the ORM,
which the store does not use: declaring 29 ORM classes cost a fifth of a second at every start.
The real DDL of a file is frozen in `schema_v1.py` plus `migrations.py`; a test keeps these
tables and that schema in step.
"""

import datetime as dt
import types
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import Column, ForeignKey, Index, MetaData, Table
from sqlalchemy.types import TypeEngine

from nlinkoop.domain.award import AwardMethod, PriceFormula
from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.common import Party, Priority
from nlinkoop.domain.conditions import (
    ExplicitKind,
    FieldKind,
    LearningCondition,
    Side,
    ToDoKind,
)
from nlinkoop.domain.meeting_log import EntryKind
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.domain.wishes import WorthIt
from nlinkoop.store.types import (
    DateText,
    DecimalText,
    EnumText,
    Flag,
    IntNumber,
    StrText,
    TimeText,
    UtcDateTime,
)

ENUMS: tuple[type[StrEnum], ...] = (
    Authority,
    AwardMethod,
    Context,
    ContractKind,
    EntryKind,
    ExplicitKind,
    FieldKind,
    Kraljic,
    LearningCondition,
    Party,
    Pattern,
    PriceFormula,
    Principle,
    PressureQuestion,
    Priority,
    Procedure,
    Side,
    SupplierView,
    ToDoKind,
    WorthIt,
)

# Every Python type maps to one of our exact, checked column types.
_TYPES: dict[Any, type[TypeEngine[Any]]] = {
    str: StrText,
    int: IntNumber,
    bool: Flag,
    Decimal: DecimalText,
    dt.date: DateText,
    dt.time: TimeText,
    dt.datetime: UtcDateTime,
}


def _column(name: str, hint: Any, *args: Any, **options: Any) -> Column[Any]:
    """A column from its annotation: `str` is NOT NULL text, `int | None` a nullable number."""
    nullable = isinstance(hint, types.UnionType) and type(None) in hint.__args__
    if nullable:
        (hint,) = (arg for arg in hint.__args__ if arg is not type(None))
    column_type = EnumText(hint) if hint in ENUMS else _TYPES[hint]()
    return Column(name, column_type, *args, nullable=nullable, **options)


class Base:
    """A table, declared by annotating its own columns in order (`title: str`).

    Subclasses with a `__tablename__` get their `__table__` in `Base.metadata`: first the
    `_head()` columns, then the annotated ones, then the `_tail()` ones.
    """

    metadata: ClassVar[MetaData] = MetaData()
    __tablename__: ClassVar[str]
    __table__: ClassVar[Table]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__tablename__" not in cls.__dict__:
            return  # a kind of table, not a table
        own = [_column(name, hint) for name, hint in cls.__dict__["__annotations__"].items()]
        cls.__table__ = Table(
            cls.__tablename__, Base.metadata, *cls._head(), *own, *cls._tail(), *cls._extra()
        )

    @classmethod
    def _head(cls) -> list[Column[Any]]:
        return []

    @classmethod
    def _tail(cls) -> list[Column[Any]]:
        return []

    @classmethod
    def _extra(cls) -> list[Index]:
        return []


class RecordColumns(Base):
    """The UUID and the change bookkeeping every record carries."""

    @classmethod
    def _head(cls) -> list[Column[Any]]:
        return [_column("id", str, primary_key=True)]

    @classmethod
    def _tail(cls) -> list[Column[Any]]:
        return [
            _column("created_at", dt.datetime),
            _column("updated_at", dt.datetime),
            _column("updated_by", str),
            # Which edits each field has seen, for merging copies (JSON, see `versions.py`).
            _column("versions", str),
        ]


class ChildColumns(RecordColumns):
    """An item of one of a preparation's lists: its preparation and its place in the list."""

    @classmethod
    def _head(cls) -> list[Column[Any]]:
        return [
            *super()._head(),
            _column("preparation_id", str, ForeignKey("preparations.id", ondelete="CASCADE")),
            _column("position", int),
        ]

    @classmethod
    def _extra(cls) -> list[Index]:
        name = cls.__tablename__
        return [Index(f"ix_{name}_preparation", "preparation_id", "position")]


class PreparationRow(RecordColumns):
    """A preparation's own fields and those of its 1:1 parts (`Preparation`)."""

    __tablename__ = "preparations"

    title: str
    counterparty: str
    organisation: str
    internal_client: str
    context: Context
    procedure: Procedure | None
    contract_value: Decimal | None
    contract_months: int | None
    profile_id: str | None  # a soft link: the profile may be missing from this file

    meeting_date: dt.date | None
    meeting_start: dt.time | None
    meeting_end: dt.time | None
    meeting_place: str

    portfolio_kraljic: Kraljic | None
    portfolio_supplier_view: SupplierView | None
    portfolio_note: str

    opportunity_conversation_date: dt.date | None
    opportunity_conversation_with: str
    opportunity_lead: str
    opportunity_notes: str

    capacity_long_term: str

    motivation_impact: str
    motivation_professionalism: str
    motivation_respect: str
    motivation_fear: str
    motivation_reframe: str

    opening_come_to_do: str
    opening_come_to_get: str

    relationship_now: str
    relationship_wanted: str

    mandate_lead: str
    mandate_decides: str
    mandate_on_the_spot: str
    mandate_approval: str
    mandate_conduct: str

    reflection_held_on: dt.date | None
    reflection_went_well: str
    reflection_went_badly: str
    reflection_agreed: str
    reflection_lesson: str
    reflection_train_next: LearningCondition | None

    award_method: AwardMethod
    award_price_points: Decimal | None
    award_formula: PriceFormula
    award_reference_price: Decimal | None

    @classmethod
    def _tail(cls) -> list[Column[Any]]:
        return [
            *super()._tail(),
            _column("deleted_at", dt.datetime | None),
            # Derived on every save, so the list reads them instead of loading whole
            # preparations: `completeness.progress` (0-100) and `search.search_text` (last: it
            # is the longest).
            _column("progress", int),
            _column("search_text", str),
            # Schema v2 added these with ALTER TABLE, which puts new columns last.
            _column("contract_kind", ContractKind | None),
            _column("authority", Authority | None),
            _column("value_includes_options", bool | None),
            # Schema v3: the meeting round a reflection was drafted from (a soft link).
            _column("reflection_round_id", str | None),
        ]


class ProfileRow(RecordColumns):
    """One person's purchasing pitch (`PitchProfile`)."""

    __tablename__ = "profiles"

    person: str
    norms_values: str
    principles: str
    drivers: str
    mission: str
    pitch: str
    check_durable: str
    check_considered: str
    check_systemic: str
    check_forward_looking: str


class PolicyRow(RecordColumns):
    """The workbook's procurement policy (`ProcurementPolicy`): one row, id `POLICY_ID`.

    Added in schema v2.
    """

    __tablename__ = "policy"

    single_up_to: Decimal | None
    multiple_up_to: Decimal | None
    works_single_up_to: Decimal | None
    works_multiple_up_to: Decimal | None
    name: str


# --- the preparation's lists, in the order the domain declares them ---------------------------


class ParticipantRow(ChildColumns):
    __tablename__ = "participants"
    side: Side
    name: str
    role: str


class ExplicitItemRow(ChildColumns):
    __tablename__ = "explicit_items"
    party: Party
    kind: ExplicitKind
    text: str


class AgendaItemRow(ChildColumns):
    __tablename__ = "agenda_items"
    topic: str
    minutes: int | None
    lead: str


class FieldEntryRow(ChildColumns):
    __tablename__ = "field_entries"
    kind: FieldKind
    name: str
    note: str


class CostLineRow(ChildColumns):
    __tablename__ = "cost_lines"
    component: str
    share_percent: Decimal | None
    amount: Decimal | None
    note: str


class PolicyGoalRow(ChildColumns):
    __tablename__ = "policy_goals"
    text: str


class ToDoRow(ChildColumns):
    __tablename__ = "todos"
    kind: ToDoKind
    text: str
    done: bool


class AlternativeRow(ChildColumns):
    __tablename__ = "alternatives"
    side: Side
    description: str
    improve: str


class CriterionRow(ChildColumns):
    __tablename__ = "criteria"
    criterion: str
    source: str


class TopicRow(ChildColumns):
    __tablename__ = "topics"
    name: str
    priority: Priority
    hope: str
    enough: str
    if_you: str
    then_we: str

    @classmethod
    def _tail(cls) -> list[Column[Any]]:
        # Schema v3 added our limit with ALTER TABLE: last, and with a default for the rows
        # that were there.
        return [*super()._tail(), _column("our_limit", str, server_default="")]


class InterestRow(ChildColumns):
    __tablename__ = "interests"
    party: Party
    what: str
    why: str
    priority: Priority


class UncertaintyRow(ChildColumns):
    __tablename__ = "uncertainties"
    what: str
    whose: Party
    how_to_name: str


class JointOptionRow(ChildColumns):
    __tablename__ = "joint_options"
    description: str
    value_for_us: str
    value_for_them: str


class QuestionRow(ChildColumns):
    __tablename__ = "questions"
    text: str


class ShareItemRow(ChildColumns):
    __tablename__ = "share_items"
    text: str


class TeamMemberRow(ChildColumns):
    __tablename__ = "team_members"
    name: str
    role: str
    mandate: str


class PatternCheckRow(ChildColumns):
    __tablename__ = "pattern_checks"
    pattern: Pattern
    risk: bool | None
    why: str
    instead: str


class PrincipleActionRow(ChildColumns):
    __tablename__ = "principle_actions"
    principle: Principle
    action: str


class PressureAnswerRow(ChildColumns):
    __tablename__ = "pressure_answers"
    question: PressureQuestion
    answer: str


class RedLineRow(ChildColumns):
    __tablename__ = "red_lines"
    text: str


class WishRow(ChildColumns):
    __tablename__ = "wishes"
    description: str
    customer_value: str
    organisational_development: str
    process_quality: str
    cost_to_score: Decimal | None
    points: int | None
    euro_per_point: Decimal | None
    carried_over: bool
    worth_it: WorthIt | None
    enough: str
    aspiration: str


class AwardCriterionRow(ChildColumns):
    __tablename__ = "award_criteria"
    name: str
    points: Decimal | None
    euro_value: Decimal | None
    wish_id: str | None  # a soft link to one of the preparation's wishes


class SampleTenderRow(ChildColumns):
    __tablename__ = "sample_tenders"
    name: str
    price: Decimal | None


class TenderScoreRow(ChildColumns):
    __tablename__ = "tender_scores"
    tender_id: str  # soft links: a score of a removed tender or criterion is ignored
    criterion_id: str
    percent: Decimal | None


class TopicOutcomeRow(ChildColumns):
    __tablename__ = "topic_outcomes"
    topic: str
    aimed: str
    agreed: str
    topic_id: str | None  # a soft link to one of the preparation's topics


class PrincipleReviewRow(ChildColumns):
    __tablename__ = "principle_reviews"
    principle: Principle
    done: bool | None
    note: str


class MeetingRoundRow(ChildColumns):
    """A meeting round held (`MeetingRound`); added in schema v3."""

    __tablename__ = "meeting_rounds"
    number: int
    held_on: dt.date | None
    attendees: str
    next_meeting: str


class LogEntryRow(ChildColumns):
    """One line of a meeting's log (`LogEntry`); added in schema v3.

    Its position is only where it was typed: the log reads by `at` (`meeting_log.in_order`).
    """

    __tablename__ = "log_entries"
    round_id: str  # soft links: to one of the preparation's meeting rounds, and topics
    at: dt.datetime
    kind: EntryKind
    text: str
    owner: str
    due: dt.date | None
    topic_id: str | None
    internal: bool


class TombstoneRow(Base):
    """A removed list item, remembered so that merging a copy that still has it removes it too.

    Preparations are never removed (`deleted_at` marks them); their list items are.
    """

    __tablename__ = "tombstones"
    table_name: str
    versions: str  # every field's versions at removal, plus the removal itself
    deleted_at: dt.datetime
    deleted_by: str

    @classmethod
    def _head(cls) -> list[Column[Any]]:
        return [_column("id", str, primary_key=True)]  # the removed record's id
