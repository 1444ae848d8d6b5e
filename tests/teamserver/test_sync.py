"""Sync through a real PostgreSQL: two buyers and a team lead, each on laptops of their own.

Each test has a database of its own on the session's throwaway cluster (conftest.py), real
workbook files, and the real sync; nothing is mocked.
"""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from nlinkoop.domain.interests import Interest
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.store.workbook import Workbook
from nlinkoop.teamserver.sync import Server, ServerError
from tests.pg_cluster import Cluster
from tests.teamserver.team import Team


def _ids(laptop_workbook: Workbook) -> list[str]:
    return [s.id for s in laptop_workbook.list_preparations()]


def test_a_preparation_is_private_until_its_author_shares_it(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram")
    first = anna.sync()
    assert first.pushed > 100 and first.pulled == 0
    assert bram.sync().pulled == 0
    assert bram.titles() == set()  # private: the server does not even send them

    shared = _ids(anna.workbook)[0]
    anna.sync(team=(shared,))
    got = bram.sync()
    assert got.pulled > 0
    assert bram.titles() == {anna.workbook.load(shared).title}
    assert bram.workbook.load(shared) == anna.workbook.load(shared)  # every list, every field

    anna.sync(private=(shared,))
    anna.edit(shared, title="Na het delen veranderd")
    anna.sync()
    bram.sync()
    assert "Na het delen veranderd" not in bram.titles()  # private again: nothing more comes


def test_a_second_sync_changes_nothing(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    anna.sync(team=tuple(_ids(anna.workbook)))
    again = anna.sync()
    assert (again.pulled, again.pushed, again.not_sent, again.waiting) == (0, 0, 1, 0)
    # not_sent: the example's procurement policy; only a team lead sends it


def test_two_laptops_of_one_buyer_edit_offline_and_converge(team: Team) -> None:
    work = team.laptop("anna", example=True)
    home = team.laptop("anna")
    work.sync()
    home.sync()
    prep_id = _ids(work.workbook)[0]
    assert home.workbook.load(prep_id) == work.workbook.load(prep_id)

    # Offline on both: different fields, one list item added on each side.
    work.edit(prep_id, title="Titel van het werk")
    home.edit(prep_id, counterparty="Leverancier van thuis")
    for laptop, text in ((work, "Belang op het werk"), (home, "Belang thuis")):
        prep = laptop.workbook.load(prep_id)
        prep.interests.append(Interest(what=text))
        laptop.workbook.save(prep)

    work.sync()
    home.sync()
    work.sync()
    mine, theirs = work.workbook.load(prep_id), home.workbook.load(prep_id)
    assert mine == theirs
    assert mine.title == "Titel van het werk"
    assert mine.counterparty == "Leverancier van thuis"
    assert {"Belang op het werk", "Belang thuis"} <= {i.what for i in mine.interests}


def test_the_same_field_on_two_laptops_is_a_conflict_decided_alike(team: Team) -> None:
    work = team.laptop("anna", example=True)
    home = team.laptop("anna")
    work.sync()
    home.sync()
    prep_id = _ids(work.workbook)[0]
    work.edit(prep_id, title="Eerst")
    home.edit(prep_id, title="Later")  # the later edit wins when nobody chooses
    work.sync()
    report = home.sync()
    assert [c.field for c in report.conflicts] == ["title"]
    assert report.chosen == ["mine"]
    work.sync()
    assert work.workbook.load(prep_id).title == home.workbook.load(prep_id).title == "Later"


def test_a_removal_travels_and_an_unseen_edit_outlives_it(team: Team) -> None:
    work = team.laptop("anna", example=True)
    home = team.laptop("anna")
    work.sync()
    home.sync()
    prep_id = _ids(work.workbook)[0]
    prep = work.workbook.load(prep_id)
    gone, kept = prep.interests[0].id, prep.interests[1].id

    prep.interests = [i for i in prep.interests if i.id not in (gone, kept)]
    work.workbook.save(prep)  # work removes both
    other = home.workbook.load(prep_id)
    next(i for i in other.interests if i.id == kept).why = "Thuis aangevuld"
    home.workbook.save(other)  # home edits one of them, not having seen the removal

    work.sync()
    home.sync()
    work.sync()
    for laptop in (work, home):
        ids = {i.id for i in laptop.workbook.load(prep_id).interests}
        assert gone not in ids
        assert kept in ids  # the edit the removal never saw outlives it
    assert work.workbook.load(prep_id) == home.workbook.load(prep_id)


def test_a_colleagues_preparation_is_read_here_and_never_written(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram")
    shared = _ids(anna.workbook)[0]
    anna.sync(team=(shared,))
    bram.sync()
    bram.edit(shared, title="Bram was hier")
    report = bram.sync()
    assert report.not_sent == 1 and report.pushed == 0
    anna.sync()
    assert anna.workbook.load(shared).title != "Bram was hier"


def test_pitch_profiles_stay_personal(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram")
    anna.sync(team=tuple(_ids(anna.workbook)))
    bram.sync()
    assert anna.workbook.profiles()
    assert bram.workbook.profiles() == []


def test_the_procurement_policy_is_set_once_by_a_team_lead(team: Team) -> None:
    lead = team.laptop("lea", lead=True)
    anna = team.laptop("anna")
    lead.workbook.save_policy(ProcurementPolicy(name="Inkoopbeleid 2027"))
    assert lead.sync().pushed == 1
    anna.sync()
    assert anna.workbook.policy().name == "Inkoopbeleid 2027"

    anna.workbook.save_policy(ProcurementPolicy(name="Mijn eigen beleid"))
    assert anna.sync().not_sent == 1
    other = team.laptop("bram")
    other.sync()
    assert other.workbook.policy().name == "Inkoopbeleid 2027"


def test_colleagues_lessons_reach_the_learning_log(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    bram = team.laptop("bram")
    prep_id = _ids(anna.workbook)[0]
    prep = anna.workbook.load(prep_id)
    prep.reflection.held_on = date(2026, 11, 30)
    prep.reflection.lesson = "Vraag eerst naar hun planning"
    anna.workbook.save(prep)
    anna.sync(team=(prep_id,))
    bram.sync()
    lessons = bram.workbook.lessons(prep.counterparty)
    found = [lesson for lesson in lessons if lesson.lesson == "Vraag eerst naar hun planning"]
    assert [lesson.by for lesson in found] == ["Anna"]  # with the colleague's name


def test_a_workbook_put_back_to_an_older_copy_gets_everything_again(
    team: Team, tmp_path: Path
) -> None:
    anna = team.laptop("anna", example=True)
    older = tmp_path / "older.db"
    shutil.copyfile(anna.workbook.path, older)  # before the first sync
    anna.sync()
    work = team.laptop("anna")  # her second laptop adds a preparation
    work.sync()
    prep = work.workbook.load(_ids(work.workbook)[0])
    prep.title = "Vanaf de tweede laptop"
    work.workbook.save(prep)
    work.sync()
    anna.sync()
    assert "Vanaf de tweede laptop" in anna.titles()

    # The file is put back to the copy from before: the state knows more than it holds.
    anna.workbook.close()
    shutil.copyfile(older, anna.workbook.path)
    anna.workbook = Workbook.open(anna.workbook.path, user="Anna")
    anna.sync()
    assert "Vanaf de tweede laptop" in anna.titles()
    assert anna.workbook.load(prep.id) == work.workbook.load(prep.id)


def test_a_server_that_is_not_set_up_says_so(pg_cluster: Cluster, pg_database: str) -> None:
    from nlinkoop.teamserver.address import parse
    from nlinkoop.teamserver.sync import engine_for
    from tests.teamserver.team import address_text

    server = Server(engine_for(parse(address_text(pg_database))))
    with pytest.raises(ServerError, match="not set up: run `nlinkoop server init`"):
        server.introduce()


def test_a_newer_server_is_refused(team: Team) -> None:
    anna = team.laptop("anna")
    team.cluster.psql(
        "UPDATE nlinkoop.meta SET value = '99' WHERE key = 'server_version'", db=team.database
    )
    with pytest.raises(ServerError, match="newer nlinkoop: update nlinkoop"):
        anna.sync()


def test_a_wrong_password_is_one_line_and_names_no_password(team: Team) -> None:
    from nlinkoop.teamserver.address import parse
    from nlinkoop.teamserver.sync import engine_for
    from tests.teamserver.team import address_text

    login = team.login("anna")
    url = address_text(team.cluster.url(login, "wrong-Secret-42", team.database))
    with pytest.raises(ServerError) as caught:
        Server(engine_for(parse(url))).introduce()
    text = str(caught.value)
    assert text == "the teamserver refused the user name or password"
    assert "wrong-Secret-42" not in text


def test_a_server_that_is_down_is_offline(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    team.cluster.stop()
    try:
        with pytest.raises(ServerError) as caught:
            anna.sync()
        assert caught.value.offline
        assert "\n" not in str(caught.value)
    finally:
        team.cluster.start()
    assert anna.sync().pushed > 100  # nothing was lost meanwhile


def test_what_the_server_will_not_take_never_holds_up_the_rest(team: Team) -> None:
    """Two buyers sync copies of one file: Bram's copies of Anna's records are refused (her
    preparations are private and hers), and his own new preparation still goes out."""
    from nlinkoop.domain.preparation import Preparation

    anna = team.laptop("anna", example=True)
    anna.sync()
    bram = team.laptop("bram")
    bram.workbook.close()
    shutil.copyfile(anna.workbook.path, bram.workbook.path)
    bram.workbook = Workbook.open(bram.workbook.path, user="Bram")
    bram.workbook.save(Preparation(title="Van Bram zelf"))

    report = bram.sync()
    assert report.waiting == 0
    assert report.not_sent > 100  # Anna's records, as copied
    assert report.pushed >= 1
    owners = team.cluster.psql(
        "SELECT owner, data->>'title' FROM nlinkoop.records WHERE kind = 'preparations'",
        db=team.database,
    )
    assert (bram.login, "Van Bram zelf") in owners
    assert {owner for owner, _ in owners} == {anna.login, bram.login}
    again = bram.sync()
    assert (again.pushed, again.waiting) == (0, 0)


def test_a_row_this_nlinkoop_cannot_read_is_left_out_and_stops_nothing(team: Team) -> None:
    """Hand-made on the server (or from a newer nlinkoop): a table, a column or a value the
    workbook does not know. Everything else still arrives."""
    anna = team.laptop("anna", example=True)
    shared = _ids(anna.workbook)[0]
    anna.sync(team=(shared,))
    with team.cluster.connect(
        team.database, user=anna.login, password=team.passwords[anna.login], autocommit=True
    ) as conn:
        for kind, data in (
            ("foo", {"id": "f1", "preparation_id": shared}),
            ("interests", {"id": "i1", "preparation_id": shared, "nieuw_veld": "x"}),
            ("interests", {"id": "i2", "preparation_id": shared, "position": "geen getal"}),
        ):
            conn.execute(
                "INSERT INTO nlinkoop.records (kind, id, prep, revision, data)"
                " VALUES (%s, %s, %s, 'r', %s::jsonb)",
                [kind, data["id"], shared, json.dumps(data)],
            )
    bram = team.laptop("bram")
    report = bram.sync()
    assert report.skipped == 3
    assert bram.workbook.load(shared) == anna.workbook.load(shared)
    again = bram.sync()
    assert (again.skipped, again.pulled, again.waiting) == (0, 0, 0)


def test_an_item_added_and_removed_before_any_sync_sends_nothing(team: Team) -> None:
    anna = team.laptop("anna", example=True)
    shared = _ids(anna.workbook)[0]
    anna.sync(team=(shared,))
    bram = team.laptop("bram")
    bram.sync()
    prep = bram.workbook.load(shared)
    prep.interests.append(Interest(what="Even geprobeerd"))
    bram.workbook.save(prep)
    prep.interests.pop()
    bram.workbook.save(prep)  # a tombstone of an item the server never had
    report = bram.sync()
    assert report.pushed == 0
    owned = "SELECT count(*) FROM nlinkoop.records WHERE owner = %s"
    assert team.cluster.psql(owned, [bram.login], db=team.database) == [(0,)]
