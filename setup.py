"""The wheel carries the app's resources: `resources/` is copied into `nlinkoop/_resources/`.

Everything else about the package is in pyproject.toml. The repository keeps `resources/` at its
top (the source tree, the PyInstaller bundle and the tests read it there); an installed wheel has
no repository beside it, so `build_py` copies the files the app reads at run time into the
package, where `nlinkoop.resources.resource_path` finds them through `importlib.resources`. The
compiled translation (`resources/i18n/nlinkoop_nl.qm`) is committed, and a test keeps it equal to
what `pyside6-lrelease` makes of the `.ts`, so building a wheel needs no Qt.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCE = Path(__file__).resolve().parent / "resources"
# What the app reads at run time; the JSON schemas of the gate's data file and the icon sources
# are only for the tests and the builds, but they are small and keep the copy a plain mirror.
FOLDERS = ("examples", "fonts", "i18n", "icons", "legal", "schema")


class BuildWithResources(build_py):
    """`build_py`, then the resources into the built package."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "nlinkoop" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        for folder in FOLDERS:
            shutil.copytree(SOURCE / folder, target / folder)
        if not (target / "i18n" / "nlinkoop_nl.qm").is_file():
            raise SystemExit("resources/i18n/nlinkoop_nl.qm is missing: run `make i18n`")


setup(cmdclass={"build_py": BuildWithResources})
