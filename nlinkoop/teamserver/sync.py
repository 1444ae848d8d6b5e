"""Synchronise a workbook with the teamserver: pull, merge by the file's rules, push.

One sync:

1. **Pull** what the server wrote after this workbook's cursor (`state`), in the server's
   order, and merge it into the workbook (`replica.take`: the same version vectors,
   tombstones and conflicts as merging a colleague's file). Then remember what the server
   holds and how far the pull got.
2. **Push** every record whose revision (its versions, and when and by whom) differs from
   what the server was last seen to hold:
   in one transaction, each record is written only if the server still holds exactly what
   this workbook merged with (its revision, compared as text); a new one only if the server
   has none. A record someone else wrote meanwhile is left for the next round: pull (merge
   their edit in), push again.
3. A record this login may not write (a colleague's preparation, or the procurement policy
   for a buyer who is not a team lead) is not sent, and counted as such: the server refuses it
   anyway (row-level security).

Nothing is lost when a sync stops halfway: the workbook and the server each change in one
transaction, and the state is written after them (a sync that stopped between the two pulls
or pushes the same records again, which changes nothing).
"""

import json
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, Row, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from nlinkoop.store import replica, versions
from nlinkoop.store.merge import Conflict, Resolver, Side
from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.workbook import Workbook
from nlinkoop.teamserver.address import ServerAddress
from nlinkoop.teamserver.schema import SERVER_VERSION
from nlinkoop.teamserver.state import Known, SyncState, state_file

_ROUNDS = 4  # pull-push rounds before a sync gives up on a record others keep changing
# The server refuses a record: not this login's to write (42501), or data naming another
# record (23514, the trigger's check).
_REFUSALS = frozenset({"42501", "23514"})
_BATCH = 500  # records per statement


class ServerError(Exception):
    """The teamserver cannot be used now, or refused; the message is one line for the user.

    Attributes:
        offline: the server could not be reached (no network, not running, timed out): the
            workbook goes on as it is and the edits wait.
    """

    def __init__(self, message: str, *, offline: bool = False) -> None:
        super().__init__(message)
        self.offline = offline


@dataclass
class SyncReport:
    """What one sync did.

    Attributes:
        pulled: records received that changed the workbook (added, updated or removed).
        pushed: records the server took from this workbook.
        conflicts: fields both sides changed; decided by `resolve`, else the newer edit.
        chosen: the side kept for each conflict ("mine": this workbook's).
        not_sent: records changed here that this login may not write (a colleague's
            preparation; the procurement policy without the team-lead role).
        waiting: records still to send (others kept changing them; the next sync tries again).
        preparations: the workbook's preparations that the pull changed.
        user: the login.
        lead: whether the login is a team lead.
        skipped: records received that this workbook cannot hold (a table or column it does
            not know, a value its column cannot read): left out, not stopping the rest.
        shared, unshared: the preparations this sync shared with the team, or made private.
        not_shared: preparations asked to share or make private that are a colleague's.
    """

    pulled: int = 0
    pushed: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    chosen: list[Side] = field(default_factory=list)
    not_sent: int = 0
    waiting: int = 0
    preparations: set[str] = field(default_factory=set)
    user: str = ""
    lead: bool = False
    skipped: int = 0
    shared: list[str] = field(default_factory=list)
    unshared: list[str] = field(default_factory=list)
    not_shared: list[str] = field(default_factory=list)


def engine_for(address: ServerAddress, password: str | None = None) -> Engine:
    """An engine for this login; connections are opened per sync and closed after it."""
    return create_engine(address.url(password), poolclass=NullPool)


@contextmanager
def connected(engine: Engine) -> Iterator[Connection]:
    """A connection to the server, its errors turned into one-line `ServerError`s."""
    try:
        with engine.connect() as conn:
            yield conn
    except DBAPIError as exc:
        raise _server_error(exc.orig or exc) from None
    except psycopg.Error as exc:  # from the driver's own connection (server init, add-user)
        raise _server_error(exc) from None


