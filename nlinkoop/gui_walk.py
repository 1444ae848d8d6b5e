"""`nlinkoop --gui-walk [--guard]`: a scripted walk through the real window, for installers and CI.

Runs inside whatever Python runs nlinkoop (a source tree, an installed wheel or the frozen
bundle), so it shows that this build's window works, not only the one in the developer's venv.
On a fresh copy of the example workbook in a temporary folder it shows the window, types a new
title into Basis with QtTest's key clicks, waits for the autosave, goes through every step with
Ctrl+Tab, adds a preparation and types its title, closes the window (which writes the file
back), then reopens the file with the store and checks both titles are in it.

With `--guard` it first runs the `None`-reference guard (`nlinkoop.qt_guard`) in this process.

Prints one line per step, `ok: ...`, and exits 0; the first failure prints one line,
`FAILED: ...`, and exits 1. The walk keeps its settings, working copies and caches in its
temporary folder (unless NLINKOOP_CONFIG_DIR, NLINKOOP_DATA_DIR or NLINKOOP_CACHE_DIR say
otherwise), so it leaves the user's own alone. Needs a platform that can show a window; with
no screen, QT_QPA_PLATFORM=offscreen. Hidden from --help: it is for testing builds.
"""

import contextlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from nlinkoop.paths import CACHE_ENV, DATA_ENV

OPTION = "--gui-walk"
USAGE = "usage: nlinkoop --gui-walk [--guard]"
CONFIG_ENV = "NLINKOOP_CONFIG_DIR"  # as nlinkoop.ui.settings (not imported before Qt is chosen)
# ASCII only: QtTest's keyClicks types what a US keyboard can.
TYPED_TITLE = "Walked through by nlinkoop --gui-walk"
NEW_TITLE = "A preparation the walk added"
SETTLE_S = 10.0  # the longest any one step may take (the autosave waits 0.8 s)


class WalkFailed(Exception):  # noqa: N818 - reads as what happened
    """A step of the walk went wrong; the message is the one line to print."""


