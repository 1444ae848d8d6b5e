"""Timing helpers: repeated runs after a warm-up, summaries, and child processes with max RSS."""

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Stat:
    """Repeated measurements of one thing (seconds, or kilobytes for memory)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)

    @property
    def p95(self) -> float:
        ordered = sorted(self.values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    def as_json(self) -> dict[str, object]:
        return {
            "median": self.median,
            "min": self.low,
            "max": self.high,
            "p95": self.p95,
            "runs": len(self.values),
            "values": list(self.values),
        }


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def repeat(
    action: Callable[[], object],
    runs: int,
    *,
    warmup: int = 1,
    before: Callable[[], object] | None = None,
) -> Stat:
    """Time `action` `runs` times after `warmup` untimed runs; `before` runs untimed each time."""
    values = []
    for n in range(warmup + runs):
        if before is not None:
            before()
        elapsed = timed(action)
        if n >= warmup:
            values.append(elapsed)
    return Stat(tuple(values))


@dataclass(frozen=True)
class ProcessRun:
    seconds: float
    max_rss_kb: int


def run_process(argv: Sequence[str], env: dict[str, str], cwd: Path) -> ProcessRun:
    """Run a child to its end; wall time from start to exit, and its own peak memory.

    Raises:
        RuntimeError: the child failed (its stderr is in the message).
    """
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(
            list(argv),
            env=env,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            message = err.read().decode("utf-8", "replace")[-2000:]
            raise RuntimeError(f"{' '.join(argv)} exited {child.returncode}: {message}")
    return ProcessRun(seconds, usage.ru_maxrss)  # ru_maxrss is in kilobytes on Linux


def paired(
    app: Sequence[str], base: Sequence[str], runs: int, env: dict[str, str], cwd: Path
) -> tuple[list[ProcessRun], list[ProcessRun]]:
    """Run the app and its baseline in turns (ABAB...), after one warm-up run of each.

    Taking turns spreads the noise of a shared machine over both sides alike.
    """
    run_process(app, env, cwd)
    run_process(base, env, cwd)
    apps, bases = [], []
    for _ in range(runs):
        apps.append(run_process(app, env, cwd))
        bases.append(run_process(base, env, cwd))
    return apps, bases
