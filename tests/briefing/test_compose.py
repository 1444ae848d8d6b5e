"""What goes on the briefing page, in which order, and how text is clipped and shortened."""

import datetime as dt
from decimal import Decimal

import pytest

from nlinkoop.briefing.compose import (
    ATTENDEES_LIMIT,
    FOOTER_LIMIT,
    HEADER_LIMIT,
    MAX_TEXT,
    PARAGRAPH_COST,
    TITLE_LIMIT,
    Briefing,
    Run,
    Section,
    author_profile,
    clip,
    compose,
    shorten,
)
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import AgendaItem, Alternative, Side, Topic
from nlinkoop.domain.interests import Interest, Uncertainty
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Meeting, Participant, Portfolio, Preparation
from nlinkoop.domain.wishes import Wish
from tests.briefing.conftest import info
from tests.store.builders import full_preparation, full_profile

ORDER = [
    "interests",
    "uncertainties",
    "agenda",
    "topics",
    "alternatives",
    "wish",
    "principles",
    "pressure",
    "red_lines",
    "pitch",
    "portfolio",
]
DUTCH_TITLES = [
    "Opening",
    "Belangen",
    "Onzekerheden om te benoemen",
    "Agenda",
    "Onderwerpen en uitruil",
    "Alternatieven",
    "De ene wens",
    "Relationele principes: wat ik doe",
    "Bij druk",
    "Rode lijnen",
    "Mijn inkooppitch",
    "Portfoliopositie",
]
ENGLISH_TITLES = [
    "Opening statement",
    "Key interests",
    "Uncertainties to name",
    "Agenda",
    "Topics and trade-offs",
    "Alternatives",
    "The one wish",
    "Relational principles: my actions",
    "Under pressure",
    "Red lines",
    "My pitch",
    "Portfolio position",
]
MARK = "[MARK]"


def full() -> Briefing:
    profile = full_profile()
    return compose(full_preparation(profile_id=profile.id), BriefingLabels(), info(profile))


def texts(section: Section) -> list[str]:
    return ["".join(run.text for run in paragraph) for paragraph in section.paragraphs]


def section(briefing: Briefing, key: str) -> Section:
    (found,) = (s for s in briefing.sections if s.key == key)
    return found


def paragraphs(*lengths: int) -> Section:
    """A section of paragraphs of words, each paragraph `length` characters long."""
    words = [
        ("alfa bravo charlie delta echo foxtrot golf hotel " * 400)[:length].strip() or "x"
        for length in lengths
    ]
    body = tuple((Run(f"{n}: ", bold=True), Run(text)) for n, text in enumerate(words))
    return Section(key="agenda", title="Agenda", paragraphs=body)


# --- What is on the page, and in which order ---------------------------------------------------


def test_an_empty_preparation_shows_only_the_reminders(english: BriefingLabels) -> None:
    briefing = compose(Preparation(), english, info())
    assert briefing.opening is None
    assert [s.key for s in briefing.sections] == ["principles", "pressure"]
    assert briefing.title == "Untitled preparation"
    assert briefing.shortened == ()


def test_rows_without_text_are_left_out(english: BriefingLabels) -> None:
    prep = Preparation(title="Jaargesprek")
    prep.interests = [Interest(what="  ", why="alleen een waarom")]
    prep.uncertainties = [Uncertainty(what="\n", how_to_name="zo")]
    prep.opportunity.agenda = [AgendaItem(topic=" ", minutes=10, lead="Anne")]
    prep.capacity.topics = [Topic(name="", hope="veel")]
    prep.capacity.alternatives = [Alternative(Side.OURS, description=" ", improve="\t")]
    prep.wishes = [Wish(description=" ", points=3, euro_per_point=Decimal(10))]
    prep.checklist.red_lines = [TextItem(" "), TextItem("")]
    prep.portfolio = Portfolio(note="een notitie zonder positie")
    briefing = compose(prep, english, info(PitchProfile(person="Anne", pitch="  ")))
    assert briefing.opening is None
    assert [s.key for s in briefing.sections] == ["principles", "pressure"]


