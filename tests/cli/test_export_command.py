"""`nlinkoop export FILE.db --id ID ... -o NEW.db`: chosen preparations as a new workbook."""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import Ran, one_line_error, run_nlinkoop, sha256

Cli = Callable[..., Ran]


@pytest.fixture
def source(example_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "werkboek.db"
    shutil.copy(example_db, path)
    return path


def contents(cli: Cli, path: Path) -> dict[str, list[dict[str, object]]]:
    result = cli("export-json", path)
    assert result.returncode == 0, result.stderr
    data: dict[str, list[dict[str, object]]] = json.loads(result.stdout)
    return data


def test_export_writes_a_sound_workbook_with_just_the_chosen(
    cli: Cli, source: Path, tmp_path: Path
) -> None:
    everything = contents(cli, source)
    chosen = [p for p in everything["preparations"] if p["profile_id"]][:2]
    assert len(chosen) == 2, "the example has two preparations with a pitch profile"
    target = tmp_path / "voor-collega.db"
    ids = [str(p["id"])[:8] for p in chosen]  # the start of an id does
    before = sha256(source)
    result = run_nlinkoop("export", source, "--id", ids[0], "--id", ids[1], "-o", target)
    assert result.returncode == 0, result.stderr
    profile_ids = {p["profile_id"] for p in chosen}
    profiles = f"{len(profile_ids)} pitch profile{'s' if len(profile_ids) > 1 else ''}"
    assert result.stdout == f"2 preparations, {profiles} → {target}\n"
    assert run_nlinkoop("check", target).returncode == 0
    exported = contents(cli, target)
    assert {p["id"] for p in exported["preparations"]} == {p["id"] for p in chosen}
    assert exported["preparations"] == sorted(chosen, key=exported["preparations"].index)
    assert {p["id"] for p in exported["profiles"]} == profile_ids
    assert sha256(source) == before


def test_merging_the_export_back_changes_nothing(cli: Cli, source: Path, tmp_path: Path) -> None:
    first = contents(cli, source)["preparations"][0]
    target = tmp_path / "een.db"
    assert cli("export", source, "--id", first["id"], "-o", target).returncode == 0
    before = sha256(source)
    result = cli("merge", target, source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"nothing to merge: {source} already has everything in {target}"
    ]
    assert sha256(source) == before


def test_an_existing_output_is_never_overwritten(cli: Cli, source: Path, tmp_path: Path) -> None:
    target = tmp_path / "bestaat.db"
    target.write_text("mijn aantekeningen")
    first = contents(cli, source)["preparations"][0]
    error = one_line_error(cli("export", source, "--id", first["id"], "-o", target))
    assert str(target) in error
    assert "already exists" in error
    assert target.read_text() == "mijn aantekeningen"


def test_unknown_and_ambiguous_ids_are_one_line(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "twee.db"
    with Workbook.create(path) as workbook:
        for n in (1, 2):
            workbook.save(Preparation(title=f"P{n}", id=f"abc00000-0000-4000-8000-00000000000{n}"))
    target = tmp_path / "uit.db"
    unknown = one_line_error(cli("export", path, "--id", "ffff", "-o", target))
    assert "ffff" in unknown
    ambiguous = one_line_error(cli("export", path, "--id", "abc", "-o", target))
    assert "fits 2 preparations" in ambiguous
    assert not target.exists()
    full = "abc00000-0000-4000-8000-000000000002"
    twice = cli("export", path, "--id", full, "--id", full[:-1].upper() + "2", "-o", target)
    assert twice.stdout == f"1 preparation, 0 pitch profiles → {target}\n", twice.stderr


@pytest.mark.parametrize("args", [["--id", "x"], ["-o", "uit.db"]])
def test_id_and_output_are_required(cli: Cli, source: Path, args: list[str]) -> None:
    result = cli("export", source, *args)
    assert result.returncode == 2
    one_line_error(result)
