"""The test PostgreSQL itself: it starts, logs in over SCRAM only, survives restarts and crashes,
cleans up after itself, and a missing server fails CI instead of skipping."""

import os
import pwd
import socket
import stat
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.pg_cluster import (
    Cluster,
    ClusterError,
    find_bindir,
    free_port,
    in_ci,
    missing_server,
    server_user,
)


def test_the_cluster_starts_on_a_free_port_with_the_settings_for_tests(pg_cluster: Cluster) -> None:
    assert pg_cluster.running()
    assert pg_cluster.host == "127.0.0.1"
    assert pg_cluster.port not in (0, 5432)  # never the port of a system's own "main" cluster
    settings = dict(
        pg_cluster.psql(
            "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)",
            [["fsync", "max_connections", "listen_addresses", "password_encryption"]],
        )
    )
    assert settings == {
        "fsync": "off",
        "max_connections": "200",
        "listen_addresses": "127.0.0.1",
        "password_encryption": "scram-sha-256",
    }
    assert pg_cluster.psql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user") == [
        (True,)
    ]


def test_the_server_runs_as_an_unprivileged_user(pg_cluster: Cluster) -> None:
    pid = pg_cluster.postmaster_pid()
    assert pid is not None
    owner = Path(f"/proc/{pid}").stat().st_uid
    expected = server_user()
    assert owner == (pwd.getpwnam(expected).pw_uid if expected else os.geteuid())
    assert owner != 0
    assert stat.S_IMODE(pg_cluster.base.stat().st_mode) == 0o700


def test_every_login_needs_a_scram_password(pg_cluster: Cluster) -> None:
    rules = pg_cluster.psql("SELECT DISTINCT type, auth_method FROM pg_hba_file_rules")
    assert sorted(rules) == [("host", "scram-sha-256"), ("local", "scram-sha-256")]


def test_a_password_login_over_tcp_uses_scram(pg_cluster: Cluster, pg_database: str) -> None:
    dbname = pg_database.rsplit("/", 1)[1]
    pg_cluster.psql("CREATE ROLE alice LOGIN PASSWORD 'geheim van alice'")
    try:
        stored = pg_cluster.psql("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'")
        assert str(stored[0][0]).startswith("SCRAM-SHA-256$")
        # The client refuses any other method (libpq 16+), so this login proves SCRAM.
        with pg_cluster.connect(
            dbname, user="alice", password="geheim van alice", require_auth="scram-sha-256"
        ) as conn:
            assert conn.execute("SELECT current_user").fetchone() == ("alice",)
        # The URL form the teamserver's engine takes, with a space in the password.
        engine = create_engine(pg_cluster.url("alice", "geheim van alice", dbname))
        try:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT current_user")).scalar() == "alice"
        finally:
            engine.dispose()
        assert 'identity="alice" method=scram-sha-256' in pg_cluster.log_path.read_text()
    finally:
        pg_cluster.psql("DROP ROLE alice")


def test_the_admin_url_logs_in_with_sqlalchemy(pg_database: str) -> None:
    engine = create_engine(pg_database)
    try:
        with engine.connect() as conn:
            assert str(conn.execute(text("SELECT current_database()")).scalar()).startswith("t_")
    finally:
        engine.dispose()