def test_sections_come_in_the_documented_order() -> None:
    briefing = full()
    assert briefing.opening is not None
    assert briefing.opening.key == "opening"
    assert [s.key for s in briefing.sections] == ORDER
    assert briefing.shortened == ()


@pytest.mark.parametrize(
    ("language", "titles", "untitled"),
    [("dutch", DUTCH_TITLES, "Voorbereiding zonder titel"), ("english", ENGLISH_TITLES, None)],
)
def test_the_labels_of_the_language_are_used(
    request: pytest.FixtureRequest, language: str, titles: list[str], untitled: str | None
) -> None:
    labels: BriefingLabels = request.getfixturevalue(language)
    profile = full_profile()
    briefing = compose(full_preparation(profile_id=profile.id), labels, info(profile))
    assert briefing.opening is not None
    assert [briefing.opening.title, *(s.title for s in briefing.sections)] == titles
    assert briefing.labels is labels
    assert compose(Preparation(), labels, info()).title == (untitled or "Untitled preparation")


def test_the_dutch_header_spells_out_the_date(dutch: BriefingLabels) -> None:
    prep = Preparation(counterparty="Nexolan ICT B.V.")
    prep.meeting = Meeting(dt.date(2027, 1, 19), dt.time(13, 30), dt.time(15, 0), "Waalmeer")
    prep.participants = [
        Participant(Side.OURS, "Sanne", "inkoper"),
        Participant(Side.THEIRS, "Bas"),
    ]
    header = ["".join(run.text for run in line) for line in compose(prep, dutch, info()).header]
    assert header[0] == "Nexolan ICT B.V.  ·  dinsdag 19 januari 2027  ·  13:30–15:00  ·  Waalmeer"
    assert header[1] == "Aanwezig: wij: Sanne (inkoper)  ·  zij: Bas"


def test_the_dutch_cut_mark(dutch: BriefingLabels, english: BriefingLabels) -> None:
    assert dutch.cut_mark == "… meer in werkboek"
    assert english.cut_mark == "… more in workbook"
    title = compose(Preparation(title="woord " * 100), dutch, info()).title
    assert title.endswith(" … meer in werkboek")


# --- clip ------------------------------------------------------------------------------------


def test_clip_leaves_text_within_the_limit_alone() -> None:
    assert clip("een twee drie", 13, MARK) == ("een twee drie", False)
    assert clip("", 0, MARK) == ("", False)


def test_clip_cuts_at_a_word_boundary_and_adds_the_mark() -> None:
    text, cut = clip("een twee drie vier vijf", 16, MARK)
    assert cut
    assert text == f"een twee drie {MARK}"


def test_clip_cuts_after_the_last_whole_word_before_a_newline() -> None:
    assert clip("eerste regel\nnog een regel", 16, MARK) == (f"eerste regel {MARK}", True)


def test_clip_cuts_inside_a_single_overlong_word() -> None:
    assert clip("x" * 500, 20, MARK) == ("x" * 20 + f" {MARK}", True)
    # A space early in the text does not make the rest of the limit go to waste.
    assert clip("ab " + "y" * 500, 20, MARK) == ("ab " + "y" * 17 + f" {MARK}", True)


# --- shorten ---------------------------------------------------------------------------------


def test_shorten_leaves_a_section_within_the_budget_alone() -> None:
    whole = paragraphs(100, 100)
    assert shorten(whole, whole.size, MARK) is whole


def test_shorten_keeps_paragraphs_in_order_and_ends_in_the_mark() -> None:
    whole = paragraphs(200, 200, 200, 200, 200)
    cost = 200 + 3 + PARAGRAPH_COST  # "0: " and the paragraph's own cost
    short = shorten(whole, 2 * cost + PARAGRAPH_COST + 100, MARK)
    assert short.shortened
    assert short.title == "Agenda"
    assert short.paragraphs[:2] == whole.paragraphs[:2]
    third = short.paragraphs[2]
    assert third[0] == whole.paragraphs[2][0]  # the bold "2: " run is kept as it was
    kept = third[1].text.strip()
    assert len(kept) <= 100
    assert whole.paragraphs[2][1].text.startswith(kept)
    assert whole.paragraphs[2][1].text[len(kept)] == " "  # cut at a word boundary
    assert third[-1].text.strip() == MARK
    assert third[-1].italic
    assert short.paragraphs[-1][-1].text.strip() == MARK
    later = {"".join(r.text for r in p) for p in whole.paragraphs[3:]}
    assert not later & {"".join(r.text for r in p) for p in short.paragraphs}


