"""Every command's -o: `-` is standard output, a pipe or a device is written straight through,
a link keeps pointing where it did, a folder is refused in one line.

The real program runs in a subprocess, in the test's own folder. Every device and link here is
the test's own: these tests also run against old code that replaced whatever path it was given.
The machine's /dev/null and /dev/stdout are tried in test_real_devices.py, only after checking
that the code at hand writes to them rather than replacing them.
"""

import io
import json
import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli.conftest import REPO, one_line_error, run_nlinkoop
from tests.targets import fifo, is_char_device, is_fifo, listing, private_null_device, reading

SQLITE_MAGIC = b"SQLite format 3\x00"


def run_binary(cwd: Path, *args: str | Path) -> subprocess.CompletedProcess[bytes]:
    """Run `nlinkoop ARGS` in `cwd`; its standard output as bytes."""
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    return done


@pytest.fixture(scope="module")
def first_id(example_db: Path) -> str:
    listed = run_nlinkoop("list", example_db, "--json")
    return str(json.loads(listed.stdout)[0]["id"])


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "uit"
    made.mkdir()
    return made


HELD_ID = "3ba390c3"  # the example's preparation whose meeting was held and logged


def writing(command: str, example_db: Path, first_id: str, output: str | Path) -> list[str]:
    """The arguments of `command` (export-json, briefing, report or export) writing to `output`."""
    if command == "export-json":
        return ["export-json", str(example_db), "-o", str(output)]
    prep_id = HELD_ID if command == "report" else first_id
    return [command, str(example_db), "--id", prep_id, "-o", str(output)]


def test_export_json_to_stdout(example_db: Path, folder: Path) -> None:
    done = run_binary(folder, "export-json", example_db, "-o", "-")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["format"] == "nlinkoop"
    assert listing(folder) == []  # no file called "-"


def test_briefing_to_stdout_is_a_one_page_pdf(
    example_db: Path, first_id: str, folder: Path
) -> None:
    done = run_binary(folder, "briefing", example_db, "--id", first_id, "-o", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(done.stdout)).pages) == 1
    assert done.stderr.decode().startswith("wrote stdout (1 page")  # the report is not in it
    assert listing(folder) == []


def test_export_to_stdout_is_a_sound_workbook(
    example_db: Path, first_id: str, folder: Path, tmp_path: Path
) -> None:
    done = run_binary(folder, "export", example_db, "--id", first_id, "-o", "-")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(SQLITE_MAGIC)
    assert listing(folder) == []
    received = tmp_path / "ontvangen.db"
    received.write_bytes(done.stdout)
    assert run_nlinkoop("check", received).returncode == 0
    with closing(sqlite3.connect(received)) as db:
        assert db.execute("SELECT id FROM preparations").fetchall() == [(first_id,)]


def test_all_briefings_to_stdout_is_refused_in_one_line(example_db: Path, folder: Path) -> None:
    done = run_binary(folder, "briefing", example_db, "--all", "-o", "-")
    lines = done.stderr.decode().strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1 and "--all" in lines[0]
    assert listing(folder) == []


@pytest.mark.parametrize("command", ["export-json", "briefing", "report"])
def test_a_folder_is_refused_in_one_line(
    command: str, example_db: Path, first_id: str, folder: Path
) -> None:
    target = folder / "map"
    target.mkdir()
    result = run_nlinkoop(*writing(command, example_db, first_id, target))
    assert "a folder" in one_line_error(result)
    assert listing(folder) == ["map"] and listing(target) == []


@pytest.mark.parametrize("command", ["export-json", "briefing", "report"])
def test_a_link_keeps_pointing_and_its_file_is_replaced(
    command: str, example_db: Path, first_id: str, folder: Path
) -> None:
    (folder / "echt").write_bytes(b"oud")
    link = folder / "link"
    link.symlink_to("echt")
    result = run_nlinkoop(*writing(command, example_db, first_id, link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "echt"
    assert (folder / "echt").read_bytes().startswith(b"{" if command == "export-json" else b"%PDF")
    assert listing(folder) == ["echt", "link"]


@pytest.mark.parametrize("command", ["export-json", "briefing", "report"])
def test_a_pipe_is_written_to_its_reader(
    command: str, example_db: Path, first_id: str, folder: Path
) -> None:
    pipe = fifo(folder / "pijp")
    with reading(pipe) as read:
        result = run_nlinkoop(*writing(command, example_db, first_id, pipe))
        assert result.returncode == 0, result.stderr
        received = read()
    assert received.startswith(b"{" if command == "export-json" else b"%PDF")
    assert is_fifo(pipe)
    assert listing(folder) == ["pijp"]


@pytest.mark.parametrize("command", ["export-json", "briefing", "report"])
def test_a_link_to_dev_null_stays_a_link(
    command: str, example_db: Path, first_id: str, folder: Path
) -> None:
    link = folder / "weg"
    link.symlink_to("/dev/null")
    result = run_nlinkoop(*writing(command, example_db, first_id, link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert listing(folder) == ["weg"]


@pytest.mark.parametrize("command", ["export-json", "briefing", "report"])
def test_a_character_device_stays_a_device(
    command: str, example_db: Path, first_id: str, folder: Path
) -> None:
    device = private_null_device(folder / "null")
    result = run_nlinkoop(*writing(command, example_db, first_id, device))
    assert result.returncode == 0, result.stderr
    assert is_char_device(device)
    assert listing(folder) == ["null"]


@pytest.mark.parametrize("kind", ["link to /dev/null", "pipe", "device"])
def test_export_never_writes_over_anything(
    kind: str, example_db: Path, first_id: str, folder: Path
) -> None:
    target = folder / "doel.db"
    if kind == "pipe":
        fifo(target)
    elif kind == "device":
        private_null_device(target)
    else:
        target.symlink_to("/dev/null")
    result = run_nlinkoop(*writing("export", example_db, first_id, target))
    assert "exists" in one_line_error(result)
    assert listing(folder) == ["doel.db"]
    assert target.is_symlink() if kind.startswith("link") else not target.is_symlink()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
