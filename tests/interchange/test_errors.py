"""Every kind of bad input gets one short line that names the JSON path of the bad value."""

import copy
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import pytest

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import AgendaItem
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange import (
    FORMAT_VERSION,
    InterchangeError,
    dumps,
    from_document,
    loads,
    to_document,
)

PREP_ID = "1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b"
PROFILE_ID = "22222222-2222-4222-8222-222222222222"


def _document() -> dict[str, Any]:
    prep = Preparation(title="Koffie", id=PREP_ID, contract_value=Decimal("10.00"))
    prep.meeting.date = dt.date(2026, 3, 9)
    prep.meeting.start = dt.time(9, 30)
    prep.opportunity.agenda = [AgendaItem(topic="Opening", minutes=10)]
    prep.communication.questions = [TextItem(text="Wat speelt er?")]
    profile = PitchProfile(person="Anne", id=PROFILE_ID)
    return to_document([prep, Preparation(title="Thee")], [profile])


@pytest.fixture
def doc() -> dict[str, Any]:
    return copy.deepcopy(_document())


def error_of(data: object) -> str:
    with pytest.raises(InterchangeError) as info:
        from_document(data)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- the header ------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [[], "nlinkoop", None, 1])
def test_top_level_must_be_an_object(data: object):
    assert error_of(data) == "not an nlinkoop file (not a JSON object)"


def test_format_must_be_nlinkoop(doc: dict[str, Any]):
    doc["format"] = "other"
    assert error_of(doc) == "format: not an nlinkoop file"


def test_format_is_required(doc: dict[str, Any]):
    del doc["format"]
    assert error_of(doc) == "not an nlinkoop file (missing field 'format')"
    assert error_of({"name": "some other json"}) == "not an nlinkoop file (missing field 'format')"


def test_newer_format_version_is_refused_before_anything_else(doc: dict[str, Any]):
    doc["format_version"] = FORMAT_VERSION + 1
    doc["preparations"][0]["new_in_a_later_format"] = True
    later = FORMAT_VERSION + 1
    assert error_of(doc) == f"format_version: made with a newer nlinkoop (format {later})"


@pytest.mark.parametrize(
    ("version", "message"),
    [
        (None, "format_version: not a whole number"),
        ("1", "format_version: not a whole number"),
        (True, "format_version: not a whole number"),
        (0, "format_version: unknown format version 0"),
    ],
)
def test_format_version_must_be_known(doc: dict[str, Any], version: object, message: str):
    doc["format_version"] = version
    assert error_of(doc) == message


def test_format_version_is_required(doc: dict[str, Any]):
    del doc["format_version"]
    assert error_of(doc) == "missing field 'format_version'"


def test_unknown_top_level_key(doc: dict[str, Any]):
    doc["preparation"] = []
    assert error_of(doc) == "preparation: unknown field"


# --- structure -------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["id", "title", "updated_at"])
def test_preparation_required_fields(doc: dict[str, Any], key: str):
    del doc["preparations"][0][key]
    assert error_of(doc) == f"preparations[0]: missing field '{key}'"


@pytest.mark.parametrize("key", ["id", "person", "updated_at"])
def test_profile_required_fields(doc: dict[str, Any], key: str):
    del doc["profiles"][0][key]
    assert error_of(doc) == f"profiles[0]: missing field '{key}'"


def test_list_items_need_their_id(doc: dict[str, Any]):
    del doc["preparations"][0]["opportunity"]["agenda"][0]["id"]
    assert error_of(doc) == "preparations[0].opportunity.agenda[0]: missing field 'id'"


def test_checklist_entries_need_their_key(doc: dict[str, Any]):
    del doc["preparations"][1]["checklist"]["principles"][2]["principle"]
    assert error_of(doc) == "preparations[1].checklist.principles[2]: missing field 'principle'"


