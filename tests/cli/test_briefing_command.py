"""`nlinkoop briefing`: one-page PDFs from the command line, and one-line errors."""

import json
import shutil
import subprocess
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import run_nlinkoop, sha256


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nlinkoop")
    return lines[0]


def listed(workbook: Path) -> list[dict[str, str]]:
    result = run_nlinkoop("list", workbook, "--json")
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


def page_text(pdf: Path) -> str:
    reader = PdfReader(pdf)
    assert len(reader.pages) == 1
    return " ".join(reader.pages[0].extract_text().split())


def test_one_preparation_by_a_unique_start_of_its_id(example_db: Path, tmp_path: Path) -> None:
    first = listed(example_db)[0]
    target = tmp_path / "briefing.pdf"
    before = sha256(example_db)

    result = run_nlinkoop("briefing", example_db, "--id", first["id"][:8], "-o", target)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {target} (1 page")
    text = page_text(target)
    assert first["title"] in text
    assert "Wat we komen doen" in text  # Dutch unless asked otherwise
    assert sha256(example_db) == before  # making a briefing changes nothing in the workbook
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]


def test_language_english(example_db: Path, tmp_path: Path) -> None:
    first = listed(example_db)[0]
    target = tmp_path / "en.pdf"

    result = run_nlinkoop("briefing", example_db, "--id", first["id"], "-o", target, "--lang", "en")

    assert result.returncode == 0, result.stderr
    text = page_text(target)
    assert "What we come to do" in text
    assert "Wat we komen doen" not in text


def test_all_writes_one_pdf_per_preparation_named_after_its_title(
    example_db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "briefings" / "new"  # created when missing

    result = run_nlinkoop("briefing", example_db, "--all", "-o", folder)

    assert result.returncode == 0, result.stderr
    titles = [p["title"] for p in listed(example_db)]
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.pdf" for t in titles)
    for title in titles:
        assert title in page_text(folder / f"{title}.pdf")
    assert result.stdout.count("wrote ") == len(titles)


def test_all_tells_equal_titles_apart(example_db: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "twice.db"
    shutil.copyfile(example_db, workbook)
    exported = run_nlinkoop("export-json", workbook)
    document = json.loads(exported.stdout)
    for prep in document["preparations"]:
        prep["title"] = 'Zelfde titel: "a/b"?'
    assert run_nlinkoop("import-json", workbook, "-", stdin=json.dumps(document)).returncode == 0

    result = run_nlinkoop("briefing", workbook, "--all", "-o", tmp_path / "out")

    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(names) == len(document["preparations"])
    assert all(n.startswith("Zelfde titel a b (") and n.endswith(").pdf") for n in names)


def test_unknown_and_ambiguous_ids(example_db: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "ids.db"
    assert run_nlinkoop("new", workbook).returncode == 0
    document = json.loads(run_nlinkoop("export-json", example_db).stdout)
    twins = document["preparations"][:2]
    for n, prep in enumerate(twins, start=1):
        prep["id"] = f"abcdef00-0000-4000-8000-00000000000{n}"
    assert run_nlinkoop("import-json", workbook, "-", stdin=json.dumps(document)).returncode == 0
    target = tmp_path / "b.pdf"

    unknown = one_line_error(run_nlinkoop("briefing", workbook, "--id", "zz", "-o", target))
    ambiguous = one_line_error(run_nlinkoop("briefing", workbook, "--id", "ABCDEF", "-o", target))
    empty = one_line_error(run_nlinkoop("briefing", workbook, "--id", " ", "-o", target))
    found = run_nlinkoop(
        "briefing", workbook, "--id", "abcdef00-0000-4000-8000-000000000002", "-o", target
    )

    assert "no preparation with id zz" in unknown
    assert "fits 2 preparations" in ambiguous
    assert "no preparation" in empty
    assert found.returncode == 0, found.stderr
    assert twins[1]["title"] in page_text(target)


def test_unwritable_output_paths(example_db: Path, tmp_path: Path) -> None:
    first = listed(example_db)[0]["id"]

    missing_folder = tmp_path / "no such folder" / "b.pdf"
    error = one_line_error(
        run_nlinkoop("briefing", example_db, "--id", first, "-o", missing_folder)
    )
    assert str(missing_folder) in error

    folder = one_line_error(run_nlinkoop("briefing", example_db, "--id", first, "-o", tmp_path))
    assert "a folder" in folder

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    all_into_file = one_line_error(run_nlinkoop("briefing", example_db, "--all", "-o", blocker))
    assert str(blocker) in all_into_file
    assert blocker.read_text() == "not a folder"


def test_a_rejected_file_gets_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a workbook" * 100)

    error = one_line_error(run_nlinkoop("briefing", bad, "--all", "-o", tmp_path / "out"))

    assert "not an nlinkoop workbook" in error
    assert not (tmp_path / "out").exists()


def test_id_or_all_is_required(example_db: Path, tmp_path: Path) -> None:
    result = run_nlinkoop("briefing", example_db, "-o", tmp_path / "b.pdf")
    assert result.returncode == 2
    assert "--id" in result.stderr and "--all" in result.stderr
