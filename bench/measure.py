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
            # Many values (a load test's thousands of syncs) stay out of the results file.
            "values": list(self.values) if len(self.values) <= 100 else None,
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
    marks: dict[str, float]  # seconds from the start to each mark of the start trace


def run_process(argv: Sequence[str], env: dict[str, str], cwd: Path) -> ProcessRun:
    """Run a child to its end: wall time to its exit, its peak memory, its start marks.

    The marks are when it reached what it wrote to its start trace (`NLINKOOP_START_TRACE`:
    the first paint, the ready window), in seconds from its start.

    Raises:
        RuntimeError: the child failed (its stderr is in the message).
    """
    with tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as folder:
        trace = Path(folder) / "start-trace"
        started = time.time()
        start = time.perf_counter()
        child = subprocess.Popen(
            list(argv),
            env=dict(env, NLINKOOP_START_TRACE=str(trace)),
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
        marks, peak_kb = _marks(trace, started)
    # wait4's ru_maxrss (kilobytes on Linux) also counts the memory this process had when it
    # started the child (exec keeps the high-water mark): the child's own figure goes first.
    return ProcessRun(seconds, peak_kb or usage.ru_maxrss, marks)


def _marks(trace: Path, started: float) -> tuple[dict[str, float], int | None]:
    """A start trace's marks and the peak memory it gave at its exit.

    The marks ("first-paint 1796609557.156") in seconds from `started`; the memory
    ("peak-rss 104212") in kilobytes, or None if it gave none.
    """
    marks: dict[str, float] = {}
    peak_kb = None
    for line in trace.read_text(encoding="utf-8").splitlines() if trace.exists() else []:
        name, _, rest = line.partition(" ")
        if name in {"first-paint", "ready"}:
            marks[name] = float(rest.split()[0]) - started
        elif name == "peak-rss":
            peak_kb = int(rest)
    return marks, peak_kb


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