def synchronise(
    workbook: Workbook,
    engine: Engine,
    state_folder: Path,
    *,
    resolve: Resolver | None = None,
    team: Iterable[str] = (),
    private: Iterable[str] = (),
) -> SyncReport:
    """One sync of `workbook` with the server behind `engine` (see the module's text).

    The window runs the same steps, the server's on a worker thread and the workbook's on its
    own thread (`nlinkoop.ui.window.teamserver`); this runs them one after the other.

    Args:
        workbook: the local replica (for the window, its working copy).
        engine: from `engine_for`.
        state_folder: where the sync states live (the data folder's `teamserver/`).
        resolve: decides conflicts (the merge dialog); without it the newer edit wins.
        team: ids of own preparations the whole team may read from now on.
        private: ids of own preparations only their author may read from now on.

    Raises:
        ServerError: offline, login refused, the server not set up or of another version.
        MergeCancelled: `resolve` gave no answer; nothing of the pull changed the workbook.
    """
    server = Server(engine)
    info = server.introduce()
    report = SyncReport(user=info.user, lead=info.lead)
    blocked = Blocked()
    with open_state(state_folder, workbook, info) as state:
        for _ in range(_ROUNDS):
            take_in(workbook, state, server.fetch(state.cursor), report, resolve)
            outgoing = prepare(workbook, state, info, blocked.keys)
            if outgoing is None:  # the workbook lost what the state says it has
                state.reset(info.server_id)
                continue
            report.not_sent = outgoing.refused
            if not outgoing.items:
                break
            done = server.send(outgoing)
            sent(state, done, report, blocked)
            if not done.stale:
                break
        else:
            outgoing = prepare(workbook, state, info, blocked.keys)
            report.waiting = len(outgoing.items) if outgoing is not None else 0
        if team or private:
            known = state.lookup((replica.PREPARATIONS, prep) for prep in {*team, *private})
            theirs = {seen.id for seen in known.values() if seen.owner != info.user}
            changed = server.share({*team} - theirs, {*private} - {*team} - theirs)
            state.record(changed)
            report.not_shared = sorted(theirs)
            report.shared = sorted(
                {k.id for k in changed if k.kind == replica.PREPARATIONS and k.team}
            )
            report.unshared = sorted(
                {k.id for k in changed if k.kind == replica.PREPARATIONS and not k.team}
            )
    return report


@dataclass(frozen=True)
class ServerInfo:
    """Who this login is on which server."""

    server_id: str  # the server's id and its database's incarnation
    user: str
    lead: bool
    last_seq: int = 0  # the newest write number the server ever gave


@dataclass(frozen=True)
class Received:
    """One record as the server holds it, with its stored row (JSON) and write number."""

    known: Known
    data: str
    seq: int


@dataclass
class Sent:
    """What the server did with a push.

    Attributes:
        taken: the records it took, as it holds them now.
        stale: (table, id) of records it did not take because it holds another version, or
            a record this login cannot see (another's, with the same id): pull, then try once
            more.
        refused: (table, id) of records it refused outright (not this login's to write).
    """

    taken: list[Known] = field(default_factory=list)
    stale: set[tuple[str, str]] = field(default_factory=set)
    refused: set[tuple[str, str]] = field(default_factory=set)


def _send_batch(conn: Connection, statement: Any, batch: list[dict[str, Any]], done: Sent) -> None:
    """One statement for the batch; if the server refuses it, one per record."""
    try:
        with conn.begin_nested():
            result = conn.execute(statement, {"batch": json.dumps(batch)})
            done.taken.extend(_known(row) for row in result)
        return
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) not in _REFUSALS:
            raise
        if len(batch) == 1:
            done.refused.add((batch[0]["kind"], batch[0]["id"]))
            return
    for item in batch:
        _send_batch(conn, statement, [item], done)


@dataclass
class Outgoing:
    """The records to push, as the server will store them, and how many may not be sent."""

    items: list[dict[str, Any]]
    refused: int


