"""`python -m bench`: build (or reuse) the workbooks, measure every figure, print the table.

Options: --quick (100 and 1,000 preparations, 3 runs, a 20 s teamserver load, for
developers), --runs N, --seed N, --output FILE (default bench/results.json; --quick and
--teamserver-only write none unless given), --teamserver-only, --no-teamserver.
"""

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench import figures, teamserver
from bench.figures import Row, Session
from bench.generate import CACHE, last_build_seconds, workbook
from bench.measure import Stat

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="sizes 100 and 1,000, 3 runs, a 20 s load"
    )
    parser.add_argument("--runs", type=int, help="timed runs per figure (default 5; quick 3)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--output", type=Path, help="results file (default bench/results.json)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--teamserver-only", action="store_true", help="only the teamserver")
    which.add_argument("--no-teamserver", action="store_true", help="all but the teamserver")
    args = parser.parse_args(argv)
    sizes = (100, 1000) if args.quick else (100, 1000, 5000)
    if args.teamserver_only:
        sizes = ()
    runs = args.runs or (3 if args.quick else 5)
    partial = args.quick or args.teamserver_only
    output = args.output or (None if partial else HERE / "results.json")
    server_sizes = (400,) if args.quick else (400, 5000)
    load_seconds = 20.0 if args.quick else 120.0
    started = time.perf_counter()

    rows: list[Row] = []
    files = {}
    for size in sizes:
        path, built = workbook(size, args.seed)
        files[size] = path
        seconds = built if built is not None else last_build_seconds(size, args.seed)
        if size == max(sizes) and seconds is not None:
            rows.append(
                Row(
                    f"build the {size:,} workbook (generate + save_all)",
                    seconds,
                    notes={"built_this_run": built is not None},
                )
            )
        print(f"workbook {size:,}: {path.name} ({'built' if built else 'cached'})", flush=True)

    CACHE.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="run-", dir=CACHE))
    try:
        session = Session.start(folder, runs)
        copies = {size: session.copy(path, f"bench-{size}.db") for size, path in files.items()}
        biggest = max(sizes, default=0)
        steps = [
            ("cold start", lambda: figures.cold_start(session, copies)),
            *[
                (f"open and list {s}", lambda s=s: figures.open_and_list(session, copies[s], s))
                for s in sizes
            ],
            *[(f"search {s}", lambda s=s: figures.search(session, copies[s], s)) for s in sizes],
            *[
                (f"save {s}", lambda s=s: figures.save_and_write_back(session, copies[s], s))
                for s in sizes
            ],
            ("briefing", lambda: figures.briefing(session)),
            ("bundle start", lambda: figures.bundle_start(session, copies[min(sizes)])),
        ]
        if not args.quick:
            steps.append(("first open", lambda: [figures.first_open(session, copies[biggest], 3)]))
            steps.append(("merge", lambda: [figures.merge(session, files[biggest], runs)]))
        steps.append(("file size", lambda: [figures.file_size(files[biggest], biggest, args.seed)]))
        if args.teamserver_only:
            steps = []
        if not args.no_teamserver:
            steps.append(
                (
                    "teamserver",
                    lambda: teamserver.figures(session, server_sizes, load_seconds, args.seed),
                )
            )
        for name, step in steps:
            began = time.perf_counter()
            rows.extend(step())
            print(f"  {name}: {time.perf_counter() - began:.1f} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    total = time.perf_counter() - started
    print()
    print(table(rows))
    print(f"\n{runs} timed runs per figure after a warm-up; total {total:.0f} s")
    if output is not None:
        output.write_text(
            json.dumps(results(rows, runs, total, args), indent=1) + "\n", encoding="utf-8"
        )
        print(f"wrote {output}")
    return 0


def _fmt(value: Stat | float | None, unit: str) -> str:
    if value is None:
        return "-"

    def one(x: float) -> str:
        if unit == "count":
            return f"{x:g}"
        if unit == "bytes":
            return f"{x / 2**20:.1f} MB"
        return f"{x * 1000:.1f} ms" if x < 1 else f"{x:.2f} s"

    if isinstance(value, Stat):
        return f"{one(value.median)} ({one(value.low)}-{one(value.high)})"
    return one(value)


def table(rows: list[Row]) -> str:
    head = ("figure", "value: median (min-max)", "baseline", "ratio", "target", "ok")
    lines = []
    for row in rows:
        base = _fmt(row.baseline, row.unit)
        if row.baseline_name:
            base = f"{base} [{row.baseline_name}]"
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else "-"
        ok = {True: "ok", False: "NOT", None: ""}[row.ok]
        value = _fmt(row.value, row.unit)
        if "p95" in row.notes:
            value += f" p95 {_fmt(float(row.notes['p95']), 's')}"  # type: ignore[arg-type]
        target = row.target.text() if row.target else ""
        lines.append((row.figure, value, base, ratio, target, ok))
    widths = [max(len(line[i]) for line in [head, *lines]) for i in range(len(head))]
    out = ["  ".join(c.ljust(w) for c, w in zip(head, widths, strict=True))]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) for line in lines]
    return "\n".join(line.rstrip() for line in out)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, object]:
    import PySide6
    import reportlab
    import sqlalchemy

    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": _cpu(),
        "cores": os.cpu_count(),
        "load_average_at_end": list(os.getloadavg()),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": PySide6.__version__,
        "sqlalchemy": sqlalchemy.__version__,
        "reportlab": reportlab.Version,
    }


def results(rows: list[Row], runs: int, total: float, args: argparse.Namespace) -> dict:
    def stat(value: Stat | float | None) -> object:
        return value.as_json() if isinstance(value, Stat) else value

    return {
        "machine": machine(),
        "runs": runs,
        "seed": args.seed,
        "quick": args.quick,
        "total_seconds": total,
        "figures": [
            {
                "figure": r.figure,
                "unit": r.unit,
                "value": stat(r.value),
                "baseline": stat(r.baseline),
                "baseline_is": r.baseline_name or None,
                "ratio": r.ratio,
                "target": r.target.text() if r.target else None,
                "ok": r.ok,
                "notes": r.notes,
            }
            for r in rows
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
