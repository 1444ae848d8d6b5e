"""Preparations, pitch profiles and the procurement policy to and from the JSON workbook format."""

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple, cast

from nlinkoop.domain.common import utc_text
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange.errors import InterchangeError, PathPart
from nlinkoop.interchange.shape import (
    FORMAT,
    FORMAT_VERSION,
    FieldShape,
    Kind,
    Tag,
    fields_of,
    members,
)
from nlinkoop.interchange.shape import list_key as _list_key
from nlinkoop.interchange.validate import ParsedObject, validate_document

__all__ = ["FORMAT_VERSION", "Contents", "dumps", "from_document", "loads", "to_document"]

Location = tuple[PathPart, ...]


class Contents(NamedTuple):
    """What a JSON workbook file holds; `Workbook.save_all(*contents)` stores it all.

    Attributes:
        preparations: the preparations, in the file's order.
        profiles: the pitch profiles.
        policy: the workbook's procurement policy; None if the file has none (every file of
            format 1, which had no policy).
    """

    preparations: list[Preparation]
    profiles: list[PitchProfile]
    policy: ProcurementPolicy | None = None


def to_document(
    preparations: Sequence[Preparation],
    profiles: Sequence[PitchProfile],
    policy: ProcurementPolicy | None = None,
) -> dict[str, Any]:
    """The JSON document (plain dicts and lists) for these preparations, profiles and policy.

    The document is validated exactly as an import would validate it, so nlinkoop never writes
    a file it cannot read back. Without a policy the document has no `policy` key.

    Raises:
        InterchangeError: an object holds something the format cannot carry (a negative
            contract value, a timestamp without time zone, an id used twice, ...).
    """
    doc: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "preparations": [
            _encode_object(p, Preparation, ("preparations", i)) for i, p in enumerate(preparations)
        ],
        "profiles": [
            _encode_object(p, PitchProfile, ("profiles", i)) for i, p in enumerate(profiles)
        ],
    }
    if policy is not None:
        doc["policy"] = _encode_object(policy, ProcurementPolicy, ("policy",))
    validate_document(doc)
    return doc


def dumps(
    preparations: Sequence[Preparation],
    profiles: Sequence[PitchProfile],
    policy: ProcurementPolicy | None = None,
) -> str:
    """The text of a JSON workbook file: UTF-8 friendly, indented, ending in a newline.

    Raises:
        InterchangeError: as `to_document`.
    """
    document = to_document(preparations, profiles, policy)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def from_document(data: object) -> Contents:
    """Build what a JSON document holds, after validating all of it.

    Every format version up to the current one reads: a key an older format did not have
    takes its default (a format-1 file gives no policy, and preparations without a contract
    kind, authority or options answer). Missing optional keys take the dataclass defaults;
    checklist-type lists come back with exactly one entry per key, in enum order.

    Raises:
        InterchangeError: the document is not a valid nlinkoop file; nothing is built then.
    """
    validate_document(data)
    doc = cast(Mapping[str, Any], data)
    policy = doc.get("policy")
    return Contents(
        [_decode_object(p, Preparation) for p in doc.get("preparations", [])],
        [_decode_object(p, PitchProfile) for p in doc.get("profiles", [])],
        None if policy is None else _decode_object(policy, ProcurementPolicy),
    )


def loads(text: str) -> Contents:
    """Parse and import the text of a JSON workbook file.

    Raises:
        InterchangeError: the text is not JSON (`line 3, column 5: not valid JSON (...)`) or
            not a valid nlinkoop file.
    """
    try:
        data = json.loads(
            text.removeprefix("\ufeff"),  # a byte order mark, as some Windows editors add
            object_pairs_hook=_parsed_object,
            parse_float=Decimal,  # so 1.0 is not mistaken for the whole number 1
            parse_constant=_NotJson,  # NaN and Infinity: the schema will name the place
        )
    except json.JSONDecodeError as error:
        raise InterchangeError(
            "", f"line {error.lineno}, column {error.colno}: not valid JSON ({error.msg})"
        ) from None
    except RecursionError:
        raise InterchangeError("", "not valid JSON (nested too deeply)") from None
    except ValueError:  # Python refuses to read an integer of thousands of digits
        raise InterchangeError("", "not valid JSON (a number is too long)") from None
    return from_document(data)


class _NotJson:
    """A NaN or Infinity literal, which JSON does not allow."""

    def __init__(self, literal: str) -> None:
        self.literal = literal


def _parsed_object(pairs: list[tuple[str, Any]]) -> ParsedObject:
    obj = ParsedObject(pairs)
    if len(obj) != len(pairs):
        counts = Counter(k for k, _ in pairs)
        obj.duplicate_keys = tuple(k for k, n in counts.items() if n > 1)
    return obj


# --- export ----------------------------------------------------------------------------------


def _encode_object(obj: object, cls: type, location: Location) -> dict[str, Any]:
    return {
        f.name: _encode(getattr(obj, f.name), f.kind, (*location, f.name)) for f in fields_of(cls)
    }


def _encode(value: Any, kind: Kind, location: Location) -> Any:
    if value is None:
        return None
    if kind.many:
        return [_encode(v, kind.item, (*location, i)) for i, v in enumerate(value)]
    match kind.tag:
        case Tag.OBJECT:
            return _encode_object(value, kind.type, location)
        case Tag.ENUM if isinstance(value, StrEnum):
            return value.value
        case Tag.AMOUNT | Tag.SIGNED_AMOUNT | Tag.PERCENT if isinstance(value, Decimal):
            return format(abs(value) if value.is_zero() else value, "f")  # no "-0"
        case Tag.DATE if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value.isoformat()
        case Tag.TIME if isinstance(value, dt.time):
            return f"{value.hour:02d}:{value.minute:02d}"
        case Tag.TIMESTAMP if isinstance(value, dt.datetime):
            if value.utcoffset() is None:
                raise InterchangeError(location, "a timestamp without a time zone")
            return utc_text(value)
    return value  # a str, bool or int, or a wrong type that validation will name


# --- import ----------------------------------------------------------------------------------


def _decode_object(obj: Mapping[str, Any], cls: type) -> Any:
    return cls(**{f.name: _decode(obj[f.name], f.kind) for f in fields_of(cls) if f.name in obj})


def _decode(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind.many:
        items = [_decode(v, kind.item) for v in value]
        key = _list_key(kind.type)
        return _complete(items, kind.type, key) if key else items
    match kind.tag:
        case Tag.OBJECT:
            return _decode_object(value, kind.type)
        case Tag.ENUM:
            return kind.type(value)
        case Tag.AMOUNT | Tag.SIGNED_AMOUNT | Tag.PERCENT:
            return Decimal(value)
        case Tag.DATE:
            return dt.date.fromisoformat(value)
        case Tag.TIME:
            return dt.time(int(value[:2]), int(value[3:]))
        case Tag.TIMESTAMP:
            return dt.datetime.fromisoformat(value)  # the trailing Z gives tzinfo=UTC
        case Tag.COUNT:
            return int(value)  # the schema also calls 3.0 a whole number
    return value


def _complete(items: list[Any], item_cls: type, key: FieldShape) -> list[Any]:
    """One entry per enum value in enum order, the missing ones new (duplicates were refused)."""
    by_key = {getattr(item, key.name): item for item in items}
    return [
        by_key[member] if member in by_key else item_cls(**{key.name: member})
        for member in members(key.kind.type)
    ]
