"""Objects -> JSON -> objects is lossless, and JSON -> objects -> JSON is byte-identical."""

import datetime as dt
import json
from decimal import Decimal

from hypothesis import find, given, settings
from hypothesis import strategies as st

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import CostLine
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange import FORMAT_VERSION, dumps, from_document, loads, to_document
from tests.strategies import Workbook as Drawn
from tests.strategies import preparations, profiles, texts, workbooks

# Validation runs on every export and import; its time varies too much for a deadline.
round_trips = settings(deadline=None, max_examples=50)


@round_trips
@given(workbooks())
def test_round_trip(workbook: Drawn):
    text = dumps(*workbook)
    back = loads(text)
    assert back == workbook
    assert dumps(*back) == text


@settings(deadline=None, max_examples=25)
@given(preparations(), profiles())
def test_single_objects_round_trip(prep: Preparation, profile: PitchProfile):
    if profile.id == prep.id:  # drawn separately, so they may collide
        profile.id = "00000000-0000-4000-8000-000000000000"
    assert from_document(to_document([prep], [profile])) == ([prep], [profile], None)


def test_empty_workbook():
    text = dumps([], [])
    assert json.loads(text) == {
        "format": "nlinkoop",
        "format_version": FORMAT_VERSION,
        "preparations": [],
        "profiles": [],
    }
    assert loads(text) == ([], [], None)


def test_text_is_written_as_utf8_indented_and_ends_in_a_newline():
    prep = Preparation(title="Inkoop ĳzer € 😀")
    text = dumps([prep], [])
    assert "Inkoop ĳzer € 😀" in text
    assert text.endswith("}\n")
    assert text.startswith('{\n  "format": "nlinkoop",\n  "format_version": 3,\n')


def test_keys_follow_the_dataclass_declaration_order():
    doc = to_document([Preparation(title="x")], [])
    keys = list(doc["preparations"][0])
    assert keys[:4] == ["title", "counterparty", "organisation", "meeting"]
    assert keys[-4:] == ["id", "created_at", "updated_at", "updated_by"]
    assert list(doc["preparations"][0]["meeting"]) == ["date", "start", "end", "place"]


def test_values_are_written_as_documented():
    prep = Preparation(
        title="x",
        contract_value=Decimal("1250.50"),
        updated_at=dt.datetime(2026, 11, 27, 7, 10, 0, 123000, tzinfo=dt.UTC),
    )
    prep.meeting.date = dt.date(2026, 3, 9)
    prep.meeting.start = dt.time(9, 5)
    out = to_document([prep], [])["preparations"][0]
    assert out["contract_value"] == "1250.50"
    assert out["updated_at"] == "2026-11-27T07:10:00.123Z"
    assert out["meeting"] == {"date": "2026-03-09", "start": "09:05", "end": None, "place": ""}
    assert out["context"] == "commercial"
    assert out["checklist"]["patterns"][0]["pattern"] == "power_game"
    assert "substantiated" not in json.dumps(out)  # a property, not a field


def test_timestamps_in_other_zones_are_written_in_utc():
    amsterdam = dt.timezone(dt.timedelta(hours=1))
    prep = Preparation(title="x", updated_at=dt.datetime(2026, 1, 1, 8, 0, tzinfo=amsterdam))
    assert to_document([prep], [])["preparations"][0]["updated_at"] == "2026-01-01T07:00:00.000Z"
    (back,), _, _ = from_document(to_document([prep], []))
    assert back.updated_at == prep.updated_at


def test_huge_and_strange_text_survives():
    strange = '\x00 NUL, \u202eRTL override, עברית, العربية, 😀𝄞\U0010fffd, \r\n\t"\\ '
    prep = Preparation(title="x" * 1_000_000, counterparty=strange, updated_by="\ufeff")
    text = dumps([prep], [])
    assert loads(text) == ([prep], [], None)
    assert dumps(*loads(text)) == text


def test_decimals_keep_every_digit_and_their_scale():
    prep = Preparation(
        title="x", contract_value=Decimal("123456789012345678901234567890.0123456789")
    )
    prep.capacity.cost_lines = [
        CostLine(amount=Decimal("-0.10"), share_percent=Decimal("-2.5")),
        CostLine(amount=Decimal("1E+3"), share_percent=Decimal("0.000")),
    ]
    doc = to_document([prep], [])
    lines = doc["preparations"][0]["capacity"]["cost_lines"]
    assert doc["preparations"][0]["contract_value"] == "123456789012345678901234567890.0123456789"
    assert [(c["amount"], c["share_percent"]) for c in lines] == [
        ("-0.10", "-2.5"),
        ("1000", "0.000"),
    ]
    assert from_document(doc) == ([prep], [], None)


def test_negative_zero_is_written_as_zero():
    prep = Preparation(title="x", contract_value=Decimal("-0.00"))
    assert to_document([prep], [])["preparations"][0]["contract_value"] == "0.00"


@given(st.lists(texts, max_size=3))
def test_list_items_keep_their_order_and_ids(texts: list[str]):
    prep = Preparation(title="x")
    prep.communication.questions = [TextItem(text=t) for t in texts]
    (back,), _, _ = loads(dumps([prep], []))
    assert back.communication.questions == prep.communication.questions


def test_the_drawn_preparations_hold_a_linked_log() -> None:
    """The round trips above cover the meeting log: entries in a drawn round, on a topic."""

    def linked(prep: Preparation) -> bool:
        rounds = {meeting.id for meeting in prep.meetings}
        topics = {topic.id for topic in prep.capacity.topics}
        return (
            prep.reflection.round_id in rounds
            and any(entry.topic_id in topics for entry in prep.log)
            and all(entry.round_id in rounds for entry in prep.log)
        )

    found = find(preparations(), linked, settings=settings(deadline=None, max_examples=500))
    assert found.log and found.reflection.round_id is not None
