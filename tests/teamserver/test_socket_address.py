"""A teamserver on this computer reached over its Unix socket, on a port other than 5432."""

from sqlalchemy import create_engine, text

from nlinkoop.teamserver.address import ServerAddress, parse
from tests.pg_cluster import Cluster


def test_a_socket_folder_keeps_the_port(pg_cluster: Cluster, pg_database: str) -> None:
    # libpq finds the socket by folder and port (.s.PGSQL.<port>): without the port it looks
    # for 5432's, and the cluster of the tests never listens there.
    assert pg_cluster.port != 5432
    database = pg_database.rsplit("/", 1)[1]
    url = f"postgresql://{pg_cluster.admin_user}@:{pg_cluster.port}/{database}"
    address = parse(f"{url}?host={pg_cluster.socket_dir}")
    assert address == ServerAddress(
        str(pg_cluster.socket_dir), pg_cluster.port, database, pg_cluster.admin_user
    )
    engine = create_engine(address.url(pg_cluster.admin_password))
    try:
        with engine.connect() as connection:
            query = "select inet_server_port() is null"  # null: over a socket, not TCP
            assert connection.execute(text(query)).scalar() is True
    finally:
        engine.dispose()
