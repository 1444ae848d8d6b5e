"""The workbook's procurement policy and a preparation's gate fields: stored, merged, shared."""

import datetime as dt
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from nlinkoop.cli.sharing import conflict_lines
from nlinkoop.domain.policy import POLICY_ID, ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Authority, ContractKind
from nlinkoop.store import versions
from nlinkoop.store.document import Document, export_preparations
from nlinkoop.store.merge import merge
from nlinkoop.store.workbook import Workbook
from tests.store.builders import full_policy, full_preparation
from tests.store.conftest import USER, query
from tests.store.test_merge import dump, merged_both_ways


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Workbook, Workbook, str]]:
    """Two copies of one workbook without a policy (mine for Anne, theirs for Bert)."""
    base = tmp_path / "base.db"
    with Workbook.create(base, user=USER) as workbook:
        prep = Preparation(title="Schoonmaak", counterparty="CleanCo")
        workbook.save(prep)
    shutil.copy(base, tmp_path / "mine.db")
    shutil.copy(base, tmp_path / "theirs.db")
    with (
        Workbook.open(tmp_path / "mine.db", user="anne") as mine,
        Workbook.open(tmp_path / "theirs.db", user="bert") as theirs,
    ):
        yield mine, theirs, prep.id


def set_policy(workbook: Workbook, **fields: object) -> ProcurementPolicy:
    policy = workbook.policy()
    for name, value in fields.items():
        setattr(policy, name, value)
    workbook.save_policy(policy)
    return policy


# --- storing ---------------------------------------------------------------------------------


def test_a_workbook_without_a_policy_gives_an_empty_one(workbook: Workbook) -> None:
    assert workbook.stored_policy() is None
    policy = workbook.policy()
    assert (policy.id, policy.name, policy.is_set()) == (POLICY_ID, "", False)


def test_the_policy_is_stored_exactly_and_stamped(workbook: Workbook, path: Path) -> None:
    policy = ProcurementPolicy(single_up_to=Decimal("50000.00"), name="Inkoopbeleid 2025")
    workbook.save_policy(policy)

    assert policy.updated_by == USER and policy.created_at == policy.updated_at
    assert workbook.policy() == policy
    assert workbook.policy().single_up_to.as_tuple() == Decimal("50000.00").as_tuple()
    assert query(path, "SELECT id, single_up_to, multiple_up_to FROM policy") == [
        ("policy", "50000.00", None)
    ]

    imported = full_policy()
    workbook.save_policy(imported, touch=False)  # an import keeps its stamps
    assert workbook.policy() == full_policy()
    assert query(path, "SELECT count(*) FROM policy") == [(1,)]


def test_a_policy_with_another_id_is_refused(workbook: Workbook) -> None:
    with pytest.raises(ValueError, match="id"):
        workbook.save_policy(ProcurementPolicy(id="0f8fad5b-d9cb-469f-a165-70867728950e"))
    assert workbook.stored_policy() is None


def test_only_the_fields_a_save_changes_get_a_version(workbook: Workbook, path: Path) -> None:
    set_policy(workbook, single_up_to=Decimal("50000"))
    [(first,)] = query(path, "SELECT versions FROM policy")
    assert set(versions.parse(first)) == {"single_up_to"}  # not the limits nobody set

    set_policy(workbook, works_single_up_to=Decimal("150000"))
    [(second,)] = query(path, "SELECT versions FROM policy")
    stored = versions.parse(second)
    assert set(stored) == {"single_up_to", "works_single_up_to"}
    assert stored["single_up_to"] == versions.parse(first)["single_up_to"]


def test_the_gate_fields_of_a_preparation_are_stored(workbook: Workbook, path: Path) -> None:
    prep = full_preparation()
    workbook.save(prep)
    assert workbook.load(prep.id) == prep
    assert query(path, "SELECT contract_kind, authority, value_includes_options FROM preparations")
    assert query(
        path, "SELECT contract_kind, authority, value_includes_options FROM preparations"
    ) == [("supplies_services", "other", 1)]

    prep.contract_kind, prep.authority, prep.value_includes_options = None, None, False
    workbook.save(prep)
    assert workbook.load(prep.id) == prep
    assert query(
        path, "SELECT contract_kind, authority, value_includes_options FROM preparations"
    ) == [(None, None, 0)]