def test_shorten_shows_only_the_mark_when_too_little_of_a_paragraph_fits() -> None:
    whole = paragraphs(200, 200)
    first = 200 + 3 + PARAGRAPH_COST
    short = shorten(whole, first + PARAGRAPH_COST + 5, MARK)
    assert short.paragraphs == (whole.paragraphs[0], (Run(MARK, italic=True),))


@pytest.mark.parametrize("lengths", [(5,), (200, 200), (20_000,)])
def test_shorten_to_nothing_keeps_the_title_and_the_mark(lengths: tuple[int, ...]) -> None:
    whole = paragraphs(*lengths)
    short = shorten(whole, 0, MARK)
    assert (short.key, short.title) == (whole.key, whole.title)
    assert short.paragraphs == ((Run(MARK, italic=True),),)
    assert short.shortened


def test_a_briefing_cut_to_no_budget_keeps_every_section() -> None:
    briefing = full()
    assert briefing.opening is not None
    bare = briefing.with_budget(0)
    assert bare.opening is not None
    assert [s.title for s in bare.sections] == [s.title for s in briefing.sections]
    assert bare.shortened == (briefing.opening.title, *(s.title for s in briefing.sections))
    mark = briefing.labels.cut_mark
    for part in (bare.opening, *bare.sections):
        assert part.paragraphs == ((Run(mark, italic=True),),)


# --- Header, footer and very long texts ------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "limit"),
    [
        ("title", TITLE_LIMIT),
        ("counterparty", HEADER_LIMIT),
        ("place", HEADER_LIMIT),
        ("internal_client", ATTENDEES_LIMIT),
        ("participant", ATTENDEES_LIMIT),
        ("updated_by", FOOTER_LIMIT),
    ],
)
def test_header_fields_over_their_limit_are_clipped_and_reported(
    english: BriefingLabels, field: str, limit: int
) -> None:
    long = "leverancier " * 40  # 480 characters, more than any limit
    prep = Preparation(title="Jaargesprek")
    if field == "place":
        prep.meeting.place = long
    elif field == "participant":
        prep.participants = [Participant(Side.THEIRS, long)]
    else:
        setattr(prep, field, long)
    briefing = compose(prep, english, info())
    assert briefing.shortened == ("Header",)
    runs = [Run(briefing.title), *(run for line in briefing.header for run in line)]
    runs += briefing.footer
    assert any(run.text.endswith(f" {english.cut_mark}") for run in runs)
    most = limit // len("leverancier ") + 1
    assert all(run.text.count("leverancier") <= most for run in runs)


def test_short_header_fields_are_not_reported(english: BriefingLabels) -> None:
    prep = Preparation(title="t" * TITLE_LIMIT, counterparty="c" * HEADER_LIMIT)
    briefing = compose(prep, english, info(file_name="f" * FOOTER_LIMIT))
    assert briefing.title == "t" * TITLE_LIMIT
    assert briefing.shortened == ()


def test_a_long_file_name_is_clipped_in_the_footer(english: BriefingLabels) -> None:
    briefing = compose(Preparation(), english, info(file_name="map/" + "werkboek" * 20 + ".db"))
    footer = "".join(r.text for r in briefing.footer)
    assert english.cut_mark in footer
    assert briefing.shortened == ("Header",)


