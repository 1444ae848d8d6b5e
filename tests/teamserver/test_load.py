"""A department under load, CI-sized: ten buyers, each a process with its own workbook, edit and
sync against one server at once; nothing reaches them as an error and no update is lost.

The same machinery as `make bench`'s 50 buyers for two minutes (bench/teamserver.py), smaller so
that it runs in every CI run. It asserts counts only, never times: those are the bench's.
"""

import secrets

from bench.teamserver import Server, lost_values, plans_for, run_buyers
from tests.pg_cluster import Cluster

BUYERS = 10
SECONDS = 20.0


def test_ten_buyers_syncing_at_once_lose_nothing_and_see_no_error(
    pg_cluster: Cluster, tmp_path
) -> None:
    if not pg_cluster.running():  # an earlier test stopped or killed it
        pg_cluster.start()
    server = Server.make(pg_cluster, f"t_load_{secrets.token_hex(4)}")
    logins = [f"koper{n:02d}" for n in range(1, BUYERS + 1)]
    server.add(logins)

    outcomes = run_buyers(plans_for(server, logins, tmp_path, SECONDS, seed=20))
    lost = lost_values(server, outcomes)

    syncs = sum(len(o.syncs) for o in outcomes)
    edits = sum(o.edits for o in outcomes)
    errors = [e for o in outcomes for e in o.errors + o.final_errors]
    print(
        f"\nteamserver load: {BUYERS} buyers, {SECONDS:g} s: {syncs} syncs, {edits} edits, "
        f"{lost.checked_on_server} values checked on the server and "
        f"{lost.checked_in_colleagues} in colleagues' workbooks; errors {len(errors)}, "
        f"lost {lost.on_server} + {lost.in_colleagues}, "
        f"not sent {sum(o.not_sent for o in outcomes)}"
    )
    assert errors == []
    assert (lost.on_server, lost.in_colleagues) == (0, 0)
    assert sum(o.not_sent for o in outcomes) == 0
    # The load was a load: every buyer edited and synced during it, and the team's values
    # were checked in every colleague's workbook.
    assert all(o.edits and len(o.syncs) >= 2 for o in outcomes), [
        (o.login, o.edits, len(o.syncs)) for o in outcomes
    ]
    assert lost.checked_in_colleagues >= (BUYERS - 1) * BUYERS
