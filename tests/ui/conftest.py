"""Fixtures for the window tests: a copy of the example workbook and preferences of their own."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from nlinkoop.examples import create_example
from nlinkoop.resources import resource_path
from nlinkoop.ui.settings import Preferences


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    return path


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The English source texts, or the shipped Dutch translation compiled from the .ts."""
    if request.param == "en":
        yield "en"
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path / "nlinkoop_nl.qm"
    ts = resource_path("i18n/nlinkoop_nl.ts")
    subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield "nl"
    qapp.removeTranslator(translator)
