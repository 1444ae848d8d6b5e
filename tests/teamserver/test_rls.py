"""What the teamserver enforces itself, tried in plain SQL as each login, not through the client.

A buyer's laptop could run any SQL with the buyer's password: every rule that protects a
colleague (row-level security, the `stamp` trigger, the grants) is tried here directly, by
psycopg connections as buyers anna and bram and team lead lea, on one department set up by
`admin.init` and `admin.add_user` and filled by real syncs of real workbooks.

Most tests share one department (module scope): they only read, or write rows of their own
(fresh ids), so they do not depend on each other's order.
"""

import contextlib
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from psycopg import errors
from psycopg.types.json import Jsonb

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.store import versions
from nlinkoop.teamserver import admin
from tests.pg_cluster import Cluster
from tests.teamserver.team import Laptop, Team, team_on

Key = tuple[str, str]  # (kind, id)


@dataclass
class Dept:
    """A department on one database: anna and bram (buyers), lea (team lead), and their rows."""

    team: Team
    anna: str
    bram: str
    lea: str
    anna_shared: str  # a preparation anna shared with the team
    anna_private: str  # one she did not
    bram_shared: str
    bram_private: str

    def connect(self, login: str, **kwargs: Any) -> psycopg.Connection[Any]:
        """A plain SQL session as this login (autocommit, as each statement stands alone)."""
        return self.team.cluster.connect(
            self.team.database,
            user=login,
            password=self.team.passwords[login],
            autocommit=True,
            **kwargs,
        )

    def admin(self, query: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
        """Run SQL as the cluster's superuser (it sees every row: RLS does not bind it)."""
        return self.team.cluster.psql(query, params, db=self.team.database)

    @property
    def buyer_role(self) -> str:
        """The department's group role of buyers (nlinkoop.meta)."""
        return str(self.admin("SELECT value FROM nlinkoop.meta WHERE key = 'buyer_role'")[0][0])

    @property
    def lead_role(self) -> str:
        return str(self.admin("SELECT value FROM nlinkoop.meta WHERE key = 'lead_role'")[0][0])


def _fill(team: Team) -> tuple[Laptop, Laptop, Laptop, list[str]]:
    """anna syncs the example (one preparation shared), bram two copies of his own (one
    shared), lea the procurement policy; lea pulls what the team may read."""
    anna = team.laptop("anna", example=True)
    summaries = anna.workbook.list_preparations()
    anna_shared, anna_private = summaries[0].id, summaries[1].id
    anna.sync(team=(anna_shared,))
    bram = team.laptop("bram")
    copies = [duplicate(anna.workbook.load(s.id), title_suffix="(Bram)") for s in summaries[:2]]
    for prep in copies:
        bram.workbook.save(prep)
    bram.sync(team=(copies[0].id,))
    lea = team.laptop("lea", lead=True)
    lea.workbook.save_policy(ProcurementPolicy(name="Inkoopbeleid 2027"))
    lea.sync()
    return anna, bram, lea, [anna_shared, anna_private, copies[0].id, copies[1].id]


@pytest.fixture(scope="module")
def dept(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dept]:
    if not pg_cluster.running():  # a test of another module stopped or killed it
        pg_cluster.start()
    name = f"t_rls_{secrets.token_hex(4)}"
    url = pg_cluster.create_database(name)
    try:
        with team_on(pg_cluster, url, tmp_path_factory.mktemp("rls")) as team:
            anna, bram, lea, ids = _fill(team)
            yield Dept(team, anna.login, bram.login, lea.login, *ids)
    finally:
        with contextlib.suppress(Exception):
            pg_cluster.drop_database(name)


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> Iterator[Team]:
    with team_on(pg_cluster, pg_database, tmp_path) as made:
        yield made


# --- helpers ----------------------------------------------------------------------------------


def _seen(conn: psycopg.Connection[Any]) -> set[Key]:
    return {(k, i) for k, i in conn.execute("SELECT kind, id FROM nlinkoop.records").fetchall()}


def _readable_by(dept: Dept, login: str) -> set[Key]:
    """The rows `login` may read by the rule in schema.py, from the superuser's view of all."""
    found = dept.admin("SELECT kind, id, owner, team FROM nlinkoop.records")
    return {
        (kind, record_id)
        for kind, record_id, owner, team in found
        if owner == login or kind == "policy" or (team and kind != "profiles")
    }


def _row(dept: Dept, kind: str, record_id: str) -> dict[str, Any] | None:
    found = dept.admin(
        "SELECT kind, id, prep, owner, team, revision, data, seq FROM nlinkoop.records"
        " WHERE kind = %s AND id = %s",
        [kind, record_id],
    )
    if not found:
        return None
    names = ("kind", "id", "prep", "owner", "team", "revision", "data", "seq")
    return dict(zip(names, found[0], strict=True))


def _insert(
    conn: psycopg.Connection[Any],
    kind: str,
    record_id: str,
    *,
    prep: str | None = None,
    data: dict[str, Any] | None = None,
    **columns: Any,
) -> int:
    """Insert one row as the connection's login; the data names the record as a client's does."""
    body = {"id": record_id, **({"preparation_id": prep} if prep else {}), **(data or {})}
    values = {"kind": kind, "id": record_id, "prep": prep, "revision": "r1", "data": Jsonb(body)}
    values.update(columns)
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    cur = conn.execute(
        f"INSERT INTO nlinkoop.records ({names}) VALUES ({marks})",  # noqa: S608 - our names
        list(values.values()),
    )
    return cur.rowcount


def _new_id() -> str:
    return str(uuid.uuid4())


def _items_of(dept: Dept, prep: str) -> list[str]:
    found = dept.admin(
        "SELECT id FROM nlinkoop.records WHERE kind = 'interests' AND prep = %s ORDER BY id",
        [prep],
    )
    return [record_id for (record_id,) in found]


def _newer_than_all(text: str) -> str:
    """Versions that have seen every edit of `text`, and one more, far in the future: a merge
    takes every field of a row carrying them."""
    found = versions.parse(text) or {versions.DEFAULT: {}}
    forged = {}
    for name, vector in found.items():
        forged[name] = {**vector, "forger": 1000, versions.STAMP: 4102444800000}
    forged.setdefault(versions.DEFAULT, {"forger": 1000, versions.STAMP: 4102444800000})
    return versions.dump(forged)


# --- reading ----------------------------------------------------------------------------------


def test_a_buyer_reads_own_rows_team_rows_and_the_policy(dept: Dept) -> None:
    with dept.connect(dept.bram) as conn:
        seen = _seen(conn)
    assert seen == _readable_by(dept, dept.bram)
    assert ("preparations", dept.bram_private) in seen  # own, private
    assert ("preparations", dept.bram_shared) in seen
    assert ("preparations", dept.anna_shared) in seen  # a colleague's, shared
    assert set(_items_of(dept, dept.anna_shared)) <= {i for k, i in seen if k == "interests"}
    assert [k for k in seen if k[0] == "policy"]  # the team lead's procurement policy


def test_a_buyer_never_reads_a_colleagues_private_rows(dept: Dept) -> None:
    with dept.connect(dept.bram) as conn:
        seen = _seen(conn)
        by_prep = conn.execute(
            "SELECT count(*) FROM nlinkoop.records WHERE prep = %s", [dept.anna_private]
        ).fetchone()
    assert ("preparations", dept.anna_private) not in seen
    assert _items_of(dept, dept.anna_private)  # there are some; bram sees none of them
    assert by_prep == (0,)
    private = dept.admin(
        "SELECT kind, id FROM nlinkoop.records WHERE owner = %s AND NOT team", [dept.anna]
    )
    assert private and not seen & {(k, i) for k, i in private}


def test_pitch_profiles_stay_personal_even_when_marked_for_the_team(dept: Dept) -> None:
    anna_profiles = dept.admin(
        "SELECT id FROM nlinkoop.records WHERE kind = 'profiles' AND owner = %s", [dept.anna]
    )
    assert anna_profiles  # the example's
    with dept.connect(dept.anna) as conn:
        marked = conn.execute("UPDATE nlinkoop.records SET team = true WHERE kind = 'profiles'")
        assert marked.rowcount == len(anna_profiles)  # her own: she may write them ...
        new = _new_id()
        _insert(conn, "profiles", new, team=True)
    # ... but the trigger keeps every profile personal
    assert dept.admin(
        "SELECT DISTINCT team FROM nlinkoop.records WHERE kind = 'profiles' AND owner = %s",
        [dept.anna],
    ) == [(False,)]
    # And were one marked anyway (the superuser, past the trigger), RLS still hides it.
    (first,) = anna_profiles[0]
    dept.admin(
        "SET session_replication_role = replica;"
        f" UPDATE nlinkoop.records SET team = true WHERE kind = 'profiles' AND id = '{first}'"
    )
    try:
        with dept.connect(dept.bram) as conn:
            assert not [k for k in _seen(conn) if k[0] == "profiles"]
        with dept.connect(dept.lea) as conn:
            assert not [k for k in _seen(conn) if k[0] == "profiles"]
    finally:
        dept.admin(
            "SET session_replication_role = replica;"
            f" UPDATE nlinkoop.records SET team = false WHERE kind = 'profiles' AND id = '{first}'"
        )


def test_a_team_lead_reads_team_rows_and_the_policy_not_private_rows(dept: Dept) -> None:
    with dept.connect(dept.lea) as conn:
        seen = _seen(conn)
    assert seen == _readable_by(dept, dept.lea)
    assert {("preparations", dept.anna_shared), ("preparations", dept.bram_shared)} <= seen
    assert ("preparations", dept.anna_private) not in seen
    assert ("preparations", dept.bram_private) not in seen
    assert not [k for k in seen if k[0] == "profiles"]
    assert [k for k in seen if k[0] == "policy"]


# --- writing ----------------------------------------------------------------------------------


def test_a_buyer_cannot_change_a_colleagues_row(dept: Dept) -> None:
    before = {p: _row(dept, "preparations", p) for p in (dept.anna_shared, dept.anna_private)}
    with dept.connect(dept.bram) as conn:
        for prep in (dept.anna_shared, dept.anna_private):
            changed = conn.execute(
                "UPDATE nlinkoop.records SET data = jsonb_set(data, '{title}', '\"Bram\"'),"
                " revision = 'bram', team = NOT team WHERE kind = 'preparations' AND id = %s",
                [prep],
            )
            assert changed.rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege):  # an upsert is an update too
            conn.execute(
                "INSERT INTO nlinkoop.records (kind, id, revision, data) VALUES"
                " ('preparations', %s, 'bram', %s) ON CONFLICT (kind, id) DO UPDATE"
                " SET data = excluded.data, revision = excluded.revision",
                [dept.anna_shared, Jsonb({"id": dept.anna_shared})],
            )
    assert {p: _row(dept, "preparations", p) for p in before} == before


