"""One-line names: cut after a whole word with an ellipsis, the same in the window and the CLI."""

from nlinkoop.domain.common import one_line
from nlinkoop.domain.wishes import WISH_NAME_CHARACTERS, Wish, wish_name


def test_short_text_stays_as_it_is_on_one_line() -> None:
    assert one_line("  Vaste\nschoonmakers  ", 50) == "Vaste schoonmakers"


def test_long_text_is_cut_after_a_whole_word() -> None:
    assert one_line("Dagschoonmaak met vaste schoonmakers in het stadskantoor", 30) == (
        "Dagschoonmaak met vaste…"
    )


def test_one_long_word_is_cut_inside_it() -> None:
    assert one_line("x" * 40, 10) == "x" * 9 + "…"


def test_a_wish_is_named_by_its_description() -> None:
    wish = Wish("ISO 14001-certificaat als gunningscriterium (overgenomen uit 2019)")
    name = wish_name(wish)
    assert len(name) <= WISH_NAME_CHARACTERS
    assert name == "ISO 14001-certificaat als gunningscriterium…"
    assert wish_name(Wish()) == ""
