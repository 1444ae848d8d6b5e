"""`nlinkoop --version --verbose`: the Python and PySide6 this build runs on, without Qt."""

import platform
import subprocess
import sys
from importlib.metadata import version

from nlinkoop import __version__
from tests.cli.conftest import REPO, run_nlinkoop


def test_it_names_the_python_and_the_pyside6_of_this_checkout() -> None:
    result = run_nlinkoop("--version", "--verbose")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"nlinkoop {__version__}"
    assert lines[1].startswith(f"Python {platform.python_version()} (CPython, ")
    assert lines[2] == f"PySide6 {version('PySide6-Essentials')}"
    assert lines[3] == "from a source checkout"
    assert lines[4] == f"resources: {REPO / 'resources'}"
    assert run_nlinkoop("--version").stdout == f"nlinkoop {__version__}\n"  # short as before


def test_it_loads_no_qt() -> None:
    code = (
        "import sys; from nlinkoop.cli.main import main; main(['--version', '--verbose']); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "[]"
