"""The tables of a workbook file as typed SQLAlchemy models: one row class per table.

Column names equal the domain's field names, so `mapping.py` can copy values by
`dataclasses.fields`. The 1:1 parts of a preparation (its meeting, portfolio, opening, ...) are
columns of `preparations` named `<part>_<field>` (`meeting_date`). Every list is a child table
with a `position` and a foreign key to its preparation (ON DELETE CASCADE).

The real DDL of a file is frozen in `schema_v1.py` plus `migrations.py`; a test keeps these
models and that schema in step.
"""

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

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
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.procedures import Context, Procedure
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
    AwardMethod,
    Context,
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

# Columns that come before (id) and after (bookkeeping) the domain fields in every table.
_FIRST, _LAST = -10, 10


class Base(DeclarativeBase):
    """Declarative base: every Python type maps to one of our exact, checked column types."""

    type_annotation_map: dict[Any, Any] = {
        str: StrText(),
        int: IntNumber(),
        bool: Flag(),
        Decimal: DecimalText(),
        dt.date: DateText(),
        dt.time: TimeText(),
        dt.datetime: UtcDateTime(),
        **{enum: EnumText(enum) for enum in ENUMS},
    }


class RecordColumns:
    """The UUID and the change bookkeeping every record carries."""

    id: Mapped[str] = mapped_column(primary_key=True, sort_order=_FIRST)
    created_at: Mapped[dt.datetime] = mapped_column(sort_order=_LAST)
    updated_at: Mapped[dt.datetime] = mapped_column(sort_order=_LAST)
    updated_by: Mapped[str] = mapped_column(sort_order=_LAST)
    # Which edits each field has seen, for merging copies (JSON, see `versions.py`).
    versions: Mapped[str] = mapped_column(sort_order=_LAST)


class ChildColumns(RecordColumns):
    """An item of one of a preparation's lists: its preparation and its place in the list."""

    @declared_attr
    def preparation_id(cls) -> Mapped[str]:  # noqa: N805 - SQLAlchemy passes the class
        return mapped_column(
            ForeignKey("preparations.id", ondelete="CASCADE"), sort_order=_FIRST + 1
        )

    position: Mapped[int] = mapped_column(sort_order=_FIRST + 2)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index]:  # noqa: N805
        name = cls.__tablename__  # type: ignore[attr-defined]
        return (Index(f"ix_{name}_preparation", "preparation_id", "position"),)


class PreparationRow(RecordColumns, Base):
    """A preparation's own fields and those of its 1:1 parts (`Preparation`)."""

    __tablename__ = "preparations"

    title: Mapped[str]
    counterparty: Mapped[str]
    organisation: Mapped[str]
    internal_client: Mapped[str]
    context: Mapped[Context]
    procedure: Mapped[Procedure | None]
    contract_value: Mapped[Decimal | None]
    contract_months: Mapped[int | None]
    profile_id: Mapped[str | None]  # a soft link: the profile may be missing from this file

    meeting_date: Mapped[dt.date | None]
    meeting_start: Mapped[dt.time | None]
    meeting_end: Mapped[dt.time | None]
    meeting_place: Mapped[str]

    portfolio_kraljic: Mapped[Kraljic | None]
    portfolio_supplier_view: Mapped[SupplierView | None]
    portfolio_note: Mapped[str]

    opportunity_conversation_date: Mapped[dt.date | None]
    opportunity_conversation_with: Mapped[str]
    opportunity_lead: Mapped[str]
    opportunity_notes: Mapped[str]

    capacity_long_term: Mapped[str]

    motivation_impact: Mapped[str]
    motivation_professionalism: Mapped[str]
    motivation_respect: Mapped[str]
    motivation_fear: Mapped[str]
    motivation_reframe: Mapped[str]

    opening_come_to_do: Mapped[str]
    opening_come_to_get: Mapped[str]

    relationship_now: Mapped[str]
    relationship_wanted: Mapped[str]

    mandate_lead: Mapped[str]
    mandate_decides: Mapped[str]
    mandate_on_the_spot: Mapped[str]
    mandate_approval: Mapped[str]
    mandate_conduct: Mapped[str]

    reflection_held_on: Mapped[dt.date | None]
    reflection_went_well: Mapped[str]
    reflection_went_badly: Mapped[str]
    reflection_agreed: Mapped[str]
    reflection_lesson: Mapped[str]
    reflection_train_next: Mapped[LearningCondition | None]

    award_method: Mapped[AwardMethod]
    award_price_points: Mapped[Decimal | None]
    award_formula: Mapped[PriceFormula]
    award_reference_price: Mapped[Decimal | None]

    deleted_at: Mapped[dt.datetime | None] = mapped_column(sort_order=_LAST + 1)
    # Derived on every save, so the list reads them instead of loading whole preparations:
    # `completeness.progress` (0-100) and `search.search_text` (last: it is the longest).
    progress: Mapped[int] = mapped_column(sort_order=_LAST + 2)
    search_text: Mapped[str] = mapped_column(sort_order=_LAST + 3)


class ProfileRow(RecordColumns, Base):
    """One person's purchasing pitch (`PitchProfile`)."""

    __tablename__ = "profiles"

    person: Mapped[str]
    norms_values: Mapped[str]
    principles: Mapped[str]
    drivers: Mapped[str]
    mission: Mapped[str]
    pitch: Mapped[str]
    check_durable: Mapped[str]
    check_considered: Mapped[str]
    check_systemic: Mapped[str]
    check_forward_looking: Mapped[str]


# --- the preparation's lists, in the order the domain declares them ---------------------------


