"""Smoke test of the built bundle: runs its binary as a buyer would, without the venv's Python.

Usage: .venv/bin/python installer/smoke_test.py dist/nlinkoop-VERSION-linux-x86_64.tar.gz
       (what `make installer-test` runs; the tarball is unpacked into a temporary folder first)
   or: .venv/bin/python installer/smoke_test.py dist/nlinkoop

Checks that the bundle carries the PySide6 that pyproject pins and PDFium's library, then
`--version` (equal to pyproject's), `example`, `check`, `briefing` (one A4 page, read back with
pypdf), `gate` (its articles and thresholds, from the bundled data file), the window started
offscreen with `--smoke`, and again with the briefing preview shown (it must draw its page), on
the example workbook, then `--gui-walk --guard` (the None-reference guard and a scripted walk
through the window, inside the bundle) offscreen, and again under xvfb-run with xcb where
xvfb-run is installed; each must exit 0 without a traceback. With `--time N` it then measures the
bundle's and the venv's cold start (`--smoke`, N runs after a warm-up, median) for
installer/README.md.
"""

import argparse
import dis
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 120
WALK_STEPS = 9  # the `ok:` lines of `nlinkoop --gui-walk --guard` (nlinkoop/gui_walk.py)
XVFB_SCREEN = "-screen 0 1600x1000x24"


PASSED: list[str] = []


def passed(check: str) -> None:
    """Report one check that passed."""
    PASSED.append(check)
    print(f"ok: {check}", flush=True)


def run(
    binary: Path, *args: str, cwd: Path, env: dict[str, str], wrapper: Sequence[str] = ()
) -> str:
    """Run the bundled binary (under `wrapper`, e.g. xvfb-run, if given); returns stdout.

    Fails on a non-zero exit or a traceback.
    """
    shown = " ".join([*wrapper[:1], "nlinkoop", *args])
    done = subprocess.run(
        [*wrapper, str(binary), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or "Traceback" in output:
        crash_logs = sorted(Path(env["HOME"]).rglob("crash.log"))  # the CLI's "internal error"
        details = "".join(log.read_text(encoding="utf-8") for log in crash_logs)
        raise SystemExit(f"FAILED: {shown} (exit {done.returncode})\n{output}{details}")
    passed(shown)
    return done.stdout


def bare_env(home: Path) -> dict[str, str]:
    """An environment without the venv or the source tree, and a home of its own.

    The home keeps the test away from the developer's settings, recent files and example.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}
        and key not in {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p
    )
    return env


def bundled_modules(binary: Path) -> list[str]:
    """The Python modules packed into the binary's archive (PyInstaller's reader, from the venv)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(binary))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    return list(archive.open_embedded_archive(pyz).toc)


def pinned_pyside() -> str:
    """The PySide6-Essentials version pyproject pins with `==` (docs/dependencies.md says why)."""
    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = [
        d.split("==", 1)[1].strip() for d in dependencies if d.startswith("PySide6-Essentials==")
    ]
    if len(pins) != 1:
        raise SystemExit(f"FAILED: pyproject does not pin PySide6-Essentials: {dependencies}")
    return pins[0]


