"""Build the wheel and sdist, install the wheel into a fresh venv far from the source tree, use it.

Usage: .venv/bin/python installer/wheel_test.py   (what `make wheel-test` runs)

As a new user would after `pip install nlinkoop` (or `pipx install`): the wheel must carry the
resources (the example, the fonts, the schemas, the gate's data, the icons and the compiled
translation) inside the package, and `nlinkoop --version`, `example`, `check`, `list`,
`briefing`, `gate` and the window's `--smoke` must work from a folder with no repository in
sight. Each step prints "ok: ..."; the first failure stops the run with its output.
"""

import os
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "dist" / "wheel"
TIMEOUT_S = 900
IN_WHEEL = (
    "nlinkoop/_resources/examples/voorbeeld.json",
    "nlinkoop/_resources/fonts/DejaVuSans.ttf",
    "nlinkoop/_resources/i18n/nlinkoop_nl.qm",
    "nlinkoop/_resources/i18n/nlinkoop_nl.ts",
    "nlinkoop/_resources/legal/gate.toml",
    "nlinkoop/_resources/schema/workbook.schema.json",
    "nlinkoop/_resources/icons/nlinkoop.png",
)


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a command; returns stdout, stops the test on a non-zero exit or a traceback."""
    shown = " ".join(str(a) for a in args)
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    output = done.stdout + done.stderr
    if done.returncode != 0 or "Traceback" in output:
        raise SystemExit(f"FAILED: {shown} (exit {done.returncode})\n{output}")
    print(f"ok: {shown}", flush=True)
    return done.stdout


def build() -> tuple[Path, Path]:
    """The wheel and the sdist, built as pip or pipx would build them (isolated)."""
    for old in OUT.glob("*"):
        old.unlink()
    run(sys.executable, "-m", "build", "--outdir", OUT, ROOT, cwd=ROOT)
    (wheel,) = OUT.glob("nlinkoop-*.whl")
    (sdist,) = OUT.glob("nlinkoop-*.tar.gz")
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in IN_WHEEL if name not in names]
    if missing:
        raise SystemExit(f"FAILED: the wheel lacks {missing}")
    print(f"ok: the wheel carries the resources ({len(IN_WHEEL)} checked)")
    with tarfile.open(sdist) as archive:
        if not any(n.endswith("/resources/legal/gate.toml") for n in archive.getnames()):
            raise SystemExit("FAILED: the sdist lacks resources/")
    print("ok: the sdist carries resources/ and setup.py")
    return wheel, sdist


def main() -> int:
    wheel, _sdist = build()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    with tempfile.TemporaryDirectory(prefix="nlinkoop-wheel-") as scratch:
        work = Path(scratch)
        venv = work / "venv"
        run(sys.executable, "-m", "venv", venv, cwd=work)
        pip = [venv / "bin" / "python", "-m", "pip", "--disable-pip-version-check", "-q"]
        run(*pip, "install", wheel, cwd=work)
        home = work / "home"
        home.mkdir()
        env = {
            "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
        }
        nlinkoop = venv / "bin" / "nlinkoop"
        where = run(
            venv / "bin" / "python",
            "-c",
            "from nlinkoop.resources import resource_path; print(resource_path())",
            cwd=work,
            env=env,
        ).strip()
        if "site-packages" not in where or str(ROOT) in where:
            raise SystemExit(f"FAILED: the resources are read from {where}, not the wheel")
        print(f"ok: the resources are read from the installed package ({where})")
        if run(nlinkoop, "--version", cwd=work, env=env).split()[-1:] != [version]:
            raise SystemExit("FAILED: --version does not say " + version)
        verbose = run(nlinkoop, "--version", "--verbose", cwd=work, env=env).splitlines()
        if "from an installed package" not in verbose or not verbose[2].startswith("PySide6 6."):
            raise SystemExit(f"FAILED: --version --verbose said {verbose}")
        run(nlinkoop, "example", "voorbeeld.db", cwd=work, env=env)
        if not run(nlinkoop, "check", "voorbeeld.db", cwd=work, env=env).startswith("ok:"):
            raise SystemExit("FAILED: check did not say ok")
        first = run(nlinkoop, "list", "voorbeeld.db", cwd=work, env=env).splitlines()[1].split()[0]
        run(nlinkoop, "briefing", "voorbeeld.db", "--id", first, "-o", "b.pdf", cwd=work, env=env)
        if not (work / "b.pdf").read_bytes().startswith(b"%PDF"):
            raise SystemExit("FAILED: the briefing is not a PDF")
        said = run(nlinkoop, "gate", "voorbeeld.db", "--id", first, cwd=work, env=env)
        if "art. " not in said and "Commercieel" not in said:  # the articles come from gate.toml
            raise SystemExit(f"FAILED: the gate said {said!r}")
        run(nlinkoop, "voorbeeld.db", "--smoke", cwd=work, env=env)
    print("wheel-test: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
