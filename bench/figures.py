"""The figures of `make bench`: each one measured with its baseline in the same run.

Every function returns rows for the table: (figure, value, baseline, target) where value and
baseline are `Stat`s (or plain numbers) and the target is a `Target`.
"""

import os
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import Stat, paired, repeat, run_process, timed

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
LIST_SQL = (
    "SELECT id, title, counterparty, meeting_date, updated_at, updated_by, progress "
    "FROM preparations WHERE deleted_at IS NULL ORDER BY updated_at DESC"
)


@dataclass(frozen=True)
class Target:
    """What the issue asks: the value (or the ratio, if `ratio`) under `limit`.

    With `use="count"` the value is a number of events (errors, lost updates), at most `limit`.
    """

    limit: float
    ratio: bool = False
    use: str = "median"  # or "p95", or "count"

    def text(self) -> str:
        if self.ratio:
            return f"<= {self.limit:g}x"
        if self.use == "count":
            return f"<= {self.limit:g}"
        return f"{self.use} < {_seconds(self.limit)}"


@dataclass
class Row:
    """One line of the table."""

    figure: str
    value: Stat | float
    baseline: Stat | float | None = None
    baseline_name: str = ""
    target: Target | None = None
    unit: str = "s"
    notes: dict[str, object] = field(default_factory=dict)

    def number(self, which: Stat | float | None, use: str = "median") -> float | None:
        if isinstance(which, Stat):
            return which.p95 if use == "p95" else which.median
        return which

    @property
    def ratio(self) -> float | None:
        value, base = self.number(self.value), self.number(self.baseline)
        return None if value is None or not base else value / base

    @property
    def ok(self) -> bool | None:
        if self.target is None:
            return None
        if self.target.ratio:
            return self.ratio is not None and self.ratio <= self.target.limit
        value = self.number(self.value, self.target.use)
        if self.target.use == "count":
            return value is not None and value <= self.target.limit
        return value is not None and value < self.target.limit


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


