"""Reopening a workbook takes the working copy kept at close, unless anything changed since."""

import json
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store import document as document_module
from nlinkoop.store.document import Document
from nlinkoop.store.workbook import Workbook
from tests.store.conftest import USER, retitle

pytestmark = pytest.mark.usefixtures("own_data_folder")


@pytest.fixture
def copies(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files each open copied from (the real copy still runs)."""
    made: list[Path] = []
    real: Callable[[Path, Path], object] = document_module._snapshot

    def counting(path: Path, target: Path) -> object:
        made.append(path)
        return real(path, target)

    monkeypatch.setattr(document_module, "_snapshot", counting)
    return made


@pytest.fixture
def deal(tmp_path: Path) -> Path:
    path = tmp_path / "gedeeld" / "deal.db"
    path.parent.mkdir()
    with Workbook.create(path, user=USER) as workbook:
        workbook.save(Preparation(title="Jaargesprek", counterparty="CleanCo"))
    return path


def kept_folders(data: Path) -> list[Path]:
    root = data / "kept"
    return sorted(root.iterdir()) if root.exists() else []


def title_in(document: Document) -> str:
    return document.workbook.load_all()[0].title


def test_reopening_an_unchanged_file_takes_the_kept_copy(
    deal: Path, copies: list[Path], own_data_folder: Path
) -> None:
    with Document.open(deal, user="anne") as document:
        retitle(document, "Jaargesprek 2027")
        document.write_back()
    assert len(copies) == 1 and len(kept_folders(own_data_folder)) == 1
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Jaargesprek 2027"
        assert kept_folders(own_data_folder) == []  # a kept copy serves one open
        assert not document.outside_changed()
        retitle(document, "Jaargesprek 2028")
        assert document.write_back().written
    assert len(copies) == 1
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Jaargesprek 2028"
    assert len(copies) == 1


def test_a_colleagues_version_is_copied_again(
    deal: Path, copies: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Document.open(deal, user="anne").close()
    with monkeypatch.context() as on_jans_laptop:
        on_jans_laptop.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "jan"))
        with Document.open(deal, user="jan") as theirs:
            retitle(theirs, "Door Jan")
            theirs.write_back()
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Door Jan"
    assert copies == [deal, deal, deal]  # anne, jan, and anne again: jan's version


def test_a_replacement_with_the_same_size_and_time_is_copied_again(
    deal: Path, copies: list[Path], tmp_path: Path
) -> None:
    Document.open(deal, user="anne").close()
    other = tmp_path / "ander.db"
    with Workbook.create(other, user=USER) as workbook:
        workbook.save(Preparation(title="Jaargespr3k", counterparty="CleanCo"))
    info = deal.stat()
    os.replace(other, deal)
    os.utime(deal, ns=(info.st_atime_ns, info.st_mtime_ns))
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Jaargespr3k"
    assert len(copies) == 2


def test_a_touched_kept_copy_is_not_used(
    deal: Path, copies: list[Path], own_data_folder: Path
) -> None:
    Document.open(deal, user="anne").close()
    (folder,) = kept_folders(own_data_folder)
    with closing(sqlite3.connect(folder / "workbook.db")) as conn:
        conn.execute("UPDATE preparations SET title = 'Vervalst'")
        conn.commit()
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Jaargesprek"
        assert kept_folders(own_data_folder) == []  # the touched copy is gone
    assert len(copies) == 2


def test_a_damaged_record_means_a_plain_copy(
    deal: Path, copies: list[Path], own_data_folder: Path
) -> None:
    Document.open(deal, user="anne").close()
    (folder,) = kept_folders(own_data_folder)
    (folder / "kept.json").write_text(json.dumps({"path": 7}), encoding="utf-8")
    with Document.open(deal, user="anne") as document:
        assert title_in(document) == "Jaargesprek"
    assert len(copies) == 2


def test_unwritten_edits_stay_for_recovery_and_are_not_kept(
    deal: Path, own_data_folder: Path
) -> None:
    document = Document.open(deal, user="anne")
    retitle(document, "Niet teruggeschreven")
    document.close()
    assert kept_folders(own_data_folder) == []
    (left,) = (own_data_folder / "working").iterdir()  # offered after this process ends
    assert json.loads((left / "manifest.json").read_text(encoding="utf-8"))["path"] == str(deal)
    assert (left / "workbook.db").exists()


def test_a_file_changed_while_open_is_not_kept(deal: Path, own_data_folder: Path) -> None:
    document = Document.open(deal, user="anne", lock="ignore")
    with Workbook.open(deal, user=USER) as outside:  # another program writes the file
        prep = outside.load_all()[0]
        prep.title = "Buiten nlinkoop om"
        outside.save(prep)
    document.close()
    assert kept_folders(own_data_folder) == []


def test_only_the_most_recent_few_are_kept(
    tmp_path: Path, copies: list[Path], own_data_folder: Path
) -> None:
    paths = [tmp_path / f"deal-{n}.db" for n in range(7)]
    for path in paths:
        Workbook.create(path, user=USER).close()
        Document.open(path, user="anne").close()
    assert len(kept_folders(own_data_folder)) == 5
    Document.open(paths[0], user="anne").close()  # the oldest went: copied again
    Document.open(paths[-1], user="anne").close()  # the newest stayed: not copied
    assert copies == [*paths, paths[0]]
