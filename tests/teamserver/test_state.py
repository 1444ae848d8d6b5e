"""The sync state's lookups: only the records asked for, found through the primary key."""

from pathlib import Path

from nlinkoop.teamserver.state import Known, SyncState


def _known(n: int) -> Known:
    return Known("interests", f"item-{n:06d}", f"prep-{n // 10}", "anna", n % 2 == 0, f"r{n}")


def test_lookup_gives_the_records_asked_for_and_no_others(tmp_path: Path) -> None:
    with SyncState.open(tmp_path / "state.sqlite") as state:
        state.record(_known(n) for n in range(1000))
        asked = [("interests", f"item-{n:06d}") for n in (3, 999, 500, 3)]
        asked += [("interests", "no-such-item"), ("preparations", "item-000003")]
        found = state.lookup(asked)
        assert found == {key: _known(int(key[1][5:])) for key in asked[:3]}
        assert state.lookup([]) == {}


def test_lookup_searches_the_primary_key_instead_of_reading_every_record(tmp_path: Path) -> None:
    # A row-value IN (VALUES ...) made SQLite read the whole table for every 400 keys: 1.3 s a
    # statement at 647,210 records, and the author's second sync after a first push of 5,000
    # preparations took 390 s.
    with SyncState.open(tmp_path / "state.sqlite") as state:
        state.record(_known(n) for n in range(100))
        conn = state._conn  # noqa: SLF001 - to see the statements a lookup runs
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        state.lookup([("interests", "item-000001"), ("interests", "item-000002")])
        conn.set_trace_callback(None)
        assert statements
        for statement in statements:
            plan = " / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}"))
            assert "SCAN known" not in plan, plan
            assert "USING PRIMARY KEY" in plan, plan
