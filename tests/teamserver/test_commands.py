"""`nlinkoop server init`, `server add-user` and `sync` as processes, as IT and a buyer run them."""

import json
import os
import secrets
from pathlib import Path

import pytest

from nlinkoop.store.workbook import Workbook
from tests.pg_cluster import Cluster
from tests.run_program import run_nlinkoop
from tests.teamserver.team import address_text


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    made = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    return made | {"NLINKOOP_DATA_DIR": str(tmp_path / "data"), "PGPASSFILE": str(tmp_path / "x")}


def test_it_sets_up_a_server_and_a_buyer_syncs_and_shares(
    pg_cluster: Cluster, pg_database: str, env: dict[str, str], tmp_path: Path
) -> None:
    admin_url = address_text(pg_database)
    first = run_nlinkoop("server", "init", admin_url, env=env)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip().endswith("the teamserver is set up (server schema 1)")
    assert "up to date" in run_nlinkoop("server", "init", admin_url, env=env).stdout
    assert "nlinkoop_admin:" not in first.stdout  # the address is shown without its password

    name, password = f"anna_{secrets.token_hex(3)}", f"Geheim-{secrets.token_hex(4)}"
    added = run_nlinkoop("server", "add-user", admin_url, name, env=env, stdin=password + "\n")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip().endswith(f"added {name} as a buyer")

    workbook = tmp_path / "anna.db"
    assert run_nlinkoop("example", workbook, env=env).returncode == 0
    database = pg_database.rsplit("/", 1)[1]
    url = f"postgresql://{name}@{pg_cluster.host}:{pg_cluster.port}/{database}"
    buyer = env | {"PGPASSWORD": password}
    synced = run_nlinkoop("sync", workbook, url, env=buyer)
    assert synced.returncode == 0, synced.stderr
    lines = synced.stdout.splitlines()
    assert lines[0].startswith(f"synced {workbook} with {url}: 0 received, ")
    assert lines[0].endswith("sent; 0 conflicts")
    assert password not in synced.stdout + synced.stderr

    with Workbook.open(workbook) as opened:
        prep_id = opened.list_preparations()[0].id
    shared = run_nlinkoop("sync", workbook, url, "--team", prep_id[:8], "--json", env=buyer)
    data = json.loads(shared.stdout)
    assert data["shared"] == [prep_id] and data["sent"] == 0 and data["user"] == name
    assert not data["lead"]


def test_offline_and_a_wrong_password_are_one_line_and_leave_the_file(
    pg_cluster: Cluster, pg_database: str, env: dict[str, str], tmp_path: Path
) -> None:
    workbook = tmp_path / "anna.db"
    run_nlinkoop("example", workbook, env=env)
    before = workbook.read_bytes()
    closed = run_nlinkoop("sync", workbook, "postgresql://anna@127.0.0.1:1/inkoop", env=env)
    assert closed.returncode == 1
    assert closed.stderr.count("\n") == 1
    assert "cannot be reached" in closed.stderr and f"{workbook} is as it was" in closed.stderr

    database = pg_database.rsplit("/", 1)[1]
    run_nlinkoop("server", "init", address_text(pg_database), env=env)
    url = f"postgresql://nobody_{secrets.token_hex(2)}:Fout-Wachtwoord@127.0.0.1:{pg_cluster.port}/{database}"
    refused = run_nlinkoop("sync", workbook, url, env=env)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "refused the user name or password" in refused.stderr
    assert "Fout-Wachtwoord" not in refused.stderr
    assert workbook.read_bytes() == before


def test_tls_is_required_for_a_server_elsewhere(env: dict[str, str], tmp_path: Path) -> None:
    workbook = tmp_path / "anna.db"
    run_nlinkoop("example", workbook, env=env)
    weak = run_nlinkoop(
        "sync", workbook, "postgresql://anna@db.gemeente.nl/inkoop?sslmode=require", env=env
    )
    assert weak.returncode == 1
    assert "needs TLS with a verified certificate (sslmode=verify-full)" in weak.stderr
