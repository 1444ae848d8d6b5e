"""A command that only reads leaves an older file as it is: colleagues' older nlinkoop opens it.

The first real migration (v1 to v2) made this matter: before, `list` on a colleague's v1 file
upgraded it in place to v2, without the lock, and their nlinkoop then refused the file.
"""

import json
import shutil
from pathlib import Path

import pytest

from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.safety import check_header
from tests.cli.conftest import run_nlinkoop, sha256

V1 = Path(__file__).parent.parent / "store" / "fixtures" / "v1.db"
PREP = "2c0fde0e"  # "Jaargesprek schoonmaak (fixture-a)" in the v1 fixture


@pytest.fixture
def shared_v1(tmp_path: Path) -> Path:
    """A colleague's workbook from before schema 2, in a shared folder."""
    path = tmp_path / "gedeeld" / "werkboek.db"
    path.parent.mkdir()
    shutil.copyfile(V1, path)
    return path


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("list", "--json"),
        ("award", "--id", PREP),
        ("gate", "--id", PREP, "--json"),
        ("lessons",),
        ("briefing", "--id", PREP, "-o", "../briefing.pdf"),
    ],
    ids=lambda args: " ".join(args),
)
def test_a_reading_command_leaves_an_older_file_untouched(
    shared_v1: Path, args: tuple[str, ...]
) -> None:
    before = sha256(shared_v1)
    assert check_header(shared_v1) == 1 < SCHEMA_VERSION

    args = tuple(str(shared_v1.parent / a) if a.startswith("../") else a for a in args)
    result = run_nlinkoop(args[0], shared_v1, *args[1:])

    assert result.returncode == 0, result.stderr
    assert result.stdout  # it did read the file
    assert sha256(shared_v1) == before
    assert sorted(p.name for p in shared_v1.parent.iterdir()) == ["werkboek.db"]  # no backup


def test_what_it_reads_is_the_older_files_content(shared_v1: Path) -> None:
    listed = json.loads(run_nlinkoop("list", shared_v1, "--json").stdout)
    assert [p["title"] for p in listed] == [
        "Onderhoud liften (Liftco)",
        "Jaargesprek schoonmaak (fixture-a)",
    ]
    said = json.loads(run_nlinkoop("gate", shared_v1, "--id", PREP, "--json").stdout)
    assert said["title"] == "Jaargesprek schoonmaak (fixture-a)"


def test_a_command_that_writes_upgrades_after_a_backup_beside_it(shared_v1: Path) -> None:
    before = sha256(shared_v1)
    example = shared_v1.parent.parent / "voorbeeld.db"
    assert run_nlinkoop("example", example).returncode == 0
    source = shared_v1.parent.parent / "een.json"
    source.write_text(run_nlinkoop("export-json", example).stdout, encoding="utf-8")

    result = run_nlinkoop("import-json", shared_v1, source)

    assert result.returncode == 0, result.stderr
    backup = shared_v1.parent / "werkboek (backup v1).db"
    assert sha256(backup) == before
    assert check_header(shared_v1) == SCHEMA_VERSION