@dataclass
class Session:
    """Where a run keeps its files and how its children are started."""

    folder: Path
    runs: int
    env: dict[str, str]

    @classmethod
    def start(cls, folder: Path, runs: int) -> "Session":
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            NLINKOOP_DATA_DIR=str(folder / "data"),
            NLINKOOP_CACHE_DIR=str(folder / "cache"),
            NLINKOOP_LOG_DIR=str(folder / "log"),
            XDG_CONFIG_HOME=str(folder / "config"),  # QSettings: keep the user's own untouched
            # Compiled bytecode, as an installed app has it (the libraries have theirs already);
            # kept under build/, so the source tree stays clean.
            PYTHONPYCACHEPREFIX=str(folder.parent / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for name in (
            "NLINKOOP_DATA_DIR",
            "NLINKOOP_CACHE_DIR",
            "NLINKOOP_LOG_DIR",
            "QT_QPA_PLATFORM",
        ):
            os.environ[name] = env[name]  # the in-process figures use the same folders
        return cls(folder, runs, env)

    def copy(self, source: Path, name: str) -> Path:
        """A private copy of a cached workbook (the cache itself is never opened by the app)."""
        target = self.folder / name
        shutil.copyfile(source, target)
        return target


# --- 1 and 7: cold start and peak memory ------------------------------------------------------


def cold_start(session: Session, files: dict[int, Path]) -> list[Row]:
    """The app as a process on each workbook with --smoke, against the bare window.

    Three figures a size, from the moment the process is started: the first paint (the window
    with its list, as the user first sees it; the bare window's first paint is the baseline),
    the window ready for typing (the workbook opened, Basis showing the first preparation),
    and the whole process to its exit (against the bare window's).

    The data and cache folders persist across the runs of one session: the warm-up run is the
    first open (full integrity check, a copy of the file), the timed runs are what a user sees
    every later day (the verified-file memory and the working copy kept at close).
    """
    rows = []
    base = [sys.executable, str(HERE / "bare_window.py")]
    for size, path in files.items():
        app = [sys.executable, "-m", "nlinkoop", str(path), "--smoke"]
        apps, bases = paired(app, base, session.runs, session.env, ROOT)
        painted = Stat(tuple(r.marks["first-paint"] for r in bases))
        target = Target(2.5, ratio=True) if size in (100, 5000) else None
        rows.append(
            Row(
                f"cold start to the first paint, {size:,} preparations",
                Stat(tuple(r.marks["first-paint"] for r in apps)),
                painted,
                "bare window's first paint",
                target,
            )
        )
        rows.append(
            Row(
                f"cold start to a ready window, {size:,} preparations",
                Stat(tuple(r.marks["ready"] for r in apps)),
                painted,
                "bare window's first paint",
            )
        )
        rows.append(
            Row(
                f"cold start, whole process, {size:,} preparations",
                Stat(tuple(r.seconds for r in apps)),
                Stat(tuple(r.seconds for r in bases)),
                "bare window",
            )
        )
        if size == max(files):
            rows.append(
                Row(
                    f"peak memory (max RSS), {size:,} preparations",
                    Stat(tuple(r.max_rss_kb * 1024 for r in apps)),
                    Stat(tuple(r.max_rss_kb * 1024 for r in bases)),
                    "bare window",
                    Target(2.0, ratio=True) if size == 5000 else None,
                    unit="bytes",
                )
            )
    return rows


BUNDLE = ROOT / "dist" / "nlinkoop" / "nlinkoop"  # `make installer` builds it


def bundle_start(session: Session, path: Path) -> list[Row]:
    """The PyInstaller bundle against the venv, both `FILE --smoke` (none if it is not built).

    `make bench` builds the bundle first (`make installer`); `python -m bench` alone uses the
    one in dist/ if there is one.
    """
    if not BUNDLE.exists():
        return []
    venv = [sys.executable, "-m", "nlinkoop", str(path), "--smoke"]
    bundles, venvs = paired(
        [str(BUNDLE), str(path), "--smoke"], venv, session.runs, session.env, ROOT
    )
    return [
        Row(
            f"bundle start: {name}",
            Stat(tuple(r.marks[mark] for r in bundles)),
            Stat(tuple(r.marks[mark] for r in venvs)),
            "the venv's",
            Target(1.3, ratio=True) if mark == "first-paint" else None,
        )
        for mark, name in (("first-paint", "first paint, 100"), ("ready", "ready window, 100"))
    ]


def first_open(session: Session, path: Path, runs: int) -> Row:
    """The app on a file it has never seen: fresh cache and data folders for every run."""
    base = [sys.executable, str(HERE / "bare_window.py")]
    app = [sys.executable, "-m", "nlinkoop", str(path), "--smoke"]
    apps, bases = [], []
    for n in range(runs + 1):
        env = dict(
            session.env,
            NLINKOOP_CACHE_DIR=str(session.folder / f"fresh-cache-{n}"),
            NLINKOOP_DATA_DIR=str(session.folder / f"fresh-data-{n}"),
        )
        app_run, base_run = run_process(app, env, ROOT), run_process(base, env, ROOT)
        if n:
            apps.append(app_run.seconds)
            bases.append(base_run.seconds)
    return Row(
        "cold start, first open (full check), 5,000",
        Stat(tuple(apps)),
        Stat(tuple(bases)),
        "bare window",
    )


# --- 2: open and list -------------------------------------------------------------------------


def _raw_list(path: Path) -> None:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        conn.execute(LIST_SQL).fetchall()


def open_and_list(session: Session, path: Path, size: int) -> list[Row]:
    from nlinkoop.store.document import Document
    from nlinkoop.store.workbook import Workbook

    def document() -> None:
        with Document.open(path, user="bench") as doc:
            doc.workbook.list_preparations()

    def workbook() -> None:
        Workbook.open(path, user="bench").close()

    opened = Workbook.open(path, user="bench")
    try:
        listing = repeat(opened.list_preparations, session.runs)
    finally:
        opened.close()
    raw = repeat(lambda: _raw_list(path), session.runs)
    target = Target(0.300) if size == 5000 else None

    def forget_kept() -> None:  # as for a file changed elsewhere since it was last open here
        shutil.rmtree(session.folder / "data" / "kept", ignore_errors=True)

    return [
        Row(
            f"open + list (Document), {size:,}",
            repeat(document, session.runs),
            raw,
            "sqlite3 connect + list query",
            target,
        ),
        Row(
            f"open + list (Document), copying the file, {size:,}",
            repeat(document, session.runs, before=forget_kept),
            raw,
            "sqlite3 connect + list query",
        ),
        Row(
            f"Workbook.open, {size:,}",
            repeat(workbook, session.runs),
            raw,
            "sqlite3 connect + list query",
        ),
        Row(f"list_preparations, {size:,}", listing, raw, "sqlite3 connect + list query"),
    ]


# --- 3: search --------------------------------------------------------------------------------

WORDS = ("leveran", "indexatie")  # a word being typed, and a whole word; they never narrow


def search(session: Session, path: Path, size: int) -> list[Row]:
    from nlinkoop.store.workbook import Workbook

    rows = []
    with Workbook.open(path, user="bench") as workbook:
        first = timed(lambda: workbook.search("contract"))
        turn = iter(range(10**6))

        def store_search() -> None:
            workbook.search(WORDS[next(turn) % 2])

        store = repeat(store_search, max(session.runs, 10))

        def like() -> None:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
                word = WORDS[next(turn) % 2]
                conn.execute(
                    "SELECT id FROM preparations WHERE deleted_at IS NULL AND search_text LIKE ?",
                    (f"%{word}%",),
                ).fetchall()

        raw = repeat(like, max(session.runs, 10))
        target = Target(0.050) if size == 5000 else None
        rows.append(
            Row(
                f"search (store), {size:,}",
                store,
                raw,
                "sqlite3 LIKE scan",
                target,
                notes={"first_search_with_index_build_s": first},
            )
        )
        pane = _pane_filter(workbook, max(session.runs, 10))
        if pane is not None:
            rows.append(
                Row(
                    f"search (list filter in the pane), {size:,}",
                    pane,
                    raw,
                    "sqlite3 LIKE scan",
                    target,
                )
            )
    return rows


def _pane_filter(workbook, runs: int) -> Stat | None:  # type: ignore[no-untyped-def]
    """The pane's filter slot (without its 60 ms typing pause) and the repaint after it."""
    from PySide6.QtWidgets import QApplication

    from nlinkoop.ui.window.preparations_pane import PreparationsPane

    app = QApplication.instance() or QApplication([sys.argv[0]])
    pane = PreparationsPane(workbook.search)
    pane.resize(360, 800)
    pane.set_preparations(workbook.list_preparations(), [])
    pane.show()
    app.processEvents()
    turn = iter(range(10**6))

    def type_word() -> None:
        pane.search_edit.setText(WORDS[next(turn) % 2])
        pane._filter_timer.stop()  # noqa: SLF001 - we call its slot ourselves, at once

    def filter_and_paint() -> None:
        pane._on_filter_timer_timeout()  # noqa: SLF001
        app.processEvents()

    try:
        return repeat(filter_and_paint, runs, before=type_word)
    finally:
        pane.close()
        pane.deleteLater()
        app.processEvents()


# --- 4: save one edit, and write-back ---------------------------------------------------------


def save_and_write_back(session: Session, path: Path, size: int) -> list[Row]:
    from nlinkoop.store.document import Document

    runs = max(session.runs * 4, 20)  # enough for a 95th percentile
    with Document.open(path, user="bench") as doc:
        ids = [s.id for s in doc.workbook.list_preparations()]
        prep = doc.workbook.load(random.Random(size).choice(ids))
        turn = iter(range(10**6))

        def edit() -> None:
            prep.opening.come_to_do = f"{prep.opening.come_to_do.split(' #')[0]} #{next(turn)}"

        saves = repeat(lambda: doc.workbook.save(prep), runs, before=edit)
        file = doc.workbook.file

        def raw_edit() -> None:
            with closing(sqlite3.connect(file, isolation_level=None)) as conn:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("UPDATE preparations SET title = title WHERE id = ?", (prep.id,))
                conn.execute("COMMIT")

        raw = repeat(raw_edit, runs)
        back_runs = session.runs

        def small_edit() -> None:
            edit()
            doc.workbook.save(prep)

        backs = repeat(doc.write_back, back_runs, before=small_edit)
        doc.write_back()

    copy_target = path.with_name(path.name + ".copy")

    def raw_copy() -> None:
        shutil.copyfile(path, copy_target)
        with copy_target.open("rb+") as handle:
            os.fsync(handle.fileno())

    copies = repeat(raw_copy, back_runs)
    copy_target.unlink(missing_ok=True)
    target_ms = {100: 0.020, 5000: 0.100}.get(size)
    return [
        Row(
            f"save one edit, {size:,}",
            saves,
            raw,
            "sqlite3 one-row UPDATE + commit",
            Target(target_ms) if target_ms else None,
            notes={"p95": saves.p95},
        ),
        Row(f"write-back, {size:,}", backs, copies, "copy the file + fsync"),
    ]


# --- 5: briefing ------------------------------------------------------------------------------


def briefing(session: Session) -> list[Row]:
    import datetime as dt

    from nlinkoop.briefing.compose import BriefingInfo, author_profile, compose
    from nlinkoop.briefing.labels import BriefingLabels
    from nlinkoop.briefing.render import render
    from nlinkoop.catalog import translator
    from nlinkoop.examples import create_example
    from nlinkoop.store.workbook import Workbook

    example = session.folder / "voorbeeld.db"
    if not example.exists():
        create_example(example)
    with Workbook.open(example, user="bench") as workbook:
        preps, profiles = workbook.load_all(), workbook.profiles()
    labels = BriefingLabels.translated(translator("nl"))
    now = dt.datetime.now().astimezone()
    composed = [
        compose(p, labels, BriefingInfo(example.name, now, author_profile(p, profiles)))
        for p in preps
    ]
    characters = max(_characters(b) for b in composed)
    per_prep = [repeat(lambda b=b: render(b), session.runs) for b in composed]
    slowest = max(per_prep, key=lambda s: s.median)

    sys.path.insert(0, str(HERE))
    from bare_briefing import page  # the same page the bare process draws

    bare_pdf = session.folder / "bare.pdf"
    bare = repeat(lambda: page(bare_pdf, characters), session.runs)
    rows = [
        Row(
            "briefing render in-process (slowest of the example's)",
            slowest,
            bare,
            "one platypus page, laid out once",
            Target(0.150),
            notes={
                "per_preparation_median_s": [s.median for s in per_prep],
                "characters": characters,
            },
        )
    ]
    app = [
        sys.executable,
        "-m",
        "nlinkoop",
        "briefing",
        str(example),
        "--id",
        preps[0].id,
        "-o",
        str(session.folder / "briefing.pdf"),
    ]
    base = [sys.executable, str(HERE / "bare_briefing.py"), str(bare_pdf), str(characters)]
    apps, bases = paired(app, base, session.runs, session.env, ROOT)
    rows.append(
        Row(
            "nlinkoop briefing (process)",
            Stat(tuple(r.seconds for r in apps)),
            Stat(tuple(r.seconds for r in bases)),
            "bare_briefing.py",
            Target(1.3, ratio=True),
        )
    )
    return rows


def _characters(composed: object) -> int:
    """The characters of text in a composed briefing (every str reachable from it)."""
    seen: list[int] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            seen.append(len(node))
        elif isinstance(node, list | tuple):
            for item in node:
                walk(item)
        elif hasattr(node, "__dataclass_fields__"):
            for name in node.__dataclass_fields__:
                walk(getattr(node, name))

    walk(composed)
    return sum(seen)


# --- 6: merge ---------------------------------------------------------------------------------


def _change_tenth(path: Path, seed: int, user: str) -> None:
    from nlinkoop.store.workbook import Workbook

    with Workbook.open(path, user=user) as workbook:
        ids = [s.id for s in workbook.list_preparations()]
        chosen = random.Random(seed).sample(ids, len(ids) // 10)
        preps = [workbook.load(i) for i in chosen]
        for n, prep in enumerate(preps):
            prep.title = f"{prep.title} ({user} {n})"
            prep.opening.come_to_do += f" Gewijzigd door {user}."
        workbook.save_all(preps, [], touch=True)


def merge(session: Session, path: Path, runs: int) -> Row:
    from nlinkoop.store.merge import merge as merge_workbooks
    from nlinkoop.store.workbook import Workbook

    mine_base = session.copy(path, "merge-mine.db")
    theirs_base = session.copy(path, "merge-theirs.db")
    _change_tenth(mine_base, 1, "anna")
    _change_tenth(theirs_base, 2, "bram")
    values, raws, reports = [], [], []
    for n in range(runs + 1):
        mine = session.copy(mine_base, "merge-run-mine.db")
        theirs = session.copy(theirs_base, "merge-run-theirs.db")
        with Workbook.open(mine, user="anna") as a, Workbook.open(theirs, user="bram") as b:
            elapsed = timed(lambda a=a, b=b: reports.append(merge_workbooks(b, a)))
        raw = timed(lambda: _read_everything(mine_base, theirs_base))
        if n:
            values.append(elapsed)
            raws.append(raw)
    report = reports[-1]
    return Row(
        "merge 5,000 + 5,000, 10% changed on each side",
        Stat(tuple(values)),
        Stat(tuple(raws)),
        "sqlite3 read of every row of both",
        Target(5.0),
        notes={"report": repr(report)[:500]},
    )


def _read_everything(*paths: Path) -> None:
    for path in paths:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            tables = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type='table'")
            ]
            for table in tables:
                conn.execute(f'SELECT * FROM "{table}"').fetchall()


# --- 8: file size -----------------------------------------------------------------------------


def file_size(path: Path, size: int, seed: int) -> Row:
    """The file's bytes, against the same kind of preparations as compact JSON (estimated)."""
    import json

    from bench.generate import Generator

    sample = 100
    preps, profiles = Generator(seed).documents(sample)
    text = json.dumps(
        {"preparations": preps, "profiles": profiles}, ensure_ascii=False, separators=(",", ":")
    )
    json_bytes = len(text.encode("utf-8")) * size / sample
    value = float(path.stat().st_size)
    return Row(
        f"file size, {size:,} preparations",
        value,
        json_bytes,
        "the same as compact JSON (est.)",
        unit="bytes",
        notes={"bytes_per_preparation": value / size},
    )


Measure = Callable[..., list[Row]]
