"""A department on a throwaway teamserver: its logins, and laptops with a workbook each.

A laptop is a workbook file and a sync-state folder of its own (as on its own computer). The
logins are cluster-wide in PostgreSQL, so each test's get a suffix of its own.
"""

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from nlinkoop.domain.preparation import Preparation
from nlinkoop.examples import create_example
from nlinkoop.store.merge import Resolver
from nlinkoop.store.workbook import Workbook
from nlinkoop.teamserver import admin
from nlinkoop.teamserver.address import parse
from nlinkoop.teamserver.sync import SyncReport, engine_for, synchronise
from tests.pg_cluster import Cluster


def address_text(sqlalchemy_url: str) -> str:
    """The URL a user types (postgresql://...) for a SQLAlchemy URL of the cluster."""
    return sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)


@dataclass
class Laptop:
    """One buyer's computer: a workbook and its own sync state."""

    login: str
    engine: Engine
    workbook: Workbook
    state: Path
    reports: list[SyncReport] = field(default_factory=list)

    def sync(
        self,
        *,
        resolve: Resolver | None = None,
        team: tuple[str, ...] = (),
        private: tuple[str, ...] = (),
    ) -> SyncReport:
        report = synchronise(
            self.workbook, self.engine, self.state, resolve=resolve, team=team, private=private
        )
        self.reports.append(report)
        return report

    def titles(self) -> set[str]:
        return {s.title for s in self.workbook.list_preparations()}

    def edit(self, prep_id: str, **fields: str) -> Preparation:
        prep = self.workbook.load(prep_id)
        for name, value in fields.items():
            setattr(prep, name, value)
        self.workbook.save(prep)
        return prep


class Team:
    """A teamserver set up in one test database, with logins made on demand."""

    def __init__(self, cluster: Cluster, admin_url: str, folder: Path) -> None:
        self.cluster = cluster
        self.database = admin_url.rsplit("/", 1)[1]
        self.admin_engine = engine_for(parse(address_text(admin_url)))
        admin.init(self.admin_engine)
        self.folder = folder
        self._suffix = secrets.token_hex(3)
        self.passwords: dict[str, str] = {}
        self._laptops: list[Laptop] = []

    def login(self, name: str, *, lead: bool = False) -> str:
        """Add a login (once) and return its real, suffixed name."""
        real = f"{name}_{self._suffix}"
        if real not in self.passwords:
            password = secrets.token_urlsafe(12)
            admin.add_user(self.admin_engine, real, password, lead=lead)
            self.passwords[real] = password
        return real

    def engine(self, login: str) -> Engine:
        url = self.cluster.url(login, self.passwords[login], self.database)
        return engine_for(parse(address_text(url)))

    def laptop(self, name: str, *, lead: bool = False, example: bool = False) -> Laptop:
        """A new laptop of login `name`, with an empty workbook (or the example's)."""
        login = self.login(name, lead=lead)
        number = len(self._laptops) + 1
        path = self.folder / f"laptop{number}-{name}.db"
        if example:
            create_example(path)
        else:
            Workbook.create(path).close()
        workbook = Workbook.open(path, user=name.capitalize())
        laptop = Laptop(login, self.engine(login), workbook, self.folder / f"state{number}")
        self._laptops.append(laptop)
        return laptop

    def close(self) -> None:
        for laptop in self._laptops:
            laptop.workbook.close()
            laptop.engine.dispose()
        self.admin_engine.dispose()


@contextmanager
def team_on(cluster: Cluster, admin_url: str, folder: Path) -> Iterator[Team]:
    team = Team(cluster, admin_url, folder)
    try:
        yield team
    finally:
        team.close()
