"""Writing back on a worker thread, so that a big workbook does not hold up the window.

After a pause in typing the whole working copy is written to the user's file: a new file with
`VACUUM INTO`, its full check, a hash, the replace. For 1,000 full preparations that takes most
of a second, for 5,000 several: too long to freeze the window each time the user stops typing.
`Document.write_back(merge=False)` never uses the working copy's own connection, so it runs on
a thread of its own while the user types on; new edits go into the working copy as always and
are written back the next time. It does not merge: when the file changed elsewhere it stops
with `ChangedOutside`, and the controller writes back on the window's thread instead, where the
merge dialog can ask.

The thread never touches Qt: the window's thread looks every few milliseconds whether it ended.
"""

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from nlinkoop.store.document import Document, WriteBack

Outcome = WriteBack | BaseException  # what the write-back did, or what it raised
_POLL_MS = 25


class WriteBackWorker(QObject):
    """One write-back at a time on a worker thread.

    Signals:
        finished: the write-back ended; `take()` gives what it did.
    """

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._outcome: Outcome | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(_POLL_MS)
        self._poll.timeout.connect(self._on_poll_timeout)

    @property
    def running(self) -> bool:
        """A write-back was started and its outcome not taken yet."""
        return self._thread is not None

    def start(self, document: Document) -> None:
        """Write `document` back on a new thread (when none is running)."""
        if self._thread is not None:
            raise RuntimeError("a write-back is running already")
        self._outcome = None
        self._thread = threading.Thread(
            target=self._run, args=(document,), name="nlinkoop-write-back", daemon=True
        )
        self._thread.start()
        self._poll.start()

    def take(self) -> Outcome | None:
        """Wait for the write-back to end and give what it did (None if none is running)."""
        thread = self._thread
        if thread is None:
            return None
        thread.join()
        self._poll.stop()
        self._thread = None
        outcome, self._outcome = self._outcome, None
        return outcome

    def _run(self, document: Document) -> None:
        try:
            self._outcome = document.write_back(merge=False)
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread by take()
            self._outcome = exc

    @Slot()
    def _on_poll_timeout(self) -> None:
        if self._thread is not None and not self._thread.is_alive():
            self._poll.stop()
            self.finished.emit()
