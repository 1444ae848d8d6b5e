"""Helpers for store tests: real workbook files in `tmp_path`, and ways to look at them."""

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.document import Document
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


# --- documents on a shared folder (tests of the document model, locks and write-back) --------


@pytest.fixture
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Working copies, backups and verified files of this test only (recovery scans the
    whole data folder). Use with `pytestmark = pytest.mark.usefixtures("own_data_folder")`."""
    folder = tmp_path / "data"
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(folder))
    monkeypatch.setenv("NLINKOOP_CACHE_DIR", str(tmp_path / "cache"))
    return folder


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own, as on a shared drive."""
    made = tmp_path / "gedeeld"
    made.mkdir()
    return made


@pytest.fixture
def shared(folder: Path) -> Path:
    """A workbook with one preparation in a folder of its own, as on a shared drive."""
    return new_workbook(folder / "deal.db")


def new_workbook(path: Path, title: str = "Jaargesprek") -> Path:
    """A new workbook at `path` with one preparation."""
    with Workbook.create(path, user=USER) as workbook:
        workbook.save(Preparation(title=title, counterparty="CleanCo"))
    return path


def titles(path: Path) -> list[str]:
    """The titles of the preparations in workbook `path`."""
    with Workbook.open(path, user=USER) as workbook:
        return [p.title for p in workbook.load_all()]


def retitle(document: Document, title: str) -> None:
    """Give the document's first preparation a new title, saved in its working copy."""
    prep = document.workbook.load_all()[0]
    prep.title = title
    document.workbook.save(prep)
