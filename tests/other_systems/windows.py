"""Helpers that let Linux run our Windows branches: `os.name` seen as "nt" by one module only.

Setting `os.name` itself would turn every `Path()` in the test into a `WindowsPath`, which
cannot be made on Linux; so the module under test gets a copy of `os` that says "nt" and is
otherwise the real one (real files, real `os.open`, real `os.link`).
"""

import os
import types

import pytest


def windows_os(monkeypatch: pytest.MonkeyPatch, module: types.ModuleType) -> types.SimpleNamespace:
    """Give `module` an `os` whose `name` is "nt"; returns it, for removing what Windows lacks."""
    seen = types.SimpleNamespace(**vars(os))
    seen.name = "nt"
    monkeypatch.setattr(module, "os", seen)
    return seen
