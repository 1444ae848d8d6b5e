"""Fixtures for the sharing fault tests: a data folder of each test's own."""

from pathlib import Path

import pytest

from nlinkoop.paths import DATA_ENV


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own data folder (working copies, backups), inherited by forked children."""
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_ENV, str(folder))
    return folder
