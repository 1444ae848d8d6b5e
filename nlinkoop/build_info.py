"""What `nlinkoop --version --verbose` says: this build, the Python and the PySide6 it runs on.

Read without importing Qt (the command line never loads it): the PySide6 version comes from
the installed package's metadata, or, in the PyInstaller bundle, from `build-info.json`, which
the bundle's spec writes when it is built (a bundle carries no package metadata).
"""

import json
import platform
import sys
from importlib.metadata import PackageNotFoundError, version

from nlinkoop import __version__
from nlinkoop.resources import resource_path

BUILD_INFO = "build-info.json"  # in the bundle's resources


def describe() -> str:
    """The lines of `--version --verbose`."""
    recorded: dict[str, str] = {}
    info = resource_path(BUILD_INFO)
    if getattr(sys, "frozen", False) and info.is_file():
        recorded = json.loads(info.read_text(encoding="utf-8"))
    if getattr(sys, "frozen", False):
        kind = "a bundle, built with Python {python}".format(python=recorded.get("python", "?"))
    elif "site-packages" in str(resource_path()):
        kind = "an installed package"
    else:
        kind = "a source checkout"
    pyside = recorded.get("pyside6") or _installed("PySide6-Essentials") or "not installed"
    return "\n".join(
        (
            f"nlinkoop {__version__}",
            f"Python {platform.python_version()} ({platform.python_implementation()}, "
            f"{sys.platform} {platform.machine()})",
            f"PySide6 {pyside}",
            f"from {kind}",
            f"resources: {resource_path()}",
        )
    )


def _installed(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None
