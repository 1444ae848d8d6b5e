"""`nlinkoop check` refuses every value that `merge`, `import-json` and the window would refuse."""

import shutil
from pathlib import Path

import pytest

from tests.cli.conftest import one_line_error, run_nlinkoop, sha256
from tests.store.conftest import write

TITLES = {
    "3e9daddc": "Marktconsultatie schoonmaak gemeentelij…",  # the example's preparations
    "bb35fd84": "Onderhandelingsronde ICT-beheer basissc…",
}


@pytest.fixture
def damaged(example_db: Path, tmp_path: Path) -> Path:
    """The example with two dates another program wrote wrongly."""
    path = tmp_path / "werkboek.db"
    shutil.copyfile(example_db, path)
    write(
        path,
        "UPDATE preparations SET meeting_date = '2026-13-45' WHERE id LIKE '3e9daddc%'",
        "UPDATE preparations SET reflection_held_on = 'gisteren' WHERE id LIKE 'bb35fd84%'",
    )
    return path


def test_check_names_every_unreadable_value_on_a_line_of_its_own(damaged: Path) -> None:
    result = run_nlinkoop("check", damaged)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"nlinkoop: {damaged}: unreadable value in preparations.meeting_date, "
        f"\"{TITLES['3e9daddc']}\", id 3e9daddc…: '2026-13-45' is not a date",
        f"nlinkoop: {damaged}: unreadable value in preparations.reflection_held_on, "
        f"\"{TITLES['bb35fd84']}\", id bb35fd84…: 'gisteren' is not a date",
    ]


def test_merge_and_import_refuse_it_in_one_line_naming_the_file(
    damaged: Path, example_db: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mijn.db"
    shutil.copyfile(example_db, mine)
    before = sha256(mine), sha256(damaged)
    expected = "damaged (unreadable value in preparations.meeting_date, "
    error = one_line_error(run_nlinkoop("merge", damaged, mine))
    assert error.startswith(f"nlinkoop: {damaged}: {expected}"), error  # FROM, not INTO
    assert error.endswith(": '2026-13-45')")
    error = one_line_error(run_nlinkoop("merge", mine, damaged))
    assert error.startswith(f"nlinkoop: {damaged}: {expected}"), error
    exported = tmp_path / "export.json"
    assert run_nlinkoop("export-json", mine, "-o", exported).returncode == 0
    error = one_line_error(run_nlinkoop("import-json", damaged, exported))
    assert error.startswith(f"nlinkoop: {damaged}: {expected}"), error
    assert (sha256(mine), sha256(damaged)) == before


def test_check_reads_a_v1_file_as_it_is_and_says_a_v2_file_has_a_policy(tmp_path: Path) -> None:
    from tests.store.make_fixtures import fixture_path

    old = tmp_path / "oud.db"
    shutil.copyfile(fixture_path(1), old)
    result = run_nlinkoop("check", old)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"ok: {old}: nlinkoop workbook, schema version 1, 2 preparations, 1 profile"
        " (older schema: nlinkoop upgrades it when it opens the file, after a backup)\n"
    )
    assert sha256(old) == sha256(fixture_path(1))  # a check never upgrades

    v2 = tmp_path / "v2.db"
    shutil.copyfile(fixture_path(2), v2)
    result = run_nlinkoop("check", v2)
    assert result.stdout == (
        f"ok: {v2}: nlinkoop workbook, schema version 2, 2 preparations, 1 profile,"
        " a procurement policy"
        " (older schema: nlinkoop upgrades it when it opens the file, after a backup)\n"
    )

    new = tmp_path / "nieuw.db"
    shutil.copyfile(fixture_path(3), new)
    result = run_nlinkoop("check", new)
    assert result.stdout == (
        f"ok: {new}: nlinkoop workbook, schema version 3, 2 preparations, 1 profile,"
        " a procurement policy\n"
    )


def test_check_names_an_unreadable_value_of_the_policy(tmp_path: Path) -> None:
    from tests.store.make_fixtures import POLICY_NAME, fixture_path

    path = tmp_path / "werkboek.db"
    shutil.copyfile(fixture_path(2), path)
    write(path, "UPDATE policy SET single_up_to = '50.000,00'")
    result = run_nlinkoop("check", path)
    assert result.returncode == 1
    assert result.stderr == (
        f"nlinkoop: {path}: unreadable value in policy.single_up_to, "
        f"\"{POLICY_NAME}\", id policy: '50.000,00' is not an amount\n"
    )