class ParticipantRow(ChildColumns, Base):
    __tablename__ = "participants"
    side: Mapped[Side]
    name: Mapped[str]
    role: Mapped[str]


class ExplicitItemRow(ChildColumns, Base):
    __tablename__ = "explicit_items"
    party: Mapped[Party]
    kind: Mapped[ExplicitKind]
    text: Mapped[str]


class AgendaItemRow(ChildColumns, Base):
    __tablename__ = "agenda_items"
    topic: Mapped[str]
    minutes: Mapped[int | None]
    lead: Mapped[str]


class FieldEntryRow(ChildColumns, Base):
    __tablename__ = "field_entries"
    kind: Mapped[FieldKind]
    name: Mapped[str]
    note: Mapped[str]


class CostLineRow(ChildColumns, Base):
    __tablename__ = "cost_lines"
    component: Mapped[str]
    share_percent: Mapped[Decimal | None]
    amount: Mapped[Decimal | None]
    note: Mapped[str]


class PolicyGoalRow(ChildColumns, Base):
    __tablename__ = "policy_goals"
    text: Mapped[str]


class ToDoRow(ChildColumns, Base):
    __tablename__ = "todos"
    kind: Mapped[ToDoKind]
    text: Mapped[str]
    done: Mapped[bool]


class AlternativeRow(ChildColumns, Base):
    __tablename__ = "alternatives"
    side: Mapped[Side]
    description: Mapped[str]
    improve: Mapped[str]


class CriterionRow(ChildColumns, Base):
    __tablename__ = "criteria"
    criterion: Mapped[str]
    source: Mapped[str]


class TopicRow(ChildColumns, Base):
    __tablename__ = "topics"
    name: Mapped[str]
    priority: Mapped[Priority]
    hope: Mapped[str]
    enough: Mapped[str]
    if_you: Mapped[str]
    then_we: Mapped[str]


class InterestRow(ChildColumns, Base):
    __tablename__ = "interests"
    party: Mapped[Party]
    what: Mapped[str]
    why: Mapped[str]
    priority: Mapped[Priority]


class UncertaintyRow(ChildColumns, Base):
    __tablename__ = "uncertainties"
    what: Mapped[str]
    whose: Mapped[Party]
    how_to_name: Mapped[str]


class JointOptionRow(ChildColumns, Base):
    __tablename__ = "joint_options"
    description: Mapped[str]
    value_for_us: Mapped[str]
    value_for_them: Mapped[str]


class QuestionRow(ChildColumns, Base):
    __tablename__ = "questions"
    text: Mapped[str]


class ShareItemRow(ChildColumns, Base):
    __tablename__ = "share_items"
    text: Mapped[str]


class TeamMemberRow(ChildColumns, Base):
    __tablename__ = "team_members"
    name: Mapped[str]
    role: Mapped[str]
    mandate: Mapped[str]


class PatternCheckRow(ChildColumns, Base):
    __tablename__ = "pattern_checks"
    pattern: Mapped[Pattern]
    risk: Mapped[bool | None]
    why: Mapped[str]
    instead: Mapped[str]


class PrincipleActionRow(ChildColumns, Base):
    __tablename__ = "principle_actions"
    principle: Mapped[Principle]
    action: Mapped[str]


class PressureAnswerRow(ChildColumns, Base):
    __tablename__ = "pressure_answers"
    question: Mapped[PressureQuestion]
    answer: Mapped[str]


class RedLineRow(ChildColumns, Base):
    __tablename__ = "red_lines"
    text: Mapped[str]


class WishRow(ChildColumns, Base):
    __tablename__ = "wishes"
    description: Mapped[str]
    customer_value: Mapped[str]
    organisational_development: Mapped[str]
    process_quality: Mapped[str]
    cost_to_score: Mapped[Decimal | None]
    points: Mapped[int | None]
    euro_per_point: Mapped[Decimal | None]
    carried_over: Mapped[bool]
    worth_it: Mapped[WorthIt | None]
    enough: Mapped[str]
    aspiration: Mapped[str]


class AwardCriterionRow(ChildColumns, Base):
    __tablename__ = "award_criteria"
    name: Mapped[str]
    points: Mapped[Decimal | None]
    euro_value: Mapped[Decimal | None]
    wish_id: Mapped[str | None]  # a soft link to one of the preparation's wishes


class SampleTenderRow(ChildColumns, Base):
    __tablename__ = "sample_tenders"
    name: Mapped[str]
    price: Mapped[Decimal | None]


class TenderScoreRow(ChildColumns, Base):
    __tablename__ = "tender_scores"
    tender_id: Mapped[str]  # soft links: a score of a removed tender or criterion is ignored
    criterion_id: Mapped[str]
    percent: Mapped[Decimal | None]


class TopicOutcomeRow(ChildColumns, Base):
    __tablename__ = "topic_outcomes"
    topic: Mapped[str]
    aimed: Mapped[str]
    agreed: Mapped[str]
    topic_id: Mapped[str | None]  # a soft link to one of the preparation's topics


class PrincipleReviewRow(ChildColumns, Base):
    __tablename__ = "principle_reviews"
    principle: Mapped[Principle]
    done: Mapped[bool | None]
    note: Mapped[str]


class TombstoneRow(Base):
    """A removed list item, remembered so that merging a copy that still has it removes it too.

    Preparations are never removed (`deleted_at` marks them); their list items are.
    """

    __tablename__ = "tombstones"
    id: Mapped[str] = mapped_column(primary_key=True)  # the removed record's id
    table_name: Mapped[str]
    versions: Mapped[str]  # every field's versions at removal, plus the removal itself
    deleted_at: Mapped[dt.datetime]
    deleted_by: Mapped[str]
