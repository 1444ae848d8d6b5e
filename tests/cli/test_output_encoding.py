"""A command whose output cannot show a letter (Windows writes pipes and files in cp1252) still
does its work: the letter is shown as "?", never an internal error."""

import json
import os
import subprocess
import sys
from pathlib import Path

from nlinkoop.examples import create_example
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import REPO


def list_through_cp1252(tmp_path: Path, *flags: str) -> subprocess.CompletedProcess[bytes]:
    """`nlinkoop list` of a workbook with a Polish title, its output in Windows' pipe encoding."""
    path = tmp_path / "werkboek.db"
    create_example(path)
    with Workbook.open(path) as workbook:
        prep = workbook.load_all()[0]
        prep.title = "Overleg Łódź"
        workbook.save(prep)
    done = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "list", str(path), *flags],
        capture_output=True,
        env=dict(os.environ, PYTHONIOENCODING="cp1252"),  # as Windows writes to a pipe
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("cp1252")
    return done


def test_a_title_the_output_cannot_show_is_listed_with_a_question_mark(tmp_path: Path) -> None:
    done = list_through_cp1252(tmp_path)
    assert "Overleg ?ódź".encode("cp1252", "replace") in done.stdout


def test_json_for_an_output_that_cannot_show_a_letter_keeps_it_escaped(tmp_path: Path) -> None:
    done = list_through_cp1252(tmp_path, "--json")
    titles = {item["title"] for item in json.loads(done.stdout.decode("cp1252"))}
    assert "Overleg Łódź" in titles  # nothing lost to a "?"
