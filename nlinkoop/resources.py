"""Find the files the app reads at run time: from an installed wheel, a bundle or a source tree.

The files live in `resources/` at the top of the repository. A wheel carries them inside the
package as `nlinkoop/_resources/` (copied there when the wheel is built, see `setup.py`), found
through `importlib.resources`; the PyInstaller bundle unpacks them to `resources/` beside its
code; a source checkout (`make run`, `make test`, an editable install) reads the repository's.
"""

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

PACKAGED = "_resources"  # the folder inside the installed package


def resource_path(relative: str = "") -> Path:
    """The path of a file under `resources/`.

    Args:
        relative: a path inside `resources/`, with forward slashes (e.g. "schema/x.json").

    Returns:
        The absolute path; under PyInstaller it resolves inside the unpacked bundle.
    """
    return _root() / relative if relative else _root()


@cache
def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    packaged = files("nlinkoop") / PACKAGED
    if isinstance(packaged, Path) and packaged.is_dir():  # an installed wheel (never zipped)
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"  # the source tree
