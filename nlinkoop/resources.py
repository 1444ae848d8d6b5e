"""Find files the app reads at run time, from a source tree and from the frozen build."""

import sys
from pathlib import Path


def resource_path(relative: str) -> Path:
    """The path of a file under `resources/`.

    Args:
        relative: a path inside `resources/`, with forward slashes (e.g. "schema/x.json").

    Returns:
        The absolute path; under PyInstaller it resolves inside the unpacked bundle.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return base / "resources" / relative
