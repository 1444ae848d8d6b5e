"""The shape of the JSON document, read off the domain dataclasses by their fields and types.

Both the schema generator and the converter work from this one description, so the file format
follows the dataclasses mechanically: every field is a key of the same name, in the same order
(except the few in `NOT_IN_JSON`).
"""

import dataclasses
import datetime as dt
import functools
import types
import typing
from collections.abc import Iterator, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any

from nlinkoop.domain.award import TenderScore
from nlinkoop.domain.conditions import CostLine
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation

FORMAT = "nlinkoop"
FORMAT_VERSION = 3
SCHEMA_FILE = "schema/workbook.schema.json"  # under resources/, see resource_path()
# The frozen schema of each older format version this build still imports.
OLDER_SCHEMA_FILES = {
    1: "schema/workbook-1.schema.json",
    2: "schema/workbook-2.schema.json",
}

COUNT_MAX = 2**31 - 1  # whole numbers are minutes, months and points: this is plenty

ID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"
TIMESTAMP_PATTERN = (
    r"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]\.[0-9]{3}Z$"
)
AMOUNT_PATTERN = r"^(0|[1-9][0-9]*)(\.[0-9]+)?$"
SIGNED_AMOUNT_PATTERN = r"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$"
PERCENT_PATTERN = r"^(100(\.0+)?|[1-9]?[0-9](\.[0-9]+)?)$"  # an amount from 0 to 100

# The top-level objects and the keys they cannot do without (list items always need their id).
ROOT_REQUIRED: dict[type, tuple[str, ...]] = {
    Preparation: ("id", "title", "updated_at"),
    PitchProfile: ("id", "person", "updated_at"),
    ProcurementPolicy: ("updated_at",),
}

# Fields that are no key of the document: the policy's id is the same in every workbook.
NOT_IN_JSON: frozenset[tuple[type, str]] = frozenset({(ProcurementPolicy, "id")})

# Amounts are 0 or more, except in the cost structure, where a line can be a rebate.
SIGNED_AMOUNTS: frozenset[tuple[type, str]] = frozenset(
    {(CostLine, "share_percent"), (CostLine, "amount")}
)
# A score is a percentage of its criterion's maximum: 0 to 100, never more.
PERCENTS: frozenset[tuple[type, str]] = frozenset({(TenderScore, "percent")})


class Tag(StrEnum):
    """What kind of JSON value a field holds; the names are the schema's `$defs` for scalars."""

    TEXT = "text"
    BOOLEAN = "boolean"
    ID = "id"
    COUNT = "count"
    AMOUNT = "amount"
    SIGNED_AMOUNT = "signed_amount"
    PERCENT = "percent"  # an amount from 0 to 100, described in place (no `$defs` entry)
    DATE = "date"
    TIME = "time"
    TIMESTAMP = "timestamp"
    ENUM = "enum"
    OBJECT = "object"


@dataclasses.dataclass(frozen=True)
class Kind:
    """The JSON value behind one field: a tag, the Python type, and whether null or a list."""

    tag: Tag
    type: type
    nullable: bool = False
    many: bool = False

    @property
    def item(self) -> "Kind":
        """The kind of one element of a list."""
        return dataclasses.replace(self, many=False, nullable=False)


def members(enum: type) -> list[StrEnum]:
    """The members of a StrEnum type held in `Kind.type`, in definition order."""
    return list(typing.cast(type[StrEnum], enum))


@dataclasses.dataclass(frozen=True)
class FieldShape:
    """One dataclass field as a key of the document."""

    name: str
    kind: Kind
    required: bool
    has_default: bool


# The document itself: format and format_version are checked before anything else.
ROOT_KINDS: dict[str, Kind] = {
    "preparations": Kind(Tag.OBJECT, Preparation, many=True),
    "profiles": Kind(Tag.OBJECT, PitchProfile, many=True),
    "policy": Kind(Tag.OBJECT, ProcurementPolicy, nullable=True),  # since format 2
}
ROOT_KEYS = ("format", "format_version", *ROOT_KINDS)


def _kind(owner: type, name: str, hint: Any) -> Kind:
    nullable = many = False
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) != 1 or len(typing.get_args(hint)) != 2:
            raise TypeError(f"{owner.__name__}.{name}: only `X | None` unions are supported")
        nullable, hint = True, args[0]
    if typing.get_origin(hint) is list:
        if nullable:
            raise TypeError(f"{owner.__name__}.{name}: a list cannot be None")
        many, hint = True, typing.get_args(hint)[0]
    if not isinstance(hint, type):
        raise TypeError(f"{owner.__name__}.{name}: unsupported type {hint!r}")
    return Kind(_tag(owner, name, hint), hint, nullable, many)


