"""The imports keep their direction: import-linter's contracts (pyproject.toml), as `make lint`.

The domain and the store never import Qt or the UI; the window's helpers (nlinkoop/ui/window/)
see the window as a `WindowSurface` and never import its `main_window`, not even for a type;
the tabs, dialogs, widgets and models never import the window. Here in the test suite too, so
`make test` fails when such an import sneaks back.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    assert LINT_IMPORTS.exists(), "no lint-imports: `make venv` installs import-linter (lint extra)"
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_import_contract_is_kept() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "BROKEN" not in result.stdout


SNEAKED_IN = "\nfrom typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import {module}\n"


@pytest.mark.parametrize(
    ("path", "module", "contract"),
    [
        (
            "ui/window/learning.py",
            "nlinkoop.ui.window.main_window",
            "the window's helpers see a WindowSurface, never the MainWindow",
        ),
        (
            "ui/tabs/pitch_tab.py",
            "nlinkoop.ui.window.profiles",
            "the tabs, dialogs, widgets and models never import the window",
        ),
        ("store/document.py", "PySide6.QtCore", "only the ui imports Qt"),
        ("domain/preparation.py", "nlinkoop.ui.prompts", "domain is pure"),
    ],
)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, path: str, module: str, contract: str
) -> None:
    """The contracts catch an import (for a type only, too) in a copy of the package."""
    shutil.copytree(
        ROOT / "nlinkoop", tmp_path / "nlinkoop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    source = tmp_path / "nlinkoop" / path
    source.write_text(source.read_text(encoding="utf-8") + SNEAKED_IN.format(module=module))
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}  # the copy, not the installed package

    result = lint_imports(tmp_path, env)

    importer = "nlinkoop." + path.removesuffix(".py").replace("/", ".")
    imported = module if module.startswith("nlinkoop.") else module.split(".")[0]  # as reported
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{contract} BROKEN" in result.stdout
    assert f"{importer} -> {imported}" in result.stdout
