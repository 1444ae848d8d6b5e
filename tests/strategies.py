"""Hypothesis strategies for arbitrary but valid preparations, pitch profiles and policies.

Every dataclass field gets a value, found by walking the fields and their types, so a field
added to the domain is covered without touching this module. "Valid" means what the JSON format
(docs/file-format.md) and the workbook accept:

- text is any Unicode without lone surrogates (NUL, right-to-left and astral characters too);
- ids are lowercase UUIDs, unique within what one strategy call draws;
- amounts have two decimals and are 0 or more, except in cost lines (a rebate may be negative);
  a sample tender's score is a percentage from 0 to 100;
- whole numbers are 0..2**31-1; times are to the minute; timestamps are UTC to the millisecond;
- lists have 0 to 3 items, except checklist-type lists: exactly one entry per key, in order;
- `profile_id` is None or one of the `profile_ids` given; `topic_id` is None or the id of one
  of the preparation's own capacity topics; a log entry's `round_id` is the id of one of the
  preparation's meeting rounds (if it has any), a reflection's is None or one of them.

Use `workbooks()` when a test needs several objects at once: it keeps ids unique across all of
them, links preparations to the drawn profiles and may add a procurement policy. Objects drawn
one by one from `preparations()` and `profiles()` may share an id (hypothesis likes to repeat
values).
"""

import dataclasses
import datetime as dt
import functools
import typing
import uuid
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any

from hypothesis import strategies as st

from nlinkoop.domain.award import TenderScore
from nlinkoop.domain.conditions import CostLine
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.domain.preparation import Preparation

COUNT_MAX = 2**31 - 1
AMOUNT_MAX = Decimal(10**12)
SIGNED = {(CostLine, "share_percent"), (CostLine, "amount")}
PERCENTS = {(TenderScore, "percent")}

texts = st.text(st.characters(codec="utf-8"))  # utf-8 leaves out lone surrogates
counts = st.integers(min_value=0, max_value=COUNT_MAX)
dates = st.dates()
times = st.times().map(lambda t: t.replace(second=0, microsecond=0, fold=0))
ids = st.uuids().map(str)
timestamps = st.datetimes(timezones=st.just(dt.UTC)).map(
    lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000, fold=0)
)


def amounts(*, signed: bool = False, most: Decimal = AMOUNT_MAX) -> st.SearchStrategy[Decimal]:
    """Decimals with exactly two places, like "1250.50", up to `most`."""
    return st.decimals(
        min_value=-most if signed else Decimal(0),
        max_value=most,
        places=2,
        allow_nan=False,
        allow_infinity=False,
    ).map(lambda d: d.quantize(Decimal("0.01")))


def _enum_key(item_cls: type) -> tuple[str, type[StrEnum]] | None:
    """The required enum field of a checklist-type item (`PatternCheck.pattern`), if any."""
    hints = typing.get_type_hints(item_cls)
    for f in dataclasses.fields(item_cls):
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        hint = hints[f.name]
        if no_default and isinstance(hint, type) and issubclass(hint, StrEnum):
            return f.name, hint
    return None


def _scalar(owner: type, name: str, hint: type) -> st.SearchStrategy[Any]:
    if issubclass(hint, StrEnum):
        return st.sampled_from(list(hint))
    if hint is str:
        if name == "id":
            return ids
        if name.endswith("_id"):
            return ids  # a required reference; `_link` points it at a record that exists
        return texts
    if hint is bool:
        return st.booleans()
    if hint is int:
        return counts
    if hint is Decimal:
        if (owner, name) in PERCENTS:
            return amounts(most=Decimal(100))
        return amounts(signed=(owner, name) in SIGNED)
    if hint is dt.datetime:
        return timestamps
    if hint is dt.date:
        return dates
    if hint is dt.time:
        return times
    if dataclasses.is_dataclass(hint):
        return _instances(hint)
    raise TypeError(f"no strategy for {owner.__name__}.{name}: {hint!r}")


def _field(owner: type, name: str, hint: Any) -> st.SearchStrategy[Any]:
    args = typing.get_args(hint)
    if type(None) in args:
        if name.endswith("_id"):
            return st.none()  # optional references are filled in once their targets exist
        (inner,) = (a for a in args if a is not type(None))
        return st.none() | _field(owner, name, inner)
    if typing.get_origin(hint) is list:
        (item_cls,) = args
        key = _enum_key(item_cls)
        if key is None:
            return st.lists(_scalar(owner, name, item_cls), max_size=3)
        key_name, enum = key
        return st.tuples(*(_instances(item_cls, key_name, m) for m in enum)).map(list)
    return _scalar(owner, name, hint)


@functools.cache
def _instances(cls: type, key: str = "", member: StrEnum | None = None) -> st.SearchStrategy[Any]:
    """Instances of a dataclass with every field drawn; `key` is fixed to `member` if given."""
    hints = typing.get_type_hints(cls)
    kwargs = {
        f.name: st.just(member) if f.name == key else _field(cls, f.name, hints[f.name])
        for f in dataclasses.fields(cls)
    }
    return st.builds(cls, **kwargs)


