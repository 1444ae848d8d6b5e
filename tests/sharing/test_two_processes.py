"""Two app processes on one file in a shared folder, writing back in turns for 100 rounds.

Anne and Bram each keep their own field (the opening's two texts); every fifth round both
rewrite the title, and the one who writes back second gets a conflict: the first one's title
stays in the file and the second one's goes to a conflict copy beside it. After every
write-back the file passes the full check and holds everyone's latest edits; at the end every
conflict copy still holds the title it was written for.
"""

import re
import time
from pathlib import Path

from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Opening, Preparation
from nlinkoop.store.document import Document
from nlinkoop.store.workbook import Workbook, check
from tests.sharing.helpers import Channel, Child, read_preparation, spawn
from tests.store.builders import fixed_id
from tests.store.conftest import query

ROUNDS = 100
PREP_ID = fixed_id("two/preparation")
FIELDS = {"anne": "come_to_do", "bram": "come_to_get"}
COLUMNS = "title, opening_come_to_do, opening_come_to_get"


def play(path: Path, me: str, channel: Channel) -> None:
    """The child: on each turn edit my field (and the title if asked), then write back."""
    document = Document.open(path, user=me, lock="ignore")
    while True:
        turn = channel.receive()
        if turn["kind"] == "stop":
            document.close()
            return
        round_ = turn["round"]
        outside = document.outside_changed()
        if turn["reload"]:
            document.reload()
        prep = document.workbook.load(PREP_ID)
        setattr(prep.opening, FIELDS[me], f"{me} {round_}")
        if turn["shared"]:
            prep.title = f"titel van {me} in ronde {round_}"
        document.workbook.save(prep)
        result = document.write_back()
        report = result.report
        channel.send(
            "done",
            outside=outside,
            written=result.written,
            conflicts=[(c.table, c.field) for c in report.conflicts] if report else [],
            conflict_copy=None if result.conflict_copy is None else str(result.conflict_copy),
        )


def test_two_processes_writing_back_in_turns_lose_nothing(tmp_path: Path, data_dir: Path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = folder / "werkboek.db"
    prep = Preparation(title="Jaargesprek", counterparty="Schoon & Co", id=PREP_ID)
    prep.opening = Opening("samen kijken", "afspraak")
    prep.interests = [Interest(what=f"belang {n}") for n in range(3)]
    with Workbook.create(path, user="builder") as workbook:
        workbook.save(prep)
    title = prep.title
    latest = {"anne": prep.opening.come_to_do, "bram": prep.opening.come_to_get}
    changed_for = {"anne": False, "bram": False}  # someone else wrote since my last write
    conflict_copies: dict[Path, str] = {}  # each copy and the title it was written for
    parent_time = 0.0
    players: dict[str, Child] = {
        me: spawn(lambda channel, me=me: play(path, me, channel)) for me in FIELDS
    }
    try:
        for round_ in range(ROUNDS):
            shared = round_ % 5 == 4
            order = ["anne", "bram"] if round_ // 2 % 2 == 0 else ["bram", "anne"]
            for place, me in enumerate(order):
                where = f"round {round_}, {me} ({'second' if place else 'first'})"
                reload = not shared and round_ % 3 == 1
                players[me].send("turn", round=round_, shared=shared, reload=reload)
                done = players[me].wait_for("done")
                assert done["written"], where
                assert done["outside"] is changed_for[me], where
                changed_for = {other: other != me for other in FIELDS}
                latest[me] = f"{me} {round_}"
                if shared and place == 0:
                    title = f"titel van {me} in ronde {round_}"
                if shared and place == 1:
                    assert done["conflict_copy"], f"{where}: title conflict without a copy"
                    assert ("preparations", "title") in map(tuple, done["conflicts"]), where
                    copy = Path(done["conflict_copy"])
                    assert copy.parent == folder, where
                    pattern = rf"werkboek \(conflict {me} \d{{4}}-\d\d-\d\d \d{{4}}( \d+)?\)\.db"
                    assert re.fullmatch(pattern, copy.name), (where, copy.name)
                    assert copy not in conflict_copies, f"{where}: {copy.name} written twice"
                    check(copy)
                    mine = read_preparation(copy, PREP_ID)
                    assert mine.title == f"titel van {me} in ronde {round_}", where
                    conflict_copies[copy] = mine.title
                else:
                    assert (done["conflicts"], done["conflict_copy"]) == ([], None), where
                started = time.monotonic()
                check(path)
                found = query(path, f"SELECT {COLUMNS} FROM preparations WHERE id = ?", PREP_ID)
                assert found == [(title, latest["anne"], latest["bram"])], where
                parent_time += time.monotonic() - started
        for child in players.values():
            child.send("stop")
            child.finish()
    finally:
        for child in players.values():
            child.discard()
    print(f"\nparent checks took {parent_time:.1f} s")
    assert len(conflict_copies) == ROUNDS // 5
    for copy, copied_title in conflict_copies.items():
        check(copy)
        assert read_preparation(copy, PREP_ID).title == copied_title, copy.name
