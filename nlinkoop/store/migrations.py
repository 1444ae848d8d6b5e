"""Schema versions: the file's identity, creating a new file, and upgrading older ones.

`PRAGMA user_version` holds the schema version of a file and `PRAGMA application_id` marks it as
ours. A new file is the frozen v1 DDL plus every migration, so new and upgraded files have the
same `sqlite_schema`, which the safe open compares row by row with `expected_schema(version)`.

To change the schema: append a function to `MIGRATIONS` (it gets a connection inside an open
transaction and must not commit), raise `SCHEMA_VERSION`, and add `tests/store/fixtures/vN.db`
with `tests/store/make_fixtures.py`. Prefer plain `CREATE`/`ALTER TABLE ... ADD COLUMN`, or a
table rebuild written out in full, over statements whose stored SQL text SQLite derives itself.
"""

import functools
import sqlite3
from collections.abc import Callable, Sequence

from nlinkoop.store.schema_v1 import V1_DDL

APPLICATION_ID = 0x6E6C6B70  # "nlkp" in ASCII; in the file header at offset 68
SCHEMA_VERSION = 3  # the version this build writes, and the newest it can open

Migration = Callable[[sqlite3.Connection], None]


def v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema v2 (issue 17, the legal gate): a contract's kind and buyer, and the policy.

    Three nullable columns at the end of `preparations` (every existing row gets NULL: not
    filled in yet), and the `policy` table, a record table like `profiles` that holds at most
    the one `ProcurementPolicy` of the workbook. Frozen once released, like `schema_v1.py`.
    """
    conn.execute("ALTER TABLE preparations ADD COLUMN contract_kind TEXT")
    conn.execute("ALTER TABLE preparations ADD COLUMN authority TEXT")
    conn.execute("ALTER TABLE preparations ADD COLUMN value_includes_options INTEGER")
    conn.execute(
        """\
CREATE TABLE policy (
    id TEXT NOT NULL,
    single_up_to TEXT,
    multiple_up_to TEXT,
    works_single_up_to TEXT,
    works_multiple_up_to TEXT,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id)
)"""
    )


def v2_to_v3(conn: sqlite3.Connection) -> None:
    """Schema v3 (issue 19, at the table): the meeting rounds and their log, and our limits.

    Two child tables like every list of a preparation, `meeting_rounds` and `log_entries`
    (empty: no meeting was logged yet); `topics.our_limit` (where we stop, every existing topic
    gets "": not filled in yet) and `preparations.reflection_round_id` (NULL: drafted from no
    round), both last, by ALTER TABLE. Frozen once released, like `schema_v1.py`.
    """
    conn.execute("ALTER TABLE topics ADD COLUMN our_limit TEXT DEFAULT '' NOT NULL")
    conn.execute("ALTER TABLE preparations ADD COLUMN reflection_round_id TEXT")
    conn.execute(
        """\
CREATE TABLE meeting_rounds (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    number INTEGER NOT NULL,
    held_on TEXT,
    attendees TEXT NOT NULL,
    next_meeting TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
)"""
    )
    conn.execute(
        "CREATE INDEX ix_meeting_rounds_preparation ON meeting_rounds (preparation_id, position)"
    )
    conn.execute(
        """\
CREATE TABLE log_entries (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    round_id TEXT NOT NULL,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL,
    due TEXT,
    topic_id TEXT,
    internal INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
)"""
    )
    conn.execute(
        "CREATE INDEX ix_log_entries_preparation ON log_entries (preparation_id, position)"
    )


# MIGRATIONS[0] upgrades version 1 to 2, MIGRATIONS[1] version 2 to 3, and so on.
MIGRATIONS: tuple[Migration, ...] = (v1_to_v2, v2_to_v3)

SchemaRow = tuple[str, str, str, str | None]  # type, name, tbl_name, sql of `sqlite_schema`


def read_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the file (`PRAGMA user_version`)."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def create_schema(
    conn: sqlite3.Connection, *, migrations: Sequence[Migration] = MIGRATIONS
) -> None:
    """Make an empty database a workbook at the newest version, in one transaction.

    Args:
        conn: a connection in autocommit mode to a database without any table.
        migrations: the migrations to apply after the v1 DDL (tests inject their own).
    """
    # executescript would commit a pending transaction first, so BEGIN goes inside the script.
    script = f"BEGIN IMMEDIATE;\n{V1_DDL}\nPRAGMA application_id = {APPLICATION_ID};\n"
    try:
        conn.executescript(script)
        for migrate in migrations:
            migrate(conn)
        conn.execute(f"PRAGMA user_version = {1 + len(migrations)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def upgrade(
    conn: sqlite3.Connection,
    *,
    migrations: Sequence[Migration] = MIGRATIONS,
    before_first: Callable[[int], object] | None = None,
) -> int:
    """Run the migrations a file still needs, each in its own transaction.

    A failing migration is rolled back (SQLite DDL is transactional) and its error raised; the
    migrations before it stay committed, so the file is always at one whole version.

    Args:
        conn: a connection in autocommit mode to a workbook of version 1 or newer.
        migrations: all migrations from version 1 on (tests inject extra ones).
        before_first: called with the old version inside the first migration's transaction,
            once the write lock is held and before anything changes (to write a backup).

    Returns:
        The number of migrations that ran (0 if the file was current).
    """
    head = 1 + len(migrations)
    done = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = read_version(conn)
            if version >= head:
                conn.execute("ROLLBACK")
                return done
            if version < 1:
                raise ValueError(f"not a workbook schema version: {version}")
            if done == 0 and before_first is not None:
                before_first(version)
            migrations[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
            done += 1
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


@functools.cache
def expected_schema(
    version: int, migrations: tuple[Migration, ...] = MIGRATIONS
) -> frozenset[SchemaRow]:
    """Every `sqlite_schema` row a sound file of `version` has (built once in memory, cached).

    Args:
        version: a schema version from 1 up to `1 + len(migrations)`.
        migrations: the migrations to apply after the v1 DDL.
    """
    if not 1 <= version <= 1 + len(migrations):
        raise ValueError(f"unknown schema version {version}")
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema(conn, migrations=migrations[: version - 1])
        return schema_rows(conn)
    finally:
        conn.close()


def schema_rows(conn: sqlite3.Connection) -> frozenset[SchemaRow]:
    """The `sqlite_schema` rows of the main database of `conn`, without the root pages."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_schema").fetchall()
    return frozenset(
        (str(t), str(n), str(tn), None if s is None else str(s)) for t, n, tn, s in rows
    )
