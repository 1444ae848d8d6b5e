"""Setting up a teamserver: `nlinkoop server init` and `nlinkoop server add-user`.

Both run as the IT administrator's login (the database's owner, with the right to create
roles), never as a buyer's.
"""

import re

from psycopg import sql
from sqlalchemy import Connection, Engine, text

from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.teamserver.schema import MIGRATIONS, SERVER_VERSION, roles
from nlinkoop.teamserver.sync import ServerError, connected, new_server_id

_NAME = re.compile(r"[a-z_][a-z0-9_.-]{0,62}")  # a login as PostgreSQL keeps it unquoted-ish


def server_version(conn: Connection) -> int:
    """The version of the server schema in this database (0: none yet)."""
    exists = conn.execute(text("SELECT to_regclass('nlinkoop.meta') IS NOT NULL")).scalar()
    if not exists:
        return 0
    found = conn.execute(
        text("SELECT value FROM nlinkoop.meta WHERE key = 'server_version'")
    ).scalar()
    return int(found or 0)


def init(engine: Engine) -> tuple[int, int]:
    """Create the server schema, or upgrade it to this build's version, in one transaction.

    Returns:
        The version before and after.

    Raises:
        ServerError: the server was set up by a newer nlinkoop, or refused (no rights).
    """
    with connected(engine) as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock(7244312)"))  # two inits at once
        before = server_version(conn)
        if before > SERVER_VERSION:
            raise ServerError("the teamserver was set up by a newer nlinkoop: update nlinkoop")
        driver = conn.connection.driver_connection
        assert driver is not None
        database = str(conn.execute(text("SELECT current_database()")).scalar())
        buyer, lead = roles(database) if before == 0 else group_roles(conn)
        for step in MIGRATIONS[before:]:
            driver.execute(step(buyer, lead))  # no parameters: its '%' are PL/pgSQL's own
        meta = {"server_version": str(SERVER_VERSION)}
        if before == 0:
            meta |= {
                "server_id": new_server_id(),
                "workbook_version": str(SCHEMA_VERSION),
                "buyer_role": buyer,
                "lead_role": lead,
            }
        else:
            held = conn.execute(
                text("SELECT value FROM nlinkoop.meta WHERE key = 'workbook_version'")
            ).scalar()
            if held != str(SCHEMA_VERSION):
                raise ServerError(
                    f"the teamserver holds workbooks of schema {held}, this nlinkoop writes "
                    f"schema {SCHEMA_VERSION}: use the nlinkoop that set it up"
                )
        for key, value in meta.items():
            conn.execute(
                text(
                    "INSERT INTO nlinkoop.meta (key, value) VALUES (:key, :value)"
                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"
                ),
                {"key": key, "value": value},
            )
        # Again on every init: a database restored under another name needs it too. Only this
        # department's buyers (and the owner) may connect.
        # A session that holds a lock or a transaction open (a laptop gone mid-sync, or a
        # buyer in psql) makes others' writes wait at most this long, then fail and retry.
        for statement in (
            "REVOKE CONNECT ON DATABASE {} FROM PUBLIC",
            "GRANT CONNECT ON DATABASE {} TO {}",
            "ALTER DATABASE {} SET lock_timeout = '30s'",
            "ALTER DATABASE {} SET idle_in_transaction_session_timeout = '60s'",
        ):
            driver.execute(
                sql.SQL(statement).format(sql.Identifier(database), sql.Identifier(buyer))
            )
        conn.commit()
    return before, SERVER_VERSION


def group_roles(conn: Connection) -> tuple[str, str]:
    """The group roles of buyers and team leads of this server (from `nlinkoop.meta`)."""
    found: dict[str, str] = dict(
        conn.execute(
            text("SELECT key, value FROM nlinkoop.meta WHERE key IN ('buyer_role', 'lead_role')")
        ).all()
    )
    return str(found["buyer_role"]), str(found["lead_role"])


def check_name(name: str) -> str:
    """A new login's name, or ServerError saying what is wrong with it."""
    if not _NAME.fullmatch(name):
        raise ServerError(
            f"not a user name for the teamserver: {name!r} (lower-case letters, digits, "
            "'_', '.', '-'; at most 63)"
        )
    return name


def add_user(engine: Engine, name: str, password: str, *, lead: bool = False) -> None:
    """Create a buyer's login (SCRAM password), or a team lead's with `lead`.

    Raises:
        ServerError: a bad name, an empty password, the name already taken, no rights.
    """
    check_name(name)
    if not password:
        raise ServerError("the password is empty")
    with connected(engine) as conn:
        driver = conn.connection.driver_connection
        buyer, lead_role = group_roles(conn)
        taken = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
        if taken.first() is not None:
            raise ServerError(f"the teamserver already has a user {name!r}")
        assert driver is not None
        # The SCRAM verifier is made here: the password itself never reaches the server, so
        # no statement log (log_statement = ddl, or an error) can show it.
        verifier = driver.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        ).decode()
        driver.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                sql.Identifier(name),
                sql.Literal(verifier),
                sql.Identifier(lead_role if lead else buyer),
            )
        )
        conn.commit()
