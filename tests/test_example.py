"""The built-in example is the first thing a new user sees: complete, valid, and linked."""

import datetime as dt
from dataclasses import fields, is_dataclass
from pathlib import Path

import pytest

from nlinkoop.domain.conditions import Side
from nlinkoop.domain.gate import answer
from nlinkoop.domain.hints import HintCode, hints
from nlinkoop.domain.meeting_log import EntryKind, in_order, is_internal, report_content
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.domain.reflection import Reflection
from nlinkoop.domain.wishes import WorthIt
from nlinkoop.examples import EXAMPLE_JSON
from nlinkoop.interchange import Contents, loads
from nlinkoop.resources import resource_path

# Fields that may rightly stay empty: a commercial case has no procedure nor the gate's fields
# (what is bought, who buys, whether the value counts options), and a reflection, the meeting
# rounds and their log belong to a meeting that was held (the log is checked on its own: an
# agreement has no owner nor due date).
MAY_BE_EMPTY = {
    "procedure",
    "topic_id",
    "contract_kind",
    "authority",
    "value_includes_options",
    "meetings",
    "log",
}
# The held meeting's time in UTC: 9:30 to 11:00 in Amersfoort, summer time in October.
SUMMER_TIME = dt.timezone(dt.timedelta(hours=2))


def example() -> Contents:
    return loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8"))


def empty_fields(obj: object, where: str = "") -> list[str]:
    found: list[str] = []
    assert is_dataclass(obj)
    for f in fields(obj):
        value = getattr(obj, f.name)
        here = f"{where}.{f.name}"
        if f.name in MAY_BE_EMPTY or isinstance(value, Reflection):
            continue
        if value is None or value == "" or value == []:
            found.append(here)
        elif is_dataclass(value):
            found += empty_fields(value, here)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                found += empty_fields(item, f"{here}[{index}]")
    return found


def test_every_field_of_every_preparation_is_filled() -> None:
    preparations, profiles, _ = example()
    assert len(preparations) >= 3
    for prep in preparations:
        missing = empty_fields(prep, prep.title)
        if prep.context is Context.COMMERCIAL:  # wishes belong to a tender
            missing.remove(f"{prep.title}.wishes")
        # One preparation shows the award simulation; the others leave it empty.
        missing = [m for m in missing if not m.startswith(f"{prep.title}.award")]
        assert missing == []
    with_award = [p for p in preparations if p.award.tenders]
    assert len(with_award) == 1
    assert empty_fields(with_award[0].award, "award") == ["award.criteria[0].wish_id"]
    for profile in profiles:
        assert empty_fields(profile, profile.person) == []


def test_one_meeting_was_held_and_reflected_on() -> None:
    preparations = example().preparations
    reflected = [p for p in preparations if p.reflection.lesson]
    assert len(reflected) == 1
    assert empty_fields(reflected[0].reflection, "reflection") == []
    assert [p for p in preparations if p.meetings or p.log] == reflected


def test_the_held_meeting_has_one_round_with_a_log_of_every_kind() -> None:
    (prep,) = (p for p in example().preparations if p.meetings)
    (meeting,) = prep.meetings
    assert empty_fields(meeting) == []
    assert meeting.held_on == prep.meeting.date == prep.reflection.held_on
    assert prep.reflection.round_id == meeting.id  # the reflection was drafted from it
    log = prep.log
    assert 10 <= len(log) <= 16
    assert in_order(log) == log
    assert {entry.kind for entry in log} == set(EntryKind)
    assert {entry.round_id for entry in log} == {meeting.id}
    assert all(entry.text.strip() for entry in log)
    assert prep.meeting.start is not None and prep.meeting.end is not None
    start = dt.datetime.combine(meeting.held_on, prep.meeting.start, SUMMER_TIME)
    end = dt.datetime.combine(meeting.held_on, prep.meeting.end, SUMMER_TIME)
    assert all(start <= entry.at <= end for entry in log)

    topics = {topic.id for topic in prep.capacity.topics}
    trades = [e for e in log if e.kind in (EntryKind.GIVE, EntryKind.GET)]
    assert trades and all(entry.topic_id in topics for entry in trades)
    actions = [e for e in log if e.kind is EntryKind.ACTION]
    assert len(actions) >= 3
    assert all(entry.owner and entry.due and entry.due > meeting.held_on for entry in actions)
    assert all(not entry.owner and entry.due is None for entry in log if entry not in actions)
    assert any(entry.internal for entry in actions)  # "ac!": kept from the supplier
    assert any(entry.internal for entry in log if entry.kind is EntryKind.OPEN_POINT)

    shared = report_content(meeting, log)  # what the supplier reads: something of each part
    assert shared.agreements and shared.actions and shared.open_points and shared.next_meeting
    assert not any(is_internal(entry) for entry in shared.actions + shared.open_points)