def _records(obj: object) -> list[Any]:
    """`obj` and every dataclass inside it, depth first."""
    found = [obj]
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        for item in value if isinstance(value, list) else [value]:
            if dataclasses.is_dataclass(item):
                found.extend(_records(item))
    return found


def _make_ids_unique(objects: Sequence[object]) -> None:
    """Give a fresh id to every record whose id an earlier record already has."""
    used: set[str] = set()
    for obj in objects:
        for record in _records(obj):
            if not hasattr(record, "id"):
                continue
            value = record.id
            while value in used:  # rare: hypothesis likes to repeat values, and to shrink to 0
                value = str(uuid.UUID(int=(uuid.UUID(value).int + 1) % 2**128))
            record.id = value
            used.add(value)


@st.composite
def _link(draw: st.DrawFn, prep: Preparation, profile_ids: Sequence[str]) -> Preparation:
    """Point `profile_id`, `topic_id` and `round_id` at records that exist (or at nothing)."""
    if profile_ids:
        prep.profile_id = draw(st.none() | st.sampled_from(list(profile_ids)))
    topic_ids = [t.id for t in prep.capacity.topics]
    for outcome in prep.reflection.outcomes:
        if topic_ids:
            outcome.topic_id = draw(st.none() | st.sampled_from(topic_ids))
    round_ids = [meeting.id for meeting in prep.meetings]
    for entry in prep.log:
        if round_ids:  # else the entry keeps an id that points at nothing
            entry.round_id = draw(st.sampled_from(round_ids))
        if topic_ids:
            entry.topic_id = draw(st.none() | st.sampled_from(topic_ids))
    if round_ids:
        prep.reflection.round_id = draw(st.none() | st.sampled_from(round_ids))
    award = prep.award
    wish_ids = [w.id for w in prep.wishes]
    for criterion in award.criteria:
        if wish_ids:
            criterion.wish_id = draw(st.none() | st.sampled_from(wish_ids))
    tender_ids = [t.id for t in award.tenders]
    criterion_ids = [c.id for c in award.criteria]
    for score in award.scores:
        if tender_ids and criterion_ids:  # else the score keeps ids that point at nothing
            score.tender_id = draw(st.sampled_from(tender_ids))
            score.criterion_id = draw(st.sampled_from(criterion_ids))
    return prep


@st.composite
def preparations(draw: st.DrawFn, profile_ids: Sequence[str] = ()) -> Preparation:
    """One arbitrary preparation; `profile_id` is None or drawn from `profile_ids`."""
    prep: Preparation = draw(_instances(Preparation))
    _make_ids_unique([prep])
    return draw(_link(prep, profile_ids))


@st.composite
def profiles(draw: st.DrawFn) -> PitchProfile:
    """One arbitrary pitch profile."""
    profile: PitchProfile = draw(_instances(PitchProfile))
    return profile


@st.composite
def policies(draw: st.DrawFn) -> ProcurementPolicy:
    """One arbitrary procurement policy (its id is always `POLICY_ID`)."""
    policy: ProcurementPolicy = draw(_instances(ProcurementPolicy))
    policy.id = POLICY_ID
    return policy


Workbook = tuple[list[Preparation], list[PitchProfile], ProcurementPolicy | None]


@st.composite
def workbooks(draw: st.DrawFn) -> Workbook:
    """0-3 preparations and 0-3 profiles with ids unique across all of them, and a policy or None.

    A preparation's `profile_id` is None or the id of one of the drawn profiles. The three
    are what `Workbook.save_all` takes and what `interchange.loads` gives.
    """
    drawn_profiles: list[PitchProfile] = draw(st.lists(_instances(PitchProfile), max_size=3))
    drawn_preparations: list[Preparation] = draw(st.lists(_instances(Preparation), max_size=3))
    _make_ids_unique([*drawn_profiles, *drawn_preparations])
    profile_ids = [p.id for p in drawn_profiles]
    linked = [draw(_link(p, profile_ids)) for p in drawn_preparations]
    return linked, drawn_profiles, draw(st.none() | policies())


# A way to merge copies of one workbook into one file: a copy's name, or (into, source): the
# result of `source` merged into the result of `into`.
MergeOrder = str | tuple["MergeOrder", "MergeOrder"]


@st.composite
def merge_orders(draw: st.DrawFn, names: Sequence[str]) -> MergeOrder:
    """Any order of merging the copies `names` into one, each copy used once.

    For three copies: which copy receives which first, and whether two of them are merged
    with each other before the result meets the third (`("a", ("b", "c"))`) or the third is
    merged into the result of the first two (`(("a", "b"), "c")`).
    """
    return draw(_merge_tree(tuple(draw(st.permutations(list(names))))))


@st.composite
def _merge_tree(draw: st.DrawFn, names: tuple[str, ...]) -> MergeOrder:
    if len(names) == 1:
        return names[0]
    split = draw(st.integers(1, len(names) - 1))
    return draw(_merge_tree(names[:split])), draw(_merge_tree(names[split:]))
