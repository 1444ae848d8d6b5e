"""One voice: the Dutch speaks to the buyer as a colleague would, with "je", never "u".

And the slips a Dutch editor found stay out.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import fields

import pytest

from nlinkoop.domain.legal import Bilingual, legal_data
from nlinkoop.resources import resource_path

TS = resource_path("i18n/nlinkoop_nl.ts")

# The formal pronouns as words, in any case. Not inside a word ("menu", "uur"), not a time's
# "uu:mm", an hour ("om 9 u"), a placeholder ("{u}"), a code point ("U+2026") or "U-bocht".
FORMAL = re.compile(r"(?<![\w{+\-/])(?<!\d )(?:u|uw|uzelf)(?![\w}+\-/:])", re.IGNORECASE)


def formal_words(text: str) -> list[str]:
    """The formal pronouns in `text`; a mnemonic's "&" hides none ("&Uw naam")."""
    return FORMAL.findall(text.replace("&&", "").replace("&", ""))


@pytest.mark.parametrize(
    "text",
    [
        "Wilt u dat?",
        "Uw versie is bewaard.",
        "&Uw naam…",
        "Kijk in uw eigen inkoopbeleid.",
        "U bent vrij om te onderhandelen.",
        "En bereid uzelf voor.",
        "als u …, dan wij …",
        "Sluit u toch?",
    ],
)
def test_the_check_finds_the_formal_voice(text: str) -> None:
    assert formal_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "uu:mm",
        "Vul een tijd in als uu:mm",
        "om 9 u",
        "een U-bocht",
        "{u}",
        "U+2026",
        "Het menu, een uur, de buurt",
        "Je bent vrij; jouw versie; jij en ik",
    ],
)
def test_the_check_leaves_other_words_alone(text: str) -> None:
    assert formal_words(text) == []


def dutch_texts() -> list[tuple[str, str]]:
    """Every translation in the catalogue as (context, text), each plural form on its own."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
            found += [(context.findtext("name") or "", text) for text in forms]
    return found


def test_no_translation_says_u() -> None:
    assert [(context, text) for context, text in dutch_texts() if formal_words(text)] == []


SLIPS = {
    "a colon after a question mark": re.compile(r"\?:"),
    '"temper" is no Dutch imperative': re.compile(r"\btemper\b", re.IGNORECASE),
    '"Het waard?" is no Dutch': re.compile(r"^Het waard\?"),
    '"Alles mijn versie" is no Dutch': re.compile(r"^Alles &?(mijn|hun)"),
    '"Alleen lezen" as an adjective takes a hyphen': re.compile(r"^&?Alleen lezen"),
}


@pytest.mark.parametrize("slip", SLIPS)
def test_a_slip_a_dutch_editor_found_stays_out(slip: str) -> None:
    pattern = SLIPS[slip]
    assert [(context, text) for context, text in dutch_texts() if pattern.search(text)] == []


def test_the_legal_gate_says_je_too() -> None:
    """The gate's Dutch (from its data file) is shown in the window beside the translated texts."""
    data = legal_data()
    dutch = [threshold.what.nl for threshold in data.thresholds]
    dutch += [article.about.nl for article in (*data.value_articles, *data.national_articles)]
    for entry in data.entries.values():
        dutch += [article.about.nl for article in entry.articles]
        dutch += [text.nl for text in entry.practice]
        for spec in fields(entry):
            value = getattr(entry, spec.name)
            if isinstance(value, Bilingual):
                dutch.append(value.nl)
    assert [text for text in dutch if formal_words(text)] == []
