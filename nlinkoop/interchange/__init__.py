"""Export and import of preparations, pitch profiles and the policy as JSON workbook files.

The JSON format (and the schema library behind it) loads on first use of one of its names, so
a command or window that only needs `InterchangeError` starts without it.
"""

from typing import TYPE_CHECKING, Any

from nlinkoop.interchange.errors import InterchangeError

if TYPE_CHECKING:
    from nlinkoop.interchange.json_format import (
        FORMAT_VERSION,
        Contents,
        dumps,
        from_document,
        loads,
        to_document,
    )

__all__ = [
    "FORMAT_VERSION",
    "Contents",
    "InterchangeError",
    "dumps",
    "from_document",
    "loads",
    "to_document",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from nlinkoop.interchange import json_format

        return getattr(json_format, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
