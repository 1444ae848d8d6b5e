"""`nlinkoop log` and `nlinkoop report`: one meeting round's log, and its report to the supplier.

Both read one round of a preparation: the one numbered `--meeting N`, or else the latest (the
highest number). `log` prints the round's entries in the order the log reads
(`meeting_log.in_order`), as text or as a JSON object (`log_json`, its keys in
docs/file-format.md); `report` hands the round to `briefing/report.py`, which keeps everything
internal out. The command line is English; the report speaks `--lang`.
"""

import datetime as dt
from typing import Any

from nlinkoop.domain.common import utc_text
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound, in_order, is_internal
from nlinkoop.domain.preparation import Preparation


def clean(text: str) -> str:
    """`award.clean`, imported when first used.

    Every command imports this module, and the award's labels cost 0.13 s of a command's start
    (`nlinkoop list` took 1.0 s).
    """
    from nlinkoop.cli.award import clean as one_clean_line

    return one_clean_line(text)


# How the text shows each kind (English, like the rest of the command line).
KIND_WORDS: dict[EntryKind, str] = {
    EntryKind.AGREEMENT: "agreement",
    EntryKind.ACTION: "action",
    EntryKind.OPEN_POINT: "open point",
    EntryKind.GIVE: "we give",
    EntryKind.GET: "we get",
    EntryKind.SIGNAL: "signal",
    EntryKind.QUOTE: "quote",
}
_KIND_WIDTH = max(len(word) for word in KIND_WORDS.values())


class UnknownRoundError(LookupError):
    """The preparation has no meeting rounds, or none with the number asked for."""


def find_round(prep: Preparation, number: int | None = None) -> MeetingRound:
    """The meeting round numbered `number`, or the latest round (the highest number).

    Two rounds with one number (two colleagues who each started "meeting 2" on their own copy,
    merged since) are told apart by their date, the later one winning, then by their place.

    Raises:
        UnknownRoundError: the preparation has no rounds, or none numbered `number`.
    """
    name = clean(prep.title) or prep.id[:8]
    if not prep.meetings:
        raise UnknownRoundError(f'"{name}" has no meeting rounds')
    rounds = prep.meetings if number is None else [m for m in prep.meetings if m.number == number]
    if not rounds:
        held = ", ".join(str(n) for n in sorted({m.number for m in prep.meetings}))
        raise UnknownRoundError(f'meeting {number} does not exist in "{name}" (meetings: {held})')
    return max(enumerate(rounds), key=lambda found: _order(found[1], found[0]))[1]


def _order(meeting: MeetingRound, place: int) -> tuple[int, dt.date, int]:
    return meeting.number, meeting.held_on or dt.date.min, place


def round_entries(prep: Preparation, meeting: MeetingRound) -> list[LogEntry]:
    """The entries logged in `meeting`, in the order the log reads."""
    return in_order(e for e in prep.log if e.round_id == meeting.id)


# --- JSON -------------------------------------------------------------------------------------


def log_json(prep: Preparation, meeting: MeetingRound) -> dict[str, Any]:
    """The round and its log as a JSON object; the keys are documented in docs/file-format.md.

    Every key is always there. Times are UTC (`2026-10-14T07:35:00.000Z`), dates ISO; `topic`
    is the name of the topic a trade is for (null: none, or a topic no longer there);
    `internal` is the entry's own mark, `shared` whether the report to the supplier holds it.
    """
    topics = {topic.id: topic.name for topic in prep.capacity.topics}
    return {
        "id": prep.id,
        "title": prep.title,
        "counterparty": prep.counterparty,
        "meeting": {
            "id": meeting.id,
            "number": meeting.number,
            "held_on": None if meeting.held_on is None else meeting.held_on.isoformat(),
            "attendees": meeting.attendees,
            "next_meeting": meeting.next_meeting,
        },
        "meetings": sorted(m.number for m in prep.meetings),
        "entries": [
            {
                "id": entry.id,
                "at": utc_text(entry.at),
                "kind": entry.kind.value,
                "text": entry.text,
                "owner": entry.owner,
                "due": None if entry.due is None else entry.due.isoformat(),
                "topic_id": entry.topic_id,
                "topic": None if entry.topic_id is None else topics.get(entry.topic_id),
                "internal": entry.internal,
                "shared": not is_internal(entry),
            }
            for entry in round_entries(prep, meeting)
        ],
    }


# --- Text -------------------------------------------------------------------------------------


def log_text(prep: Preparation, meeting: MeetingRound) -> str:
    """The round as text: a heading, then one line an entry at its local time."""
    heading = [f"Meeting {meeting.number}"]
    if meeting.held_on is not None:
        heading.append(f"{meeting.held_on:%d-%m-%Y}")
    if meeting.attendees.strip():
        heading.append(clean(meeting.attendees))
    lines = [clean(prep.title) or prep.id, " · ".join(heading), ""]
    topics = {topic.id: topic.name for topic in prep.capacity.topics}
    entries = round_entries(prep, meeting)
    lines += [_entry_line(entry, topics) for entry in entries]
    if not entries:
        lines.append("(nothing logged in this meeting)")
    if meeting.next_meeting.strip():
        lines += ["", f"Next meeting: {clean(meeting.next_meeting)}"]
    return "\n".join(lines)


def _entry_line(entry: LogEntry, topics: dict[str, str]) -> str:
    """`09:35  action      Send the occupancy — Karin, by 21-10-2026  (internal)`."""
    details = [clean(entry.owner)] if entry.owner.strip() else []
    if entry.due is not None:
        details.append(f"by {entry.due:%d-%m-%Y}")
    text = clean(entry.text)
    if details:
        text += " — " + ", ".join(details)
    topic = topics.get(entry.topic_id or "")
    if topic is not None and topic.strip():
        text += f"  #{clean(topic)}"
    if entry.internal:
        text += "  (internal)"
    kind = KIND_WORDS[entry.kind].ljust(_KIND_WIDTH)
    return f"{entry.at.astimezone():%H:%M}  {kind}  {text}".rstrip()
