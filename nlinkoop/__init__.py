"""nlinkoop: a workbook to prepare supplier meetings and negotiations the relational way."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nlinkoop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