def bundled_pyside(binary: Path) -> str:
    """`PySide6.__version__` as packed into the binary's archive (read, not imported)."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(binary))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    code = archive.open_embedded_archive(pyz).extract("PySide6")
    value = None
    for instruction in dis.get_instructions(code):  # __version__ = "6.x.y"
        if instruction.opname == "LOAD_CONST":
            value = instruction.argval
        elif instruction.opname == "STORE_NAME" and instruction.argval == "__version__":
            return str(value)
    raise SystemExit("FAILED: the bundled PySide6 sets no __version__")


# On Windows nlinkoop.exe is the window (no console, so no output to read); nlinkoopc.exe is the
# same program for the command line. The release workflow runs this test on Windows and macOS.
BINARY = "nlinkoopc.exe" if sys.platform == "win32" else "nlinkoop"


def check_bundle(bundle: Path) -> Path:
    """The binary, after checking the files it reads at run time are in the bundle."""
    binary = bundle / BINARY
    internal = bundle / "_internal"
    needed = [
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/LICENSE-DejaVu.txt",
        "resources/i18n/nlinkoop_nl.qm",
        "resources/i18n/nlinkoop_nl.ts",
        "resources/schema/workbook.schema.json",
        "resources/schema/workbook-1.schema.json",  # import of format-1 files
        "resources/schema/workbook-2.schema.json",  # import of format-2 files
        "resources/examples/voorbeeld.json",
        "resources/icons/nlinkoop-16.png",  # the window icon: a missing one fails silently
        "resources/icons/nlinkoop-256.png",
        "PySide6/Qt/translations/qtbase_nl.qm",
    ]
    missing = [name for name in needed if not (internal / name).is_file()]
    if not binary.is_file() or missing:
        raise SystemExit(f"FAILED: {bundle} lacks {missing or [BINARY]}; run make installer")
    shipped = {name.split(".")[0] for name in bundled_modules(binary)}
    bindings = [*(internal / "PySide6").glob("Qt*.so"), *(internal / "PySide6").glob("Qt*.pyd")]
    shipped |= {path.name.split(".")[0] for path in bindings}
    unwanted = shipped & {"tests", "pytest", "hypothesis", "mypy", "ruff", "pypdf", "QtNetwork"}
    if unwanted:
        raise SystemExit(f"FAILED: the bundle ships {sorted(unwanted)}")
    passed(f"{bundle} has its resources and Qt's Dutch, and no test or lint tools")
    pinned, shipped_qt = pinned_pyside(), bundled_pyside(binary)
    if shipped_qt != pinned:
        raise SystemExit(f"FAILED: the bundle has PySide6 {shipped_qt}, pyproject pins {pinned}")
    passed(f"the bundle has PySide6 {shipped_qt}, as pinned")
    pdfium = sorted((internal / "pypdfium2_raw").glob("*pdfium*"))
    if not pdfium:
        raise SystemExit("FAILED: the bundle lacks PDFium (pypdfium2_raw), the preview's renderer")
    passed(f"the bundle has PDFium ({pdfium[0].name})")
    return binary


def unpack(tarball: Path, work: Path) -> Path:
    """The bundle folder, unpacked from the tarball, after checking the desktop files beside it."""
    with tarfile.open(tarball) as archive:
        archive.extractall(work / "unpacked", filter="data")
    bundle = work / "unpacked" / "nlinkoop"
    beside = ["nlinkoop.desktop", "INSTALL.txt"]
    if (ROOT / "resources" / "icons" / "nlinkoop.png").is_file():
        beside.append("nlinkoop.png")
    missing = [name for name in beside if not (bundle / name).is_file()]
    if missing:
        raise SystemExit(f"FAILED: {tarball.name} lacks {missing}")
    passed(f"{tarball.name} unpacks to nlinkoop/ with {', '.join(beside)}")
    return bundle


def smoke(bundle: Path, work: Path) -> Path:
    """Every check on a fresh example workbook; returns the workbook."""
    from pypdf import PdfReader

    binary = check_bundle(bundle)
    env = bare_env(work / "home")
    (work / "home").mkdir()

    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    printed = run(binary, "--version", cwd=work, env=env).split()
    if printed[-1:] != [version]:
        raise SystemExit(f"FAILED: --version printed {printed}, pyproject says {version}")

    verbose = run(binary, "--version", "--verbose", cwd=work, env=env).splitlines()
    expected = [
        f"PySide6 {pinned_pyside()}",
        f"from a bundle, built with Python {platform.python_version()}",
    ]
    if not all(line in verbose for line in expected):
        raise SystemExit(f"FAILED: --version --verbose said {verbose}, expected {expected}")
    passed("the bundle says which Python and PySide6 it was built with")

    workbook = work / "voorbeeld.db"
    run(binary, "example", workbook.name, cwd=work, env=env)
    if not run(binary, "check", workbook.name, cwd=work, env=env).startswith("ok:"):
        raise SystemExit("FAILED: check did not say ok")
    listed = run(binary, "list", workbook.name, cwd=work, env=env).splitlines()
    first_id = listed[1].split()[0]
    briefing = ["briefing", workbook.name, "--id", first_id, "-o", "briefing.pdf"]
    run(binary, *briefing, cwd=work, env=env)
    pages = PdfReader(work / "briefing.pdf").pages
    if len(pages) != 1:
        raise SystemExit(f"FAILED: the briefing has {len(pages)} pages, not 1")
    passed("the briefing is one page")
    said = json.loads(
        run(binary, "gate", workbook.name, "--id", first_id, "--json", cwd=work, env=env)
    )
    if not said["articles"] or not said["thresholds"]:
        raise SystemExit("FAILED: the gate gave no articles or thresholds (is gate.toml bundled?)")
    passed("the gate answers with its articles and thresholds")

    # The teamserver's driver (psycopg with its own libpq) is in the bundle: a sync to a port
    # where nothing listens gets as far as libpq's own "connection refused", in one line.
    offline = subprocess.run(
        [str(binary), "sync", workbook.name, "postgresql://smoke@127.0.0.1:1/inkoop"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    said_offline = offline.stderr.strip()
    if offline.returncode != 1 or "cannot be reached" not in said_offline or "\n" in said_offline:
        raise SystemExit(f"FAILED: nlinkoop sync to a closed port said {said_offline!r}")
    passed("the teamserver's driver is bundled: a closed port is one line")

    run(binary, workbook.name, "--smoke", cwd=work, env=env)

    # The preview shown: --smoke waits until PDFium has drawn the page (or fails).
    config = work / "config"
    config.mkdir()
    (config / "nlinkoop.ini").write_text("[window]\nbriefing_preview=true\n", encoding="utf-8")
    shown = dict(env, NLINKOOP_CONFIG_DIR=str(config))
    drawn = run(binary, workbook.name, "--smoke", cwd=work, env=shown)
    if "preview: " not in drawn or int(drawn.split("preview: ", 1)[1].split()[0]) < 100:
        raise SystemExit(f"FAILED: the preview drew no page: {drawn!r}")
    passed("the window's briefing preview draws its page")

    gui_walk(binary, work, env)
    if shutil.which("xvfb-run"):
        xcb = dict(env, QT_QPA_PLATFORM="xcb")
        gui_walk(binary, work, xcb, wrapper=["xvfb-run", "-a", "-s", XVFB_SCREEN])
    else:
        print("skipped: the GUI walk under Xvfb with xcb (no xvfb-run here; CI has it)")
    return workbook


def gui_walk(binary: Path, work: Path, env: dict[str, str], wrapper: Sequence[str] = ()) -> None:
    """The None guard and the scripted walk through the window, inside the bundle's own Python.

    The walk makes its own example workbook in a temporary folder, types into the window with
    QtTest, closes it and reads the file back (see `nlinkoop/gui_walk.py`).
    """
    started = time.perf_counter()
    printed = run(binary, "--gui-walk", "--guard", cwd=work, env=env, wrapper=wrapper)
    lines = printed.splitlines()
    steps = [line for line in lines if line.startswith("ok: ")]
    if lines[-1:] != ["gui-walk: passed"] or len(steps) != WALK_STEPS:
        raise SystemExit(f"FAILED: the GUI walk said {lines}, not {WALK_STEPS} steps and passed")
    for line in steps:
        print(f"    {line}", flush=True)
    seconds = time.perf_counter() - started
    platform_name = env["QT_QPA_PLATFORM"]
    passed(
        f"the None guard and the GUI walk pass in the bundle on {platform_name} ({seconds:.1f} s)"
    )


def cold_starts(commands: dict[str, list[str]], work: Path, runs: int) -> dict[str, list[float]]:
    """Seconds for each command (the window up and closed), after one warm-up run each.

    The commands take turns, so a busy moment on the machine hits them alike. Bytecode caching
    is on (as on a user's machine), so the warm-up writes the venv's .pyc files.
    """
    env = bare_env(work / "home")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, list[float]] = {label: [] for label in commands}
    for i in range(runs + 1):
        for label, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=work, env=env, check=True, capture_output=True, timeout=120)
            if i:  # the first round only warms the disk cache
                times[label].append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the tarball, or the bundle folder dist/nlinkoop")
    parser.add_argument("--time", type=int, metavar="N", help="also measure N cold starts each")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="nlinkoop-smoke-") as folder:
        work = Path(folder)
        bundle = args.bundle.resolve()
        try:
            if bundle.is_file():
                bundle = unpack(bundle, work)
            workbook = smoke(bundle, work)
        except SystemExit as failure:
            print(failure, file=sys.stderr)
            print(f"installer-smoke: {len(PASSED)} passed, 1 failed")  # CI reads this line
            return 1
        print(f"the smoke test took {time.perf_counter() - started:.1f} s")
        print(f"installer-smoke: {len(PASSED)} passed, 0 failed")  # CI reads this line
        if args.time:
            venv_app = ROOT / ".venv" / "bin" / "nlinkoop"
            commands = {"bundle": [str(bundle / "nlinkoop")], "venv": [str(venv_app)]}
            commands = {k: [*c, workbook.name, "--smoke"] for k, c in commands.items()}
            times = cold_starts(commands, work, args.time)
            for label, seconds in times.items():
                print(
                    f"{label}: median {statistics.median(seconds):.3f} s "
                    f"(min {min(seconds):.3f}, max {max(seconds):.3f}, n={len(seconds)})"
                )
            ratio = statistics.median(times["bundle"]) / statistics.median(times["venv"])
            print(f"bundle / venv: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