def test_an_insert_belongs_to_its_login_whatever_it_claims(dept: Dept) -> None:
    new = _new_id()
    with dept.connect(dept.bram) as conn:
        assert _insert(conn, "preparations", new, owner=dept.anna, seq=1) == 1
    stored = _row(dept, "preparations", new)
    assert stored is not None
    assert stored["owner"] == dept.bram
    assert stored["prep"] == new
    with dept.connect(dept.anna) as conn:
        assert ("preparations", new) not in _seen(conn)  # not hers, and not shared


def test_a_list_item_goes_only_into_an_own_preparation(dept: Dept) -> None:
    with dept.connect(dept.bram) as conn:
        for prep in (dept.anna_shared, dept.anna_private):  # readable or not
            item = _new_id()
            with pytest.raises(errors.InsufficientPrivilege, match="not your preparation"):
                _insert(conn, "interests", item, prep=prep, team=True)
            assert _row(dept, "interests", item) is None
        own = _new_id()
        _insert(conn, "interests", own, prep=dept.bram_shared)
        unknown, elsewhere = _new_id(), _new_id()  # of a preparation the server lacks
        _insert(conn, "interests", elsewhere, prep=unknown, team=True)
    stored = _row(dept, "interests", own)
    assert stored is not None
    assert (stored["owner"], stored["prep"], stored["team"]) == (dept.bram, dept.bram_shared, True)
    stored = _row(dept, "interests", elsewhere)
    assert stored is not None
    assert (stored["owner"], stored["prep"], stored["team"]) == (dept.bram, unknown, False)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("owner", "bram"),
        ("kind", "policy"),
        ("kind", "questions"),
        ("id", "another-id"),
        ("prep", "shared"),
    ],
)
def test_an_update_keeps_owner_kind_id_and_preparation(dept: Dept, column: str, value: str) -> None:
    item = _new_id()
    given = {"bram": dept.bram, "shared": dept.anna_shared}.get(value, value)
    with dept.connect(dept.anna) as conn:
        _insert(conn, "interests", item, prep=dept.anna_private)
        changed = conn.execute(
            f"UPDATE nlinkoop.records SET {column} = %s"  # noqa: S608 - one of ours
            " WHERE kind = 'interests' AND id = %s",
            [given, item],
        )
        assert changed.rowcount == 1  # her own row: the update goes through ...
    stored = _row(dept, "interests", item)  # ... and the row is still what it was
    assert stored is not None
    identity = (stored["owner"], stored["prep"], stored["team"])
    assert identity == (dept.anna, dept.anna_private, False)


