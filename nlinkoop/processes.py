"""Whether a process on this computer still runs, for files that name the process that made them.

Lock files and temporary files carry the computer's name and a process id: a file whose process
on this computer is gone was left behind by a crash and can be cleared at once.
"""

import os
import signal
import sys

# What a log-off, a shutdown or `kill` sends to end a program politely (Windows sends neither).
STOP_SIGNALS: tuple[signal.Signals, ...] = (
    () if sys.platform == "win32" else (signal.SIGTERM, signal.SIGHUP)
)


def alive(pid: int) -> bool:
    """Whether process `pid` runs on this computer (True if it exists but is not ours)."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill(pid, 0) would end the process on Windows
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just not ours
    except OSError:
        return False
    return True


def _alive_on_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259
    finally:
        kernel.CloseHandle(handle)