def test_save_all_stores_the_policy_with_the_rest_or_nothing(workbook: Workbook) -> None:
    prep = Preparation(title="Import")
    with pytest.raises(ValueError):
        workbook.save_all([prep, prep], [], full_policy())
    assert workbook.stored_policy() is None and workbook.list_preparations() == []

    workbook.save_all([prep], [], full_policy())
    assert workbook.policy() == full_policy()
    workbook.save_all([prep], [])  # without a policy: the stored one stays
    assert workbook.policy() == full_policy()


# --- merging ---------------------------------------------------------------------------------


def test_two_who_each_start_the_policy_keep_each_others_limits(
    pair: tuple[Workbook, Workbook, str], tmp_path: Path
) -> None:
    mine, theirs, _ = pair
    set_policy(mine, single_up_to=Decimal("50000"))
    set_policy(theirs, works_multiple_up_to=Decimal("1500000"))

    report = merge(theirs, mine, dry_run=True)
    assert report.conflicts == [] and report.policy and report.preparations == set()

    into_mine, into_theirs = merged_both_ways(tmp_path, mine, theirs)
    assert dump(into_mine) == dump(into_theirs)  # the same file either way round
    with Workbook.open(into_mine) as merged:
        policy = merged.policy()
        assert (policy.single_up_to, policy.works_multiple_up_to) == (
            Decimal("50000"),
            Decimal("1500000"),
        )
        assert (policy.multiple_up_to, policy.works_single_up_to) == (None, None)
        with Workbook.open(into_theirs) as other:
            assert not merge(other, merged).changed


def test_two_who_set_one_limit_differently_get_a_conflict_on_it(
    pair: tuple[Workbook, Workbook, str],
) -> None:
    mine, theirs, _ = pair
    set_policy(mine, single_up_to=Decimal("50000"), name="Beleid 2025")
    set_policy(theirs, single_up_to=Decimal("40000"), multiple_up_to=Decimal("215000"))

    report = merge(theirs, mine, resolve=lambda conflicts: ["mine"] * len(conflicts))

    [conflict] = report.conflicts  # not the name: Bert never set one
    assert (conflict.table, conflict.record_id, conflict.field) == (
        "policy",
        POLICY_ID,
        "single_up_to",
    )
    assert (conflict.mine, conflict.theirs) == (Decimal("50000"), Decimal("40000"))
    assert (conflict.preparation_id, conflict.title) == (None, "Beleid 2025")
    assert (conflict.mine_by, conflict.theirs_by) == ("anne", "bert")
    policy = mine.policy()
    assert (policy.single_up_to, policy.multiple_up_to) == (Decimal("50000"), Decimal("215000"))
    assert policy.name == "Beleid 2025"
    assert merge(mine, theirs).conflicts == []  # Bert receives Anne's decision
    assert theirs.policy().single_up_to == Decimal("50000")

    lines = conflict_lines(conflict, "mine")  # what `nlinkoop merge` prints for it
    assert lines[0].startswith('conflict: "Beleid 2025" policy.single_up_to: kept mine (anne, ')
    assert [line.split() for line in lines[1:]] == [["mine:", "50000"], ["theirs:", "40000"]]


def test_edits_of_different_limits_of_a_shared_policy_both_arrive(
    pair: tuple[Workbook, Workbook, str],
) -> None:
    mine, theirs, _ = pair
    set_policy(mine, name="Beleid")
    merge(mine, theirs)
    set_policy(mine, single_up_to=Decimal("50000"))
    set_policy(theirs, works_multiple_up_to=Decimal("1500000"))

    report = merge(theirs, mine)

    assert (report.updated, report.conflicts, report.policy) == (1, [], True)
    policy = mine.policy()
    assert (policy.name, policy.single_up_to, policy.works_multiple_up_to) == (
        "Beleid",
        Decimal("50000"),
        Decimal("1500000"),
    )
    assert policy.updated_by == "bert"  # the later change of the record


