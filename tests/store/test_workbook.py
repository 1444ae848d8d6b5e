"""The Workbook API: round trips, timestamps, deleting, profiles, all-or-nothing saves."""

import copy
import datetime as dt
from pathlib import Path

import pytest

from nlinkoop.domain.checklist import Pattern, PatternCheck, Principle, PrincipleAction
from nlinkoop.domain.common import TextItem, utc_now
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Participant, Preparation
from nlinkoop.domain.reflection import PrincipleReview
from nlinkoop.store.workbook import UnknownPreparation, Workbook
from tests.store.builders import full_preparation, full_profile
from tests.store.conftest import USER, query, write

OLD = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)


def child_stamps(path: Path, table: str) -> dict[str, tuple[str, str, str]]:
    rows = query(path, f"SELECT id, created_at, updated_at, updated_by FROM {table}")
    return {row[0]: tuple(row[1:]) for row in rows}


def test_a_full_preparation_survives_closing_and_reopening(path: Path) -> None:
    prep = full_preparation(profile_id=full_profile().id)
    with Workbook.open(path, user=USER) as workbook:
        workbook.save(prep)
    with Workbook.open(path, user=USER) as workbook:
        loaded = workbook.load(prep.id)
        assert workbook.load_all() == [prep]
    assert loaded == prep
    assert loaded is not prep
    assert loaded.opportunity.notes == prep.opportunity.notes  # NUL, emoji and SQL intact


def test_a_default_preparation_round_trips(workbook: Workbook) -> None:
    prep = Preparation()
    workbook.save(prep)
    assert workbook.load(prep.id) == prep


def test_save_with_touch_stamps_the_object_and_the_file(workbook: Workbook) -> None:
    prep = full_preparation()
    before = utc_now()
    workbook.save(prep)
    assert prep.updated_by == USER
    assert before <= prep.updated_at <= utc_now()
    assert prep.created_at == prep.updated_at  # new: created now
    assert prep.updated_at.tzinfo is not None
    assert prep.updated_at.microsecond % 1000 == 0  # the file keeps milliseconds
    assert workbook.load(prep.id) == prep

    created = prep.created_at
    prep.title = "Anders"
    workbook.save(prep)
    assert prep.created_at == created  # not new: keeps its creation time
    assert prep.updated_at >= created
    assert workbook.load(prep.id) == prep


def test_save_without_touch_keeps_the_objects_timestamps(workbook: Workbook) -> None:
    prep = full_preparation()
    stamps = (prep.created_at, prep.updated_at, prep.updated_by)
    workbook.save(prep, touch=False)
    assert (prep.created_at, prep.updated_at, prep.updated_by) == stamps
    assert workbook.load(prep.id) == prep
    rows = child_stamps(workbook.path, "participants")
    assert set(rows.values()) == {
        ("2026-11-02T09:15:30.456Z", "2026-11-02T09:15:30.456Z", "builder")
    }


def test_only_changed_child_rows_get_new_stamps(workbook: Workbook) -> None:
    prep = full_preparation()
    prep.participants.append(Participant(name="Cor"))
    workbook.save(prep)
    first = child_stamps(workbook.path, "participants")
    first_checks = child_stamps(workbook.path, "pattern_checks")
    anne, bram, cor = prep.participants

    edited = workbook.load(prep.id)
    edited.participants[1].role = "directeur"  # bram changes
    del edited.participants[2]  # cor goes
    edited.participants.insert(0, Participant(name="Dirk"))  # dirk is new; anne only moves
    workbook.save(edited, touch=True)
    after = child_stamps(workbook.path, "participants")

    assert set(after) == {anne.id, bram.id, edited.participants[0].id}
    assert after[anne.id] == first[anne.id]
    assert after[bram.id][0] == first[bram.id][0]  # created_at stays
    assert after[bram.id][1] > first[bram.id][1]
    new = after[edited.participants[0].id]
    assert new[0] == new[1] > first[anne.id][1]
    assert child_stamps(workbook.path, "pattern_checks") == first_checks
    positions = query(workbook.path, "SELECT name, position FROM participants ORDER BY position")
    assert [name for name, _ in positions] == ["Dirk", anne.name, bram.name]
    assert workbook.load(prep.id) == edited


