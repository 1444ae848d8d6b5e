"""Copy values between domain objects and table rows, field by field (the names are the same).

Three tables describe the whole mapping, so a field added to the domain needs only a column:

- `LISTS`: every list in a `Preparation`, where it lives and which table holds its items;
- `PARTS`: the 1:1 parts of a preparation, stored as `<part>_<field>` columns of `preparations`;
- the remaining fields of `Preparation`, `PitchProfile` and `ProcurementPolicy` are columns of
  the same name.
"""

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from nlinkoop.domain.award import Award, AwardCriterion, SampleTender, TenderScore
from nlinkoop.domain.checklist import (
    Checklist,
    Pattern,
    PatternCheck,
    PressureAnswer,
    PressureQuestion,
    Principle,
    PrincipleAction,
)
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import (
    AgendaItem,
    Alternative,
    Capacity,
    CostLine,
    Criterion,
    ExplicitItem,
    FieldEntry,
    Motivation,
    Opportunity,
    ToDo,
    Topic,
)
from nlinkoop.domain.interests import Interest, JointOption, Uncertainty
from nlinkoop.domain.meeting_log import LogEntry, MeetingRound
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import (
    Communication,
    Mandate,
    Meeting,
    Opening,
    Participant,
    Portfolio,
    Preparation,
    Relationship,
    TeamMember,
)
from nlinkoop.domain.reflection import PrincipleReview, Reflection, TopicOutcome
from nlinkoop.domain.wishes import Wish
from nlinkoop.store import models as m

Values = dict[str, Any]
Columns = Mapping[Any, Any]  # one row by column name (what SQLAlchemy's `.mappings()` gives)


@dataclass(frozen=True)
class ListSpec:
    """One list of a preparation and the table that holds its items.

    Attributes:
        path: the attributes that lead to the list, e.g. `("capacity", "topics")`.
        row: the table's row class.
        item: the domain class of one item.
        key: for checklist-type lists, the enum field that has one entry per member.
        members: the enum of `key`, whose order the list always follows.
        ordered: False for a list whose order is not the user's (the log reads by time): a
            merge then takes the place of an item that two removals moved differently
            without asking.
    """

    path: tuple[str, ...]
    row: type[m.Base]
    item: type[Any]
    key: str = ""
    members: type[StrEnum] | None = None
    ordered: bool = True

    @functools.cached_property
    def fields(self) -> tuple[str, ...]:
        """The item's field names, which are also the table's content columns (id included)."""
        return field_names(self.item)


LISTS: tuple[ListSpec, ...] = (
    ListSpec(("participants",), m.ParticipantRow, Participant),
    ListSpec(("opportunity", "explicit"), m.ExplicitItemRow, ExplicitItem),
    ListSpec(("opportunity", "agenda"), m.AgendaItemRow, AgendaItem),
    ListSpec(("capacity", "playing_field"), m.FieldEntryRow, FieldEntry),
    ListSpec(("capacity", "cost_lines"), m.CostLineRow, CostLine),
    ListSpec(("capacity", "policy_goals"), m.PolicyGoalRow, TextItem),
    ListSpec(("capacity", "todos"), m.ToDoRow, ToDo),
    ListSpec(("capacity", "alternatives"), m.AlternativeRow, Alternative),
    ListSpec(("capacity", "criteria"), m.CriterionRow, Criterion),
    ListSpec(("capacity", "topics"), m.TopicRow, Topic),
    ListSpec(("interests",), m.InterestRow, Interest),
    ListSpec(("uncertainties",), m.UncertaintyRow, Uncertainty),
    ListSpec(("joint_options",), m.JointOptionRow, JointOption),
    ListSpec(("communication", "questions"), m.QuestionRow, TextItem),
    ListSpec(("communication", "share"), m.ShareItemRow, TextItem),
    ListSpec(("mandate", "team"), m.TeamMemberRow, TeamMember),
    ListSpec(("checklist", "patterns"), m.PatternCheckRow, PatternCheck, "pattern", Pattern),
    ListSpec(
        ("checklist", "principles"), m.PrincipleActionRow, PrincipleAction, "principle", Principle
    ),
    ListSpec(
        ("checklist", "pressure"), m.PressureAnswerRow, PressureAnswer, "question", PressureQuestion
    ),
    ListSpec(("checklist", "red_lines"), m.RedLineRow, TextItem),
    ListSpec(("wishes",), m.WishRow, Wish),
    ListSpec(("award", "criteria"), m.AwardCriterionRow, AwardCriterion),
    ListSpec(("award", "tenders"), m.SampleTenderRow, SampleTender),
    ListSpec(("award", "scores"), m.TenderScoreRow, TenderScore),
    ListSpec(("reflection", "outcomes"), m.TopicOutcomeRow, TopicOutcome),
    ListSpec(
        ("reflection", "reviews"), m.PrincipleReviewRow, PrincipleReview, "principle", Principle
    ),
    ListSpec(("meetings",), m.MeetingRoundRow, MeetingRound),
    ListSpec(("log",), m.LogEntryRow, LogEntry, ordered=False),
)