def test_the_gate_fields_of_a_preparation_merge_like_any_field(
    pair: tuple[Workbook, Workbook, str],
) -> None:
    mine, theirs, prep_id = pair
    prep = mine.load(prep_id)
    prep.contract_kind = ContractKind.WORKS
    mine.save(prep)
    prep = theirs.load(prep_id)
    prep.authority, prep.value_includes_options = Authority.CENTRAL, True
    theirs.save(prep)

    assert merge(theirs, mine).conflicts == []
    merged = mine.load(prep_id)
    assert (merged.contract_kind, merged.authority, merged.value_includes_options) == (
        ContractKind.WORKS,
        Authority.CENTRAL,
        True,
    )

    prep = theirs.load(prep_id)
    prep.contract_kind = ContractKind.SOCIAL_SERVICES
    theirs.save(prep)
    prep = mine.load(prep_id)
    prep.contract_kind = ContractKind.SUPPLIES_SERVICES
    mine.save(prep)
    [conflict] = merge(theirs, mine, dry_run=True).conflicts
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "contract_kind",
        ContractKind.SUPPLIES_SERVICES,  # as the column reads it: the enum
        ContractKind.SOCIAL_SERVICES,
    )


def test_a_merge_without_a_policy_change_says_so(pair: tuple[Workbook, Workbook, str]) -> None:
    mine, theirs, prep_id = pair
    prep = theirs.load(prep_id)
    prep.title = "Nieuw"
    theirs.save(prep)
    report = merge(theirs, mine)
    assert report.changed and not report.policy


# --- sharing: export, write-back ---------------------------------------------------------------


@pytest.mark.usefixtures("own_data_folder")
def test_an_exported_preparation_takes_the_policy_along_and_merges_back(
    pair: tuple[Workbook, Workbook, str], tmp_path: Path
) -> None:
    mine, _, prep_id = pair
    set_policy(mine, single_up_to=Decimal("50000"), name="Beleid")
    mine.close()

    export_preparations(mine.file, [prep_id], tmp_path / "voor-bert.db", user="anne")

    with Workbook.open(tmp_path / "voor-bert.db") as sent, Workbook.open(mine.file) as source:
        assert sent.stored_policy() == source.stored_policy()
        assert not merge(sent, source).changed  # the same ids and versions


@pytest.mark.usefixtures("own_data_folder")
def test_a_policy_change_is_written_back_like_any_edit(tmp_path: Path) -> None:
    target = tmp_path / "werkboek.db"
    Workbook.create(target, user=USER).close()
    with Document.open(target, user="anne") as document:
        assert not document.dirty
        document.workbook.save_policy(ProcurementPolicy(multiple_up_to=Decimal("215000")))
        assert document.dirty
        assert document.write_back().written
        assert not document.dirty
    with Workbook.open(target) as workbook:
        assert workbook.policy().multiple_up_to == Decimal("215000")


@pytest.mark.usefixtures("own_data_folder")
def test_a_colleagues_policy_change_meets_mine_in_the_write_back(tmp_path: Path) -> None:
    target = tmp_path / "werkboek.db"
    Workbook.create(target, user=USER).close()
    with Document.open(target, user="anne") as document:
        document.workbook.save_policy(ProcurementPolicy(single_up_to=Decimal("50000")))
        with Workbook.open(target, user="bert") as colleague:  # behind the window's back
            colleague.save_policy(ProcurementPolicy(works_single_up_to=Decimal("150000")))

        result = document.write_back()

        assert result.written and result.report is not None and result.report.policy
        assert result.report.conflicts == []
    with Workbook.open(target) as workbook:
        policy = workbook.policy()
        assert (policy.single_up_to, policy.works_single_up_to) == (
            Decimal("50000"),
            Decimal("150000"),
        )


def test_stamps_of_a_merged_policy_are_the_later_ones(
    pair: tuple[Workbook, Workbook, str],
) -> None:
    mine, theirs, _ = pair
    first = set_policy(mine, single_up_to=Decimal("1"))
    later = set_policy(theirs, multiple_up_to=Decimal("2"))
    assert later.updated_at >= first.updated_at
    merge(theirs, mine)
    merged = mine.policy()
    assert (merged.updated_at, merged.updated_by) == (later.updated_at, "bert")
    assert merged.created_at == max(first.created_at, later.created_at)
    assert isinstance(merged.created_at, dt.datetime)
