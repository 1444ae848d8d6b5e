from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from nlinkoop.ui.window.autosave import Autosave


class Saver:
    def __init__(self) -> None:
        self.calls = 0
        self.error: Exception | None = None

    def __call__(self) -> None:
        self.calls += 1
        if self.error is not None:
            raise self.error


def test_a_burst_of_edits_saves_once(qtbot: QtBot) -> None:
    saver = Saver()
    autosave = Autosave(saver, delay_ms=50)
    for _ in range(5):
        autosave.mark_dirty()
    with qtbot.waitSignal(autosave.saved, timeout=2000) as blocker:
        pass
    assert saver.calls == 1
    assert isinstance(blocker.args[0], datetime)
    assert not autosave.dirty and not autosave.pending


def test_nothing_to_save_saves_nothing(qtbot: QtBot) -> None:
    saver = Saver()
    autosave = Autosave(saver)
    with qtbot.assertNotEmitted(autosave.saved):
        assert autosave.flush()
    assert saver.calls == 0


def test_flush_saves_at_once_and_cancels_the_timer(qtbot: QtBot) -> None:
    saver = Saver()
    autosave = Autosave(saver, delay_ms=10_000)
    autosave.mark_dirty()
    with qtbot.waitSignal(autosave.saved, timeout=100):
        assert autosave.flush()
    assert saver.calls == 1 and not autosave.pending and not autosave.dirty


def test_a_failing_save_stays_dirty_and_says_why(qtbot: QtBot) -> None:
    saver = Saver()
    saver.error = OSError("de schijf is vol")
    autosave = Autosave(saver)
    autosave.mark_dirty()
    with (
        qtbot.waitSignal(autosave.failed, timeout=100) as blocker,
        qtbot.assertNotEmitted(autosave.saved),
    ):
        assert not autosave.flush()
    assert blocker.args == ["de schijf is vol"]
    assert autosave.dirty
    saver.error = None
    with qtbot.waitSignal(autosave.saved, timeout=100):
        assert autosave.flush()
    assert saver.calls == 2 and not autosave.dirty


@pytest.mark.parametrize("error", [RuntimeError(), KeyError("x")])
def test_any_failure_has_a_message(qtbot: QtBot, error: Exception) -> None:
    saver = Saver()
    saver.error = error
    autosave = Autosave(saver)
    autosave.mark_dirty()
    with qtbot.waitSignal(autosave.failed, timeout=100) as blocker:
        autosave.flush()
    assert blocker.args[0]
