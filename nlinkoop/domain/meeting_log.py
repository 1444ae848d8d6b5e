"""The meeting itself (*aan tafel*): what is logged as it happens, and what the supplier may read.

A log entry is one line typed during a meeting round, of one kind: an agreement (*afspraak*), an
action (*actie*: who, by when), an open point (*open punt*), a trade (*wij geven* / *wij
krijgen*, for a topic), a signal (*signaal*: an interest or an uncertainty heard, a principle in
play) or a quote (*citaat*). The kind is chosen with a short prefix at the start of the line
(`ac: Sanne stuurt de prijsopbouw @Sanne 12-12`) or with a key; a `!` after the prefix keeps an
agreement, action or open point internal (`ac!: budget navragen`).

What the supplier may read (the report) holds only the agreements, actions and open points that
are not internal: trades, signals and quotes are ours, like our limits and red lines.
"""

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from nlinkoop.domain.common import new_id, utc_now
from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.search import fold


class EntryKind(StrEnum):
    """What a logged line is."""

    AGREEMENT = "agreement"  # afspraak
    ACTION = "action"  # actie: who, by when
    OPEN_POINT = "open_point"  # open punt
    GIVE = "give"  # wij geven (a trade)
    GET = "get"  # wij krijgen (a trade)
    SIGNAL = "signal"  # signaal: an interest, an uncertainty, a principle in play
    QUOTE = "quote"  # citaat


# The short prefixes, Dutch as the buyer thinks them ("a" afspraak, "k" krijgen); the same in
# the English window, so the hands need not relearn them.
PREFIXES: dict[str, EntryKind] = {
    "a": EntryKind.AGREEMENT,
    "ac": EntryKind.ACTION,
    "o": EntryKind.OPEN_POINT,
    "g": EntryKind.GIVE,
    "k": EntryKind.GET,
    "s": EntryKind.SIGNAL,
    "c": EntryKind.QUOTE,
}
# Ctrl+1 ... Ctrl+6 choose these; the trade key gives, pressed again it gets.
KEY_KINDS: tuple[EntryKind, ...] = (
    EntryKind.AGREEMENT,
    EntryKind.ACTION,
    EntryKind.OPEN_POINT,
    EntryKind.GIVE,
    EntryKind.SIGNAL,
    EntryKind.QUOTE,
)
# Only these may reach the supplier, and only when not marked internal.
SHAREABLE = frozenset({EntryKind.AGREEMENT, EntryKind.ACTION, EntryKind.OPEN_POINT})

_PREFIX = re.compile(r"^\s*([a-zA-Z]{1,2})(!?)\s*:\s*")
_OWNER = re.compile(r"(?:^|\s)@(\w[\w.\-]*)")
_DUE = re.compile(r"(?:^|\s)(\d{1,2})-(\d{1,2})(?:-(\d{4}))?\s*$")
_TOPIC = re.compile(r"(?:^|\s)#(\w[\w\-]*)")


@dataclass
class MeetingRound:
    """One meeting (round) of a preparation: its date, who were there, and what comes next."""

    number: int = 1
    held_on: dt.date | None = None
    attendees: str = ""
    next_meeting: str = ""  # when and what, as agreed ("14 januari, de prijsopbouw")
    id: str = field(default_factory=new_id)


@dataclass
class LogEntry:
    """One line of a meeting's log.

    Attributes:
        round_id: the meeting round it was logged in.
        at: when it was logged (UTC); the log reads in this order, also after a merge.
        kind: what it is.
        text: the line as typed, without its prefix, owner and date.
        owner: who does it (an action); "" when not said.
        due: by when (an action); None when not said.
        topic_id: the topic it is about (a `Topic` of the preparation), or None: a trade's,
            and any line typed with "#topic".
        internal: kept from the supplier although its kind is shareable.
    """

    round_id: str = ""
    at: dt.datetime = field(default_factory=utc_now)
    kind: EntryKind = EntryKind.AGREEMENT
    text: str = ""
    owner: str = ""
    due: dt.date | None = None
    topic_id: str | None = None
    internal: bool = False
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Parsed:
    """What a typed line says: its kind, its text and the details the line carries."""

    kind: EntryKind
    text: str
    internal: bool = False
    owner: str = ""
    due: dt.date | None = None
    topic_name: str = ""  # as typed after "#", to match against the topics (any kind)


