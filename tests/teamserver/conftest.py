"""A real PostgreSQL for the teamserver tests: one cluster per session, one database per test."""

import contextlib
import re
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.pg_cluster import Cluster, find_bindir, in_ci, missing_server
from tests.teamserver.team import Team, team_on


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A started throwaway cluster (initdb once per session); skipped without PostgreSQL, failed
    in CI. A test may restart or kill it: pg_database starts it again for the next test."""
    bindir = find_bindir()
    if bindir is None:
        missing_server(in_ci())
    with Cluster(bindir) as cluster:
        yield cluster


@pytest.fixture
def pg_database(pg_cluster: Cluster, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh database of this test's own on the session's cluster; yields its admin URL."""
    if not pg_cluster.running():  # an earlier test stopped or killed it
        pg_cluster.start()
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")[:40]
    name = f"t_{slug}_{secrets.token_hex(4)}"
    yield pg_cluster.create_database(name)
    # Best effort: whatever is left goes with the cluster's folder at the session's end.
    with contextlib.suppress(Exception):
        if not pg_cluster.running():
            pg_cluster.start()
        pg_cluster.drop_database(name)


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str, tmp_path: Path) -> Iterator[Team]:
    """A teamserver set up in this test's database; laptops made with `team.laptop(...)`."""
    with team_on(pg_cluster, pg_database, tmp_path) as made:
        yield made
