"""A department's week, as separate processes: IT sets up the server, two buyers and a team lead
each sync their own workbook from their own laptop (a data folder each), edit while the server
is down, reconnect, and see each other's team preparations, lessons and the lead's policy.

The edits are made on the files between the commands, as the window would make them; every sync
is a real `nlinkoop sync` process.
"""

import json
import os
import secrets
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from tests.pg_cluster import Cluster
from tests.run_program import run_nlinkoop
from tests.teamserver.team import address_text


@dataclass
class Laptop:
    name: str
    login: str
    file: Path
    env: dict[str, str]
    url: str

    def sync(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_nlinkoop("sync", self.file, self.url, *args, env=self.env)

    def edit(self, change: Callable[[Workbook], object]) -> None:
        with Workbook.open(self.file, user=self.name) as workbook:
            change(workbook)


def test_two_buyers_and_a_lead_through_one_server(
    pg_cluster: Cluster, pg_database: str, tmp_path: Path
) -> None:
    base = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    it = base | {"NLINKOOP_DATA_DIR": str(tmp_path / "it")}
    admin = address_text(pg_database)
    assert run_nlinkoop("server", "init", admin, env=it).returncode == 0
    database = pg_database.rsplit("/", 1)[1]
    suffix = secrets.token_hex(2)
    laptops = {}
    for name, lead in (("Anna", False), ("Bram", False), ("Lea", True)):
        login, password = f"{name.lower()}_{suffix}", secrets.token_urlsafe(10)
        extra = ["--lead"] if lead else []
        added = run_nlinkoop(
            "server", "add-user", admin, login, *extra, env=it, stdin=password + "\n"
        )
        assert added.returncode == 0, added.stderr
        env = base | {
            "NLINKOOP_DATA_DIR": str(tmp_path / f"data-{name}"),
            "PGPASSWORD": password,
        }
        url = f"postgresql://{login}@{pg_cluster.host}:{pg_cluster.port}/{database}"
        laptops[name] = Laptop(name, login, tmp_path / f"{name}.db", env, url)
    anna, bram, lea = laptops["Anna"], laptops["Bram"], laptops["Lea"]

    assert run_nlinkoop("example", anna.file, env=anna.env).returncode == 0
    for laptop in (bram, lea):
        assert run_nlinkoop("new", laptop.file, env=laptop.env).returncode == 0
    with Workbook.open(anna.file) as opened:
        shared, private = (s.id for s in opened.list_preparations()[:2])
    bram_prep = Preparation(title="Schoonmaak stadskantoor", counterparty="Glans B.V.")
    bram.edit(lambda w: w.save(bram_prep))
    lea.edit(lambda w: w.save_policy(ProcurementPolicy(name="Inkoopbeleid afdeling 2027")))

    assert anna.sync("--team", shared).returncode == 0
    assert bram.sync("--team", bram_prep.id).returncode == 0
    assert lea.sync().returncode == 0

    # The server goes down; both buyers go on working, and their syncs say so and change nothing.
    pg_cluster.stop()
    try:

        def anna_edits(workbook: Workbook) -> None:
            prep = workbook.load(shared)
            prep.title = "Verlenging ICT-beheer, tweede ronde"
            prep.reflection.held_on = date(2026, 12, 1)
            prep.reflection.lesson = "Begin bij hun capaciteit, niet bij de prijs"
            workbook.save(prep)

        anna.edit(anna_edits)
        bram.edit(lambda w: w.save(Preparation(title="Alleen van Bram", counterparty="X")))
        for laptop in (anna, bram):
            before = laptop.file.read_bytes()
            offline = laptop.sync()
            assert offline.returncode == 1
            assert "cannot be reached" in offline.stderr
            assert laptop.file.read_bytes() == before
    finally:
        pg_cluster.start()

    for laptop in (anna, bram, lea, anna, bram, lea):  # reconnected: two rounds
        done = laptop.sync("--json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["waiting"] == 0

    def titles(laptop: Laptop) -> set[str]:
        with Workbook.open(laptop.file) as opened:
            return {s.title for s in opened.list_preparations()}

    assert "Verlenging ICT-beheer, tweede ronde" in titles(bram)
    assert "Schoonmaak stadskantoor" in titles(anna)
    assert titles(lea) == {"Verlenging ICT-beheer, tweede ronde", "Schoonmaak stadskantoor"}
    assert "Alleen van Bram" not in titles(anna)  # private: his alone
    with Workbook.open(anna.file) as opened:
        private_title = opened.load(private).title
        assert opened.policy().name == "Inkoopbeleid afdeling 2027"
    assert private_title not in titles(bram)

    lessons = json.loads(run_nlinkoop("lessons", bram.file, "--json", env=bram.env).stdout)
    assert [(x["lesson"], x["by"]) for x in lessons] == [
        ("Begin bij hun capaciteit, niet bij de prijs", "Anna")
    ]