def test_save_without_touch_stamps_written_children_with_the_preparations_stamp(
    workbook: Workbook,
) -> None:
    prep = full_preparation()
    workbook.save(prep)
    untouched = child_stamps(workbook.path, "participants")[prep.participants[0].id]
    prep.participants[1].role = "directeur"
    prep.updated_at, prep.updated_by = OLD, "import"
    workbook.save(prep, touch=False)
    rows = child_stamps(workbook.path, "participants")
    assert rows[prep.participants[1].id][1:] == ("2020-01-01T00:00:00.000Z", "import")
    assert rows[prep.participants[0].id] == untouched
    assert prep.updated_at == OLD
    assert workbook.load(prep.id).updated_by == "import"


def test_the_user_defaults_to_the_operating_system_user(path: Path) -> None:
    import getpass

    with Workbook.open(path) as workbook:
        prep = Preparation()
        workbook.save(prep)
    assert prep.updated_by == getpass.getuser()


def test_checklists_always_hold_one_entry_per_key_in_order(workbook: Workbook) -> None:
    prep = Preparation()
    prep.checklist.patterns = [PatternCheck(Pattern.CHEAPEST, risk=True)]  # four missing
    prep.checklist.principles = list(reversed(prep.checklist.principles))
    prep.checklist.principles.append(PrincipleAction(Principle.TRUST, "second"))  # duplicate
    prep.reflection.reviews = [PrincipleReview(Principle.TRUST, done=True)]
    prep.checklist.pressure = []
    workbook.save(prep)
    loaded = workbook.load(prep.id)
    assert [c.pattern for c in loaded.checklist.patterns] == list(Pattern)
    assert loaded.checklist.pattern(Pattern.CHEAPEST).risk is True
    assert [a.principle for a in loaded.checklist.principles] == list(Principle)
    assert loaded.checklist.principle(Principle.TRUST).action == ""  # the first one wins
    assert [r.principle for r in loaded.reflection.reviews] == list(Principle)
    assert [a.answer for a in loaded.checklist.pressure] == ["", "", ""]


def test_list_preparations_newest_change_first(workbook: Workbook) -> None:
    a, b, c = Preparation(title="a"), Preparation(title="b"), full_preparation()
    for prep, day in ((a, 3), (b, 1), (c, 2)):
        prep.updated_at = dt.datetime(2026, 1, day, tzinfo=dt.UTC)
        workbook.save(prep, touch=False)
    summaries = workbook.list_preparations()
    assert [s.id for s in summaries] == [a.id, c.id, b.id]
    assert [p.id for p in workbook.load_all()] == [a.id, c.id, b.id]
    summary = summaries[1]
    assert summary.title == c.title
    assert summary.counterparty == c.counterparty
    assert summary.meeting_date == c.meeting.date
    assert summary.updated_at == c.updated_at
    assert summary.updated_by == c.updated_by


def test_delete_hides_the_preparation_but_keeps_its_rows(workbook: Workbook) -> None:
    kept, gone = Preparation(title="kept"), full_preparation()
    workbook.save(kept)
    workbook.save(gone)
    workbook.delete(gone.id)
    assert [s.id for s in workbook.list_preparations()] == [kept.id]
    assert workbook.load_all() == [kept]
    with pytest.raises(UnknownPreparation):
        workbook.load(gone.id)
    with pytest.raises(UnknownPreparation):
        workbook.delete(gone.id)
    sql = "SELECT deleted_at, updated_by FROM preparations WHERE id = ?"
    rows = query(workbook.path, sql, gone.id)
    assert rows[0][0].endswith("Z")
    assert rows[0][1] == USER
    assert query(workbook.path, "SELECT count(*) FROM participants") == [(2,)]


