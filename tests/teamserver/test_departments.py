"""Two departments on one PostgreSQL instance, and a department's server restored from a backup."""

import os
import secrets
import subprocess
from pathlib import Path

import pytest

from nlinkoop.domain.preparation import Preparation
from nlinkoop.teamserver.address import parse
from nlinkoop.teamserver.sync import Server, ServerError, engine_for
from tests.pg_cluster import Cluster
from tests.teamserver.team import Team, address_text, team_on


def test_a_buyer_of_one_department_never_reads_another(pg_cluster: Cluster, tmp_path: Path) -> None:
    first = pg_cluster.create_database(f"dept_a_{secrets.token_hex(3)}")
    second = pg_cluster.create_database(f"dept_b_{secrets.token_hex(3)}")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with (
        team_on(pg_cluster, first, tmp_path / "a") as a,
        team_on(pg_cluster, second, tmp_path / "b") as b,
    ):
        anna = a.laptop("anna", example=True)
        anna.sync(team=tuple(s.id for s in anna.workbook.list_preparations()))
        outsider = b.login("bram")
        # Bram of department B points his laptop at department A's database.
        url = pg_cluster.url(outsider, b.passwords[outsider], a.database)
        with pytest.raises(ServerError, match="does not let this user in"):
            Server(engine_for(parse(address_text(url)))).introduce()
        rows = pg_cluster.psql(
            "SELECT has_database_privilege(%s, current_database(), 'CONNECT')",
            [outsider],
            db=first.rsplit("/", 1)[1],
        )
        assert rows == [(False,)]


def test_a_server_restored_from_an_older_backup_gets_back_what_it_lost(
    team: Team, tmp_path: Path
) -> None:
    anna = team.laptop("anna", example=True)
    anna.sync()
    dump = tmp_path / "backup.dump"
    env = dict(os.environ, PGPASSWORD=team.cluster.admin_password)
    common = ["-h", team.cluster.host, "-p", str(team.cluster.port), "-U", team.cluster.admin_user]
    subprocess.run(
        [team.cluster.bindir / "pg_dump", *common, "-Fc", "-f", dump, team.database],
        check=True,
        env=env,
    )

    later = Preparation(title="Na de back-up gemaakt")
    anna.workbook.save(later)
    anna.sync()

    # The database is restored from the backup: the preparation made later is gone there.
    team.cluster.psql(f'DROP DATABASE "{team.database}" WITH (FORCE)')
    team.cluster.psql(f'CREATE DATABASE "{team.database}"')
    subprocess.run(
        [team.cluster.bindir / "pg_restore", *common, "-d", team.database, dump],
        check=True,
        env=env,
    )
    lost = "SELECT count(*) FROM nlinkoop.records WHERE id = %s"
    assert team.cluster.psql(lost, [later.id], db=team.database) == [(0,)]

    home = team.laptop("anna")  # her other laptop writes first after the restore
    home.workbook.save(Preparation(title="Thuis na het herstel"))
    home.sync()

    anna.sync()  # she has pulled further than the restored server ever wrote: all again
    assert team.cluster.psql(lost, [later.id], db=team.database) == [(1,)]
    assert "Thuis na het herstel" in anna.titles()
    home.sync()
    assert home.titles() == anna.titles()
