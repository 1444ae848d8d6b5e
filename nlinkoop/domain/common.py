"""Building blocks shared by the whole domain: ids, timestamps, parties and priorities."""

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


def new_id() -> str:
    """A fresh record id: copies of a workbook get merged, so ids must never collide."""
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """The current time in UTC, to the millisecond (the precision the file format keeps)."""
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def utc_text(moment: datetime) -> str:
    """A moment as files keep it: UTC, to the millisecond, `2026-11-27T07:10:00.123Z`.

    Raises:
        ValueError: `moment` has no time zone (a naive datetime is ambiguous).
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime, give it a time zone: {moment!r}")
    naive_utc = moment.astimezone(UTC).replace(tzinfo=None)
    return naive_utc.isoformat(timespec="milliseconds") + "Z"  # isoformat truncates, as utc_now


def one_line(text: str, limit: int) -> str:
    """`text` as one line of at most `limit` characters, cut after a whole word with "…".

    Runs of white space become one space. A cut keeps a whole last word unless that would lose
    more than half of the room.
    """
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:(-") + "…"


class Party(StrEnum):
    """Who an interest, a value or an uncertainty belongs to."""

    US = "us"
    SUPPLIER = "supplier"
    INTERNAL_CLIENT = "internal_client"
    OTHER = "other"


class Priority(StrEnum):
    """How much a topic or an interest matters, from must-have to nice-to-have."""

    MUST_HAVE = "must_have"
    IMPORTANT = "important"
    NICE_TO_HAVE = "nice_to_have"


@dataclass
class TextItem:
    """One line in a simple list (a policy goal, a question to ask, a red line)."""

    text: str = ""
    id: str = field(default_factory=new_id)
