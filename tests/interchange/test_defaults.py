"""A hand-written document with only the required keys imports, the rest taking defaults."""

import datetime as dt
import json
import re
from pathlib import Path

from nlinkoop.domain.checklist import Checklist, Pattern, PressureQuestion, Principle
from nlinkoop.domain.conditions import Capacity, Motivation, Opportunity
from nlinkoop.domain.preparation import Meeting, Portfolio
from nlinkoop.domain.procedures import Context
from nlinkoop.interchange import dumps, loads
from nlinkoop.resources import resource_path

MINIMAL = """{
  "format": "nlinkoop",
  "format_version": 1,
  "preparations": [
    {
      "id": "0f8fad5b-d9cb-469f-a165-70867728950e",
      "title": "Jaargesprek schoonmaak",
      "updated_at": "2026-11-27T07:10:00.000Z"
    }
  ],
  "profiles": [
    {
      "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
      "person": "Anne de Vries",
      "updated_at": "2026-11-26T16:45:30.250Z"
    }
  ]
}
"""


def test_minimal_document_imports_with_defaults():
    (prep,), (profile,), _ = loads(MINIMAL)
    assert prep.id == "0f8fad5b-d9cb-469f-a165-70867728950e"
    assert prep.title == "Jaargesprek schoonmaak"
    assert prep.updated_at == dt.datetime(2026, 11, 27, 7, 10, tzinfo=dt.UTC)
    assert prep.counterparty == "" and prep.updated_by == ""
    assert prep.meeting == Meeting() and prep.portfolio == Portfolio()
    assert prep.opportunity == Opportunity() and prep.capacity == Capacity()
    assert prep.motivation == Motivation()
    assert prep.context is Context.COMMERCIAL and prep.procedure is None
    assert prep.contract_value is None and prep.profile_id is None
    assert prep.participants == [] and prep.wishes == []
    assert [c.pattern for c in prep.checklist.patterns] == list(Pattern)
    assert [r.principle for r in prep.reflection.reviews] == list(Principle)
    assert prep.created_at.tzinfo is dt.UTC
    assert profile.person == "Anne de Vries"
    assert profile.updated_at == dt.datetime(2026, 11, 26, 16, 45, 30, 250000, tzinfo=dt.UTC)
    assert profile.mission == ""


def test_minimal_document_exports_every_key():
    exported = json.loads(dumps(*loads(MINIMAL)))
    prep = exported["preparations"][0]
    assert len(prep) == 35
    assert prep["meeting"] == {"date": None, "start": None, "end": None, "place": ""}
    assert (prep["meetings"], prep["log"]) == ([], [])
    assert len(prep["checklist"]["patterns"]) == len(Pattern)


def test_the_lists_may_be_left_out():
    assert loads('{"format": "nlinkoop", "format_version": 1}') == ([], [], None)


def test_checklist_lists_are_completed_and_put_in_order():
    doc = json.loads(MINIMAL)
    doc["preparations"][0]["checklist"] = {
        "patterns": [
            {"pattern": "cheapest", "id": "aaaaaaaa-0000-4000-8000-000000000001", "risk": True},
            {"pattern": "power_game", "id": "aaaaaaaa-0000-4000-8000-000000000002"},
        ],
        "pressure": [],
    }
    (prep,), _, _ = loads(json.dumps(doc))
    checklist = prep.checklist
    assert [c.pattern for c in checklist.patterns] == list(Pattern)
    assert checklist.patterns[0].id == "aaaaaaaa-0000-4000-8000-000000000002"
    assert checklist.patterns[-1].id == "aaaaaaaa-0000-4000-8000-000000000001"
    assert checklist.patterns[-1].risk is True
    assert [a.question for a in checklist.pressure] == list(PressureQuestion)
    assert [a.principle for a in checklist.principles] == list(Principle)
    assert len({c.id for c in checklist.patterns}) == len(Pattern)
    assert checklist.red_lines == Checklist().red_lines


def test_a_completed_document_round_trips_byte_for_byte():
    text = dumps(*loads(MINIMAL))
    assert dumps(*loads(text)) == text


def test_the_built_in_example_is_a_valid_document():
    text = resource_path("examples/voorbeeld.json").read_text(encoding="utf-8")
    preparations, profiles, _ = loads(text)
    assert preparations and profiles


def test_the_examples_in_the_documentation_are_valid():
    docs = Path(__file__).parents[2] / "docs" / "file-format.md"
    blocks = re.findall(r"```json\n(.*?)```", docs.read_text(encoding="utf-8"), re.DOTALL)
    assert len(blocks) == 3
    for block in blocks:
        loads(block)
    (prep,), (profile,), _ = loads(blocks[1])
    assert prep.profile_id == profile.id
    assert prep.checklist.patterns[3].risk is True  # "pressure", put in its place
    (held,), _, _ = loads(blocks[2])  # the meeting of format 3
    (meeting,) = held.meetings
    assert held.reflection.round_id == meeting.id
    assert [entry.round_id for entry in held.log] == [meeting.id] * 2
    assert held.log[0].topic_id == held.capacity.topics[0].id
    assert held.capacity.topics[0].our_limit
