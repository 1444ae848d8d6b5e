"""The end of the desktop session: log-off, shutdown, SIGTERM and SIGHUP close the window too.

A normal log-off or shutdown ends a program with SIGTERM (SIGHUP when its terminal goes), or,
through the session manager, with Qt's `commitDataRequest` and then a quit. Left to Python's
defaults, SIGTERM ends nlinkoop at once: the edits of the last second stay in the working copy
and the lock stays beside the workbook, where it blocks colleagues on other computers for a day.

Here each of these ends the window as a close does, asking nothing (`MainWindow.end_session`):
what is typed is written back, the lock is released, and the app exits with status 0. Python
runs a signal handler only when Python code runs, and under Qt's event loop it may not run for
a long time: so the signal is only noted by Python's C handler, which writes its number to a
socket (`signal.set_wakeup_fd`), and a `QSocketNotifier` on the other end of the socket pair
wakes the event loop at once. Windows delivers neither signal to a GUI program: there the
session manager's requests and the quit are all there is.

When a dialog is open, the code that opened it waits in the dialog's own event loop for an
answer nobody will give. Returning to it with a made-up answer could do what the user did not
choose ("No" to restoring a crash's edits removes them), so after the window has ended the
process exits at once, without going back into that code.
"""

import contextlib
import logging
import os
import signal
import socket
import sys
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt, Slot
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

from nlinkoop.processes import STOP_SIGNALS  # none on Windows: GUI programs get neither

log = logging.getLogger(__name__)


@runtime_checkable
class EndsWithSession(Protocol):
    """A top-level window that can end, or save everything, without asking anything."""

    def end_session(self) -> None:
        """Close now without asking: write back, release the lock."""

    def commit_session(self) -> None:
        """Write back now without asking, and stay open."""


class SessionEnd(QObject):
    """Ends the app's windows unattended when the session ends, however it ends.

    Create one for the application, before anything is opened, and keep it.

    Signals: none; it acts itself: SIGTERM and SIGHUP (POSIX) end the windows and the app;
    the session manager's `commitDataRequest` and `saveStateRequest` write back; a quit that
    leaves windows open (`aboutToQuit`) ends them first.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._ending = False
        self._reader: socket.socket | None = None
        self._writer: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._old_wakeup_fd = -1
        self._old_handlers: dict[int, object] = {}
        direct = Qt.ConnectionType.DirectConnection  # as Qt asks for the session's requests
        app.commitDataRequest.connect(self._on_app_commit_data_request, direct)
        app.saveStateRequest.connect(self._on_app_commit_data_request, direct)
        app.aboutToQuit.connect(self._on_app_about_to_quit)
        if STOP_SIGNALS:
            self._listen()

    def _listen(self) -> None:
        """Let SIGTERM and SIGHUP wake the event loop through a socket pair."""
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)  # set_wakeup_fd needs it; a full buffer only drops bytes
        self._old_wakeup_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        for number in STOP_SIGNALS:
            # Python's C handler writes the number to the socket; this one has nothing to do.
            self._old_handlers[number] = signal.signal(number, _noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    def stop(self) -> None:
        """Hand the signals back as they were (for tests; the app keeps this to the end)."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        for number, handler in self._old_handlers.items():
            signal.signal(number, handler)  # type: ignore[arg-type]
        self._old_handlers = {}
        if self._writer is not None:
            signal.set_wakeup_fd(self._old_wakeup_fd)
        for end in (self._reader, self._writer):
            if end is not None:
                end.close()
        self._reader = self._writer = None

    @Slot()
    def _on_notifier_activated(self) -> None:
        received = b""
        while self._reader is not None:
            try:
                chunk = self._reader.recv(64)
            except (BlockingIOError, InterruptedError):
                break
            if not chunk:
                break
            received += chunk
        numbers = [number for number in received if number in STOP_SIGNALS]
        if numbers:
            self.end(signal.Signals(numbers[0]).name)

    def end(self, why: str) -> None:
        """End every window without asking, then the app (status 0).

        Args:
            why: for the log (`SIGTERM`, ...).
        """
        if self._ending:
            return
        self._ending = True
        log.info("%s: ending the session", why)
        waiting = self._app.activeModalWidget() or self._app.activePopupWidget()
        self._end_windows()
        if waiting is not None:  # a dialog's code waits for an answer: never go back into it
            _exit_now()
        QCoreApplication.exit(0)

    def _end_windows(self) -> None:
        for window in self._app.topLevelWidgets():
            if isinstance(window, EndsWithSession):
                window.end_session()

    @Slot(QSessionManager)
    def _on_app_commit_data_request(self, _manager: QSessionManager) -> None:
        # The log-off may still be cancelled, so the windows stay; without user interaction.
        for window in self._app.topLevelWidgets():
            if isinstance(window, EndsWithSession):
                window.commit_session()

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        # The event loop is over (the session manager's quit, or an exit() elsewhere): any
        # window still open ends here, or its lock would outlive the process.
        self._ending = True
        self._end_windows()


def _noted(_number: int, _frame: object) -> None:
    """The Python-level handler: the wakeup socket already told the event loop."""


def _exit_now() -> None:
    """Leave the process with status 0 at once, after the output and the log are out."""
    with contextlib.suppress(Exception):
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
    os._exit(0)
