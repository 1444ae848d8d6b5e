"""Format 2 adds the procurement policy and a preparation's gate fields; format 1 still imports."""

import copy
import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

import pytest

from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Authority, ContractKind, Procedure
from nlinkoop.interchange import (
    FORMAT_VERSION,
    InterchangeError,
    dumps,
    from_document,
    loads,
    to_document,
)
from nlinkoop.interchange.shape import OLDER_SCHEMA_FILES
from nlinkoop.resources import resource_path
from tests.interchange.test_schema import FINGERPRINTS, _without_prose

PREP_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
STAMP = "2026-11-27T07:10:00.123Z"

# A format-1 file as nlinkoop 0.x wrote it: no policy, no gate fields.
FORMAT_1 = f"""{{
  "format": "nlinkoop",
  "format_version": 1,
  "preparations": [
    {{
      "title": "Jaargesprek schoonmaak",
      "context": "public",
      "procedure": "multiple_private",
      "contract_value": "180000.00",
      "contract_months": 36,
      "id": "{PREP_ID}",
      "updated_at": "{STAMP}"
    }}
  ],
  "profiles": []
}}
"""


def policy() -> ProcurementPolicy:
    return ProcurementPolicy(
        single_up_to=Decimal("50000.00"),
        multiple_up_to=Decimal("215000"),
        works_single_up_to=None,
        works_multiple_up_to=Decimal("1500000"),
        name="Inkoop- en aanbestedingsbeleid 2025",
        created_at=dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC),
        updated_at=dt.datetime(2026, 2, 1, 10, 30, 0, 500000, tzinfo=dt.UTC),
        updated_by="Sanne",
    )


def error_of(data: object) -> str:
    with pytest.raises(InterchangeError) as info:
        from_document(data)
    return str(info.value)


def test_export_writes_format_2_with_the_policy_and_the_gate_fields() -> None:
    prep = Preparation(title="Liften", id=PREP_ID, contract_kind=ContractKind.WORKS)
    prep.authority, prep.value_includes_options = Authority.UTILITY, False
    doc = to_document([prep], [], policy())

    assert FORMAT_VERSION == 2 and doc["format_version"] == 2
    assert list(doc) == ["format", "format_version", "preparations", "profiles", "policy"]
    written = doc["preparations"][0]
    assert (written["contract_kind"], written["authority"]) == ("works", "utility")
    assert written["value_includes_options"] is False
    assert doc["policy"] == {  # no id: one policy per workbook, the same id in every file
        "single_up_to": "50000.00",
        "multiple_up_to": "215000",
        "works_single_up_to": None,
        "works_multiple_up_to": "1500000",
        "name": "Inkoop- en aanbestedingsbeleid 2025",
        "created_at": "2026-01-05T09:00:00.000Z",
        "updated_at": "2026-02-01T10:30:00.500Z",
        "updated_by": "Sanne",
    }
    assert "policy" not in to_document([prep], [])  # none stored: no key


def test_the_policy_round_trips() -> None:
    text = dumps([Preparation(title="x", id=PREP_ID)], [], policy())
    contents = loads(text)
    assert contents.policy == policy() and contents.policy.id == POLICY_ID
    assert dumps(*contents) == text


def test_a_policy_of_null_is_no_policy() -> None:
    doc = to_document([], [])
    doc["policy"] = None
    assert from_document(doc).policy is None


def test_a_format_1_document_imports_without_the_new_fields() -> None:
    contents = loads(FORMAT_1)

    (prep,) = contents.preparations
    assert contents.policy is None and contents.profiles == []
    assert (prep.title, prep.procedure) == ("Jaargesprek schoonmaak", Procedure.MULTIPLE_PRIVATE)
    assert prep.contract_value == Decimal("180000.00")
    assert (prep.contract_kind, prep.authority, prep.value_includes_options) == (None, None, None)
    assert json.loads(dumps(*contents))["format_version"] == 2  # written again as format 2


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["preparations"][0].update(contract_kind="works"),
            "preparations[0].contract_kind: unknown field",
        ),
        (lambda d: d.update(policy=None), "policy: unknown field"),
        (
            lambda d: d["preparations"][0].update(procedure="contract_change"),
            "preparations[0].procedure: must be one of open_european, open_national, "
            "restricted_european, restricted_national, competitive_with_negotiation, "
            "competitive_dialogue, "
            "innovation_partnership, negotiated_without_notice, concession, multiple_private, "
            "single_private (or null)",
        ),
    ],
    ids=["gate field", "policy", "running-contract procedure"],
)
def test_a_format_1_document_may_not_hold_what_came_later(change: Any, message: str) -> None:
    doc = json.loads(FORMAT_1)
    change(doc)
    assert error_of(doc) == message
    doc["format_version"] = 2  # the same content as format 2 is fine
    from_document(doc)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p.update(single_up_to=50000), "policy.single_up_to: not an amount: write it"),
        (lambda p: p.update(multiple_up_to="-1"), "policy.multiple_up_to: must not be negative"),
        (lambda p: p.pop("updated_at"), "policy: missing field 'updated_at'"),
        (lambda p: p.update(id=POLICY_ID), "policy.id: unknown field"),
        (lambda p: p.update(name=None), "policy.name: not text"),
    ],
    ids=["number", "negative", "no stamp", "id", "name"],
)
def test_a_bad_policy_is_named_by_its_path(change: Any, message: str) -> None:
    doc = to_document([], [], policy())
    change(doc["policy"])
    assert error_of(doc).startswith(message)


def test_a_policy_that_is_not_an_object_is_refused() -> None:
    doc = to_document([], [])
    doc["policy"] = ["50000"]
    assert error_of(doc) == "policy: not an object"


def test_only_updated_at_is_required_in_a_policy() -> None:
    doc = to_document([], [])
    doc["policy"] = {"updated_at": STAMP, "single_up_to": "25000"}
    read = from_document(copy.deepcopy(doc)).policy
    assert read is not None
    assert (read.id, read.single_up_to, read.name) == (POLICY_ID, Decimal("25000"), "")


def test_each_older_format_keeps_its_schema_unchanged() -> None:
    assert set(OLDER_SCHEMA_FILES) == set(range(1, FORMAT_VERSION))
    for version, name in OLDER_SCHEMA_FILES.items():
        schema = json.loads(resource_path(name).read_text(encoding="utf-8"))
        assert schema["$id"] == f"urn:nlinkoop:workbook:format:{version}"
        canonical = json.dumps(_without_prose(schema), sort_keys=True).encode()
        assert hashlib.sha256(canonical).hexdigest() == FINGERPRINTS[version]
