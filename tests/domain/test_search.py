import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.meeting_log import LogEntry, MeetingRound
from nlinkoop.domain.preparation import Preparation, TeamMember
from nlinkoop.domain.search import SearchIndex, fold, query_words, search_text, words


def test_folding_ignores_case_accents_and_ligatures() -> None:
    assert fold("Reïntegratie") == "reintegratie"
    assert fold("ĲZER Café") == "ijzer cafe"
    assert fold("Straße") == "strasse"


def test_words_are_runs_of_letters_and_digits() -> None:
    assert words("Reinwaard B.V., zaal 2.14!") == ["reinwaard", "b", "v", "zaal", "2", "14"]
    assert query_words("  schoon  Schoon ") == ["schoon"]
    assert query_words(" ... ") == []


def test_search_text_holds_every_free_text_once_but_no_ids_or_enums() -> None:
    prep = Preparation(title="Schoonmaak panden", counterparty="Reinwaard")
    prep.interests.append(Interest(what="Continuïteit", why="schoonmaak"))
    prep.checklist.red_lines.append(TextItem("Geen nachtwerk"))
    prep.reflection.lesson = "Luisteren"
    text = search_text(prep)
    assert text.split() == [
        "schoonmaak",
        "panden",
        "reinwaard",
        "continuiteit",
        "geen",
        "nachtwerk",
        "luisteren",
    ]
    assert prep.id not in text
    assert "must" not in text  # the interest's priority enum is not text


def test_search_text_reaches_parts_and_nested_lists() -> None:
    prep = Preparation()
    prep.capacity.long_term = "horizon"
    prep.mandate.conduct = "gedragscode"
    prep.mandate.team.append(TeamMember(name="Karin", role="manager", mandate="tekent"))
    assert search_text(prep).split() == ["horizon", "gedragscode", "karin", "manager", "tekent"]


def test_the_index_matches_all_words_anywhere_inside_words() -> None:
    index = SearchIndex({"a": "schoonmaak reinwaard", "b": "catering smaakveld", "c": ""})
    assert index.match([]) == {"a", "b", "c"}
    assert index.match(["schoon"]) == {"a"}
    assert index.match(["smaak"]) == {"b"}
    assert index.match(["aa"]) == {"a", "b"}
    assert index.match(["aa", "cater"]) == {"b"}
    assert index.match(["zzz"]) == set()


def test_typing_on_narrows_correctly_and_changes_are_seen() -> None:
    index = SearchIndex({"a": "schoonmaak", "b": "schaak", "c": "ander"})
    typed = [index.match(query_words("schoonmaak"[:n])) for n in range(1, 11)]
    assert typed[0] == {"a", "b"}  # "s"
    assert typed[2] == {"a", "b"}  # "sch"
    assert typed[-1] == {"a"}
    assert index.match(["sch"]) == {"a", "b"}  # a shorter query widens again
    index.put("c", "schoonmaker")
    assert index.match(["schoonma"]) == {"a", "c"}
    index.discard("a")
    assert index.match(["schoonma"]) == {"c"}
    result = index.match(["schoonma"])
    result.clear()  # callers get their own set
    assert index.match(["schoonma"]) == {"c"}


@given(st.text())
def test_the_ascii_shortcut_folds_as_the_full_rule_does(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    assert fold(text) == "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_only = text.encode("ascii", "ignore").decode()
    assert fold(ascii_only) == unicodedata.normalize("NFKD", ascii_only.casefold())


@given(st.lists(st.text(), max_size=6))
def test_search_text_is_the_words_of_each_field_folded_on_its_own(texts: list[str]) -> None:
    prep = Preparation(title=texts[0] if texts else "")
    prep.interests = [Interest(what=text) for text in texts[1:]]
    by_field: dict[str, None] = {}
    for text in [prep.title, *(interest.what for interest in prep.interests)]:
        decomposed = unicodedata.normalize("NFKD", text.casefold())
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        by_field.update(dict.fromkeys(re.findall(r"\w+", plain)))
    assert search_text(prep).split() == list(by_field)  # in order of first appearance


def test_the_log_is_searched_but_not_the_ids_it_links() -> None:
    prep = Preparation()
    meeting = MeetingRound(attendees="Sanne", next_meeting="januari")
    prep.meetings.append(meeting)
    prep.log.append(LogEntry(meeting.id, text="Prijs vast", owner="Erik"))
    prep.reflection.round_id = meeting.id
    text = search_text(prep)
    assert text.split() == ["sanne", "januari", "prijs", "vast", "erik"]
    assert meeting.id.split("-")[0] not in text
