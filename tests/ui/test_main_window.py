from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.app import build_window
from nlinkoop.examples import create_example
from nlinkoop.store.errors import WorkbookRejected


def test_the_window_lists_the_example_preparations(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    window = build_window(path)
    qtbot.addWidget(window)
    window.show()
    table = window.preparations_table
    assert table.rowCount() == 3
    titles = {table.item(row, 0).text() for row in range(3)}
    assert all(titles)
    assert "voorbeeld.db" in window.windowTitle()
    window.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["voorbeeld.db"]


def test_a_refused_file_never_becomes_a_window(tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    path.touch()
    with pytest.raises(WorkbookRejected):
        build_window(path)
    assert path.read_bytes() == b""