class Server:
    """The teamserver's side of a sync: each step one short connection, no workbook, no Qt.

    Its methods may run on a worker thread (one at a time): they only talk to the server.
    """

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def introduce(self) -> ServerInfo:
        """The server's id and this login; checks the versions.

        Raises:
            ServerError: offline, refused, not set up, or of another version.
        """
        with connected(self._engine) as conn:
            return _introduce(conn)

    def fetch(self, cursor: int) -> list[Received]:
        """Every record (that this login may read) written after `cursor`, in write order."""
        with connected(self._engine) as conn:
            found = conn.execute(_FETCH, {"cursor": cursor}).all()
        return [Received(_known(row), row.data, row.seq) for row in found]

    def send(self, outgoing: Outgoing) -> "Sent":
        """Write the records, each only if the server still holds what was merged with.

        A record the server refuses (someone else's preparation; data naming another record)
        does not hold up the others: its batch is tried again record by record.
        """
        inserts = [item for item in outgoing.items if item["old"] is None]
        updates = [item for item in outgoing.items if item["old"] is not None]
        done = Sent()
        with connected(self._engine) as conn:
            for statement, items in ((_INSERT, inserts), (_UPDATE, updates)):
                for batch in _batches(items):
                    _send_batch(conn, statement, batch, done)
            conn.commit()
        taken = {(k.kind, k.id) for k in done.taken}
        done.stale = {
            (item["kind"], item["id"])
            for item in outgoing.items
            if (item["kind"], item["id"]) not in taken | done.refused
        }
        return done

    def share(self, team: set[str], private: set[str]) -> list[Known]:
        """Let the team read these own preparations, or only their author."""
        changed: list[Known] = []
        with connected(self._engine) as conn:
            for flag, ids in ((True, team), (False, private)):
                if ids:
                    result = conn.execute(_SHARE, {"flag": flag, "ids": sorted(ids)})
                    changed.extend(_known(r) for r in result)
            conn.commit()
        return changed


# --- the workbook's side: on the thread that owns the workbook -------------------------------


@contextmanager
def open_state(folder: Path, workbook: Workbook, info: ServerInfo) -> Iterator[SyncState]:
    """The sync state of `workbook` with this login; a new or restored server starts it again.

    Starting again pulls everything and merges it (which changes nothing the workbook has),
    and sends what the server lacks: what a restored server lost comes back from the laptops.
    """
    key = f"{info.server_id}/{info.user}"
    with SyncState.open(state_file(folder, workbook.path, key)) as state:
        # A new server, or one restored from a backup older than what this workbook pulled.
        if state.server_id != info.server_id or state.cursor > info.last_seq:
            state.reset(info.server_id)
        yield state


def take_in(
    workbook: Workbook,
    state: SyncState,
    received: Sequence[Received],
    report: SyncReport,
    resolve: Resolver | None = None,
) -> None:
    """Merge what the server sent into the workbook, then remember it (in that order)."""
    if not received:
        return
    known = state.lookup((r.known.kind, r.known.id) for r in received)
    rows: list[tuple[str, Any]] = []
    unfit: set[tuple[str, str]] = set()
    for r in received:
        if not _changed(known.get((r.known.kind, r.known.id)), r.known.revision):
            continue
        data = json.loads(r.data)
        if replica.fits(r.known.kind, data) and data["id"] == r.known.id:
            rows.append((r.known.kind, data))
        else:
            unfit.add((r.known.kind, r.known.id))
    if rows:
        merged = replica.take(workbook, rows, resolve=resolve)
        report.pulled += merged.added + merged.updated + merged.deleted
        report.conflicts.extend(merged.conflicts)
        report.chosen.extend(merged.chosen)
        report.preparations |= merged.preparations
    report.skipped += len(unfit)
    seen = [r.known for r in received if (r.known.kind, r.known.id) not in unfit]
    state.record(seen, cursor=max(r.seq for r in received))


def prepare(
    workbook: Workbook,
    state: SyncState,
    info: ServerInfo,
    blocked: Collection[tuple[str, str]] = (),
) -> Outgoing | None:
    """What to push: every record changed here since the server was last seen.

    Records in `blocked` (refused by the server in this sync) are counted as not sent.

    Returns:
        None when the workbook lacks an edit the state says it has (an older file put back, a
        working copy discarded): the state must start again.
    """
    compared = replica.compare(workbook, state.path)
    if _behind(compared):
        return None
    sending, refused = _to_send(compared.changed, _seen_of(compared.changed, state), info)
    held_back = [out for out in sending if (out.kind, out.id) in blocked]
    sending = [out for out in sending if (out.kind, out.id) not in blocked]
    refused += len(held_back)
    wanted: dict[str, list[str]] = {}
    for out in sending:
        wanted.setdefault(out.kind, []).append(out.id)
    stored = replica.read(workbook, wanted)
    items = []
    for out in sending:
        row = stored.get((out.kind, out.id))
        if row is not None:  # else removed since the scan: its tombstone goes instead
            items.append(
                {
                    "kind": out.kind,
                    "id": out.id,
                    "prep": out.prep,
                    "old": out.old,
                    "revision": replica.revision(out.kind, row),
                    "data": row,
                }
            )
    return Outgoing(items, refused)