def test_it_shows_both_public_situations_and_a_commercial_one() -> None:
    preparations, profiles, _ = example()
    procedures = {p.procedure for p in preparations if p.context is Context.PUBLIC}
    assert Procedure.OPEN_EUROPEAN in procedures  # nothing to negotiate: positioning
    assert Procedure.MULTIPLE_PRIVATE in procedures  # room to negotiate
    assert any(p.context is Context.COMMERCIAL for p in preparations)
    assert {p.profile_id for p in preparations} == {profiles[0].id}
    assert all(any(a.side is Side.OURS for a in p.capacity.alternatives) for p in preparations)


def test_it_shows_the_one_wish_nudge() -> None:
    preparations = example().preparations
    codes = {h.code for p in preparations for h in hints(p)}
    assert HintCode.MORE_THAN_ONE_WISH in codes
    assert HintCode.NO_OPENING not in codes


def test_an_example_this_version_cannot_open_is_kept_aside(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nlinkoop.examples import example_workbook
    from nlinkoop.paths import DATA_ENV

    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    (tmp_path / "Voorbeeld.db").write_text("not a workbook any more")
    path = example_workbook()
    assert path == tmp_path / "Voorbeeld.db"
    assert (tmp_path / "Voorbeeld (niet te openen).db").read_text() == "not a workbook any more"
    assert example_workbook() == path  # a sound example is left alone
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "Voorbeeld (niet te openen).db",
        "Voorbeeld.db",
    ]


def test_the_carried_over_wish_decides_the_winner_in_the_example() -> None:
    from decimal import Decimal

    from nlinkoop.domain.award import evaluate, sensitivity

    preparations = example().preparations
    (prep,) = (p for p in preparations if p.award.tenders)
    carried = next(w for w in prep.wishes if w.carried_over)
    criterion = next(c for c in prep.award.criteria if c.wish_id == carried.id)

    ranking = [r.name for r in evaluate(prep.award)]
    effect = sensitivity(prep.award, criterion.id)

    assert ranking == ["Schoon & Zo", "Reinwaard", "Glansrijk Facilitair"]
    assert effect.changes_winner
    assert effect.winner_without is not None
    assert effect.winner_without.name == "Glansrijk Facilitair"
    assert effect.extra_cost == Decimal("100000.00")  # 7.050.000 - 6.950.000, over the term


def test_the_example_scores_no_company_certificate() -> None:
    """Award criteria relate to the contract (Aw 2012 art. 2.115): the example sets the tone."""
    preparations = example().preparations
    found = [h for p in preparations for h in hints(p) if h.code is HintCode.CERTIFICATE_IN_AWARD]
    assert found == []
    (prep,) = (p for p in preparations if p.award.tenders)
    carried = next(w for w in prep.wishes if w.carried_over)
    assert carried.worth_it is WorthIt.NO  # the story: judged not worth it, yet it decides
    criterion = next(c for c in prep.award.criteria if c.wish_id == carried.id)
    assert "schoonmaakmiddelen" in criterion.name  # about this contract's products and methods


def test_the_public_examples_fill_in_what_the_gate_weighs() -> None:
    contents = example()
    assert contents.policy is not None and contents.policy.name == "Inkoopbeleid Waalmeer 2025"
    public = [p for p in contents.preparations if p.context is Context.PUBLIC]
    assert public
    for prep in public:
        assert prep.contract_kind is ContractKind.SUPPLIES_SERVICES  # cleaning, ICT management
        assert prep.authority is Authority.OTHER  # a municipality, a school board
        assert prep.value_includes_options is True
        said = answer(prep, contents.policy, dt.date(2026, 12, 6), "nl")
        assert not said.blocked, [c.text for c in said.checks]
        assert said.checks, prep.title  # the value is weighed, not passed over
