"""The format versions: 2 added the procurement policy and a preparation's gate fields, 3 the
meeting rounds and their log, a topic's limit and the round a reflection was drafted from.
Formats 1 and 2 still import, each against its own frozen schema."""

import copy
import datetime as dt
import hashlib
import json
from decimal import Decimal
from typing import Any

import pytest

from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
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


def test_export_writes_the_policy_and_the_gate_fields() -> None:
    prep = Preparation(title="Liften", id=PREP_ID, contract_kind=ContractKind.WORKS)
    prep.authority, prep.value_includes_options = Authority.UTILITY, False
    doc = to_document([prep], [], policy())

    assert FORMAT_VERSION == 3 and doc["format_version"] == 3
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
    assert json.loads(dumps(*contents))["format_version"] == 3  # written again as format 3


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
    doc["format_version"] = 3  # and as format 3
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


# --- format 3: the meeting rounds and their log, our limit, the reflection's round ---------------

ROUND_ID = "6f1c1f4e-3d7b-4b53-9a39-0d5a5c7c2b11"
TOPIC_ID = "2b0b7c8e-0a53-4a55-9d0e-5f4ce3c6a001"
ENTRY_ID = "9d2f6a3c-44b1-4e4e-8f0a-6b7c2d1e0f99"

# A format-2 file as nlinkoop wrote it before issue 19: a policy and the gate fields, a topic
# without our limit, a reflection without its round, no meetings and no log.
FORMAT_2 = f"""{{
  "format": "nlinkoop",
  "format_version": 2,
  "preparations": [
    {{
      "title": "Jaargesprek schoonmaak",
      "context": "public",
      "procedure": "multiple_private",
      "contract_kind": "supplies_services",
      "capacity": {{
        "topics": [{{"name": "Prijs", "hope": "3%", "enough": "2%", "id": "{TOPIC_ID}"}}]
      }},
      "reflection": {{"held_on": "2026-12-04", "lesson": "Eerder beginnen"}},
      "id": "{PREP_ID}",
      "updated_at": "{STAMP}"
    }}
  ],
  "profiles": [],
  "policy": {{"single_up_to": "50000.00", "updated_at": "{STAMP}"}}
}}
"""


def logged() -> Preparation:
    """A preparation with a meeting round, one entry of it, our limit and the reflection's round."""
    prep = Preparation(title="Liften", id=PREP_ID)
    prep.capacity.topics.append(Topic(name="Prijs", our_limit="Niet boven 4%", id=TOPIC_ID))
    prep.meetings.append(
        MeetingRound(2, dt.date(2026, 12, 3), "Anne, Bram", "14 januari: de prijs", ROUND_ID)
    )
    prep.log.append(
        LogEntry(
            ROUND_ID,
            dt.datetime(2026, 12, 3, 9, 40, 0, 250000, tzinfo=dt.UTC),
            EntryKind.GIVE,
            "Langere looptijd",
            topic_id=TOPIC_ID,
            id=ENTRY_ID,
        )
    )
    prep.reflection.round_id = ROUND_ID
    return prep


def test_export_writes_format_3_with_the_meetings_the_log_and_our_limit() -> None:
    written = to_document([logged()], [])["preparations"][0]

    assert written["capacity"]["topics"][0]["our_limit"] == "Niet boven 4%"
    assert written["reflection"]["round_id"] == ROUND_ID
    assert written["meetings"] == [
        {
            "number": 2,
            "held_on": "2026-12-03",
            "attendees": "Anne, Bram",
            "next_meeting": "14 januari: de prijs",
            "id": ROUND_ID,
        }
    ]
    assert written["log"] == [
        {
            "round_id": ROUND_ID,
            "at": "2026-12-03T09:40:00.250Z",
            "kind": "give",
            "text": "Langere looptijd",
            "owner": "",
            "due": None,
            "topic_id": TOPIC_ID,
            "internal": False,
            "id": ENTRY_ID,
        }
    ]
    keys = list(written)
    assert keys[keys.index("reflection") :][:3] == ["reflection", "meetings", "log"]


def test_the_meetings_and_the_log_round_trip() -> None:
    original = logged()
    text = dumps([original], [])
    (prep,) = loads(text).preparations
    assert prep == original
    assert dumps([prep], []) == text


def test_a_format_2_document_imports_without_the_meetings_and_written_again_as_3() -> None:
    contents = loads(FORMAT_2)

    (prep,) = contents.preparations
    assert contents.policy is not None and contents.policy.single_up_to == Decimal("50000.00")
    assert prep.contract_kind is ContractKind.SUPPLIES_SERVICES
    (topic,) = prep.capacity.topics
    assert (topic.name, topic.hope, topic.our_limit) == ("Prijs", "3%", "")
    assert (prep.meetings, prep.log, prep.reflection.round_id) == ([], [], None)
    assert prep.reflection.lesson == "Eerder beginnen"
    again = json.loads(dumps(*contents))
    assert again["format_version"] == 3
    assert (again["preparations"][0]["meetings"], again["preparations"][0]["log"]) == ([], [])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: p.update(meetings=[]), "preparations[0].meetings: unknown field"),
        (lambda p: p.update(log=[]), "preparations[0].log: unknown field"),
        (
            lambda p: p["capacity"]["topics"][0].update(our_limit="4%"),
            "preparations[0].capacity.topics[0].our_limit: unknown field",
        ),
        (
            lambda p: p["reflection"].update(round_id=ROUND_ID),
            "preparations[0].reflection.round_id: unknown field",
        ),
    ],
    ids=["meetings", "log", "our limit", "reflection's round"],
)
def test_a_format_2_document_may_not_hold_what_came_later(change: Any, message: str) -> None:
    doc = json.loads(FORMAT_2)
    change(doc["preparations"][0])
    assert error_of(doc) == message
    doc["format_version"] = 3  # the same content as format 3 is fine
    from_document(doc)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda e: e.update(kind="decision"),
            "preparations[0].log[0].kind: must be one of agreement, action, open_point, give, "
            "get, signal, quote",
        ),
        (lambda e: e.update(round_id=""), "preparations[0].log[0].round_id: not an id"),
        (lambda e: e.update(at="2026-12-03 09:40"), "preparations[0].log[0].at: not a UTC"),
        (lambda e: e.update(due="12-12"), "preparations[0].log[0].due: not a date"),
        (lambda e: e.update(internal="ja"), "preparations[0].log[0].internal: not true or false"),
        (lambda e: e.pop("id"), "preparations[0].log[0]: missing field 'id'"),
        (lambda e: e.update(id=ROUND_ID), "preparations[0].log[0].id: duplicate id"),
    ],
    ids=["kind", "round", "time", "due", "internal", "no id", "same id as the round"],
)
def test_a_bad_log_entry_is_named_by_its_path(change: Any, message: str) -> None:
    doc = to_document([logged()], [])
    change(doc["preparations"][0]["log"][0])
    assert error_of(doc).startswith(message)


def test_a_log_entry_without_a_round_cannot_be_exported() -> None:
    """Like a sample tender's score: a link the entry cannot do without is a real id."""
    prep = logged()
    prep.log[0].round_id = ""
    with pytest.raises(InterchangeError, match=r"preparations\[0\]\.log\[0\]\.round_id"):
        to_document([prep], [])
