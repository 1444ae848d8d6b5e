"""replica.compare: in SQL, the same differences as comparing a full scan with what was seen."""

import sqlite3
from contextlib import closing
from pathlib import Path

from nlinkoop.examples import create_example
from nlinkoop.store import replica
from nlinkoop.store.workbook import Workbook

Seen = dict[tuple[str, str], str]


def _write_seen(path: Path, seen: Seen) -> None:
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "CREATE TABLE known (kind TEXT, id TEXT, revision TEXT, PRIMARY KEY (kind, id))"
            " WITHOUT ROWID"
        )
        conn.executemany("INSERT INTO known VALUES (?, ?, ?)", [(*k, v) for k, v in seen.items()])


def _by_scan(workbook: Workbook, seen: Seen) -> replica.Comparison:
    """What compare must find, the slow way: every record into Python."""
    local = replica.scan(workbook)
    removed = {entry.id for (kind, _), entry in local.items() if kind == replica.TOMBSTONES}
    found = replica.Comparison()
    for key, entry in local.items():
        if seen.get(key) != entry.revision:
            found.changed[key] = (entry, seen.get(key))
    for key in seen:
        if key not in local:
            found.missing[key] = key[1] in removed
    return found


def test_compare_finds_what_a_full_scan_finds(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    with Workbook.open(path, user="anna") as workbook:
        seen = {key: entry.revision for key, entry in replica.scan(workbook).items()}
        prep = workbook.load(workbook.list_preparations()[0].id)
        gone = prep.interests.pop()  # removed here: a tombstone, while the seen file has it
        prep.title = "Na de laatste sync veranderd"
        workbook.save(prep)
        keys = sorted(seen)
        del seen[keys[5]]  # never seen: new there
        seen[keys[9]] = seen[keys[9]].replace("\n", "\n2020-01-01", 1)  # seen otherwise
        seen["interests", "no-such-interest"] = "{}\n"  # seen, gone here without a trace
        _write_seen(tmp_path / "seen.sqlite", seen)

        found = replica.compare(workbook, tmp_path / "seen.sqlite")

        assert found == _by_scan(workbook, seen)
        assert ("preparations", prep.id) in found.changed
        assert found.changed[keys[5]][1] is None
        assert found.missing == {
            ("interests", gone.id): True,
            ("interests", "no-such-interest"): False,
        }
        assert (replica.TOMBSTONES, gone.id) in found.changed  # the removal is new there


def test_nothing_differs_after_everything_was_seen(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    with Workbook.open(path, user="anna") as workbook:
        seen = {key: entry.revision for key, entry in replica.scan(workbook).items()}
        _write_seen(tmp_path / "seen.sqlite", seen)
        assert replica.compare(workbook, tmp_path / "seen.sqlite") == replica.Comparison()
