"""`Workbook.lessons()` reads the learning log from one table, as the domain would from all."""

from pathlib import Path

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.lessons import lessons, lessons_among
from nlinkoop.examples import create_example
from nlinkoop.store.workbook import Workbook


def test_the_quick_read_gives_what_loading_everything_gives(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    with Workbook.open(path) as workbook:
        reflected = next(p for p in workbook.load_all() if p.reflection.lesson)
        again = duplicate(reflected, title_suffix="2")
        again.reflection.went_badly = "Te laat begonnen"  # a reflection with only this counts
        gone = duplicate(reflected, title_suffix="weg")
        gone.reflection.lesson = "Verwijderd"
        workbook.save_all([again, gone], [])
        workbook.delete(gone.id)

        quick = workbook.lessons()
        slow = lessons(workbook.load_all())

    assert quick == slow
    assert {lesson.prep_id for lesson in quick} == {reflected.id, again.id}


def test_the_lessons_with_one_supplier_are_those_the_domain_picks(tmp_path: Path) -> None:
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    with Workbook.open(path) as workbook:
        reflected = next(p for p in workbook.load_all() if p.reflection.lesson)
        reflected.counterparty = "Smaakveld Catering"
        workbook.save(reflected)
        made = []
        for n, name in enumerate(["NEXOLAN ict bv", "Nexolán ICT Holding", "Nexolan"]):
            again = duplicate(reflected, title_suffix=str(n))
            again.counterparty, again.reflection.lesson = name, f"Les {n}"
            workbook.save(again)
            made.append(again.id)
        everything = workbook.lessons()
        names = {lesson.counterparty for lesson in everything}
        for name in [*names, "nexolan ict b.v.", "onbekend", "", "  B.V. "]:
            assert workbook.lessons(name) == lessons_among(everything, name), name
        assert len(everything) >= 4
        # the first two names are the same supplier, "Nexolan" alone is not
        assert {lesson.prep_id for lesson in workbook.lessons("Nexolan ICT")} == set(made[:2])


def test_a_lesson_names_the_meeting_it_came_from(tmp_path: Path) -> None:
    """Afronden ties the reflection to its round; the learning log shows which meeting it was."""
    path = tmp_path / "voorbeeld.db"
    create_example(path)
    with Workbook.open(path) as workbook:
        met = next(p for p in workbook.load_all() if p.meetings)
        assert met.reflection.round_id == met.meetings[0].id
        without = duplicate(met, title_suffix="zonder ronde")  # a copy has had no meeting
        without.reflection.lesson = "Zonder gesprek"
        workbook.save(without)
        quick = {lesson.prep_id: lesson.meeting for lesson in workbook.lessons()}
        slow = {lesson.prep_id: lesson.meeting for lesson in lessons(workbook.load_all())}
    assert quick == slow
    assert quick[met.id] == 1 and quick[without.id] is None
