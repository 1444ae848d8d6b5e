"""Helpers for store tests: real workbook files in `tmp_path`, and ways to look at them."""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.store.workbook import Workbook

USER = "tester"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def query(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Read a workbook with plain sqlite3, read-only, as another tool would."""
    uri = path.resolve().as_uri() + "?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return conn.execute(sql, params).fetchall()


def write(path: Path, *statements: str) -> None:
    """Change a workbook file behind nlinkoop's back (to build damaged or hostile files)."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for statement in statements:
            conn.execute(statement)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A new, empty workbook file."""
    target = tmp_path / "werkboek.db"
    Workbook.create(target, user=USER).close()
    return target


@pytest.fixture
def workbook(path: Path) -> Iterator[Workbook]:
    """The `path` workbook, open."""
    with Workbook.open(path, user=USER) as opened:
        yield opened