def test_unknown_field(doc: dict[str, Any]):
    doc["preparations"][0]["foo"] = 1
    assert error_of(doc) == "preparations[0].foo: unknown field"


def test_unknown_nested_field(doc: dict[str, Any]):
    doc["preparations"][1]["meeting"]["room"] = "B"
    assert error_of(doc) == "preparations[1].meeting.room: unknown field"


def test_a_misspelt_key_is_reported_as_unknown_first(doc: dict[str, Any]):
    doc["preparations"][0]["titel"] = doc["preparations"][0].pop("title")
    assert error_of(doc) == "preparations[0].titel: unknown field"


def test_odd_keys_are_quoted_so_the_message_stays_one_line(doc: dict[str, Any]):
    doc["preparations"][0]["a\nb"] = 1
    assert error_of(doc) == 'preparations[0]["a\\nb"]: unknown field'


def test_the_first_problem_in_document_order_is_reported(doc: dict[str, Any]):
    doc["profiles"][0]["person"] = 1
    doc["preparations"][1]["updated_by"] = 1
    doc["preparations"][1]["meeting"]["date"] = "x"
    assert error_of(doc) == "preparations[1].meeting.date: not a date"


# --- values ----------------------------------------------------------------------------------


def _set(doc: dict[str, Any], path: str, value: object) -> None:
    """Set the value at a path written as in the messages, e.g. `preparations[0].title`."""
    target: Any = doc
    *parents, last = [int(i) if i else k for k, i in re.findall(r"(\w+)|\[(\d+)\]", path)]
    for part in parents:
        target = target[part]
    target[last] = value


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("preparations[0].meeting.date", "2026-02-30", "not a date"),
        ("preparations[0].meeting.date", "9-3-2026", "not a date"),
        ("preparations[0].meeting.date", 20260309, "not a date"),
        ("preparations[0].meeting.start", "25:00", "not a time (HH:MM)"),
        ("preparations[0].meeting.start", "9:30", "not a time (HH:MM)"),
        ("preparations[0].meeting.end", "09:30:00", "not a time (HH:MM)"),
        ("preparations[0].context", "private", "must be one of commercial, public"),
        ("preparations[0].context", None, "must be one of commercial, public"),
        (
            "preparations[0].portfolio.kraljic",
            "Routine",
            "must be one of routine, leverage, bottleneck, strategic (or null)",
        ),
        ("preparations[0].contract_value", "-10.00", "must not be negative"),
        (
            "preparations[0].contract_value",
            10.5,
            'not an amount: write it as a string, like "1250.50"',
        ),
        ("preparations[0].contract_value", "10,50", 'not an amount like "1250.50"'),
        ("preparations[0].contract_value", "1e3", 'not an amount like "1250.50"'),
        ("preparations[0].contract_value", "007", 'not an amount like "1250.50"'),
        ("preparations[0].contract_value", "NaN", 'not an amount like "1250.50"'),
        ("preparations[0].contract_months", -1, "must not be negative"),
        ("preparations[0].contract_months", 2.5, "not a whole number"),
        ("preparations[0].contract_months", "12", "not a whole number"),
        ("preparations[0].contract_months", 2**31, "too large (at most 2147483647)"),
        ("preparations[0].opportunity.agenda[0].minutes", True, "not a whole number"),
        ("preparations[0].title", 5, "not text"),
        ("preparations[0].title", None, "not text"),
        ("preparations[0].capacity.todos", {}, "not a list"),
        ("preparations[0].meeting", [], "not an object"),
        ("preparations[0].communication.questions[0]", "Wat speelt er?", "not an object"),
        ("preparations[0].wishes", None, "not a list"),
        ("preparations", {}, "not a list"),
        ("preparations[1]", None, "not an object"),
        ("preparations[0].checklist.patterns[0].risk", "yes", "not true or false"),
        ("preparations[0].id", "not-an-id", "not an id (a lowercase UUID)"),
        ("preparations[0].id", PREP_ID.upper(), "not an id (a lowercase UUID)"),
        ("preparations[0].profile_id", 7, "not an id (a lowercase UUID)"),
        (
            "preparations[0].updated_at",
            "2026-11-27T07:10:00Z",
            "not a UTC timestamp like 2026-11-27T07:10:00.000Z",
        ),
        (
            "preparations[0].updated_at",
            "2026-11-27T08:10:00.000+01:00",
            "not a UTC timestamp like 2026-11-27T07:10:00.000Z",
        ),
        (
            "preparations[0].created_at",
            "2026-02-30T07:10:00.000Z",
            "not a UTC timestamp like 2026-11-27T07:10:00.000Z",
        ),
        (
            "profiles[0].updated_at",
            "2026-11-27T24:00:00.000Z",
            "not a UTC timestamp like 2026-11-27T07:10:00.000Z",
        ),
    ],
)
def test_bad_values(doc: dict[str, Any], path: str, value: object, message: str):
    _set(doc, path, value)
    location = path.replace("/", ".")
    for index in "0123456789":
        location = location.replace(f".{index}.", f"[{index}].").replace(f".{index}", f"[{index}]")
    assert error_of(doc) == f"{location}: {message}"


