import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, Ran, lock_elsewhere, one_line_error, run_nlinkoop, sha256

Cli = Callable[..., Ran]

COMMANDS = [
    "new",
    "example",
    "list",
    "check",
    "export-json",
    "import-json",
    "merge",
    "export",
    "briefing",
    "award",
    "gate",
    "lessons",
]


def test_version_is_the_one_in_pyproject() -> None:
    import tomllib

    from nlinkoop import __version__

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    result = run_nlinkoop("--version")
    assert result.returncode == 0
    assert __version__ == project["version"]
    assert result.stdout.strip() == f"nlinkoop {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_version(command: str) -> None:
    helped = run_nlinkoop(command, "--help")
    assert helped.returncode == 0
    assert helped.stdout.startswith(f"usage: nlinkoop {command}")
    versioned = run_nlinkoop(command, "--version")
    assert versioned.returncode == 0
    assert versioned.stdout.startswith("nlinkoop ")


def test_top_level_help_lists_the_commands() -> None:
    result = run_nlinkoop("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_the_installed_console_script_is_the_same_program(tmp_path: Path) -> None:
    script = shutil.which("nlinkoop", path=str(Path(sys.executable).parent))
    assert script is not None, "pip install -e . should have installed the nlinkoop script"
    result = subprocess.run(
        [script, "new", tmp_path / "a.db"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "a.db").is_file()


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_text("my own notes")
    error = one_line_error(run_nlinkoop("new", target))
    assert "exists" in error
    assert target.read_text() == "my own notes"


def test_example_refuses_to_overwrite(example_db: Path) -> None:
    before = sha256(example_db)
    one_line_error(run_nlinkoop("example", example_db))
    assert sha256(example_db) == before


def test_example_checks_and_lists(example_db: Path) -> None:
    checked = run_nlinkoop("check", example_db)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("ok: ")
    assert "3 preparations" in checked.stdout

    listed = run_nlinkoop("list", example_db)
    assert listed.returncode == 0
    assert listed.stdout.splitlines()[0].split()[:3] == ["ID", "TITLE", "COUNTERPARTY"]
    assert len(listed.stdout.splitlines()) == 4


def test_list_json_has_what_scripts_need(example_db: Path) -> None:
    result = run_nlinkoop("list", example_db, "--json")
    rows = json.loads(result.stdout)
    assert len(rows) == 3
    for row in rows:
        assert {"id", "title", "counterparty", "meeting_date", "updated_at", "updated_by"} <= set(
            row
        )
        assert row["updated_at"].endswith("Z")
    stamps = [row["updated_at"] for row in rows]
    assert stamps == sorted(stamps, reverse=True), "newest change first"


def test_json_round_trip_through_a_new_workbook(example_db: Path, tmp_path: Path) -> None:
    """The issue's own acceptance line: a.json and b.json are identical."""
    a_json, b_json, copy = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "y.db"
    assert run_nlinkoop("export-json", example_db, "-o", a_json).returncode == 0
    assert run_nlinkoop("new", copy).returncode == 0
    imported = run_nlinkoop("import-json", copy, a_json)
    assert imported.returncode == 0, imported.stderr
    assert run_nlinkoop("export-json", copy, "-o", b_json).returncode == 0
    assert a_json.read_bytes() == b_json.read_bytes()
    assert len(json.loads(a_json.read_text("utf-8"))["preparations"]) == 3


def test_export_to_stdout_and_by_id(example_db: Path) -> None:
    everything = json.loads(run_nlinkoop("export-json", example_db).stdout)
    first = everything["preparations"][0]
    one = json.loads(run_nlinkoop("export-json", example_db, "--id", first["id"]).stdout)
    assert one["preparations"] == [first]
    linked = {p["id"] for p in one["profiles"]}
    assert linked == ({first["profile_id"]} if first["profile_id"] else set())


def test_export_unknown_id_is_one_line(example_db: Path) -> None:
    error = one_line_error(
        run_nlinkoop("export-json", example_db, "--id", "00000000-0000-4000-8000-000000000000")
    )
    assert "00000000-0000-4000-8000-000000000000" in error


def test_export_to_a_missing_folder_is_one_line(example_db: Path, tmp_path: Path) -> None:
    one_line_error(run_nlinkoop("export-json", example_db, "-o", tmp_path / "nope" / "a.json"))
    assert not (tmp_path / "nope").exists()


def test_import_from_stdin_replaces_existing_preparation(example_db: Path, tmp_path: Path) -> None:
    work = tmp_path / "work.db"
    shutil.copy(example_db, work)
    document = json.loads(run_nlinkoop("export-json", work).stdout)
    document["preparations"][0]["title"] = "Nieuwe titel ĳ €"
    document["profiles"] = []
    result = run_nlinkoop("import-json", work, "-", stdin=json.dumps(document))
    assert result.returncode == 0, result.stderr
    rows = json.loads(run_nlinkoop("list", work, "--json").stdout)
    assert len(rows) == 3
    assert "Nieuwe titel ĳ €" in {row["title"] for row in rows}


def test_bad_import_names_the_path_and_writes_nothing(example_db: Path, tmp_path: Path) -> None:
    work = tmp_path / "work.db"
    shutil.copy(example_db, work)
    document = json.loads(run_nlinkoop("export-json", work).stdout)
    document["preparations"][0]["title"] = "should not arrive"
    document["preparations"][1]["meeting"]["date"] = "2026-13-45"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    before = sha256(work)
    error = one_line_error(run_nlinkoop("import-json", work, source))
    assert "preparations[1].meeting.date" in error
    assert sha256(work) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b'{"format": "other"}', "not utf-8 \xff".encode("latin-1")],
    ids=["empty", "broken", "foreign", "latin-1"],
)
def test_import_rejects_bad_files_in_one_line(
    example_db: Path, tmp_path: Path, content: bytes
) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(content)
    before = sha256(example_db)
    one_line_error(run_nlinkoop("import-json", example_db, source))
    assert sha256(example_db) == before


