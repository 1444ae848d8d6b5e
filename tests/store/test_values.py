"""Values are stored exactly and readably, and a value that does not fit is reported, not used."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from nlinkoop.domain.common import Priority, utc_text
from nlinkoop.domain.conditions import CostLine, Topic
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.errors import Reason, WorkbookRejected
from nlinkoop.store.workbook import Workbook
from tests.store.builders import full_preparation
from tests.store.conftest import USER, query, write
from tests.strategies import Workbook as Drawn
from tests.strategies import workbooks


def test_amounts_are_exact_decimal_text(workbook: Workbook) -> None:
    prep = Preparation(contract_value=Decimal("0.1") + Decimal("0.2"))
    prep.capacity.cost_lines = [
        CostLine(amount=Decimal("12345678901234567890.123456789")),
        CostLine(amount=Decimal("-1500.10"), share_percent=Decimal("0")),
        CostLine(amount=Decimal("1E+3")),
    ]
    workbook.save(prep)
    assert query(workbook.path, "SELECT contract_value FROM preparations") == [("0.3",)]
    rows = query(workbook.path, "SELECT amount, typeof(amount) FROM cost_lines ORDER BY position")
    assert rows == [
        ("12345678901234567890.123456789", "text"),
        ("-1500.10", "text"),
        ("1E+3", "text"),
    ]
    assert workbook.load(prep.id) == prep


def test_an_amount_written_differently_is_a_change(workbook: Workbook) -> None:
    prep = Preparation()
    prep.capacity.cost_lines = [CostLine(amount=Decimal("1.5"))]
    workbook.save(prep)
    prep.capacity.cost_lines[0].amount = Decimal("1.50")  # equal, but not the same text
    workbook.save(prep)
    assert query(workbook.path, "SELECT amount FROM cost_lines") == [("1.50",)]
    assert str(workbook.load(prep.id).capacity.cost_lines[0].amount) == "1.50"


def test_timestamps_are_utc_text_to_the_millisecond(workbook: Workbook) -> None:
    amsterdam = dt.timezone(dt.timedelta(hours=1))
    prep = Preparation(
        created_at=dt.datetime(2026, 11, 27, 8, 10, 0, 123999, tzinfo=amsterdam),
        updated_at=dt.datetime(2026, 11, 27, 7, 10, 0, 123000, tzinfo=dt.UTC),
    )
    workbook.save(prep, touch=False)
    rows = query(workbook.path, "SELECT created_at, updated_at FROM preparations")
    assert rows == [("2026-11-27T07:10:00.123Z", "2026-11-27T07:10:00.123Z")]
    loaded = workbook.load(prep.id)
    assert loaded.created_at == loaded.updated_at == prep.updated_at
    assert loaded.created_at.tzinfo is dt.UTC


def test_the_timestamp_format() -> None:
    assert utc_text(dt.datetime(1, 1, 1, tzinfo=dt.UTC)) == "0001-01-01T00:00:00.000Z"
    with pytest.raises(ValueError, match="naive"):
        utc_text(dt.datetime(2026, 1, 1))


def test_dates_times_enums_and_flags_are_plain_text_and_numbers(workbook: Workbook) -> None:
    prep = full_preparation()
    prep.capacity.topics = [Topic(priority=Priority.NICE_TO_HAVE)]
    workbook.save(prep)
    path = workbook.path
    sql = "SELECT meeting_date, meeting_start, context, procedure, portfolio_kraljic"
    assert query(path, f"{sql} FROM preparations") == [
        ("2026-12-03", "09:30:00", "public", "competitive_with_negotiation", "leverage")
    ]
    assert query(path, "SELECT priority FROM topics") == [("nice_to_have",)]
    assert query(path, "SELECT done FROM todos") == [(1,)]
    assert query(path, "SELECT risk FROM pattern_checks ORDER BY position") == [
        (1,),
        (0,),
        (1,),
        (0,),
        (1,),
    ]


def test_a_naive_timestamp_is_a_bug_not_a_guess(workbook: Workbook) -> None:
    prep = Preparation(updated_at=dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="naive"):
        workbook.save(prep, touch=False)
    assert workbook.list_preparations() == []


@pytest.mark.parametrize(
    ("table", "column", "bad"),
    [
        ("preparations", "title", "x'00'"),  # a blob where text belongs
        ("preparations", "contract_value", "x'31'"),  # a blob, even if it reads '1'
        ("preparations", "contract_months", "'twelve'"),
        ("preparations", "meeting_date", "'27-11-2026'"),
        ("preparations", "meeting_start", "'half tien'"),
        ("preparations", "context", "'private'"),
        ("preparations", "created_at", "'2026-11-27 07:10:00'"),
        ("todos", "done", "2"),
        ("cost_lines", "amount", "'1,5'"),
        ("wishes", "worth_it", "'YES'"),
    ],
)
def test_a_value_that_does_not_fit_is_reported(
    path: Path, table: str, column: str, bad: str
) -> None:
    prep = full_preparation()
    with Workbook.open(path, user=USER) as workbook:
        workbook.save(prep)
        write(path, f"UPDATE {table} SET {column} = {bad}")  # behind the open workbook's back
        with pytest.raises(WorkbookRejected) as caught:
            workbook.load(prep.id)
    assert caught.value.reason is Reason.INVALID_VALUE
    assert str(caught.value).startswith("damaged (unreadable value: ")
    with pytest.raises(WorkbookRejected) as caught:  # opened again: refused at once
        Workbook.open(path, user=USER)
    assert caught.value.reason is Reason.BAD_VALUE
    assert str(caught.value).startswith(f"damaged (unreadable value in {table}.{column}, ")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_anything_the_domain_holds_round_trips(
    tmp_path_factory: pytest.TempPathFactory,
    drawn: Drawn,
) -> None:
    preparations, profiles, policy = drawn
    target = tmp_path_factory.mktemp("drawn") / "werkboek.db"
    with Workbook.create(target, user=USER) as workbook:
        workbook.save_all(preparations, profiles, policy)
    with Workbook.open(target, user=USER) as workbook:
        assert sorted(workbook.load_all(), key=lambda p: p.id) == sorted(
            preparations, key=lambda p: p.id
        )
        assert sorted(workbook.profiles(), key=lambda p: p.id) == sorted(
            profiles, key=lambda p: p.id
        )
        assert workbook.stored_policy() == policy