# --- what a schema cannot say ----------------------------------------------------------------


def test_two_preparations_with_the_same_id(doc: dict[str, Any]):
    doc["preparations"][1]["id"] = PREP_ID
    assert error_of(doc) == "preparations[1].id: duplicate id (also at preparations[0].id)"


def test_ids_are_unique_across_the_whole_document(doc: dict[str, Any]):
    agenda_id = doc["preparations"][0]["opportunity"]["agenda"][0]["id"]
    doc["profiles"][0]["id"] = agenda_id
    assert error_of(doc) == (
        "profiles[0].id: duplicate id (also at preparations[0].opportunity.agenda[0].id)"
    )


def test_references_are_not_ids(doc: dict[str, Any]):
    doc["preparations"][0]["profile_id"] = PROFILE_ID
    doc["preparations"][1]["profile_id"] = PROFILE_ID
    assert from_document(doc)[0][1].profile_id == PROFILE_ID


def test_a_reference_to_something_not_in_the_file_is_allowed(doc: dict[str, Any]):
    doc["preparations"][0]["profile_id"] = "33333333-3333-4333-8333-333333333333"
    assert from_document(doc)[0][0].profile_id == "33333333-3333-4333-8333-333333333333"


def test_a_checklist_key_twice(doc: dict[str, Any]):
    patterns = doc["preparations"][0]["checklist"]["patterns"]
    patterns[3]["pattern"] = "power_game"
    assert error_of(doc) == (
        "preparations[0].checklist.patterns[3].pattern: a second entry for power_game"
    )


def test_lone_surrogates_are_refused(doc: dict[str, Any]):
    doc["preparations"][0]["counterparty"] = "broken \ud800 text"
    assert error_of(doc) == "preparations[0].counterparty: not valid Unicode (a lone surrogate)"


# --- the text of a file ----------------------------------------------------------------------


def load_error(text: str) -> str:
    with pytest.raises(InterchangeError) as info:
        loads(text)
    assert "\n" not in str(info.value)
    return str(info.value)


def test_invalid_json_names_line_and_column():
    text = '{\n  "format": "nlinkoop",\n  "format_version": 1\n  "preparations": []\n}\n'
    assert load_error(text) == "line 4, column 3: not valid JSON (Expecting ',' delimiter)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "line 1, column 1: not valid JSON (Expecting value)"),
        (
            "{not json",
            "line 1, column 2: not valid JSON (Expecting property name enclosed in double quotes)",
        ),
        ("[" * 100_000, "not valid JSON (nested too deeply)"),
        (
            '{"format": "nlinkoop", "format_version": ' + "9" * 5000 + "}",
            "not valid JSON (a number is too long)",
        ),
    ],
)
def test_text_that_is_not_json(text: str, message: str):
    assert load_error(text) == message