def _tag(owner: type, name: str, cls: type) -> Tag:
    # Order matters: bool is an int, datetime is a date, a StrEnum is a str.
    if issubclass(cls, StrEnum):
        return Tag.ENUM
    if cls is str:
        return Tag.ID if name == "id" or name.endswith("_id") else Tag.TEXT
    if cls is bool:
        return Tag.BOOLEAN
    if cls is int:
        return Tag.COUNT
    if cls is Decimal:
        if (owner, name) in PERCENTS:
            return Tag.PERCENT
        return Tag.SIGNED_AMOUNT if (owner, name) in SIGNED_AMOUNTS else Tag.AMOUNT
    if cls is dt.datetime:
        return Tag.TIMESTAMP
    if cls is dt.date:
        return Tag.DATE
    if cls is dt.time:
        return Tag.TIME
    if dataclasses.is_dataclass(cls):
        return Tag.OBJECT
    raise TypeError(f"{owner.__name__}.{name}: unsupported type {cls.__name__}")


@functools.cache
def fields_of(cls: type) -> tuple[FieldShape, ...]:
    """The keys of one dataclass's JSON object, in declaration order.

    Raises:
        TypeError: a field has a type the format has no mapping for (a new kind of field in the
            domain needs a rule here first).
    """
    hints = typing.get_type_hints(cls)
    shapes = []
    root_required = ROOT_REQUIRED.get(cls)
    for f in dataclasses.fields(cls):
        if (cls, f.name) in NOT_IN_JSON:
            continue
        has_default = not (
            f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        )
        if root_required is not None:
            required = f.name in root_required
        else:
            required = not has_default or f.name == "id"
        shapes.append(FieldShape(f.name, _kind(cls, f.name, hints[f.name]), required, has_default))
    return tuple(shapes)


@functools.cache
def field_map(cls: type) -> dict[str, FieldShape]:
    """The fields of `cls` by name."""
    return {f.name: f for f in fields_of(cls)}


@functools.cache
def list_key(item_cls: type) -> FieldShape | None:
    """The enum field that keys a checklist-type list, if `item_cls` is such an item.

    An item with a required enum field (a `PatternCheck` has its `pattern`) belongs to a list
    with exactly one entry per enum value, in enum order.
    """
    return next(
        (f for f in fields_of(item_cls) if f.kind.tag is Tag.ENUM and not f.has_default), None
    )


def reachable(
    roots: Sequence[type] = (Preparation, PitchProfile, ProcurementPolicy),
) -> Iterator[type]:
    """Every dataclass and enum the document can hold, depth first in field order."""
    seen: set[type] = set()

    def visit(cls: type) -> Iterator[type]:
        if cls in seen or not (dataclasses.is_dataclass(cls) or issubclass(cls, StrEnum)):
            return
        seen.add(cls)
        yield cls
        if dataclasses.is_dataclass(cls):
            for f in fields_of(cls):
                yield from visit(f.kind.type)

    for root in roots:
        yield from visit(root)


def kind_at(location: Sequence[str | int]) -> Kind | None:
    """The kind of value expected at a location, or None if the format has nothing there."""
    kind: Kind | None = None
    for depth, part in enumerate(location):
        if depth == 0:
            kind = ROOT_KINDS.get(part) if isinstance(part, str) else None
        elif kind is None:
            return None
        elif kind.many:
            kind = kind.item if isinstance(part, int) else None
        elif kind.tag is Tag.OBJECT and isinstance(part, str):
            shape = field_map(kind.type).get(part)
            kind = shape.kind if shape else None
        else:
            return None
    return kind


def position_of(location: Sequence[str | int]) -> tuple[int, ...]:
    """A sort key that puts locations in document order (fields in declaration order)."""
    out: list[int] = []
    kind: Kind | None = None
    for depth, part in enumerate(location):
        if isinstance(part, int):
            out.append(part)
            kind = kind.item if kind else None
            continue
        if depth == 0:
            names: Sequence[str] = ROOT_KEYS
            kind = ROOT_KINDS.get(part)
        elif kind is not None and kind.tag is Tag.OBJECT and not kind.many:
            names = [f.name for f in fields_of(kind.type)]
            shape = field_map(kind.type).get(part)
            kind = shape.kind if shape else None
        else:
            names, kind = (), None
        out.append(names.index(part) if part in names else len(names))
    return tuple(out)
