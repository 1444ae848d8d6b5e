"""A glance at a workbook before it is opened: its list, read from the kept working copy.

The window paints its list of preparations before the store (and SQLAlchemy) is loaded: when
the last session left a working copy of this very file (`kept.py`), one plain `sqlite3` query
on that copy gives the list. Opening the workbook properly follows a moment later and shows the
list again as the store reads it. Anything unusual (no kept copy, the file changed since, an
older or newer schema, a value of the wrong type) gives no glance: the window then waits for
the open, as before. Nothing here writes.
"""

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from nlinkoop.domain.preparation import PreparationSummary
from nlinkoop.store import kept
from nlinkoop.store.migrations import APPLICATION_ID, SCHEMA_VERSION

# The columns of `preparations` the list shows, in `PreparationSummary`'s order of reading;
# the store's own list query (`rows._SUMMARY`) reads the same ones.
SUMMARY_COLUMNS = (
    "id",
    "title",
    "counterparty",
    "meeting_date",
    "meeting_start",
    "updated_at",
    "updated_by",
    "progress",
)
# One scan for the list and the bin (a second scan cost 5 ms at 5,000 preparations).
_ALL = (
    f"SELECT {', '.join(SUMMARY_COLUMNS)}, deleted_at FROM preparations "
    "ORDER BY updated_at DESC, id"
)


@dataclass(frozen=True)
class Glance:
    """The list of a workbook as its kept working copy holds it."""

    summaries: list[PreparationSummary]
    deleted: list[PreparationSummary]


def glance(path: Path) -> Glance | None:
    """The list of the workbook at `path` without opening it; None if there is no quick way."""
    path = Path(path).absolute()
    if path.is_symlink():  # as `Document.open` names it
        path = Path(os.path.realpath(path))
    copy = kept.peek(path)
    if copy is None:
        return None
    try:
        with contextlib.closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as conn:
            (application,) = conn.execute("PRAGMA application_id").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
            if (application, version) != (APPLICATION_ID, SCHEMA_VERSION):
                return None
            rows = conn.execute(_ALL).fetchall()
        listed = [_summary(row[:-1]) for row in rows if row[-1] is None]
        binned = [
            (_text(row[-1]), row[0], _summary(row[:-1])) for row in rows if row[-1] is not None
        ]
        binned.sort(key=lambda b: b[1])  # as the store: the last deleted first, then by id
        binned.sort(key=lambda b: b[0], reverse=True)
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None
    return Glance(listed, [summary for _, _, summary in binned])


def _summary(row: tuple[object, ...]) -> PreparationSummary:
    """One row as the list shows it; raises ValueError or TypeError on a value it cannot read."""
    prep_id, title, counterparty, date, start, updated_at, updated_by, progress = row
    texts = (prep_id, title, counterparty, updated_at, updated_by)
    if not all(isinstance(text, str) for text in texts) or not isinstance(progress, int):
        raise TypeError("not a value the list shows")
    return PreparationSummary(
        id=str(prep_id),
        title=str(title),
        counterparty=str(counterparty),
        meeting_date=dt.date.fromisoformat(_text(date)) if date is not None else None,
        meeting_start=dt.time.fromisoformat(_text(start)) if start is not None else None,
        updated_at=dt.datetime.fromisoformat(str(updated_at)),
        updated_by=str(updated_by),
        progress=progress,
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not a date or time")
    return value
