"""Fixtures for the window tests: a copy of the example workbook and preferences of their own."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from nlinkoop.examples import create_example
from nlinkoop.ui.settings import Preferences


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    return path


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
