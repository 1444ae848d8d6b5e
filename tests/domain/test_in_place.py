"""Taking a stored preparation into the one on screen keeps the objects the window holds."""

import copy
import dataclasses

from hypothesis import given, settings

from nlinkoop.domain.in_place import sync_rows, update_in_place
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from tests.strategies import preparations


def test_rows_are_matched_by_id_and_keep_their_objects() -> None:
    a, b, c = Interest(what="a"), Interest(what="b"), Interest(what="c")
    rows = [a, b, c]
    held = rows
    new = Interest(what="new")
    source = [dataclasses.replace(c, what="C"), new, dataclasses.replace(a)]
    assert sync_rows(rows, source)
    assert rows is held  # the same list
    assert rows[0] is c and rows[1] is new and rows[2] is a  # b is gone, new is taken
    assert [r.what for r in rows] == ["C", "new", "a"]


def test_nothing_changes_when_both_are_equal() -> None:
    prep = Preparation(title="t", interests=[Interest(what="a")])
    assert update_in_place(prep, copy.deepcopy(prep)) == set()


def test_the_changed_fields_are_named() -> None:
    prep = Preparation(title="t", interests=[Interest(what="a")])
    other = copy.deepcopy(prep)
    other.title = "u"
    other.interests[0].why = "omdat"
    other.meeting.place = "Utrecht"
    assert update_in_place(prep, other) == {"title", "interests", "meeting"}


@settings(max_examples=60, deadline=None)
@given(preparations(), preparations())
def test_the_target_ends_equal_to_the_source(mine: Preparation, theirs: Preparation) -> None:
    theirs.id = mine.id
    # some of my rows are in theirs too (a colleague's copy of the same preparation)
    if mine.interests:
        theirs.interests.insert(0, dataclasses.replace(mine.interests[0], why="hun reden"))
    kept = {row.id: row for row in mine.interests}
    update_in_place(mine, theirs)
    assert mine == theirs
    for row in mine.interests:
        if row.id in kept:
            assert row is kept[row.id]