@dataclass
class Blocked:
    """The records the server would not take in this sync.

    A record it refused is blocked at once; one it did not take for want of the right
    version is tried once more after the next pull, and blocked if it still is not taken (the
    server holds a record of that id this login cannot see).
    """

    keys: set[tuple[str, str]] = field(default_factory=set)
    _stale: set[tuple[str, str]] = field(default_factory=set)

    def note(self, done: Sent) -> None:
        self.keys |= done.refused | (done.stale & self._stale)
        self._stale |= done.stale


def sent(state: SyncState, done: Sent, report: SyncReport, blocked: Blocked) -> None:
    """Remember what the server took, and what it would not."""
    state.record(done.taken)
    report.pushed += len(done.taken)
    blocked.note(done)


_FETCH = text(
    "SELECT kind, id, prep, owner, team, revision, data::text AS data, seq"
    " FROM nlinkoop.records WHERE seq > :cursor ORDER BY seq"
)
_SHARE = text(
    "UPDATE nlinkoop.records SET team = :flag WHERE prep = ANY(:ids)"
    " AND kind <> 'profiles' AND owner = current_user AND team <> :flag"
    " RETURNING kind, id, prep, owner, team, revision"
)


def _introduce(conn: Connection) -> ServerInfo:
    try:
        found = conn.execute(text("SELECT key, value FROM nlinkoop.meta")).all()
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) in ("3F000", "42P01"):  # no schema / table
            raise ServerError("the teamserver is not set up: run `nlinkoop server init`") from None
        raise
    meta = {str(key): str(value) for key, value in found}
    if int(meta.get("server_version", 0)) > SERVER_VERSION:
        raise ServerError("the teamserver was set up by a newer nlinkoop: update nlinkoop")
    if int(meta.get("server_version", 0)) < SERVER_VERSION:
        raise ServerError("the teamserver needs an upgrade: run `nlinkoop server init`")
    if int(meta.get("workbook_version", 0)) != SCHEMA_VERSION:
        raise ServerError("the teamserver holds workbooks of another nlinkoop version")
    user, lead, last_seq, database = conn.execute(
        text(
            "SELECT current_user, pg_has_role(current_user, :lead, 'member'),"
            " nlinkoop.last_seq(),"
            " (SELECT oid FROM pg_database WHERE datname = current_database())"
        ),
        {"lead": meta["lead_role"]},
    ).one()
    # A database restored from a dump is a new database (a new oid) with the old server id:
    # to a laptop it is another server, which it syncs with from nothing.
    server = f"{meta['server_id']}.{database}"
    return ServerInfo(server, str(user), bool(lead), int(last_seq))


def _known(row: Row[Any]) -> Known:
    """A record as the server holds it, from a row of kind, id, prep, owner, team, revision."""
    return Known(row.kind, row.id, row.prep, row.owner, row.team, row.revision)


def _changed(known: Known | None, server_revision: str) -> bool:
    return known is None or known.revision != server_revision


def _behind(compared: replica.Comparison) -> bool:
    """Whether the workbook lacks an edit the state says it has (an older file put back)."""
    for (kind, _), buried in compared.missing.items():
        if kind == replica.TOMBSTONES or not buried:  # gone here, and not removed here
            return True
    return any(
        old is not None and not _covers(entry.revision, old)
        for entry, old in compared.changed.values()
    )


def _covers(mine: str, theirs: str) -> bool:
    """Whether revision `mine` has seen every edit of `theirs`, field by field."""
    a = versions.parse(replica.versions_of(mine))
    b = versions.parse(replica.versions_of(theirs))
    return all(
        versions.covers(versions.of_field(a, name), versions.of_field(b, name)) for name in {*a, *b}
    )


@dataclass(frozen=True)
class _Outgoing:
    kind: str
    id: str
    prep: str | None
    old: str | None  # the revision the server was last seen to hold; None: new there


_Changed = Mapping[tuple[str, str], tuple[replica.Entry, str | None]]


def _seen_of(changed: _Changed, state: SyncState) -> dict[tuple[str, str], Known]:
    """What the state holds of the changed records and of what their owner depends on.

    That is: the records their tombstones removed, and the preparations of all of them (whose
    owner decides who may write them).
    """
    removed = [
        (entry.removed_from, entry.id)
        for entry, _ in changed.values()
        if entry.kind == replica.TOMBSTONES and entry.removed_from is not None
    ]
    known = state.lookup([*changed, *removed])
    preps = {entry.prep for entry, _ in changed.values() if entry.prep is not None}
    preps |= {seen.prep for seen in known.values() if seen.prep is not None}
    known.update(state.lookup((replica.PREPARATIONS, prep) for prep in preps))
    return known


