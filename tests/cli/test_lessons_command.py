"""`nlinkoop lessons`: the learning log, newest first, matched by a normalised supplier name."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from nlinkoop.domain.conditions import LearningCondition
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import run_nlinkoop


@pytest.fixture
def two_lessons(example_db: Path, tmp_path: Path) -> Path:
    """The example (one reflected meeting) and a later one, the supplier written differently."""
    path = tmp_path / "lessen.db"
    shutil.copy(example_db, path)
    prep = Preparation(title="Evaluatie na drie maanden", counterparty="smaakveld catering bv")
    prep.meeting.date = prep.reflection.held_on = dt.date(2027, 1, 20)
    prep.reflection.lesson = "Eerst de zorg vragen,\ndan pas rekenen."
    prep.reflection.went_badly = "Te laat begonnen"
    prep.reflection.train_next = LearningCondition.MOTIVATION
    with Workbook.open(path) as workbook:
        workbook.save(prep)
    return path


def test_the_example_has_one_lesson(example_db: Path) -> None:
    result = run_nlinkoop("lessons", example_db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("14-10-2026  Smaakveld Catering B.V.\n")
    assert "  lesson:     Cijfers delen werkt" in result.stdout
    assert "  train next: capacity" in result.stdout


def test_lessons_come_newest_first_as_text_and_json(two_lessons: Path) -> None:
    text = run_nlinkoop("lessons", two_lessons).stdout
    blocks = text.strip().split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        "20-01-2027  smaakveld catering bv",
        "14-10-2026  Smaakveld Catering B.V.",
    ]
    assert "  lesson:     Eerst de zorg vragen,\n              dan pas rekenen." in blocks[0]
    data = json.loads(run_nlinkoop("lessons", two_lessons, "--json").stdout)
    assert [(d["held_on"], d["title"]) for d in data] == [
        ("2027-01-20", "Evaluatie na drie maanden"),
        ("2026-10-14", "Verlenging contract bedrijfsrestaurant 2027–2029"),
    ]
    assert data[0]["train_next"] == "motivation"
    assert data[0]["went_badly"] == "Te laat begonnen"
    assert set(data[0]) == {
        "prep_id",
        "held_on",
        "counterparty",
        "title",
        "lesson",
        "went_well",
        "went_badly",
        "train_next",
        "meeting",
        "by",
    }
    assert [d["meeting"] for d in data] == [None, 1]  # the restaurant's came from its round 1
    assert blocks[1].splitlines()[1].endswith("(meeting 1)")


def test_the_counterparty_matches_however_it_is_written(two_lessons: Path) -> None:
    for name in ("Smaakveld Catering B.V.", "SMAAKVELD CATERING", "smaakveld catering bv"):
        data = json.loads(
            run_nlinkoop("lessons", two_lessons, "--counterparty", name, "--json").stdout
        )
        assert len(data) == 2, name
    other = run_nlinkoop("lessons", two_lessons, "--counterparty", "Nexolan ICT B.V.")
    assert other.returncode == 0
    assert other.stdout.strip() == "(no lessons with Nexolan ICT B.V.)"
    none = run_nlinkoop("lessons", two_lessons, "--counterparty", "Nexolan", "--json")
    assert json.loads(none.stdout) == []


def test_an_empty_workbook_has_no_lessons(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    assert run_nlinkoop("new", path).returncode == 0
    result = run_nlinkoop("lessons", path)
    assert (result.returncode, result.stdout.strip()) == (0, "(no lessons)")
