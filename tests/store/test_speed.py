"""A big workbook lists quickly: the list reads only a few columns of one table."""

import datetime as dt
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

from nlinkoop.domain.common import utc_text
from nlinkoop.store.models import PreparationRow
from nlinkoop.store.types import EnumText
from nlinkoop.store.workbook import Workbook

COUNT = 5000


def bulk_insert(path: Path, count: int) -> None:
    """Minimal preparations written straight into the file, far faster than saving each."""
    table = PreparationRow.__table__
    required = [c.name for c in table.columns if not c.nullable]
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    rows = []
    # Every value one the app reads: "" for text, the first member for a choice (an empty
    # choice is refused when the file is opened).
    empty = {
        c.name: next(iter(c.type.enum)).value if isinstance(c.type, EnumText) else ""
        for c in table.columns
        if not c.nullable
    }
    for n in range(count):
        row = dict(empty)
        stamp = utc_text(start + dt.timedelta(minutes=n))
        row |= {"id": str(uuid.uuid4()), "title": f"Voorbereiding {n}", "context": "commercial"}
        row |= {"created_at": stamp, "updated_at": stamp, "updated_by": "bulk", "progress": 0}
        rows.append(row)
    columns = ", ".join(required)
    marks = ", ".join(f":{name}" for name in required)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(f"INSERT INTO preparations ({columns}) VALUES ({marks})", rows)


def test_listing_five_thousand_preparations(path: Path) -> None:
    bulk_insert(path, COUNT)
    with Workbook.open(path) as workbook:
        summaries = workbook.list_preparations()
    assert len(summaries) == COUNT
    assert summaries[0].title == f"Voorbereiding {COUNT - 1}"  # newest change first
    assert summaries[-1].title == "Voorbereiding 0"