def _to_send(
    changed: _Changed, known: Mapping[tuple[str, str], Known], info: ServerInfo
) -> tuple[list[_Outgoing], int]:
    """The records to push, in the order to send them, and how many may not be sent.

    Args:
        changed: the records whose revision differs from the one the server was last seen
            to hold, with that revision (None: new there).
        known: what the state holds of them and of their preparations (`_seen_of`).
        info: this login.
    """
    sending: list[_Outgoing] = []
    refused = 0
    for (kind, record_id), (entry, old) in changed.items():
        seen = known.get((kind, record_id))
        prep = entry.prep
        if kind == replica.TOMBSTONES:
            removed = known.get((entry.removed_from or "", record_id))
            if removed is None and seen is None:
                continue  # the server never had the record: nobody there needs its removal
            prep = removed.prep if removed is not None else seen.prep if seen else None
        if kind == "policy":
            allowed = info.lead
        elif kind == "profiles":
            allowed = seen is None or seen.owner == info.user
        else:
            owner = known.get((replica.PREPARATIONS, prep or ""))
            allowed = owner is None or owner.owner == info.user
        if not allowed:
            refused += 1
            continue
        sending.append(_Outgoing(kind, record_id, prep, old))
    order = {kind: n for n, kind in enumerate(replica.KINDS)}
    sending.sort(key=lambda out: order[out.kind])
    return sending, refused


_INSERT = text(
    "INSERT INTO nlinkoop.records (kind, id, prep, revision, data)"
    " SELECT b.kind, b.id, b.prep, b.revision, b.data"
    " FROM jsonb_to_recordset(CAST(:batch AS jsonb))"
    " AS b(kind text, id text, prep text, revision text, data jsonb)"
    " ON CONFLICT (kind, id) DO NOTHING"
    " RETURNING kind, id, prep, owner, team, revision"
)
_UPDATE = text(
    "UPDATE nlinkoop.records AS r SET revision = b.revision, data = b.data"
    " FROM jsonb_to_recordset(CAST(:batch AS jsonb))"
    " AS b(kind text, id text, old text, revision text, data jsonb)"
    " WHERE r.kind = b.kind AND r.id = b.id AND r.revision = b.old"
    " RETURNING r.kind, r.id, r.prep, r.owner, r.team, r.revision"
)


def _batches(items: Sequence[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), _BATCH):
        yield list(items[start : start + _BATCH])


def new_server_id() -> str:
    return uuid.uuid4().hex


# What libpq says when the server is not there (or went away): the edits wait.
_OFFLINE = (
    "connection refused",
    "could not connect",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "temporary failure in name resolution",
    "timeout expired",
    "timed out",
    "server closed the connection",
    "terminating connection",
    "connection is closed",
    "no route to host",
    "network is unreachable",
    "the database system is",  # starting up, shutting down, in recovery
)


# What libpq says when the server is there but the way in is not set up right (not offline).
_SET_UP = (
    "certificate verify failed",
    "does not match host name",
    "root certificate file",
    "no pg_hba.conf entry",
    "ssl error",
)


def _server_error(exc: BaseException) -> ServerError:
    """One line for what went wrong on the way to the server.

    Never a password: libpq's messages name the user and the host, not the password.
    """
    state = getattr(exc, "sqlstate", None)
    text = str(exc).strip()
    message = text.splitlines()[0].strip() if text else type(exc).__name__
    lowered = text.lower()
    if state == "28P01" or "password authentication failed" in lowered:
        return ServerError("the teamserver refused the user name or password")
    if "no password supplied" in lowered:
        return ServerError(
            "the teamserver asks for a password: connect in the window, or set PGPASSWORD"
        )
    if "not permitted to log in" in lowered or "permission denied for database" in lowered:
        return ServerError("the teamserver does not let this user in (ask IT)")
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return ServerError("the teamserver's database does not exist (ask IT for its name)")
    if state == "42501" or any(sign in lowered for sign in _SET_UP):
        return ServerError(f"the teamserver refused: {message}")
    if (
        state is not None and (state.startswith("08") or state in ("57P01", "57P02", "57P03"))
    ) or any(sign in lowered for sign in _OFFLINE):
        return ServerError(f"the teamserver cannot be reached: {message}", offline=True)
    return ServerError(f"the teamserver: {message}")
