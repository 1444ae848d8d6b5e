"""Check a whole JSON workbook document, and say in one short line what is wrong and where."""

import datetime as dt
import functools
import json
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from jsonschema import Draft202012Validator, ValidationError

from nlinkoop.interchange.errors import InterchangeError, PathPart, format_path
from nlinkoop.interchange.shape import (
    COUNT_MAX,
    FORMAT,
    FORMAT_VERSION,
    OLDER_SCHEMA_FILES,
    ROOT_KINDS,
    SCHEMA_FILE,
    SIGNED_AMOUNT_PATTERN,
    Kind,
    Tag,
    fields_of,
    kind_at,
    list_key,
    members,
    position_of,
)
from nlinkoop.resources import resource_path


class ParsedObject(dict[str, Any]):
    """A JSON object as `loads` reads it, remembering keys that appeared more than once."""

    duplicate_keys: tuple[str, ...] = ()


@functools.cache
def _validator(version: int = FORMAT_VERSION) -> Draft202012Validator:
    """The validator of one format version: the current schema, or an older one kept frozen."""
    name = SCHEMA_FILE if version == FORMAT_VERSION else OLDER_SCHEMA_FILES[version]
    schema = json.loads(resource_path(name).read_text(encoding="utf-8"))
    return Draft202012Validator(
        _inline_refs(schema, schema.get("$defs", {}), ()),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def _inline_refs(node: Any, defs: Mapping[str, Any], within: tuple[str, ...]) -> Any:
    """The schema with each `{"$ref": "#/$defs/X"}` replaced by X itself.

    Validation runs three times faster without reference lookups; a recursive reference (there
    is none today) is left as it is, and `$defs` stays so that it still resolves.
    """
    if isinstance(node, list):
        return [_inline_refs(item, defs, within) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if len(node) == 1 and isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref.removeprefix("#/$defs/")
        if name in defs and name not in within:
            return _inline_refs(defs[name], defs, (*within, name))
    return {key: _inline_refs(value, defs, within) for key, value in node.items()}


def validate_document(data: object) -> int:
    """Check everything about a document before anything is built from it.

    First the header (is it ours, and not from a newer nlinkoop), then the schema of its format
    version (an older document against that version's frozen schema, so a key or a value that
    came later is refused in it), then what a schema cannot say: real calendar dates in
    timestamps, unique ids, one checklist entry per key, no key twice in one object and no
    broken Unicode.

    Returns:
        The document's format version. Every format so far only added keys to the one
        before, so an older document reads as the current format, without the newer keys.

    Raises:
        InterchangeError: for the first problem in document order.
    """
    version = _check_header(data)
    errors = sorted(
        (
            _from_schema_error(leaf)
            for error in _validator(version).iter_errors(data)
            for leaf in _inside(error)
        ),
        key=lambda found: found[0],
    )
    if errors:
        raise errors[0][1]
    assert isinstance(data, Mapping)  # the schema says so
    _Meaning().check_root(data)
    return version


def _check_header(data: object) -> int:
    if not isinstance(data, Mapping):
        raise InterchangeError("", "not an nlinkoop file (not a JSON object)")
    if "format" not in data:
        raise InterchangeError("", "not an nlinkoop file (missing field 'format')")
    if data["format"] != FORMAT:
        raise InterchangeError(["format"], "not an nlinkoop file")
    if "format_version" not in data:
        raise InterchangeError("", "missing field 'format_version'")
    version = data["format_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise InterchangeError(["format_version"], "not a whole number")
    if version > FORMAT_VERSION:
        shown = f" (format {version})" if version < 10_000 else ""
        raise InterchangeError(["format_version"], f"made with a newer nlinkoop{shown}")
    if version < 1:
        raise InterchangeError(["format_version"], f"unknown format version {version}")
    return version


_RANK = {"additionalProperties": 0, "required": 1}


def _inside(error: ValidationError) -> Iterator[ValidationError]:
    """The errors inside an object where an object or null belongs (the policy), else `error`.

    The schema says `"anyOf": [object, null]` there, and its error only says that neither
    fits; what is wrong is what the object's own schema (the first of the two) found.
    """
    if error.validator == "anyOf" and isinstance(error.instance, Mapping):
        inner = [e for e in error.context or () if e.relative_schema_path[0] == 0]
        if inner:
            for found in inner:
                yield from _inside(found)
            return
    yield error


def _from_schema_error(error: ValidationError) -> tuple[tuple[Any, ...], InterchangeError]:
    """Our short message for a jsonschema error, and a key that sorts it in document order."""
    location: list[PathPart] = list(error.absolute_path)
    order = (position_of(location), _RANK.get(str(error.validator), 2))
    instance: Any = error.instance
    if error.validator == "required":
        missing = next(k for k in error.validator_value if k not in instance)
        return order, InterchangeError(location, f"missing field '{missing}'")
    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = next(k for k in instance if k not in known)
        return order, InterchangeError([*location, extra], "unknown field")
    kind = kind_at(location)
    message = _expected(kind, instance, _allowed(error)) if kind else "not allowed here"
    return order, InterchangeError(location, message)


def _allowed(error: ValidationError) -> list[str] | None:
    """The values a choice allows in the schema that refused it (an older one has fewer)."""
    for found in (error, *error.context):
        if found.validator == "enum":
            return [str(value) for value in found.validator_value]
    return None


def _expected(kind: Kind, value: object, allowed: list[str] | None = None) -> str:
    """Say what should have been at a place that holds `value` instead.

    Args:
        kind: what the format has at that place.
        value: what the document has there.
        allowed: for a choice, the values its schema allows (default: the enum's members).
    """
    if kind.many and not isinstance(value, list):
        return "not a list"
    number = isinstance(value, int | float | Decimal) and not isinstance(value, bool)
    match kind.tag:
        case Tag.OBJECT:
            return "not an object"
        case Tag.ENUM:
            options = ", ".join(allowed or [member.value for member in members(kind.type)])
            return f"must be one of {options}" + (" (or null)" if kind.nullable else "")
        case Tag.TEXT:
            return "not text"
        case Tag.BOOLEAN:
            return "not true or false"
        case Tag.ID:
            return "not an id (a lowercase UUID)"
        case Tag.COUNT:
            if not isinstance(value, int) or isinstance(value, bool):
                return "not a whole number"
            return "must not be negative" if value < 0 else f"too large (at most {COUNT_MAX})"
        case Tag.PERCENT if isinstance(value, str) and re.fullmatch(SIGNED_AMOUNT_PATTERN, value):
            return "must be a percentage from 0 to 100"
        case Tag.AMOUNT | Tag.SIGNED_AMOUNT | Tag.PERCENT:
            if isinstance(value, str) and re.fullmatch(SIGNED_AMOUNT_PATTERN, value):
                return "must not be negative"
            if number:
                return 'not an amount: write it as a string, like "1250.50"'
            return 'not an amount like "1250.50"'
        case Tag.DATE:
            return "not a date"
        case Tag.TIME:
            return "not a time (HH:MM)"
        case Tag.TIMESTAMP:
            return "not a UTC timestamp like 2026-11-27T07:10:00.000Z"
    raise AssertionError(kind)  # pragma: no cover


class _Meaning:
    """The checks a schema cannot express, run on a document the schema accepted."""

    def __init__(self) -> None:
        self._ids: dict[str, tuple[PathPart, ...]] = {}

    def check_root(self, data: Mapping[str, Any]) -> None:
        self._check_keys(data, ())
        for name, kind in ROOT_KINDS.items():
            if name in data:
                self._check(data[name], kind, (name,))

    def _check_keys(self, obj: Mapping[str, Any], location: tuple[PathPart, ...]) -> None:
        for key in getattr(obj, "duplicate_keys", ()):
            raise InterchangeError((*location, key), "appears more than once")

    def _check(self, value: Any, kind: Kind, location: tuple[PathPart, ...]) -> None:
        if value is None:
            return
        if kind.many:
            self._check_list(value, kind, location)
        elif kind.tag is Tag.OBJECT:
            self._check_keys(value, location)
            for f in fields_of(kind.type):
                if f.name in value:
                    self._check(value[f.name], f.kind, (*location, f.name))
        elif kind.tag is Tag.TEXT:
            if not _is_valid_unicode(value):
                raise InterchangeError(location, "not valid Unicode (a lone surrogate)")
        elif kind.tag is Tag.TIMESTAMP:
            try:
                dt.datetime.fromisoformat(value)
            except ValueError:
                raise InterchangeError(location, _expected(kind, value)) from None
        elif kind.tag is Tag.ID and location[-1] == "id":
            if value in self._ids:
                also = format_path(self._ids[value])
                raise InterchangeError(location, f"duplicate id (also at {also})")
            self._ids[value] = location

    def _check_list(self, items: list[Any], kind: Kind, location: tuple[PathPart, ...]) -> None:
        key = list_key(kind.type)
        seen: set[str] = set()
        for index, item in enumerate(items):
            self._check(item, kind.item, (*location, index))
            if key is not None:
                if item[key.name] in seen:
                    raise InterchangeError(
                        (*location, index, key.name), f"a second entry for {item[key.name]}"
                    )
                seen.add(item[key.name])


def _is_valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
