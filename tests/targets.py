"""Kinds of files to write to, made harmless in a test's own folder: a pipe with a reader, a
private character device that discards what it is given, links."""

import os
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# Copies the pipe to standard output until the writer closes it.
_READ = "import shutil, sys; shutil.copyfileobj(open(sys.argv[1], 'rb'), sys.stdout.buffer)"


def fifo(path: Path) -> Path:
    """A named pipe at `path` (POSIX only: skipped elsewhere)."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(path)
    return path


def private_null_device(path: Path) -> Path:
    """A character device at `path` that works as /dev/null, private to the test.

    Making one needs root (the tests run as root in CI); a file system mounted `nodev` cannot
    open it. Either way the test is skipped. If code replaced it with a regular file, only this
    node would be gone, never the machine's /dev/null.
    """
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # Linux's null device: 1, 3
        with path.open("wb") as handle:
            handle.write(b"x")
    except (OSError, AttributeError) as error:
        path.unlink(missing_ok=True)
        pytest.skip(f"cannot make a character device here: {error}")
    return path


def is_char_device(path: Path) -> bool:
    return stat.S_ISCHR(os.lstat(path).st_mode)


def is_fifo(path: Path) -> bool:
    return stat.S_ISFIFO(os.lstat(path).st_mode)


@contextmanager
def reading(pipe: Path) -> Iterator[Callable[[], bytes]]:
    """A child process reads `pipe` meanwhile; call the yielded function for what it read.

    The function fails the test if the reader got no end of file within 15 seconds: nothing
    wrote to the pipe (it was replaced by a file, say) and the reader still waits for a writer.
    """
    # Into a file: a pipe back to us would fill up while we are busy writing to `pipe`.
    with tempfile.TemporaryFile() as out:
        reader = subprocess.Popen([sys.executable, "-c", _READ, str(pipe)], stdout=out)

        def result() -> bytes:
            try:
                reader.wait(timeout=15)
            except subprocess.TimeoutExpired:
                pytest.fail(f"nothing was written to the pipe {pipe.name}: its reader still waits")
            assert reader.returncode == 0
            out.seek(0)
            return out.read()

        try:
            yield result
        finally:
            if reader.poll() is None:
                reader.kill()
                reader.wait()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())