def test_import_replaces_the_workbook_whole(cli: Cli, example_db: Path, tmp_path: Path) -> None:
    """Through a working copy and a write-back: a new file takes the old one's place."""
    work, source = tmp_path / "work.db", tmp_path / "in.json"
    shutil.copy(example_db, work)
    document = json.loads(cli("export-json", work).stdout)
    document["preparations"][0]["title"] = "Geïmporteerd"
    source.write_text(json.dumps(document), encoding="utf-8")
    inode = work.stat().st_ino
    result = cli("import-json", work, source)
    assert result.returncode == 0, result.stderr
    assert work.stat().st_ino != inode, "replaced by a new file, not edited in place"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json", "work.db"], "no lock left"
    assert "Geïmporteerd" in cli("list", work).stdout


def test_import_refuses_a_workbook_open_elsewhere(
    cli: Cli, example_db: Path, tmp_path: Path
) -> None:
    work, source = tmp_path / "work.db", tmp_path / "in.json"
    shutil.copy(example_db, work)
    assert cli("export-json", work, "-o", source).returncode == 0
    lock_elsewhere(work, user="anna", host="laptop-anna")
    before = sha256(work)
    error = one_line_error(cli("import-json", work, source))
    assert error.startswith(f"nlinkoop: {work}: open in nlinkoop by anna on laptop-anna since ")
    assert "close it there" in error
    assert sha256(work) == before


def test_import_missing_file_is_one_line(example_db: Path, tmp_path: Path) -> None:
    one_line_error(run_nlinkoop("import-json", example_db, tmp_path / "missing.json"))


@pytest.mark.parametrize("kind", ["zero-bytes", "directory", "text", "png", "missing"])
@pytest.mark.parametrize("command", ["check", "list", "export-json"])
def test_commands_refuse_what_is_not_a_workbook(tmp_path: Path, kind: str, command: str) -> None:
    target = tmp_path / "x.db"
    if kind == "zero-bytes":
        target.touch()
    elif kind == "directory":
        target.mkdir()
    elif kind == "text":
        target.write_text("Notulen van het overleg\n" * 20)
    elif kind == "png":
        target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    before = sorted(p.name for p in tmp_path.iterdir())
    digest = sha256(target) if target.is_file() else None
    one_line_error(run_nlinkoop(command, target))
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    if digest:
        assert sha256(target) == digest


@pytest.mark.parametrize(
    "args",
    [["frobnicate", "x.db"], ["list"], ["export-json", "x.db", "--bogus"], ["--bogus", "x.db"]],
)
def test_usage_errors_are_one_line(args: list[str]) -> None:
    result = run_nlinkoop(*args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_main_py_and_module_are_the_same_program() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nlinkoop", "--version"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.stdout == run_nlinkoop("--version").stdout