def test_a_text_longer_than_the_page_could_show_is_cut_and_reported(
    english: BriefingLabels,
) -> None:
    prep = Preparation()
    prep.interests = [Interest(what="woord " * (MAX_TEXT // 3))]
    briefing = compose(prep, english, info())
    interests = section(briefing, "interests")
    assert interests.shortened
    assert briefing.shortened == ("Key interests",)
    assert sum(len(r.text) for r in interests.paragraphs[0]) <= MAX_TEXT + 20


# --- The wish, the pitch ---------------------------------------------------------------------


def test_the_wish_shows_its_worth_in_dutch_money(dutch: BriefingLabels) -> None:
    prep = Preparation()
    prep.wishes = [
        Wish(
            "Plan van aanpak service op locatie",
            customer_value="Leerkrachten sneller geholpen",
            points=7,
            euro_per_point=Decimal("1234.50"),
            cost_to_score=Decimal("21600"),
        )
    ]
    wish = texts(section(compose(prep, dutch, info()), "wish"))
    assert wish[0] == "Plan van aanpak service op locatie"
    assert wish[1] == "7 × € 1.234,50 per punt = € 8.641,50; scoren kost € 21.600,00"
    assert wish[2] == "Leerkrachten sneller geholpen"
    assert not any("temper" in text for text in wish)


def test_more_than_one_wish_asks_to_temper(dutch: BriefingLabels, english: BriefingLabels) -> None:
    prep = Preparation()
    prep.wishes = [Wish("Eerste wens"), Wish("  "), Wish("Tweede wens"), Wish("Derde wens")]
    for labels in (dutch, english):
        wish = texts(section(compose(prep, labels, info()), "wish"))
        assert wish == ["Eerste wens", labels.more_wishes.format(n=3)]  # blank wishes don't count
    english_wish = texts(section(compose(prep, english, info()), "wish"))
    assert english_wish[-1] == "More than one wish (3 in all): temper to one"
    dutch_wish = texts(section(compose(prep, dutch, info()), "wish"))
    assert dutch_wish[-1] == "Meer dan één wens (3 in totaal): beperk tot één"


def test_a_wish_of_one_point_reads_well_in_both_languages(
    dutch: BriefingLabels, english: BriefingLabels
) -> None:
    prep = Preparation()
    prep.wishes = [Wish("Eén wens", points=1, euro_per_point=Decimal("500"))]
    assert texts(section(compose(prep, dutch, info()), "wish"))[1] == (
        "1 × € 500,00 per punt = € 500,00"
    )
    assert texts(section(compose(prep, english, info()), "wish"))[1] == (
        "1 × € 500,00 per point = € 500,00"
    )


def test_author_profile_is_the_linked_one() -> None:
    first, second = full_profile("a"), full_profile("b")
    prep = Preparation(profile_id=second.id)
    assert author_profile(prep, [first, second]) is second
    assert author_profile(Preparation(), [first, second]) is None
    assert author_profile(Preparation(profile_id="onbekend"), [first, second]) is None
    assert author_profile(prep, []) is None


def test_the_profile_gives_the_author_and_the_whole_pitch(english: BriefingLabels) -> None:
    pitch = "Ik koop in voor negen scholen. Samen, niet tegenover.\nEerlijk over wat we niet weten."
    profile = PitchProfile(person="Sanne de Vries", pitch=f"  {pitch}\n")
    briefing = compose(Preparation(updated_by="sdevries"), english, info(profile))
    pitch_section = section(briefing, "pitch")
    assert texts(pitch_section) == [pitch]  # every sentence and line: the page decides what fits
    assert not pitch_section.shortened
    footer = "".join(r.text for r in briefing.footer)
    assert footer.startswith("Author: Sanne de Vries   Made: 04-05-2026 09:30   File: Werkboek.db")
    without = "".join(
        r.text for r in compose(Preparation(updated_by="sdevries"), english, info()).footer
    )
    assert without.startswith("Author: sdevries   ")


def test_a_long_pitch_is_shortened_like_any_section_with_the_mark(english: BriefingLabels) -> None:
    sentences = " ".join(f"Zin nummer {n} over hoe ik inkoop." for n in range(40))
    profile = PitchProfile(person="Jan", pitch=sentences)
    briefing = compose(Preparation(profile_id=profile.id), english, info(profile))
    cut = section(briefing.with_budget(300), "pitch")
    assert cut.shortened
    assert "".join(texts(cut)).endswith(english.cut_mark)
    assert section(briefing.with_budget(len(sentences) + 100), "pitch").shortened is False


def test_a_title_of_only_control_characters_counts_as_no_title(english: BriefingLabels) -> None:
    assert compose(Preparation(title="\x00\x07 \u200b"), english, info()).title == english.untitled