def test_a_wrong_or_missing_password_is_refused(pg_cluster: Cluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        pg_cluster.connect(user=pg_cluster.admin_user, password="not the password")
    # No password at all, over TCP and over the unix socket: nothing is trusted.
    for host in (pg_cluster.host, str(pg_cluster.socket_dir)):
        with pytest.raises(psycopg.OperationalError, match="no password supplied"):
            psycopg.connect(
                host=host, port=pg_cluster.port, user=pg_cluster.admin_user, dbname="postgres"
            )


def test_a_restart_keeps_the_data_and_breaks_open_connections(
    pg_cluster: Cluster, pg_database: str
) -> None:
    dbname = pg_database.rsplit("/", 1)[1]
    pg_cluster.psql("CREATE TABLE kept (n int); INSERT INTO kept VALUES (1), (2)", db=dbname)
    port = pg_cluster.port
    with pg_cluster.connect(dbname) as open_conn:
        pg_cluster.restart()
        with pytest.raises(psycopg.OperationalError):
            open_conn.execute("SELECT 1")
    assert pg_cluster.port == port
    assert pg_cluster.psql("SELECT count(*) FROM kept", db=dbname) == [(2,)]


@pytest.mark.parametrize("hard", [False, True], ids=["immediate", "sigkill"])
def test_after_a_kill_a_start_recovers_the_committed_work(
    pg_cluster: Cluster, pg_database: str, hard: bool
) -> None:
    dbname = pg_database.rsplit("/", 1)[1]
    pg_cluster.psql("CREATE TABLE work (n int); INSERT INTO work VALUES (1)", db=dbname)
    with pg_cluster.connect(dbname) as open_conn:
        open_conn.execute("INSERT INTO work VALUES (2)")  # not committed when the server dies
        pg_cluster.kill(hard=hard)
        assert not pg_cluster.running()
        with pytest.raises(psycopg.OperationalError):
            open_conn.commit()
    pg_cluster.start()
    assert pg_cluster.psql("SELECT n FROM work", db=dbname) == [(1,)]
    assert "automatic recovery in progress" in pg_cluster.log_tail(60)


def test_a_new_cluster_steps_over_a_taken_port_and_closing_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with socket.socket() as taken:  # another program takes the free port before the server
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        ports = iter([taken.getsockname()[1]])
        monkeypatch.setattr("tests.pg_cluster.free_port", lambda host: next(ports, free_port(host)))
        with pytest.raises(RuntimeError, match="a failing test"), Cluster() as cluster:
            pid = cluster.postmaster_pid()
            assert cluster.running()
            assert cluster.port != taken.getsockname()[1]
            assert "could not bind" in cluster.log_path.read_text()
            raise RuntimeError("a failing test")
    assert not cluster.base.exists()
    assert pid is not None
    assert _gone(pid)


def _gone(pid: int) -> bool:
    """No such process, or only its zombie (a slow init reaps it later)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_a_server_that_does_not_start_says_why_and_leaves_nothing() -> None:
    cluster = Cluster(settings={"shared_buffers": "plenty"})
    with pytest.raises(ClusterError) as failure:
        cluster.start()
    message = str(failure.value)
    assert "PostgreSQL did not start" in message
    assert 'invalid value for parameter "shared_buffers"' in message  # the log's tail
    cluster.close()
    assert not cluster.base.exists()


# --- finding the server, and what happens without one ------------------------------------------


def _programs(folder: Path, names: tuple[str, ...] = ("initdb", "pg_ctl", "postgres")) -> Path:
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text("#!/bin/sh\n")
        (folder / name).chmod(0o755)
    return folder


def test_find_bindir_takes_the_newest_debian_version(tmp_path: Path) -> None:
    for version in ("9.6", "15", "10"):
        _programs(tmp_path / "lib" / version / "bin")
    _programs(tmp_path / "lib" / "16" / "bin", names=("pg_ctl",))  # only a client: not a server
    found = find_bindir(pg_config="absent-pg-config", roots=[tmp_path / "lib"], path="")
    assert found == tmp_path / "lib" / "15" / "bin"


def test_find_bindir_asks_pg_config_first_but_not_a_client_only_one(tmp_path: Path) -> None:
    server = _programs(tmp_path / "server" / "bin")
    tools = tmp_path / "tools"
    tools.mkdir()
    pg_config = tools / "pg_config"
    pg_config.write_text(f"#!/bin/sh\necho {server}\n")
    pg_config.chmod(0o755)
    assert find_bindir(roots=[], path=str(tools)) == server
    pg_config.write_text("#!/bin/sh\necho /usr/bin-without-a-server\n")
    assert find_bindir(roots=[], path=str(tools)) is None


def test_find_bindir_follows_initdb_on_path(tmp_path: Path) -> None:
    server = _programs(tmp_path / "server" / "bin")
    links = tmp_path / "local-bin"
    links.mkdir()
    (links / "initdb").symlink_to(server / "initdb")  # as /usr/local/bin/initdb here
    assert find_bindir(pg_config="absent-pg-config", roots=[], path=str(links)) == server
    assert find_bindir(pg_config="absent-pg-config", roots=[], path=str(tmp_path)) is None


def test_this_machine_has_a_server() -> None:
    assert find_bindir() is not None or not in_ci(), "CI must install PostgreSQL (.ci/run)"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [({}, False), ({"CI": ""}, False), ({"CI": "false"}, False), ({"CI": "0"}, False),
     ({"CI": "true"}, True), ({"CI": "1"}, True), ({"CI": "yes"}, True)],
)  # fmt: skip
def test_in_ci_reads_the_ci_variable(environ: dict[str, str], expected: bool) -> None:
    assert in_ci(environ) is expected


def test_without_a_server_ci_fails_the_run() -> None:
    with pytest.raises(pytest.fail.Exception, match="in CI a missing server fails the run"):
        missing_server(ci=True)


def test_without_a_server_a_laptop_skips() -> None:
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL server found"):
        missing_server(ci=False)
