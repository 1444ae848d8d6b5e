"""The full check reads every stored value as its column's type does, so a file that passes it
is never refused later by a load, a merge or an import for a value in it."""

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlinkoop.domain.common import utc_text
from nlinkoop.domain.interests import Interest
from nlinkoop.store.document import Document, merge_files
from nlinkoop.store.errors import Reason, StoredValueError, WorkbookRejected
from nlinkoop.store.models import Base
from nlinkoop.store.types import (
    DateText,
    DecimalText,
    EnumText,
    Flag,
    IntNumber,
    StrText,
    TimeText,
    UtcDateTime,
)
from nlinkoop.store.workbook import Workbook, check
from tests.store.builders import full_policy, full_preparation, full_profile
from tests.store.conftest import USER, write

# A value each type refuses, as SQL, written with plain sqlite3 as another program could.
BAD = {
    StrText: "x'00'",  # a blob
    IntNumber: "'twelve'",
    Flag: "2",
    DecimalText: "'1,5'",
    DateText: "'2026-13-45'",
    TimeText: "'25:00:00'",
    UtcDateTime: "'2026-11-27 07:10:00'",
    EnumText: "'private'",
}
COLUMNS = [
    pytest.param(table.name, column.name, id=f"{table.name}.{column.name}")
    for table in Base.metadata.sorted_tables
    for column in table.columns
]
TITLE = full_preparation().title
CHILD_TABLES = [t.name for t in Base.metadata.sorted_tables if "preparation_id" in t.c]


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workbook with a row in every table (a removed list item leaves a tombstone)."""
    path = tmp_path_factory.mktemp("sound") / "werkboek.db"
    profile = full_profile()
    prep = full_preparation(profile_id=profile.id)
    prep.interests.append(Interest(what="weg"))
    with Workbook.create(path, user=USER) as workbook:
        workbook.save_all([prep], [profile], full_policy())
        prep.interests.pop()
        workbook.save(prep)
    for table in Base.metadata.sorted_tables:
        assert query_one(path, f'SELECT count(*) FROM "{table.name}"') > 0, table.name
    return path


def query_one(path: Path, sql: str) -> Any:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchone()[0]


def corrupt(path: Path, table: str, column: str) -> str:
    """Write the bad value of the column's type into its first row; returns the SQL value."""
    bad = BAD[type(Base.metadata.tables[table].c[column].type)]
    where = f'rowid = (SELECT min(rowid) FROM "{table}")'
    statements = [f'UPDATE "{table}" SET "{column}" = {bad} WHERE {where}']
    if (table, column) == ("preparations", "id"):  # keep its lists with it
        statements += [f'UPDATE "{child}" SET preparation_id = {bad}' for child in CHILD_TABLES]
    write(path, *statements)
    return bad


@pytest.mark.parametrize(("table", "column"), COLUMNS)
def test_every_value_the_app_cannot_read_is_refused_by_the_check(
    sound: Path, tmp_path: Path, table: str, column: str
) -> None:
    path = tmp_path / "werkboek.db"
    shutil.copyfile(sound, path)
    corrupt(path, table, column)
    with pytest.raises(WorkbookRejected) as caught:
        check(path)
    if column == "preparation_id":  # a blob never matches its preparation's id
        assert caught.value.reason is Reason.DAMAGED
        return
    assert caught.value.reason is Reason.BAD_VALUE
    first = caught.value.found[0]  # type: ignore[attr-defined]
    assert (first.table, first.column) == (table, column)
    assert str(caught.value).startswith(f"damaged (unreadable value in {table}.{column}, ")
    if table in ["preparations", *CHILD_TABLES] and column not in ("title", "id"):
        assert first.row.startswith(f'"{TITLE}", id '), first.row  # named by its title
    with pytest.raises(WorkbookRejected) as opened:
        Workbook.open(path).close()
    assert opened.value.reason is Reason.BAD_VALUE


@pytest.mark.parametrize("bad", ["2026-13-45", "gisteren", "2026-02-30", "0000-01-01", ""])
def test_a_date_the_calendar_has_not_is_refused(sound: Path, tmp_path: Path, bad: str) -> None:
    path = tmp_path / "werkboek.db"
    shutil.copyfile(sound, path)
    write(path, f"UPDATE preparations SET meeting_date = '{bad}'")
    with pytest.raises(WorkbookRejected) as caught:
        check(path)
    line = str(caught.value.found[0])  # type: ignore[attr-defined]
    assert line.startswith(f'preparations.meeting_date, "{TITLE}", id '), line
    assert line.endswith(f"{bad!r} is not a date"), line


def test_every_bad_value_is_named_up_to_a_limit(sound: Path, tmp_path: Path) -> None:
    path = tmp_path / "werkboek.db"
    shutil.copyfile(sound, path)
    write(
        path,
        "UPDATE preparations SET meeting_date = 'gisteren', contract_months = 'twaalf'",
        "UPDATE todos SET done = 7",
    )
    with pytest.raises(WorkbookRejected) as caught:
        check(path)
    found = caught.value.found  # type: ignore[attr-defined]
    places = [(v.table, v.column) for v in found]
    todos = query_one(path, "SELECT count(*) FROM todos")
    assert places[:2] == [("preparations", "contract_months"), ("preparations", "meeting_date")]
    assert places[2:] == [("todos", "done")] * todos
    assert not caught.value.more  # type: ignore[attr-defined]
    write(path, *[f"UPDATE {table} SET updated_by = x'00'" for table in CHILD_TABLES])
    with pytest.raises(WorkbookRejected) as caught:
        check(path)
    assert len(caught.value.found) == 20  # type: ignore[attr-defined]
    assert caught.value.more  # type: ignore[attr-defined]


