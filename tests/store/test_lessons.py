"""`Workbook.lessons()` reads the learning log from one table, as the domain would from all."""

from pathlib import Path

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.lessons import lessons
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
