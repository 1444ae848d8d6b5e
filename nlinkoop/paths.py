"""Where nlinkoop keeps its own files on this computer (never inside a workbook).

Each folder can be moved with an environment variable, which the tests use to keep the user's
real folders out of reach.
"""

import os
from pathlib import Path

import platformdirs

DATA_ENV = "NLINKOOP_DATA_DIR"  # the example workbook, crash recovery
CACHE_ENV = "NLINKOOP_CACHE_DIR"  # what can be rebuilt: the memory of verified workbooks
LOG_ENV = "NLINKOOP_LOG_DIR"  # crash logs for support


def _folder(env: str, default: str) -> Path:
    return Path(os.environ.get(env) or default)


def data_dir() -> Path:
    return _folder(DATA_ENV, platformdirs.user_data_dir("nlinkoop", appauthor=False))


def cache_dir() -> Path:
    return _folder(CACHE_ENV, platformdirs.user_cache_dir("nlinkoop", appauthor=False))


def log_dir() -> Path:
    return _folder(LOG_ENV, platformdirs.user_log_dir("nlinkoop", appauthor=False))
