"""A workbook name too long for the lock and temporary files beside it: one line that says so."""

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import one_line_error, run_nlinkoop, sha256

TOO_LONG = "the file name is too long for the lock and temporary files nlinkoop puts beside it"


@pytest.mark.parametrize("command", ["import-json", "merge", "check", "list"])
def test_commands_on_a_long_name_say_it_is_too_long(
    command: str, example_db: Path, tmp_path: Path
) -> None:
    long = tmp_path / ("w" * 246 + ".db")  # 249 characters: 34 too many
    shutil.copyfile(example_db, long)
    before = sha256(long)
    exported = tmp_path / "export.json"
    assert run_nlinkoop("export-json", example_db, "-o", exported).returncode == 0
    args = {
        "import-json": [long, exported],
        "merge": [example_db, long],
        "check": [long],
        "list": [long],
    }[command]
    error = one_line_error(run_nlinkoop(command, *args))
    assert error == f"nlinkoop: {long}: {TOO_LONG}; shorten it by 34 or more characters"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([long.name, exported.name])
    assert sha256(long) == before


def test_new_and_export_refuse_to_make_a_file_with_a_long_name(
    example_db: Path, tmp_path: Path
) -> None:
    long = tmp_path / ("w" * 246 + ".db")
    error = one_line_error(run_nlinkoop("new", long))
    assert error == f"nlinkoop: {long}: {TOO_LONG}; shorten it by 34 or more characters"
    error = one_line_error(run_nlinkoop("export", example_db, "--id", "3e9d", "-o", long))
    assert error == f"nlinkoop: {long}: {TOO_LONG}; shorten it by 34 or more characters"
    assert list(tmp_path.iterdir()) == []
