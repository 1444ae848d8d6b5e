"""Real processes and real files for the sharing tests: forked children that talk over pipes.

A child is forked from the test process, which has already imported nlinkoop, so starting one
costs a few milliseconds instead of a new interpreter. The child runs one function and talks to
the parent in lines of JSON (`send`/`receive`); whatever it raises comes back as an "error"
message with the traceback, and it always ends with `os._exit` so that nothing of pytest's
(atexit handlers, fixtures) runs twice.
"""

import hashlib
import json
import os
import select
import shutil
import signal
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@contextmanager
def scratch_copy(path: Path) -> Iterator[Workbook]:
    """Open a throw-away copy of `path`, so that reading it never touches the file itself."""
    with tempfile.TemporaryDirectory(prefix="nlinkoop-read-") as folder:
        copy = Path(folder) / path.name
        shutil.copyfile(path, copy)
        with Workbook.open(copy, user="reader") as workbook:
            yield workbook


def read_preparation(path: Path, prep_id: str) -> Preparation:
    """The preparation `prep_id` as the file `path` holds it (read from a copy)."""
    with scratch_copy(path) as workbook:
        return workbook.load(prep_id)


class ChildError(AssertionError):
    """A child process raised, or ended in a way the test did not expect."""


@dataclass
class Channel:
    """The child's end of the two pipes."""

    inbox: int
    outbox: int
    _buffer: bytearray = field(default_factory=bytearray)

    def send(self, kind: str, **data: Any) -> None:
        line = json.dumps({"kind": kind, "at": time.monotonic(), **data}) + "\n"
        os.write(self.outbox, line.encode())  # one write: a line never mixes with another

    def receive(self) -> dict[str, Any]:
        while b"\n" not in self._buffer:
            chunk = os.read(self.inbox, 65536)
            if not chunk:
                raise EOFError("the parent closed the pipe")
            self._buffer += chunk
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer[:] = rest
        message: dict[str, Any] = json.loads(line)
        return message


@dataclass
class Child:
    """The parent's handle on a forked child."""

    pid: int
    inbox: int  # what the child sends
    outbox: int | None  # what the parent sends; None once closed
    messages: list[dict[str, Any]] = field(default_factory=list)
    status: int | None = None
    _buffer: bytearray = field(default_factory=bytearray)
    _eof: bool = False

    def send(self, kind: str, **data: Any) -> None:
        assert self.outbox is not None
        os.write(self.outbox, (json.dumps({"kind": kind, **data}) + "\n").encode())

    def _read(self, timeout: float) -> None:
        """Read what is there within `timeout` seconds into `messages`."""
        if self._eof:
            return
        ready, _, _ = select.select([self.inbox], [], [], max(timeout, 0))
        if not ready:
            return
        chunk = os.read(self.inbox, 65536)
        if not chunk:
            self._eof = True
            return
        self._buffer += chunk
        *lines, rest = bytes(self._buffer).split(b"\n")
        self._buffer[:] = rest
        self.messages.extend(json.loads(line) for line in lines)

    def raise_error(self) -> None:
        """ChildError with the child's traceback, if it sent one."""
        for message in self.messages:
            if message["kind"] == "error":
                raise ChildError(f"child {self.pid} failed:\n{message['traceback']}")

    def collect(self, seconds: float) -> None:
        """Take in the child's messages for `seconds` (the child keeps running meanwhile)."""
        deadline = time.monotonic() + seconds
        while not self._eof:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            self._read(left)
        self.raise_error()

    def wait_for(self, kind: str, timeout: float = 30.0) -> dict[str, Any]:
        """The first message of `kind` not yet waited for; ChildError if none comes in time."""
        deadline = time.monotonic() + timeout
        seen = 0
        while True:
            self.raise_error()
            for message in self.messages[seen:]:
                seen += 1
                if message["kind"] == kind and not message.get("_taken"):
                    message["_taken"] = True
                    return message
            if self._eof:
                self.reap()
                raise ChildError(f"child {self.pid} ended ({self.status}) before sending {kind}")
            left = deadline - time.monotonic()
            if left <= 0:
                raise ChildError(f"child {self.pid} sent no {kind} within {timeout} s")
            self._read(left)

    def kill(self) -> None:
        """SIGKILL, then read what it sent before it died; ChildError if it had ended itself."""
        os.kill(self.pid, signal.SIGKILL)
        self.reap()
        self.raise_error()
        if not (os.WIFSIGNALED(self.status) and os.WTERMSIG(self.status) == signal.SIGKILL):
            raise ChildError(f"child {self.pid} ended by itself before the kill ({self.status})")

    def discard(self) -> None:
        """Make sure the child is gone (after a failure elsewhere); raises nothing."""
        if self.status is None:
            with suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.reap()

    def reap(self) -> int:
        """Wait for the child to end, take in the rest of its messages, close the pipes."""
        if self.status is None:
            _, self.status = os.waitpid(self.pid, 0)
            while not self._eof:
                self._read(5.0)
            os.close(self.inbox)
            if self.outbox is not None:
                os.close(self.outbox)
                self.outbox = None
        return self.status

    def finish(self, timeout: float = 30.0) -> None:
        """Wait for a child that ends by itself; ChildError unless it ended with status 0."""
        deadline = time.monotonic() + timeout
        while not self._eof and time.monotonic() < deadline:
            self._read(deadline - time.monotonic())
        if not self._eof:
            os.kill(self.pid, signal.SIGKILL)
            self.reap()
            raise ChildError(f"child {self.pid} did not end within {timeout} s")
        self.reap()
        self.raise_error()
        if self.status != 0:
            raise ChildError(f"child {self.pid} ended with status {self.status}")

    def of_kind(self, kind: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m["kind"] == kind]


def spawn(body: Callable[[Channel], None]) -> Child:
    """Fork a child that runs `body(channel)` and then exits.

    The parent must have no database open at this moment: a forked SQLite connection must not
    be used by both processes.
    """
    down_read, down_write = os.pipe()  # parent -> child
    up_read, up_write = os.pipe()  # child -> parent
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(down_write)
            os.close(up_read)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            channel = Channel(down_read, up_write)
            try:
                body(channel)
            except BaseException:
                channel.send("error", traceback=traceback.format_exc())
                code = 1
        finally:
            os._exit(code)
    os.close(down_read)
    os.close(up_write)
    return Child(pid, up_read, down_write)
