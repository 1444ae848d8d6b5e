"""Fixtures for the window tests: the example workbook, preferences and the Dutch of their own."""

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QSettings, QStandardPaths, QTranslator
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


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own with a Documents folder, where file dialogs start."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))  # Qt reads both at every call (Linux, XDG)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if Path(found) != home / "Documents":
        pytest.skip("this platform does not find Documents under $HOME")
    return home / "Documents"


@pytest.fixture(scope="session")
def dutch_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our Dutch, compiled once per run from the .ts in the repository (never a stale .qm)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = tmp_path_factory.mktemp("i18n") / "nlinkoop_nl.qm"
    ts = resource_path("i18n/nlinkoop_nl.ts")
    subprocess.run([lrelease, "-silent", ts, "-qm", qm], check=True)
    return qm


@pytest.fixture
def dutch(qapp: QApplication, dutch_qm: Path) -> Iterator[None]:
    """The window in Dutch for one test: Qt's own translation, then ours, as app.py loads them."""
    qt, ours = QTranslator(), QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert qt.load("qtbase_nl", folder)
    assert ours.load(str(dutch_qm))
    for translator in (qt, ours):
        qapp.installTranslator(translator)
    yield
    for translator in (ours, qt):
        qapp.removeTranslator(translator)


@pytest.fixture
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder of the test's own: these tests leave working copies behind on purpose."""
    monkeypatch.setenv("NLINKOOP_DATA_DIR", str(tmp_path / "data"))