def test_saving_a_deleted_preparation_brings_it_back(workbook: Workbook) -> None:
    prep = full_preparation()
    workbook.save(prep)
    workbook.delete(prep.id)
    workbook.save(prep)
    assert workbook.load(prep.id) == prep


def test_unknown_id_has_a_clear_message(workbook: Workbook) -> None:
    with pytest.raises(UnknownPreparation) as caught:
        workbook.load("00000000-0000-4000-8000-000000000000")
    assert isinstance(caught.value, KeyError)
    assert str(caught.value) == (
        "no preparation with id 00000000-0000-4000-8000-000000000000 in this workbook"
    )
    assert caught.value.prep_id == "00000000-0000-4000-8000-000000000000"


def test_profiles_round_trip_and_stamp(workbook: Workbook) -> None:
    imported = full_profile("b")
    workbook.save_profile(imported, touch=False)
    fresh = PitchProfile(person="Aafke")
    workbook.save_profile(fresh)
    assert fresh.updated_by == USER
    assert fresh.created_at == fresh.updated_at
    assert workbook.profiles() == [fresh, imported]  # by person
    created = imported.created_at
    imported.pitch = "nieuw"
    workbook.save_profile(imported)
    assert imported.created_at == created
    assert imported.updated_by == USER
    assert workbook.profiles() == [fresh, imported]


def test_save_all_writes_everything_in_one_go(workbook: Workbook) -> None:
    profile = full_profile()
    preps = [full_preparation("a", profile_id=profile.id), full_preparation("b")]
    expected = copy.deepcopy(preps)
    workbook.save_all(preps, [profile])
    assert preps == expected  # touch=False by default
    assert sorted(workbook.load_all(), key=lambda p: p.id) == sorted(preps, key=lambda p: p.id)
    assert workbook.profiles() == [profile]


def test_save_all_is_all_or_nothing(workbook: Workbook) -> None:
    kept = Preparation(title="kept")
    workbook.save(kept)
    good, bad = full_preparation("a"), full_preparation("b")
    bad.capacity.topics[0].id = good.capacity.topics[0].id  # one id in two places
    with pytest.raises(ValueError, match="appears twice in topics"):
        workbook.save_all([good, bad], [full_profile()])
    assert workbook.load_all() == [kept]
    assert workbook.profiles() == []


def test_a_failing_save_changes_nothing(workbook: Workbook) -> None:
    prep = full_preparation()
    workbook.save(prep)
    stamps = (prep.updated_at, prep.updated_by)
    broken = copy.deepcopy(prep)
    broken.title = "half saved?"
    broken.capacity.policy_goals.append(TextItem("x", id=broken.capacity.policy_goals[0].id))
    with pytest.raises(ValueError):
        workbook.save(broken)
    assert (broken.updated_at, broken.updated_by) == stamps  # not stamped either
    assert workbook.load(prep.id) == prep


def test_a_stored_value_that_does_not_fit_its_column_is_reported(path: Path) -> None:
    from nlinkoop.store.errors import Reason, WorkbookRejected

    prep = full_preparation()
    with Workbook.open(path, user=USER) as workbook:
        workbook.save(prep, touch=False)
        write(path, "UPDATE cost_lines SET amount = 'twelve'")  # while it is open
        assert len(workbook.list_preparations()) == 1
        with pytest.raises(WorkbookRejected) as caught:
            workbook.load(prep.id)
    assert caught.value.reason is Reason.INVALID_VALUE
    assert str(caught.value) == "damaged (unreadable value: 'twelve' is not an amount)"
    with pytest.raises(WorkbookRejected) as caught:  # the next open refuses it at once
        Workbook.open(path, user=USER)
    assert caught.value.reason is Reason.BAD_VALUE
    assert str(caught.value).startswith("damaged (unreadable value in cost_lines.amount, ")
    assert str(caught.value).endswith(": 'twelve')")


def test_a_closed_workbook_refuses_work(path: Path) -> None:
    workbook = Workbook.open(path)
    workbook.close()
    workbook.close()  # twice is fine
    with pytest.raises(RuntimeError, match="closed"):
        workbook.list_preparations()
