"""The one error the JSON interchange raises, naming where in the document the problem is."""

import json
import re
from collections.abc import Sequence

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LONGEST_KEY = 40

PathPart = str | int


def format_path(parts: Sequence[PathPart]) -> str:
    """Render a location in the document the way users and support read it.

    Args:
        parts: object keys and list indexes from the top of the document down.

    Returns:
        For example `preparations[0].meeting.date`; keys that are not plain names are quoted
        (`preparations[0]["a b"]`), so the result is always one line, and very long keys are
        cut short.
    """
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        if len(part) > _LONGEST_KEY:  # a path is for reading, not a copy of a runaway key
            part = part[: _LONGEST_KEY - 1] + "…"
        if _PLAIN_KEY.fullmatch(part):
            out += f".{part}" if out else part
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


class InterchangeError(Exception):
    """A JSON workbook file that nlinkoop cannot read, or objects it cannot write as one.

    `str()` is one line, `path: message` (or only the message when it concerns the whole
    document), e.g. `preparations[0].meeting.date: not a date`.

    Attributes:
        path: where the bad value is, e.g. `preparations[0].meeting.date`; "" for the document.
        message: what is wrong, in a few words (`not a date`).
        location: the keys and indexes behind `path`, when the error was raised with them.
    """

    def __init__(self, path: str | Sequence[PathPart], message: str) -> None:
        """Create the error.

        Args:
            path: a rendered path, or the keys and indexes from the top of the document down.
            message: what is wrong; whitespace is folded so that the error stays on one line.
        """
        self.location: tuple[PathPart, ...] = () if isinstance(path, str) else tuple(path)
        self.path = " ".join(path.split()) if isinstance(path, str) else format_path(path)
        self.message = " ".join(message.split())
        super().__init__(f"{self.path}: {self.message}" if self.path else self.message)