def main(args: list[str]) -> int:
    """Run the walk (and with `--guard` the guard first); returns the exit code."""
    unknown = [a for a in args if a not in {OPTION, "--guard"}]
    if unknown:
        print(f"nlinkoop: unknown argument {unknown[0]}; {USAGE}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="nlinkoop-walk-") as folder:
        work = Path(folder)
        for env, name in ((CONFIG_ENV, "config"), (DATA_ENV, "data"), (CACHE_ENV, "cache")):
            os.environ.setdefault(env, str(work / name))
        walk = Walk(work)
        try:
            walk.run(guard="--guard" in args)
        except WalkFailed as failure:
            print(f"FAILED: {failure}", flush=True)
            return 1
        finally:
            walk.tear_down()
    print("gui-walk: passed", flush=True)
    return 0


def one_line(error: BaseException) -> str:
    """An unexpected error as one line: its type, message and where it was raised."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f" ({Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    message = " ".join(str(error).split()) or "(no message)"
    return f"{type(error).__name__}: {message}{where}"


class Walk:
    """The steps of the walk, each ending with an `ok:` line or raising WalkFailed."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.path = work / "Voorbeeld.db"
        self.app: Any = None
        self.window: Any = None
        self.problems: list[str] = []  # errors in the window's slots, dialogs that came up
        self._hook = sys.excepthook

    def run(self, *, guard: bool) -> None:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("starting Qt", self.start_qt),
            *([("the None guard", self.guard)] if guard else []),
            ("creating the example", self.create_example),
            ("showing the window", self.show_window),
            ("typing the title", self.type_title),
            ("going through the steps", self.walk_steps),
            ("adding a preparation", self.add_preparation),
            ("closing the window", self.close_window),
            ("reading the file back", self.read_back),
        ]
        for name, step in steps:
            try:
                done = step()
                if self.app is not None:
                    self.settle(lambda: True, 0)  # what the step set off, within the step
            except Exception as error:  # noqa: BLE001 - one line, whatever broke
                failure = str(error) if isinstance(error, WalkFailed) else one_line(error)
                # A dialog or an error in the window is the cause of what failed after it.
                raise WalkFailed(f"{name}: {(self.problems or [failure])[0]}") from None
            if self.problems:
                raise WalkFailed(f"{name}: {self.problems[0]}")
            print(f"ok: {done}", flush=True)

    # -- the steps ---------------------------------------------------------------------------

    def start_qt(self) -> str:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from nlinkoop.app import load_translators
        from nlinkoop.ui.settings import Preferences

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName("nlinkoop")
        self.app.setOrganizationName("nlinkoop")
        language = Preferences().language
        self._translators = load_translators(language)  # kept: Qt does not own them
        for translator in self._translators:
            self.app.installTranslator(translator)
        sys.excepthook = self._on_error  # PySide6 reports errors in slots through it
        self._watchdog = QTimer()
        self._watchdog.setInterval(50)
        self._watchdog.timeout.connect(self._close_dialogs)
        self._watchdog.start()
        platform, found = self.app.platformName(), len(self._translators)
        return f"Qt runs on the {platform} platform, in {language} ({found} translations)"

    def guard(self) -> str:
        from nlinkoop import qt_guard

        def report(kind: str, change: int) -> None:
            print(f"guard: {kind} {change}", flush=True)

        failure = qt_guard.verdict(qt_guard.measure(report))
        if failure:
            raise WalkFailed(failure)
        counted = "not lowered" if qt_guard.NONE_IS_COUNTED else "not checked (immortal from 3.12)"
        return f"{qt_guard.build()}: {qt_guard.KINDS} kinds of void Qt call; None's count {counted}"

    def create_example(self) -> str:
        from nlinkoop.examples import create_example
        from nlinkoop.store.workbook import Workbook

        create_example(self.path)
        with Workbook.open(self.path) as workbook:
            self.count = len(workbook.list_preparations())
        if not self.count:
            raise WalkFailed(f"the example in {self.path} has no preparations")
        return f"a fresh example workbook with {self.count} preparations: {self.path}"

    def show_window(self) -> str:
        from PySide6.QtTest import QTest

        from nlinkoop.app import build_window

        self.window = build_window(self.path, interactive=False)
        if self.window is None:
            raise WalkFailed("build_window gave no window")
        self.window.show()
        if not QTest.qWaitForWindowExposed(self.window, int(SETTLE_S * 1000)):
            raise WalkFailed(f"the window was not shown within {SETTLE_S:.0f} s")
        self.window.activateWindow()  # as a click on it would: keys go to the focused field
        if not QTest.qWaitForWindowActive(self.window, int(SETTLE_S * 1000)):
            raise WalkFailed(f"the window did not become active within {SETTLE_S:.0f} s")
        self.first = self._shown_preparation()
        return f"the window shows {self.path.name}, on {self.first.title!r}"

    def type_title(self) -> str:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        title = self._title_field()
        QTest.mouseClick(title, Qt.MouseButton.LeftButton)
        QTest.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(title, TYPED_TITLE)
        if title.text() != TYPED_TITLE:
            raise WalkFailed(f"the title field says {title.text()!r} after typing")
        waited = self._autosave()
        return f"typed a new title into Basis; autosave {waited:.1f} s after the last key"

    def walk_steps(self) -> str:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        tabs = self.window.tabs
        if tabs.currentIndex() != 0:
            raise WalkFailed(f"the window shows step {tabs.currentIndex()}, not Basis")
        names = []
        for step in [*range(1, tabs.count()), 0]:  # Ctrl+Tab from the last step: Basis again
            QTest.keyClick(self._focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
            page = tabs.currentWidget()
            if tabs.currentIndex() != step or page is None:
                raise WalkFailed(f"Ctrl+Tab went to step {tabs.currentIndex()}, not {step}")
            self.settle(page.isVisible, SETTLE_S)
            if not page.isVisible():
                raise WalkFailed(f"step {step}'s page is not shown")
            names.append(page.title())
        *others, basis = names
        return f"Ctrl+Tab went through {', '.join(others)} and back to {basis}"

    def add_preparation(self) -> str:
        from PySide6.QtTest import QTest

        self.window.new_preparation()
        self.added = self._shown_preparation()
        if self.added.id == self.first.id:
            raise WalkFailed("the window still shows the first preparation")
        title = self._title_field()
        if self._focused() is not title:
            raise WalkFailed("the new preparation's title field does not have the keyboard")
        QTest.keyClicks(title, NEW_TITLE)  # its text is selected: typing replaces it
        if title.text() != NEW_TITLE:
            raise WalkFailed(f"the new title field says {title.text()!r} after typing")
        waited = self._autosave()
        return f"added a preparation, typed its title; autosave {waited:.1f} s after the last key"

    def close_window(self) -> str:
        window, self.window = self.window, None
        if not window.close():
            raise WalkFailed("the window stayed open")
        return "the window closed and wrote the file back"

    def read_back(self) -> str:
        from nlinkoop.store.workbook import Workbook

        with Workbook.open(self.path) as workbook:
            summaries = {s.id: s.title for s in workbook.list_preparations()}
        expected = {self.first.id: TYPED_TITLE, self.added.id: NEW_TITLE}
        for prep_id, title in expected.items():
            if prep_id not in summaries:
                raise WalkFailed(f"{self.path.name} lacks the preparation {title!r}")
            if summaries[prep_id] != title:
                raise WalkFailed(f"{self.path.name} has {summaries[prep_id]!r}, not {title!r}")
        if len(summaries) != self.count + 1:
            raise WalkFailed(
                f"{self.path.name} has {len(summaries)} preparations, not {self.count + 1}"
            )
        return f"{self.path.name} reopened: both titles are in it, {len(summaries)} preparations"

    def tear_down(self) -> None:
        """Close what a failed walk left open, so the working copy and the lock go."""
        sys.excepthook = self._hook
        if self.window is not None:
            # After the failure is printed: whatever goes wrong here must not hide it.
            with contextlib.suppress(Exception):
                self.window.end_session()  # closes asking nothing; the lock goes
            self.window = None
        if self.app is not None:
            self.settle(lambda: True, 0)

    # -- helpers -----------------------------------------------------------------------------

    def settle(self, done: Callable[[], bool], seconds: float) -> None:
        """Process events until `done()`, at most `seconds` (at least once)."""
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + seconds
        while True:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if done() or time.monotonic() >= deadline or self.problems:
                return
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 20)

    def _autosave(self) -> float:
        """Wait for the autosave to save by itself (its timer, not a flush); the seconds it took."""
        autosave = self.window.autosave
        saved: list[object] = []
        autosave.saved.connect(saved.append)
        start = time.monotonic()
        try:
            if not autosave.dirty:
                raise WalkFailed("the typing did not count as an edit")
            self.settle(lambda: bool(saved), SETTLE_S)
        finally:
            autosave.saved.disconnect(saved.append)
        if not saved or autosave.dirty:
            raise WalkFailed(f"the autosave did not save within {SETTLE_S:.0f} s")
        return time.monotonic() - start

    def _shown_preparation(self) -> Any:
        prep = self.window.preparation
        if prep is None:
            raise WalkFailed("the window shows no preparation")
        return prep

    def _title_field(self) -> Any:
        from PySide6.QtWidgets import QLineEdit

        title = self.window.findChild(QLineEdit, "title")
        if title is None or not title.isVisible() or not title.isEnabled():
            raise WalkFailed("the Basis tab shows no title field (objectName 'title') to type in")
        return title

    def _focused(self) -> Any:
        focused = self.app.focusWidget()
        if focused is None:
            raise WalkFailed("nothing in the window has the keyboard focus")
        return focused

    def _on_error(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        self.problems.append(f"an error in the window: {one_line(error.with_traceback(trace))}")

    def _close_dialogs(self) -> None:
        """Nobody is there to answer a dialog: note what it said and close it."""
        dialog = self.app.activeModalWidget()
        if dialog is None:
            return
        texts = [dialog.windowTitle(), dialog.text() if hasattr(dialog, "text") else ""]
        said = " ".join(": ".join(t.strip(" :") for t in texts if t.strip(" :")).split())
        self.problems.append(f"a {type(dialog).__name__} came up: {said!r}")
        dialog.reject()