def parse_line(line: str, chosen: EntryKind, today: dt.date) -> Parsed:
    """Read a typed log line: an optional prefix, then the text with its owner, date and topic.

    Args:
        line: what was typed.
        chosen: the kind chosen with a key, used when the line has no prefix.
        today: the meeting's day: a date without a year ("12-12") is the next one from it.
    """
    kind, internal, rest = chosen, False, line.strip()
    prefix = _PREFIX.match(line)
    if prefix is not None and prefix.group(1).lower() in PREFIXES:
        kind = PREFIXES[prefix.group(1).lower()]
        internal = bool(prefix.group(2))
        rest = line[prefix.end() :].strip()
    owner: str | None = None
    due: dt.date | None = None
    if kind is EntryKind.ACTION:
        owner, rest = _take(_OWNER, rest)
        found = _DUE.search(rest)
        if found is not None:
            due = _date(found, today)
            if due is not None:
                rest = rest[: found.start()].rstrip()
    topic, rest = _take(_TOPIC, rest)  # a trade's topic, or an agreement's ("#prijs")
    return Parsed(
        kind,
        rest,
        internal=internal and kind in SHAREABLE,
        owner=owner or "",
        due=due,
        topic_name=topic or "",
    )


def topic_for(name: str, topics: Sequence[Topic]) -> Topic | None:
    """The topic a "#name" points at, or None.

    It is the topic whose name starts with `name` (case and accents ignored), if exactly one
    does; a topic with exactly that name wins over longer ones.
    """
    wanted = fold(name)
    if not wanted:
        return None
    exact = [t for t in topics if fold(t.name) == wanted]
    if len(exact) == 1:
        return exact[0]
    starting = [t for t in topics if fold(t.name).startswith(wanted)]
    return starting[0] if len(starting) == 1 else None


def is_internal(entry: LogEntry) -> bool:
    """Whether the entry stays with us (never in the report to the supplier)."""
    return entry.internal or entry.kind not in SHAREABLE


def in_order(entries: Iterable[LogEntry]) -> list[LogEntry]:
    """The entries as the log reads: by time, then by id (so two merged notes interleave)."""
    return sorted(entries, key=lambda e: (e.at, e.id))


@dataclass(frozen=True)
class Balance:
    """What we gave and what we got for one topic."""

    given: tuple[str, ...]
    got: tuple[str, ...]


def balances(entries: Iterable[LogEntry]) -> dict[str | None, Balance]:
    """Per topic id (None: trades for no topic), what we gave and got, in the log's order."""
    found: dict[str | None, tuple[list[str], list[str]]] = {}
    for entry in in_order(entries):
        if entry.kind in (EntryKind.GIVE, EntryKind.GET):
            given, got = found.setdefault(entry.topic_id, ([], []))
            (given if entry.kind is EntryKind.GIVE else got).append(entry.text)
    return {topic: Balance(tuple(g), tuple(k)) for topic, (g, k) in found.items()}


@dataclass(frozen=True)
class ReportContent:
    """What the report to the supplier holds, and only that."""

    agreements: tuple[LogEntry, ...]
    actions: tuple[LogEntry, ...]
    open_points: tuple[LogEntry, ...]
    next_meeting: str


def report_content(meeting: MeetingRound, entries: Iterable[LogEntry]) -> ReportContent:
    """The agreements, actions and open points of `meeting` that the supplier may read."""
    shown = [e for e in in_order(entries) if e.round_id == meeting.id and not is_internal(e)]

    def of(kind: EntryKind) -> tuple[LogEntry, ...]:
        return tuple(e for e in shown if e.kind is kind)

    return ReportContent(
        of(EntryKind.AGREEMENT),
        of(EntryKind.ACTION),
        of(EntryKind.OPEN_POINT),
        meeting.next_meeting.strip(),
    )


def _take(pattern: re.Pattern[str], text: str) -> tuple[str | None, str]:
    """The first match's group, and the text without it (spaces closed up)."""
    found = pattern.search(text)
    if found is None:
        return None, text
    rest = (text[: found.start()] + " " + text[found.end() :]).strip()
    return found.group(1), re.sub(r"\s{2,}", " ", rest)


def _date(found: re.Match[str], today: dt.date) -> dt.date | None:
    day, month = int(found.group(1)), int(found.group(2))
    year = int(found.group(3)) if found.group(3) else today.year
    try:
        due = dt.date(year, month, day)
    except ValueError:
        return None  # "31-02" is text, not a date
    if not found.group(3) and due < today:
        due = due.replace(year=year + 1)  # "10-01" said in December: next January
    return due