PARTS: dict[str, type[Any]] = {
    "meeting": Meeting,
    "portfolio": Portfolio,
    "opportunity": Opportunity,
    "capacity": Capacity,
    "motivation": Motivation,
    "opening": Opening,
    "communication": Communication,
    "relationship": Relationship,
    "mandate": Mandate,
    "checklist": Checklist,
    "reflection": Reflection,
    "award": Award,
}

_LIST_PATHS = {spec.path for spec in LISTS}


def field_names(cls: type[Any]) -> tuple[str, ...]:
    """The names of a dataclass's fields, in declaration order."""
    return tuple(f.name for f in dataclasses.fields(cls))


def _scalar_fields(cls: type[Any], *prefix: str) -> tuple[str, ...]:
    """Fields of `cls` that are neither a part nor a list (at `prefix` in a preparation)."""
    skip = {path[-1] for path in _LIST_PATHS if path[:-1] == prefix}
    if not prefix:
        skip |= PARTS.keys()
    return tuple(name for name in field_names(cls) if name not in skip)


OWN_FIELDS = _scalar_fields(Preparation)
PART_FIELDS = {part: _scalar_fields(cls, part) for part, cls in PARTS.items()}


# The columns of `preparations` that hold a preparation's values (all but `deleted_at`).
PREPARATION_COLUMNS = OWN_FIELDS + tuple(
    f"{part}_{name}" for part, names in PART_FIELDS.items() for name in names
)


def preparation_values(prep: Preparation) -> Values:
    """The values of the `preparations` row for `prep`, by column name."""
    values = {name: getattr(prep, name) for name in OWN_FIELDS}
    for part, names in PART_FIELDS.items():
        obj = getattr(prep, part)
        values.update({f"{part}_{name}": getattr(obj, name) for name in names})
    return values


def get_list(prep: Preparation, spec: ListSpec) -> list[Any]:
    """The list `spec` describes, inside `prep`."""
    owner: Any = prep
    for name in spec.path:
        owner = getattr(owner, name)
    items: list[Any] = owner
    return items


def item_values(spec: ListSpec, item: Any) -> Values:
    """The content columns of one list item (its fields, id included)."""
    return {name: getattr(item, name) for name in spec.fields}


def to_preparation(columns: Columns, children: Mapping[ListSpec, Sequence[Columns]]) -> Preparation:
    """Build a preparation from its row and its child rows (each list already in order).

    Args:
        columns: the `preparations` row, by column name.
        children: per list, the content columns of its rows in `position` order.
    """
    parts = {
        part: cls(**{name: columns[f"{part}_{name}"] for name in PART_FIELDS[part]})
        for part, cls in PARTS.items()
    }
    prep = Preparation(**{name: columns[name] for name in OWN_FIELDS}, **parts)
    for spec in LISTS:
        items = [spec.item(**{n: row[n] for n in spec.fields}) for row in children.get(spec, ())]
        if spec.members is not None:
            items = complete_checklist(spec, items)
        owner: Any = prep
        for name in spec.path[:-1]:
            owner = getattr(owner, name)
        setattr(owner, spec.path[-1], items)
    return prep


def complete_checklist(spec: ListSpec, items: list[Any]) -> list[Any]:
    """One entry per member of the list's enum, in enum order; the first stored entry wins."""
    assert spec.members is not None
    found: dict[StrEnum, Any] = {}
    for item in items:
        found.setdefault(getattr(item, spec.key), item)
    return [
        found[member] if member in found else spec.item(**{spec.key: member})
        for member in spec.members
    ]


PROFILE_FIELDS = field_names(PitchProfile)


def profile_values(profile: PitchProfile) -> Values:
    """The `profiles` row for a pitch profile, by column name."""
    return {name: getattr(profile, name) for name in PROFILE_FIELDS}


def to_profile(columns: Columns) -> PitchProfile:
    """A pitch profile from its row."""
    return PitchProfile(**{name: columns[name] for name in PROFILE_FIELDS})


POLICY_FIELDS = field_names(ProcurementPolicy)


def policy_values(policy: ProcurementPolicy) -> Values:
    """The `policy` row for the workbook's procurement policy, by column name."""
    return {name: getattr(policy, name) for name in POLICY_FIELDS}


def to_policy(columns: Columns) -> ProcurementPolicy:
    """The procurement policy from its row."""
    return ProcurementPolicy(**{name: columns[name] for name in POLICY_FIELDS})
