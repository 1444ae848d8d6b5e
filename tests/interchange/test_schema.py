"""The schema file is generated from the dataclasses, and the two agree field by field."""

import dataclasses
import datetime as dt
import hashlib
import json
import typing
from decimal import Decimal
from enum import StrEnum
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange import FORMAT_VERSION, to_document
from nlinkoop.interchange.schema import main, render_schema
from nlinkoop.interchange.shape import SCHEMA_FILE
from nlinkoop.resources import resource_path

# The fields that are no key of the document (the policy's id is the same in every workbook).
NOT_IN_JSON = {ProcurementPolicy: {"id"}}


def _schema() -> dict[str, Any]:
    return json.loads(resource_path(SCHEMA_FILE).read_text(encoding="utf-8"))


def _reachable() -> list[type]:
    """Every dataclass and enum under the three roots, found without nlinkoop.interchange."""
    found: list[type] = []
    todo: list[type] = [Preparation, PitchProfile, ProcurementPolicy]
    while todo:
        cls = todo.pop(0)
        if cls in found:
            continue
        found.append(cls)
        if dataclasses.is_dataclass(cls):
            for hint in typing.get_type_hints(cls).values():
                todo.extend(_leaf_types(hint))
    return [c for c in found if dataclasses.is_dataclass(c) or issubclass(c, StrEnum)]


def _leaf_types(hint: Any) -> list[type]:
    args = typing.get_args(hint)
    if args:
        return [leaf for arg in args for leaf in _leaf_types(arg)]
    return [hint] if isinstance(hint, type) else []


def _json_types(hint: Any) -> set[str]:
    """The JSON types a field of this Python type may take."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) is list:
        return {"array"}
    if args:
        return set().union(*(_json_types(a) for a in args))
    if hint is type(None):
        return {"null"}
    if hint is bool:
        return {"boolean"}
    if hint is int:
        return {"integer"}
    if hint in (str, Decimal, dt.date, dt.time, dt.datetime) or issubclass(hint, StrEnum):
        return {"string"}
    assert dataclasses.is_dataclass(hint), hint
    return {"object"}


def _schema_types(prop: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    """The JSON types a schema property allows."""
    if "$ref" in prop:
        return _schema_types(defs[prop["$ref"].removeprefix("#/$defs/")], defs)
    if "anyOf" in prop:
        return set().union(*(_schema_types(p, defs) for p in prop["anyOf"]))
    declared = prop["type"]
    return set(declared) if isinstance(declared, list) else {declared}


def test_schema_file_is_the_generated_one():
    assert resource_path(SCHEMA_FILE).read_text(encoding="utf-8") == render_schema(), (
        "the schema is out of date: run .venv/bin/python -m nlinkoop.interchange.schema"
    )
    assert main(["--check"]) == 0


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize("cls", _reachable(), ids=lambda c: c.__name__)
def test_schema_and_dataclass_agree(cls: type):
    defs = _schema()["$defs"]
    definition = defs[cls.__name__]
    if issubclass(cls, StrEnum):
        assert definition["enum"] == [member.value for member in cls]
        return
    assert definition["additionalProperties"] is False
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if f.name not in NOT_IN_JSON.get(cls, ())]
    assert list(definition["properties"]) == names  # none missing, none extra, same order
    for name in names:
        prop = definition["properties"][name]
        assert _schema_types(prop, defs) == _json_types(hints[name]), name
        if typing.get_origin(hints[name]) is list:
            (item,) = typing.get_args(hints[name])
            assert prop["items"] == {"$ref": f"#/$defs/{item.__name__}"}
    assert set(definition.get("required", [])) <= set(names)


def test_every_definition_belongs_to_the_domain():
    scalars = {"id", "count", "amount", "signed_amount", "date", "time", "timestamp"}
    domain = {cls.__name__ for cls in _reachable()}
    assert set(_schema()["$defs"]) == scalars | domain


def test_required_keys_are_as_documented():
    defs = _schema()["$defs"]
    assert defs["Preparation"]["required"] == ["title", "id", "updated_at"]
    assert defs["PitchProfile"]["required"] == ["person", "id", "updated_at"]
    assert defs["ProcurementPolicy"]["required"] == ["updated_at"]
    assert defs["TextItem"]["required"] == ["id"]
    assert defs["PatternCheck"]["required"] == ["pattern", "id"]
    assert defs["PrincipleReview"]["required"] == ["principle", "id"]
    assert "required" not in defs["Meeting"]
    assert _schema()["required"] == ["format", "format_version"]


def test_additional_properties_are_refused_everywhere():
    schema = _schema()
    objects = [schema] + [d for d in schema["$defs"].values() if d.get("type") == "object"]
    assert all(o["additionalProperties"] is False for o in objects)


def test_an_export_validates_with_plain_jsonschema():
    """Other tools can use the schema file as it is, without nlinkoop's helpers."""
    prep = Preparation(title="x", contract_value=Decimal("1.50"))
    prep.meeting.date = dt.date(2026, 1, 2)
    doc = json.loads(json.dumps(to_document([prep], [PitchProfile(person="p")])))
    validator = Draft202012Validator(_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert list(validator.iter_errors(doc)) == []
    doc["preparations"][0]["meeting"]["date"] = "2026-02-30"
    assert [list(e.absolute_path) for e in validator.iter_errors(doc)] == [
        ["preparations", 0, "meeting", "date"]
    ]


# The schema of each format version, without its descriptions. A format that has shipped must
# not change: if this test fails, raise FORMAT_VERSION (docs/file-format.md, "Versioning"), keep
# the old schema as workbook-N.schema.json, add the upgrade step and pin the new fingerprint.
# Formats 1 and 2 are frozen in workbook-N.schema.json; until format 3 ships, just update its
# line.
FINGERPRINTS = {
    1: "2736aaeaecc42fc4e6107217bf4d4570a8b6532590c69dad7aeb836417f28de7",
    2: "75bb907e217ee9ee84793300a99eb75147aebe83bf0c121b833b4bd38ce2af4c",
    3: "10b17101e88c33c3627a5528e6e3e3117bc225026c1d77c4e2fcc098d3e1e4f7",
}


def _without_prose(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _without_prose(v) for k, v in node.items() if k not in ("description", "title")}
    if isinstance(node, list):
        return [_without_prose(v) for v in node]
    return node


def test_a_changed_format_gets_a_new_format_version():
    canonical = json.dumps(_without_prose(_schema()), sort_keys=True).encode()
    assert FINGERPRINTS.get(FORMAT_VERSION) == hashlib.sha256(canonical).hexdigest()
    assert _schema()["$id"] == f"urn:nlinkoop:workbook:format:{FORMAT_VERSION}"
