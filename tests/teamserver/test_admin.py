"""Setting up a teamserver: init and add-user as the IT administrator runs them."""

import secrets
from pathlib import Path

import pytest

from nlinkoop.teamserver import admin
from nlinkoop.teamserver.address import parse
from nlinkoop.teamserver.schema import roles
from nlinkoop.teamserver.sync import Server, ServerError, engine_for
from tests.pg_cluster import Cluster
from tests.teamserver.team import Team, address_text


def _engine(cluster: Cluster, user: str, password: str, database: str):  # type: ignore[no-untyped-def]
    return engine_for(parse(address_text(cluster.url(user, password, database))))


def test_init_twice_changes_nothing_the_second_time(pg_cluster: Cluster, pg_database: str) -> None:
    engine = engine_for(parse(address_text(pg_database)))
    assert admin.init(engine) == (0, 1)
    database = pg_database.rsplit("/", 1)[1]
    first = dict(pg_cluster.psql("SELECT key, value FROM nlinkoop.meta", db=database))
    assert admin.init(engine) == (1, 1)
    assert dict(pg_cluster.psql("SELECT key, value FROM nlinkoop.meta", db=database)) == first
    assert set(first) == {
        "server_version",
        "server_id",
        "workbook_version",
        "buyer_role",
        "lead_role",
    }
    assert (first["buyer_role"], first["lead_role"]) == roles(database)


def test_each_database_has_group_roles_of_its_own() -> None:
    assert roles("inkoop") == ("nlinkoop_inkoop_buyer", "nlinkoop_inkoop_lead")
    odd = roles("Inkoop-Gemeente")  # not plain lower case: a hash of the name
    assert odd[0].startswith("nlinkoop_") and odd[0].endswith("_buyer") and len(odd[0]) < 63
    assert roles("Inkoop-Gemeente") != roles("inkoop-gemeente")


def test_a_new_password_never_reaches_the_server_or_its_log(
    pg_cluster: Cluster, pg_database: str
) -> None:
    database = pg_database.rsplit("/", 1)[1]
    pg_cluster.psql(f"ALTER DATABASE \"{database}\" SET log_statement = 'ddl'")
    engine = engine_for(parse(address_text(pg_database)))
    admin.init(engine)
    name, password = f"anna_{secrets.token_hex(3)}", f"Geheim-{secrets.token_hex(4)}"
    admin.add_user(engine, name, password)
    with pytest.raises(ServerError, match="already has a user"):
        admin.add_user(engine, name, password)
    log = pg_cluster.log_tail(400)
    assert "CREATE ROLE" in log and "SCRAM-SHA-256$" in log  # the statement was logged
    assert password not in log
    stored = pg_cluster.psql("SELECT rolpassword FROM pg_authid WHERE rolname = %s", [name])
    assert stored[0][0].startswith("SCRAM-SHA-256$")
    Server(_engine(pg_cluster, name, password, database)).introduce()  # and it logs in


def test_without_the_right_to_create_roles_add_user_says_so_in_one_line(
    pg_cluster: Cluster, pg_database: str
) -> None:
    database = pg_database.rsplit("/", 1)[1]
    engine = engine_for(parse(address_text(pg_database)))
    admin.init(engine)
    buyer, password = f"bram_{secrets.token_hex(3)}", "pw-bram-1"
    admin.add_user(engine, buyer, password)
    with pytest.raises(ServerError) as caught:
        admin.add_user(_engine(pg_cluster, buyer, password, database), "nieuw", "x")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("the teamserver refused")


def test_a_missing_password_is_not_taken_for_offline(
    pg_cluster: Cluster, pg_database: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = pg_database.rsplit("/", 1)[1]
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = f"postgresql://nobody_here@{pg_cluster.host}:{pg_cluster.port}/{database}"
    with pytest.raises(ServerError) as caught:
        Server(engine_for(parse(url))).introduce()
    assert not caught.value.offline
    assert "asks for a password" in str(caught.value)


def test_a_buyer_holding_the_write_lock_holds_up_others_for_a_while_only(team: Team) -> None:
    """A session that takes the write order's lock and keeps it (psql, a hung laptop) makes
    another buyer's push fail after the lock timeout, one line, not hang."""
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram", example=False)
    anna.sync()
    settings = team.cluster.psql(
        "SELECT setconfig FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
        " WHERE d.datname = %s AND s.setrole = 0",
        [team.database],
    )
    assert {"lock_timeout=30s", "idle_in_transaction_session_timeout=60s"} <= set(settings[0][0])
    team.cluster.psql(f"ALTER DATABASE \"{team.database}\" SET lock_timeout = '1s'")
    with team.cluster.connect(
        team.database, user=anna.login, password=team.passwords[anna.login]
    ) as holder:
        holder.execute("SELECT pg_advisory_lock(7244311)")
        from nlinkoop.domain.preparation import Preparation

        bram.workbook.save(Preparation(title="Wacht niet eeuwig"))
        with pytest.raises(ServerError) as caught:
            bram.sync()
        assert "lock timeout" in str(caught.value) and "\n" not in str(caught.value)
    assert bram.sync().pushed >= 1  # the lock gone: it goes out