def test_a_long_hostile_value_is_shown_short(sound: Path, tmp_path: Path) -> None:
    path = tmp_path / "werkboek.db"
    shutil.copyfile(sound, path)
    write(path, "UPDATE preparations SET meeting_start = 'x' || char(10) || printf('%.500c', 'y')")
    with pytest.raises(WorkbookRejected) as caught:
        check(path)
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 200
    assert message.endswith("yyy...)")


def test_merge_and_open_refuse_such_a_file_and_name_it(
    sound: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))
    theirs, mine = tmp_path / "bram.db", tmp_path / "anne.db"
    shutil.copyfile(sound, theirs)
    shutil.copyfile(sound, mine)
    write(theirs, "UPDATE preparations SET meeting_date = 'gisteren'")
    for refused in (
        lambda: merge_files(theirs, mine),
        lambda: merge_files(mine, theirs),
        lambda: Document.open(theirs, user=USER).close(),
    ):
        with pytest.raises(WorkbookRejected) as caught:
            refused()
        assert caught.value.reason is Reason.BAD_VALUE
        assert "preparations.meeting_date" in str(caught.value)
    assert not list((tmp_path / "data" / "working").iterdir())


# --- the SQL fast path holds only for values the type reads ------------------------------------

TYPES = [
    StrText(),
    IntNumber(),
    Flag(),
    DecimalText(),
    DateText(),
    TimeText(),
    UtcDateTime(),
    EnumText(Reason),  # any StrEnum does
]
DIGITS = "0123456789"
ODD = DIGITS + " -+.:TZtz\t\u0663a"  # for the places where digits belong (\u0663: Arabic three)


def laid_out(layout: str) -> st.SearchStrategy[str]:
    """Text in the layout of a date or time, `#` filled with digits or other characters."""

    def fill(chars: str) -> str:
        given = iter(chars)
        return "".join(next(given) if c == "#" else c for c in layout)

    places = layout.count("#")
    return st.text(alphabet=ODD, min_size=places, max_size=places).map(fill)


stored = st.one_of(
    laid_out("####-##-##"),
    laid_out("##:##:##"),
    laid_out("####-##-##T##:##:##.###Z"),
    st.text(alphabet=DIGITS, min_size=8, max_size=8).map(
        lambda d: f"{d[:4]}-{d[4:6]}-{d[6:]}T23:59:59.999Z"
    ),
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False),
    st.binary(max_size=30),
    st.text(max_size=30),
    st.text(alphabet=DIGITS + "-:.TZE+ ", max_size=26),  # near dates, times and amounts
    st.dates().map(str),
    st.times().map(str),
    st.datetimes().map(lambda d: d.isoformat(timespec="milliseconds") + "Z"),
    st.decimals(allow_nan=False, allow_infinity=False).map(str),
    st.sampled_from([r.value for r in Reason] + ["2026-02-29", "24:00:00", "0000-01-01"]),
)


@settings(max_examples=3000, deadline=None)
@given(value=stored, kind=st.sampled_from(TYPES))
def test_what_the_sql_lets_pass_the_type_reads(value: object, kind: Any) -> None:
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (c)")  # no type affinity: the value is stored as given
        conn.execute("INSERT INTO t VALUES (?)", (value,))
        (stored_value, passes) = conn.execute(
            f"SELECT c, ({kind.readable_sql('c')}) IS 1 FROM t"
        ).fetchone()
    if passes:
        kind.process_result_value(stored_value, None)  # raises if the SQL let a bad value by


@given(
    day=st.dates().filter(lambda d: (d.month, d.day) != (2, 29)),  # left to the type: see types
    moment=st.datetimes(timezones=st.just(dt.UTC)).filter(lambda m: (m.month, m.day) != (2, 29)),
    clock=st.times().map(lambda t: t.replace(microsecond=0)),
    amount=st.decimals(min_value=0, allow_nan=False, allow_infinity=False, places=2),
)
def test_what_the_app_writes_passes_the_sql_without_python(
    day: Any, moment: Any, clock: Any, amount: Decimal
) -> None:
    """The fast path is not empty: a sound file is checked inside SQLite alone (but for the
    rare 29 February, which the SQL leaves to the type)."""
    values = [
        (DateText(), day.isoformat()),
        (UtcDateTime(), utc_text(moment)),
        (TimeText(), clock.isoformat()),
        (DecimalText(), str(amount)),
        (Flag(), 1),
        (IntNumber(), 12),
        (StrText(), "tekst"),
    ]
    with closing(sqlite3.connect(":memory:")) as conn:
        for kind, value in values:
            sql = f"SELECT ({kind.readable_sql('?1')}) IS 1"
            assert conn.execute(sql, (value,)).fetchone() == (1,), (kind, value)


def test_the_types_refuse_with_a_stored_value_error() -> None:
    for kind, bad in ((DateText(), "gisteren"), (Flag(), 2), (StrText(), b"\x00")):
        with pytest.raises(StoredValueError):
            kind.process_result_value(bad, None)  # type: ignore[arg-type]