def test_the_write_order_is_the_servers(dept: Dept) -> None:
    (top,) = dept.admin("SELECT max(seq) FROM nlinkoop.records")[0]
    item = _new_id()
    with dept.connect(dept.anna) as conn:
        for statement in (
            "SELECT nextval('nlinkoop.seq')",
            "SELECT setval('nlinkoop.seq', 1)",
            "ALTER SEQUENCE nlinkoop.seq RESTART",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
        _insert(conn, "interests", item, prep=dept.anna_private, seq=-5)
        first = _row(dept, "interests", item)
        assert first is not None and first["seq"] > top
        conn.execute(
            "UPDATE nlinkoop.records SET seq = 0, changed_at = '2000-01-01'"
            " WHERE kind = 'interests' AND id = %s",
            [item],
        )
    again = _row(dept, "interests", item)
    assert again is not None and again["seq"] > first["seq"]


def test_only_a_team_lead_writes_the_procurement_policy(dept: Dept) -> None:
    ((policy_id, before),) = dept.admin(
        "SELECT id, data FROM nlinkoop.records WHERE kind = 'policy' AND owner = %s"
        " ORDER BY seq LIMIT 1",
        [dept.lea],
    )
    with dept.connect(dept.bram) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            _insert(conn, "policy", _new_id())
        changed = conn.execute(
            "UPDATE nlinkoop.records SET data = jsonb_set(data, '{name}', '\"Bram\"')"
            " WHERE kind = 'policy'"
        )
        assert changed.rowcount == 0
    assert dept.admin(
        "SELECT data FROM nlinkoop.records WHERE kind = 'policy' AND id = %s", [policy_id]
    ) == [(before,)]
    with dept.connect(dept.lea) as conn:
        changed = conn.execute(
            "UPDATE nlinkoop.records SET data = jsonb_set(data, '{name}', '\"Beleid 2028\"')"
            " WHERE kind = 'policy' AND id = %s",
            [policy_id],
        )
        assert changed.rowcount == 1
        assert _insert(conn, "policy", _new_id()) == 1
    with dept.connect(dept.bram) as conn:
        names = conn.execute(
            "SELECT data->>'name' FROM nlinkoop.records WHERE kind = 'policy' AND id = %s",
            [policy_id],
        ).fetchall()
    assert names == [("Beleid 2028",)]


def test_nobody_deletes_a_row(dept: Dept) -> None:
    (count,) = dept.admin("SELECT count(*) FROM nlinkoop.records")[0]
    for login, where in (
        (dept.anna, f"owner = '{dept.anna}'"),
        (dept.bram, "true"),
        (dept.lea, "kind = 'policy'"),
    ):
        with dept.connect(login) as conn, pytest.raises(errors.InsufficientPrivilege):
            conn.execute(f"DELETE FROM nlinkoop.records WHERE {where}")  # noqa: S608
    assert dept.admin("SELECT count(*) FROM nlinkoop.records")[0] == (count,)


def test_the_servers_meta_is_read_only(dept: Dept) -> None:
    before = dept.admin("SELECT key, value FROM nlinkoop.meta ORDER BY key")
    for login in (dept.anna, dept.lea):
        with dept.connect(login) as conn:
            assert conn.execute("SELECT key, value FROM nlinkoop.meta ORDER BY key").fetchall() == (
                before
            )
            for statement in (
                "INSERT INTO nlinkoop.meta VALUES ('server_id', 'mine')",
                "UPDATE nlinkoop.meta SET value = 'mine' WHERE key = 'server_id'",
                "DELETE FROM nlinkoop.meta",
                "TRUNCATE nlinkoop.meta",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    conn.execute(statement)
    assert dept.admin("SELECT key, value FROM nlinkoop.meta ORDER BY key") == before


_OWNERS_ONLY = (
    "DROP TABLE nlinkoop.records",
    "TRUNCATE nlinkoop.records",
    "ALTER TABLE nlinkoop.records DISABLE ROW LEVEL SECURITY",
    "ALTER TABLE nlinkoop.records DISABLE TRIGGER stamp",
    "ALTER TABLE nlinkoop.records ADD COLUMN mine text",
    "ALTER TABLE nlinkoop.records OWNER TO CURRENT_USER",
    "DROP TRIGGER stamp ON nlinkoop.records",
    "DROP POLICY read ON nlinkoop.records",
    "ALTER POLICY read ON nlinkoop.records USING (true)",
    "CREATE POLICY mine ON nlinkoop.records FOR SELECT USING (true)",
    "DROP FUNCTION nlinkoop.stamp()",
    "CREATE OR REPLACE FUNCTION nlinkoop.stamp() RETURNS trigger LANGUAGE plpgsql"
    " AS $$ BEGIN RETURN NEW; END $$",
    "CREATE TABLE nlinkoop.mine (x int)",
    "DROP SCHEMA nlinkoop CASCADE",
    "SET session_replication_role = replica",  # would skip the trigger
    "SET row_security = off",  # RLS then raises instead of filtering: not a way round it
)


@pytest.mark.parametrize("statement", _OWNERS_ONLY, ids=lambda s: " ".join(s.split()[:4]))
@pytest.mark.parametrize("who", ["buyer", "lead"])
def test_the_table_and_its_rules_are_out_of_reach(dept: Dept, who: str, statement: str) -> None:
    with dept.connect(dept.anna if who == "buyer" else dept.lea) as conn:
        if statement.startswith("SET row_security"):
            conn.execute(statement)  # allowed, but then a filtered read fails instead
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                conn.execute("SELECT count(*) FROM nlinkoop.records")
            return
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(statement)
    assert dept.admin(
        "SELECT relrowsecurity FROM pg_class WHERE oid = 'nlinkoop.records'::regclass"
    ) == [(True,)]


def test_a_buyer_cannot_become_someone_else(dept: Dept) -> None:
    admin_user = dept.team.cluster.admin_user
    BUYER, LEAD = dept.buyer_role, dept.lead_role  # noqa: N806 - as the roles are spelled
    with dept.connect(dept.bram) as conn:
        for statement in (
            f'SET ROLE "{dept.anna}"',
            f'SET ROLE "{dept.lea}"',
            f"SET ROLE {LEAD}",
            f'SET ROLE "{admin_user}"',
            f'SET SESSION AUTHORIZATION "{dept.anna}"',
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            assert conn.execute("SELECT current_user, session_user").fetchone() == (
                dept.bram,
                dept.bram,
            )
        for statement in (f'GRANT {LEAD} TO "{dept.bram}"', f'GRANT {BUYER} TO "{dept.bram}"'):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)


def test_setting_the_role_to_a_group_gains_nothing(dept: Dept) -> None:
    """A member may SET ROLE to its group (PostgreSQL allows it): then current_user is the
    group, which owns no row (the trigger stamps session_user), so the buyer reads less and
    writes nothing; a lead gains nothing as the lead role and loses the policy as a buyer."""
    BUYER, LEAD = dept.buyer_role, dept.lead_role  # noqa: N806 - as the roles are spelled
    with dept.connect(dept.bram) as conn:
        before = _seen(conn)
        conn.execute(f"SET ROLE {BUYER}")
        assert conn.execute("SELECT current_user, session_user").fetchone() == (BUYER, dept.bram)
        after = _seen(conn)
        assert after < before
        assert ("preparations", dept.bram_private) not in after
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            _insert(conn, "preparations", _new_id())  # owner bram, but current_user the group
        changed = conn.execute(
            "UPDATE nlinkoop.records SET revision = 'x' WHERE owner = %s", [dept.bram]
        )
        assert changed.rowcount == 0
    with dept.connect(dept.lea) as conn:
        before = _seen(conn)
        conn.execute(f"SET ROLE {LEAD}")
        assert _seen(conn) <= before
        conn.execute(f"SET ROLE {BUYER}")
        changed = conn.execute("UPDATE nlinkoop.records SET revision = 'x' WHERE kind = 'policy'")
        assert changed.rowcount == 0
    assert not dept.admin(f"SELECT 1 FROM nlinkoop.records WHERE owner IN ('{BUYER}', '{LEAD}')")


# --- logins -----------------------------------------------------------------------------------


def test_a_wrong_password_is_refused(dept: Dept) -> None:
    cluster = dept.team.cluster
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        cluster.connect(dept.team.database, user=dept.bram, password="not-" + secrets.token_hex(8))
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        cluster.connect(dept.team.database, user=dept.bram, password=dept.team.passwords[dept.anna])
    with dept.connect(dept.bram) as conn:  # the right one is let in
        assert conn.execute("SELECT session_user").fetchone() == (dept.bram,)


def test_passwords_are_stored_as_scram_verifiers_whatever_the_servers_default(dept: Dept) -> None:
    database = dept.team.database
    dept.admin(f'ALTER DATABASE "{database}" SET password_encryption = md5')
    try:
        login = f"cas_{secrets.token_hex(3)}"
        admin.add_user(dept.team.admin_engine, login, secrets.token_urlsafe(12))
    finally:
        dept.admin(f'ALTER DATABASE "{database}" RESET password_encryption')
    logins = [dept.anna, dept.bram, dept.lea, login]
    stored = dict(
        dept.admin("SELECT rolname, rolpassword FROM pg_authid WHERE rolname = ANY(%s)", [logins])
    )
    assert set(stored) == set(logins)
    assert all(verifier.startswith("SCRAM-SHA-256$") for verifier in stored.values()), stored
    dept.admin(f'DROP ROLE "{login}"')


# --- a row is the record its data names -------------------------------------------------------
# A laptop merges a received row by what its data says (its `id`, a list item's
# `preparation_id`, a tombstone's `id` and `table_name`), not by the server's columns: the
# server must not store a row whose data names a record its columns would not let the writer
# write.


def test_a_row_cannot_name_a_colleagues_record_in_its_data(dept: Dept) -> None:
    (bram_item, *_) = _items_of(dept, dept.bram_shared)
    with dept.connect(dept.anna) as conn:
        with pytest.raises(errors.CheckViolation):  # a new row that is bram's preparation
            _insert(conn, "preparations", _new_id(), data={"id": dept.bram_shared}, team=True)
        with pytest.raises(errors.InsufficientPrivilege):  # an item, its column left empty
            _insert(
                conn,
                "interests",
                _new_id(),
                data={"preparation_id": dept.bram_shared},
                team=True,
            )
        with pytest.raises(errors.InsufficientPrivilege):  # ... or naming her own preparation
            _insert(
                conn,
                "interests",
                _new_id(),
                prep=dept.anna_private,
                data={"preparation_id": dept.bram_shared},
            )
        with pytest.raises(errors.InsufficientPrivilege):  # the removal of bram's item
            _insert(conn, "tombstones", bram_item, data={"table_name": "interests"}, team=True)
        ((policy_id,),) = dept.admin(
            "SELECT id FROM nlinkoop.records WHERE kind = 'policy' ORDER BY seq LIMIT 1"
        )
        with pytest.raises(errors.InsufficientPrivilege):  # ... of the lead's policy
            _insert(conn, "tombstones", policy_id, data={"table_name": "policy"})
        (anna_item, *_) = _items_of(dept, dept.anna_shared)  # her own item: its removal
        _insert(conn, "tombstones", anna_item, data={"table_name": "interests"})

        own = _new_id()
        _insert(conn, "interests", own, prep=dept.anna_private)
        for path, value in (("{preparation_id}", dept.bram_shared), ("{id}", bram_item)):
            with pytest.raises(errors.CheckViolation):  # an own row moved into bram's
                conn.execute(
                    "UPDATE nlinkoop.records SET data = jsonb_set(data, %s, to_jsonb(%s::text))"
                    " WHERE kind = 'interests' AND id = %s",
                    [path, value, own],
                )
        with pytest.raises(errors.CheckViolation):
            conn.execute(
                "UPDATE nlinkoop.records SET data = jsonb_set(data, '{id}', to_jsonb(%s::text))"
                " WHERE kind = 'preparations' AND id = %s",
                [dept.bram_shared, dept.anna_private],
            )
    assert not dept.admin(
        "SELECT kind, id FROM nlinkoop.records WHERE owner = %s AND (data->>'id' <> id"
        " OR data->>'preparation_id' = %s OR kind = 'tombstones' AND id <> %s)",
        [dept.anna, dept.bram_shared, anna_item],
    )
    removal = _row(dept, "tombstones", anna_item)  # it goes where the item went: to the team
    assert removal is not None
    assert (removal["owner"], removal["prep"], removal["team"]) == (
        dept.anna,
        dept.anna_shared,
        True,
    )


def test_a_forged_row_never_changes_a_colleagues_preparation(team: Team) -> None:
    """End to end: what anna tries in plain SQL reaches neither lea's workbook nor bram's,
    and bram's own removals still travel."""
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram")
    lea = team.laptop("lea", lead=True)
    prep = duplicate(anna.workbook.load_all()[0], title_suffix="(Bram)")
    assert len(prep.interests) >= 3
    bram.workbook.save(prep)
    bram.sync(team=(prep.id,))
    lea.sync()
    original = bram.workbook.load(prep.id)
    assert lea.workbook.load(prep.id) == original
    buried, squatted = prep.interests[0].id, prep.interests[1].id

    with team.cluster.connect(
        team.database, user=anna.login, password=team.passwords[anna.login], autocommit=True
    ) as conn:

        def server_row(kind: str, record_id: str) -> dict[str, Any]:
            found = conn.execute(
                "SELECT data FROM nlinkoop.records WHERE kind = %s AND id = %s", [kind, record_id]
            ).fetchone()
            assert found is not None
            data: dict[str, Any] = found[0]
            data["versions"] = _newer_than_all(data["versions"])
            return data

        forged = server_row("preparations", prep.id)
        forged["title"] = "Vervalst door Anna"
        pushed = server_row("interests", prep.interests[2].id)
        pushed.update(id=_new_id(), what="Ingeschoven door Anna")
        removal = {
            "versions": _newer_than_all(server_row("interests", buried)["versions"]),
            "deleted_at": "2099-01-01 00:00:00.000000",
            "deleted_by": "Anna",
        }
        attempts = [
            ("preparations", _new_id(), forged, True),  # bram's preparation, rewritten
            ("interests", pushed["id"], pushed, True),  # an item put into it
            ("tombstones", buried, {**removal, "id": buried, "table_name": "interests"}, True),
            ("tombstones", squatted, {**removal, "id": squatted, "table_name": "interests"}, False),
        ]
        for kind, record_id, data, shared in attempts:  # data as given: its own "id"
            with contextlib.suppress(psycopg.Error):
                _insert(conn, kind, record_id, data=data, team=shared)

    lea.sync()
    bram.sync()
    for laptop in (lea, bram):
        assert laptop.workbook.load(prep.id) == original, laptop.login

    mine = bram.workbook.load(prep.id)  # bram removes an item himself: that travels
    mine.interests = [i for i in mine.interests if i.id != squatted]
    bram.workbook.save(mine)
    assert bram.sync().waiting == 0
    lea.sync()
    assert squatted not in {i.id for i in lea.workbook.load(prep.id).interests}
    assert lea.workbook.load(prep.id) == bram.workbook.load(prep.id)