def test_a_key_twice_in_one_object():
    text = dumps([Preparation(title="a", id=PREP_ID)], [])
    text = text.replace('"title": "a",', '"title": "a", "title": "b",')
    assert load_error(text) == "preparations[0].title: appears more than once"


def test_nan_and_infinity_are_not_json():
    text = dumps([Preparation(title="a")], [])
    text = text.replace('"contract_months": null', '"contract_months": NaN')
    assert load_error(text) == "preparations[0].contract_months: not a whole number"


def test_floats_are_not_whole_numbers_in_a_file():
    text = dumps([Preparation(title="a")], []).replace(
        '"contract_months": null', '"contract_months": 12.0'
    )
    assert load_error(text) == "preparations[0].contract_months: not a whole number"


def test_a_byte_order_mark_is_fine():
    text = dumps([Preparation(title="a")], [])
    assert loads("\ufeff" + text) == loads(text)


def test_nothing_is_built_from_a_partly_bad_document(doc: dict[str, Any]):
    doc["profiles"][0]["created_at"] = "yesterday"
    with pytest.raises(InterchangeError):
        from_document(doc)


# --- export refuses what it could not read back ----------------------------------------------


def export_error(prep: Preparation) -> str:
    with pytest.raises(InterchangeError) as info:
        dumps([Preparation(title="first"), prep], [])
    return str(info.value)


def test_export_refuses_a_negative_contract_value():
    prep = Preparation(title="x", contract_value=Decimal("-1"))
    assert export_error(prep) == "preparations[1].contract_value: must not be negative"


def test_export_refuses_a_timestamp_without_time_zone():
    prep = Preparation(title="x", updated_at=dt.datetime(2026, 1, 1, 12, 0))
    assert export_error(prep) == "preparations[1].updated_at: a timestamp without a time zone"


def test_export_refuses_duplicate_ids():
    first = Preparation(title="x")
    with pytest.raises(InterchangeError) as info:
        dumps([first, first], [])
    assert info.value.message.startswith("duplicate id (also at preparations[0].")
    assert info.value.path.startswith("preparations[1].")


def test_export_refuses_non_finite_amounts():
    prep = Preparation(title="x", contract_value=Decimal("Infinity"))
    assert export_error(prep) == 'preparations[1].contract_value: not an amount like "1250.50"'


# --- the error object ------------------------------------------------------------------------


def test_error_carries_path_and_message(doc: dict[str, Any]):
    doc["preparations"][0]["meeting"]["date"] = "2026-02-30"
    with pytest.raises(InterchangeError) as info:
        from_document(doc)
    assert info.value.path == "preparations[0].meeting.date"
    assert info.value.location == ("preparations", 0, "meeting", "date")
    assert info.value.message == "not a date"


def test_error_without_path_is_only_the_message():
    error = InterchangeError("", "x.json is not UTF-8 text")
    assert (str(error), error.path, error.location) == ("x.json is not UTF-8 text", "", ())
    assert str(InterchangeError("a.b", "bad\nvalue")) == "a.b: bad value"


def test_valid_document_passes(doc: dict[str, Any]):
    preps, profiles, policy = from_document(json.loads(json.dumps(doc)))
    assert policy is None
    assert [p.title for p in preps] == ["Koffie", "Thee"]
    assert profiles[0].person == "Anne"


def test_a_runaway_key_is_cut_short_in_the_path(doc: dict[str, Any]):
    doc["preparations"][0]["x" * 100_000] = 1
    assert error_of(doc) == f'preparations[0]["{"x" * 39}…"]: unknown field'


def test_an_absurd_format_version_is_not_printed(doc: dict[str, Any]):
    doc["format_version"] = 10**4000
    assert error_of(doc) == "format_version: made with a newer nlinkoop"
