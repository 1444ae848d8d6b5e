"""Generate `resources/schema/workbook.schema.json` from the domain dataclasses.

The checked-in schema is this module's output; a test fails when the two differ, so the schema
cannot drift from the dataclasses. After changing the domain, regenerate it with

    .venv/bin/python -m nlinkoop.interchange.schema
"""

import dataclasses
import inspect
import json
import sys
from enum import StrEnum
from typing import Any

from nlinkoop.interchange.shape import (
    AMOUNT_PATTERN,
    COUNT_MAX,
    DATE_PATTERN,
    FORMAT,
    FORMAT_VERSION,
    ID_PATTERN,
    PERCENT_PATTERN,
    ROOT_KINDS,
    SCHEMA_FILE,
    SIGNED_AMOUNT_PATTERN,
    TIME_PATTERN,
    TIMESTAMP_PATTERN,
    Kind,
    Tag,
    fields_of,
    list_key,
    reachable,
)
from nlinkoop.resources import resource_path

_LINE_WIDTH = 100

_SCALARS: dict[str, dict[str, Any]] = {
    Tag.ID: {
        "description": "A record id: a UUID in lowercase, unique in the whole document.",
        "type": "string",
        "format": "uuid",
        "pattern": ID_PATTERN,
    },
    Tag.COUNT: {
        "description": "A whole number, 0 or more.",
        "type": "integer",
        "minimum": 0,
        "maximum": COUNT_MAX,
    },
    Tag.AMOUNT: {
        "description": 'A decimal number written as a string, 0 or more, e.g. "1250.50".',
        "type": "string",
        "pattern": AMOUNT_PATTERN,
    },
    Tag.SIGNED_AMOUNT: {
        "description": 'A decimal number written as a string, may be negative, e.g. "-12.50".',
        "type": "string",
        "pattern": SIGNED_AMOUNT_PATTERN,
    },
    Tag.DATE: {
        "description": "A calendar date, YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "pattern": DATE_PATTERN,
    },
    Tag.TIME: {
        "description": "A time of day to the minute, HH:MM (24 hours).",
        "type": "string",
        "pattern": TIME_PATTERN,
    },
    Tag.TIMESTAMP: {
        "description": "A moment in UTC to the millisecond, e.g. 2026-11-27T07:10:00.123Z.",
        "type": "string",
        "pattern": TIMESTAMP_PATTERN,
    },
}


# A score's percentage is written out where it is used: only TenderScore.percent has one.
_PERCENT: dict[str, Any] = {
    "description": 'A percentage from 0 to 100 written as a string, e.g. "62.5".',
    "type": "string",
    "pattern": PERCENT_PATTERN,
}


def _doc(cls: type) -> str:
    return (inspect.getdoc(cls) or cls.__name__).strip().splitlines()[0]


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": f"#/$defs/{name}"}


def _value_schema(kind: Kind) -> dict[str, Any]:
    item = kind.item
    if item.tag is Tag.TEXT:
        one: dict[str, Any] = {"type": "string"}
    elif item.tag is Tag.BOOLEAN:
        one = {"type": "boolean"}
    elif item.tag in (Tag.ENUM, Tag.OBJECT):
        one = _ref(item.type.__name__)
    elif item.tag is Tag.PERCENT:
        one = dict(_PERCENT)
        if kind.nullable:
            return {"anyOf": [one, {"type": "null"}]}
    else:
        one = _ref(item.tag.value)
    if kind.many:
        return {"type": "array", "items": one}
    if not kind.nullable:
        return one
    if "type" in one:
        return {"type": [one["type"], "null"]}
    return {"anyOf": [one, {"type": "null"}]}


def _object_schema(cls: type) -> dict[str, Any]:
    out: dict[str, Any] = {"description": _doc(cls), "type": "object"}
    required = [f.name for f in fields_of(cls) if f.required]
    if required:
        out["required"] = required
    out["additionalProperties"] = False
    properties: dict[str, Any] = {}
    for f in fields_of(cls):
        prop = _value_schema(f.kind)
        key = list_key(f.kind.type) if f.kind.many else None
        if key is not None:
            prop = {
                "description": (
                    f"Exactly one entry per {key.kind.type.__name__}, in its order: "
                    "on import missing ones are added, and a second one is an error."
                ),
                **prop,
            }
        properties[f.name] = prop
    out["properties"] = properties
    return out


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the current format, built from the dataclasses."""
    defs: dict[str, Any] = dict(_SCALARS)
    enums: dict[str, Any] = {}
    for cls in reachable():
        if dataclasses.is_dataclass(cls):
            defs[cls.__name__] = _object_schema(cls)
        elif issubclass(cls, StrEnum):
            enums[cls.__name__] = {
                "description": _doc(cls),
                "type": "string",
                "enum": [member.value for member in cls],
            }
    defs.update(enums)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:nlinkoop:workbook:format:{FORMAT_VERSION}",
        "title": "nlinkoop workbook",
        "description": (
            "Preparations, pitch profiles and the procurement policy exported from nlinkoop. "
            "Generated from the domain "
            "dataclasses by nlinkoop.interchange.schema; do not edit by hand."
        ),
        "type": "object",
        "required": ["format", "format_version"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "format_version": {"const": FORMAT_VERSION},
            **{name: _value_schema(kind) for name, kind in ROOT_KINDS.items()},
        },
        "$defs": defs,
    }


def _render(value: Any, indent: int, column: int) -> str:
    # Like json.dumps(indent=2), but a value that fits on the rest of its line stays on it.
    flat = json.dumps(value, ensure_ascii=False)
    if column + len(flat) <= _LINE_WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, list):
        items = [pad + _render(v, indent + 2, indent + 3) for v in value]
    else:
        items = []
        for k, v in value.items():
            key = json.dumps(k, ensure_ascii=False) + ": "
            items.append(pad + key + _render(v, indent + 2, indent + 3 + len(key)))
    brackets = "[]" if isinstance(value, list) else "{}"
    return brackets[0] + "\n" + ",\n".join(items) + "\n" + " " * indent + brackets[1]


def render_schema() -> str:
    """The schema file's exact text: indented JSON, short values kept on one line."""
    return _render(build_schema(), 0, 0) + "\n"


def main(argv: list[str]) -> int:
    """Write the schema file, or with `--check` only report whether it is up to date."""
    path = resource_path(SCHEMA_FILE)
    text = render_schema()
    current = path.read_text(encoding="utf-8") if path.exists() else None
    if "--check" in argv:
        if current != text:
            print(f"{path} is out of date; run python -m nlinkoop.interchange.schema")
            return 1
        return 0
    if current != text:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
