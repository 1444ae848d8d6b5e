"""The briefing PDF, read back with pypdf: one A4 page, the texts in order, user text as text."""

import contextlib
import io
import os
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlinkoop.briefing import render as render_module
from nlinkoop.briefing.compose import Briefing, BriefingInfo, compose
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.briefing.render import REPLACEMENT, SIZES, Rendered, render, write
from nlinkoop.domain.common import Party, Priority, TextItem
from nlinkoop.domain.conditions import AgendaItem, Alternative, Side, Topic
from nlinkoop.domain.interests import Interest, Uncertainty
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import (
    Kraljic,
    Meeting,
    Opening,
    Participant,
    Portfolio,
    Preparation,
    SupplierView,
)
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.wishes import Wish, WorthIt
from nlinkoop.resources import resource_path
from tests.briefing.conftest import info
from tests.briefing.test_compose import ENGLISH_TITLES
from tests.briefing.test_render_faults import assert_fonts_embedded
from tests.strategies import preparations, profiles

A4_POINTS = (595.28, 841.89)
FONTS = resource_path("fonts").resolve()

# --- Reading a PDF back ----------------------------------------------------------------------


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def text_of(pdf: bytes) -> str:
    (page,) = pages(pdf)
    return str(page.extract_text())


def flat(text: str) -> str:
    """The text without any whitespace: lines wrap wherever the layout wants."""
    return "".join(text.split())


def assert_one_a4_page(pdf: bytes) -> None:
    found = pages(pdf)
    assert len(found) == 1
    box = found[0].mediabox
    assert float(box.left) == pytest.approx(0, abs=1)
    assert float(box.bottom) == pytest.approx(0, abs=1)
    assert float(box.width) == pytest.approx(A4_POINTS[0], abs=1)
    assert float(box.height) == pytest.approx(A4_POINTS[1], abs=1)


def assert_in_order(text: str, expected: list[str]) -> None:
    """Each of `expected` occurs in `text` (whitespace ignored), each after the one before."""
    haystack, position = flat(text), 0
    for wanted in expected:
        found = haystack.find(flat(wanted), position)
        assert found >= 0, f"{wanted!r} missing, or not after {haystack[:position][-80:]!r}"
        position = found + len(flat(wanted))


def image_xobjects(pdf: bytes) -> list[str]:
    found = []
    for page in pages(pdf):
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for name, ref in (xobjects.get_object() if xobjects else {}).items():
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(str(name))
    return found


def assert_nothing_active(pdf: bytes) -> None:
    """No images, links, actions or scripts: user text never became any of them."""
    assert image_xobjects(pdf) == []
    for needle in (b"/Subtype /Image", b"/Subtype/Image", b"/Annots", b"/URI", b"/JavaScript"):
        assert needle not in pdf
    # Shorter names only outside the (compressed, binary) streams, where they cannot occur by
    # chance.
    objects = re.sub(rb"stream\r?\n.*?endstream", b"", pdf, flags=re.DOTALL)
    assert re.search(rb"/(JS|AA|Launch|OpenAction|XObject|Link|Action|S /URI)\b", objects) is None


def briefing_of(prep: Preparation, labels: BriefingLabels | None = None, **kw: Any) -> Briefing:
    return compose(prep, labels or BriefingLabels(), info(**kw))


# --- The example workbook --------------------------------------------------------------------


def example_briefings(
    examples: list[tuple[Preparation, PitchProfile | None]], labels: BriefingLabels
) -> Iterator[tuple[Preparation, Briefing]]:
    for prep, profile in examples:
        yield prep, compose(prep, labels, info(profile, file_name="Voorbeeld.db"))


def key_texts(prep: Preparation, briefing: Briefing, labels: BriefingLabels) -> list[str]:
    """User texts in the order the page shows them: header, opening, then the sections."""
    parties, priorities = list(Party), list(Priority)
    interests = sorted(
        prep.interests, key=lambda i: (parties.index(i.party), priorities.index(i.priority))
    )
    topics = sorted(prep.capacity.topics, key=lambda t: priorities.index(t.priority))
    alternatives = sorted(prep.capacity.alternatives, key=lambda a: a.side is not Side.OURS)
    wishes = [w.description for w in prep.wishes if w.description.strip()]
    follow = {
        "positioning": list(labels.positioning_reminders),
        "interests": [i.what for i in interests],
        "uncertainties": [u.what for u in prep.uncertainties],
        "agenda": [a.topic for a in prep.opportunity.agenda],
        "topics": [t.name for t in topics],
        "alternatives": [a.description for a in alternatives],
        "wish": wishes[:1],
        "principles": [labels.principle_names[p.principle] for p in prep.checklist.principles],
        "pressure": [labels.questions[q.question] for q in prep.checklist.pressure],
        "red_lines": [r.text for r in prep.checklist.red_lines],
        "pitch": [],
        "portfolio": [prep.portfolio.note],
    }
    keys = [prep.title, prep.counterparty, prep.meeting.place]
    keys += [labels.opening, prep.opening.come_to_do, prep.opening.come_to_get]
    for section in briefing.sections:
        keys += [section.title, *follow[section.key]]
    return [key.strip() for key in keys if key.strip()]


@pytest.mark.parametrize("language", ["dutch", "english"])
def test_every_example_fits_one_a4_page_without_cuts(
    request: pytest.FixtureRequest,
    examples: list[tuple[Preparation, PitchProfile | None]],
    language: str,
) -> None:
    labels: BriefingLabels = request.getfixturevalue(language)
    for prep, briefing in example_briefings(examples, labels):
        rendered = render(briefing)
        assert_one_a4_page(rendered.pdf)
        assert rendered.shortened == (), prep.title
        assert rendered.font_size in SIZES
        assert labels.cut_mark not in text_of(rendered.pdf)
        assert_nothing_active(rendered.pdf)
        assert_fonts_embedded(rendered.pdf)


@pytest.mark.parametrize("language", ["dutch", "english"])
def test_every_example_shows_its_texts_in_reading_order(
    request: pytest.FixtureRequest,
    examples: list[tuple[Preparation, PitchProfile | None]],
    language: str,
) -> None:
    labels: BriefingLabels = request.getfixturevalue(language)
    for prep, briefing in example_briefings(examples, labels):
        text = text_of(render(briefing).pdf)
        assert len(briefing.sections) >= 8
        assert_in_order(text, key_texts(prep, briefing, labels))


def test_every_example_shows_all_its_briefing_texts(
    dutch: BriefingLabels, examples: list[tuple[Preparation, PitchProfile | None]]
) -> None:
    """Nothing is cut for the examples, so every text compose puts on the page is there."""
    for _, briefing in example_briefings(examples, dutch):
        text = flat(text_of(render(briefing).pdf))
        assert briefing.opening is not None
        for part in (briefing.opening, *briefing.sections):
            for paragraph in part.paragraphs:
                for run in paragraph:
                    assert flat(run.text) in text, (part.key, run.text)
        for line in (*briefing.header, briefing.footer):
            assert flat("".join(run.text for run in line)) in text


def test_the_dutch_example_reads_like_the_workbook(
    dutch: BriefingLabels, examples: list[tuple[Preparation, PitchProfile | None]]
) -> None:
    (prep, profile), *_ = (e for e in examples if e[0].counterparty.startswith("Nexolan"))
    text = text_of(render(compose(prep, dutch, info(profile))).pdf)
    assert_in_order(
        text,
        [
            "BRIEFING",
            "Onderhandelingsronde ICT-beheer basisscholen",
            "Nexolan ICT B.V.",
            "dinsdag 19 januari 2027",
            "Opening",
            "Wat we komen doen:",
            "Belangen",
            "Onzekerheden om te benoemen",
            "Agenda",
            "Onderwerpen en uitruil",
            "Alternatieven",
            "De ene wens",
            "20 × € 1.500,00 per punt = € 30.000,00",
            "Relationele principes: wat ik doe",
            "Bij druk",
            "Rode lijnen",
            "Mijn inkooppitch",
            "Portfoliopositie",
        ],
    )


# --- As much content as the workbook can hold ------------------------------------------------

WORDS = [
    *("aanbesteding", "leverancier", "onderhandeling", "belangen", "vertrouwen", "gemeente"),
    *("contract", "prijs", "kwaliteit", "samenwerking", "overdracht", "technicus", "planning"),
    *("risico", "ĳzer", "café", "één", "zeeën", "€ 1.250,00", "inkoopadviseur", "schoonmaak"),
    *("verduurzaming", "ketenpartner", "'offerte'", '"gunning"', "meerjarenbegroting"),
    *("scholen", "–", ",", ".", ";", ":", "?"),
]


def dutchish(rng: random.Random, length: int) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < length:
        words.append(rng.choice(WORDS))
    return " ".join(words)


def maximal_preparation() -> tuple[Preparation, PitchProfile]:
    rng = random.Random(2026)

    def t(length: int = 3000) -> str:
        return dutchish(rng, length)

    prep = Preparation(
        title=t(),
        counterparty=t(),
        organisation=t(),
        meeting=Meeting(place=t()),
        participants=[Participant(side, t(400), t(200)) for side in [*Side] * 15],
        internal_client=t(),
        context=Context.PUBLIC,
        procedure=Procedure.COMPETITIVE_DIALOGUE,
        portfolio=Portfolio(Kraljic.STRATEGIC, SupplierView.NUISANCE, t(5000)),
        opening=Opening(t(6000), t(6000)),
        updated_by=t(500),
    )
    parties, priorities = list(Party), list(Priority)
    prep.interests = [Interest(parties[n % 4], t(), t(), priorities[n % 3]) for n in range(60)]
    prep.uncertainties = [Uncertainty(t(), parties[n % 4], t()) for n in range(30)]
    prep.opportunity.agenda = [AgendaItem(t(), n, t(300)) for n in range(40)]
    prep.capacity.topics = [
        Topic(t(), priorities[n % 3], t(), t(), if_you=t(), then_we=t()) for n in range(40)
    ]
    prep.capacity.alternatives = [Alternative([*Side][n % 2], t(), t()) for n in range(20)]
    prep.wishes = [
        Wish(t(), t(), t(), t(), Decimal("21600"), 20, Decimal("1500"), True, WorthIt.DOUBT)
        for _ in range(6)
    ]
    for principle in prep.checklist.principles:
        principle.action = t()
    for answer in prep.checklist.pressure:
        answer.answer = t()
    prep.checklist.red_lines = [TextItem(t()) for _ in range(30)]
    profile = PitchProfile(person=t(300), pitch=t(4000))
    prep.profile_id = profile.id
    return prep, profile


@pytest.fixture(scope="module")
def maximal(dutch: BriefingLabels) -> tuple[Briefing, Rendered]:
    prep, profile = maximal_preparation()
    briefing = compose(prep, dutch, info(profile))
    return briefing, render(briefing)


def test_the_maximal_preparation_still_fits_one_page(
    maximal: tuple[Briefing, Rendered],
) -> None:
    _, rendered = maximal
    assert_one_a4_page(rendered.pdf)
    assert rendered.font_size == SIZES[-1]
    assert_nothing_active(rendered.pdf)


def test_the_maximal_preparation_is_cut_with_a_visible_mark(
    maximal: tuple[Briefing, Rendered],
) -> None:
    briefing, rendered = maximal
    labels = briefing.labels
    text = flat(text_of(rendered.pdf))
    assert flat(labels.cut_mark) in text
    assert text.count(flat(labels.cut_mark)) >= len(rendered.shortened)
    assert briefing.opening is not None
    order = [labels.header, briefing.opening.title, *(s.title for s in briefing.sections)]
    assert list(rendered.shortened) == [t for t in order if t in rendered.shortened]
    big = {*order} - {labels.pitch}  # the pitch is one sentence: small whatever the profile
    assert big <= set(rendered.shortened)


def test_the_maximal_preparation_drops_no_section(maximal: tuple[Briefing, Rendered]) -> None:
    briefing, rendered = maximal
    assert briefing.opening is not None
    titles = [briefing.opening.title, *(s.title for s in briefing.sections)]
    assert len(titles) == 12
    assert_in_order(text_of(rendered.pdf), [briefing.labels.document.upper(), *titles])


# --- User text is never markup ---------------------------------------------------------------

HOSTILE = [
    '<img src="/etc/passwd"/>',
    '<img src="http://example.invalid/x.png" width="9" height="9"/>',
    '<a href="javascript:alert(1)">x</a>',
    '<link href="https://example.invalid">link</link>',
    "<font size=500>",
    "<b>unclosed",
    "</para>",
    "&bogus;",
    "&amp;lt;",
    "<br/>",
    "]]>",
    "<![CDATA[x]]>",
]


def hostile_preparation(text: str) -> Preparation:
    prep = Preparation(title=text, counterparty=text, internal_client=text)
    prep.opening.come_to_do = text
    prep.interests = [Interest(what=text, why=text)]
    prep.checklist.red_lines = [TextItem(text)]
    return prep


@pytest.mark.parametrize("text", HOSTILE)
def test_markup_in_user_text_is_shown_literally(text: str) -> None:
    rendered = render(briefing_of(hostile_preparation(text), file_name=text[:60]))
    assert_one_a4_page(rendered.pdf)
    # title, counterparty, internal client, opening, interest (what and why), red line
    assert flat(text_of(rendered.pdf)).count(flat(text)) >= 7
    assert_nothing_active(rendered.pdf)


def test_all_the_markup_at_once_is_shown_literally() -> None:
    text = " ".join(HOSTILE)
    prep = hostile_preparation(text)
    prep.title = prep.counterparty = prep.internal_client = "Gewoon"
    rendered = render(briefing_of(prep))
    shown = flat(text_of(rendered.pdf))
    assert shown.count(flat(text)) == 4  # opening, the interest's what and why, red line
    assert_nothing_active(rendered.pdf)


# --- Unusual text ----------------------------------------------------------------------------


def test_a_100000_character_word_is_cut_on_one_page() -> None:
    word = "x" * 100_000
    prep = Preparation(title=word, counterparty=word)
    prep.interests = [Interest(what=word)]
    prep.checklist.red_lines = [TextItem("een gewone regel")]
    rendered = render(briefing_of(prep))
    assert_one_a4_page(rendered.pdf)
    text = flat(text_of(rendered.pdf))
    assert "eengewoneregel" in text
    assert "Header" in rendered.shortened
    assert "Key interests" in rendered.shortened
    assert text.count(flat(BriefingLabels().cut_mark)) >= 3


@pytest.fixture(scope="module")
def unusual() -> str:
    """The page's text for a preparation full of characters a layout can trip over."""
    prep = Preparation(
        title="duim 👍🏽 eenhoorn 🦄 einde",
        counterparty="Hebreeuws שלום עולם Arabisch مرحبا بالعالم",
        internal_client="nul\x00bel\x07escape\x1bklaar",
    )
    prep.opening.come_to_do = "los\ud800half\udfffeinde"
    prep.opening.come_to_get = "familie 👨\u200d👩\u200d👧 samen\u200dgevoegd"
    prep.interests = [Interest(what="tab\there\r\nregel\rnieuw\x0bverticaal\x0cpagina")]
    prep.checklist.red_lines = [TextItem("del\x7fc1\x85c1\x9fbidi\u202eomgekeerd")]
    rendered = render(briefing_of(prep))
    assert_one_a4_page(rendered.pdf)
    return text_of(rendered.pdf)


def test_characters_the_font_lacks_become_the_replacement_character(unusual: str) -> None:
    assert f"duim{REPLACEMENT}{REPLACEMENT}eenhoorn{REPLACEMENT}einde" in flat(unusual)


def test_lone_surrogates_become_the_replacement_character(unusual: str) -> None:
    assert f"los{REPLACEMENT}half{REPLACEMENT}einde" in flat(unusual)


def test_control_characters_are_removed(unusual: str) -> None:
    assert "nulbelescapeklaar" in flat(unusual)
    assert "tabhereregelnieuwverticaalpagina" in flat(unusual)
    assert "delc1c1bidi" in flat(unusual)
    for control in "\x00\x07\x1b\x0b\x0c\x85\x9f\r\t":
        assert control not in unusual


def test_right_to_left_text_and_joiners_are_drawn(unusual: str) -> None:
    shown = flat(unusual)
    assert set("שלוםעולם") <= set(shown)
    assert "Hebreeuws" in shown
    assert "Arabisch" in shown
    assert "samengevoegd" in shown.replace("\u200d", "")
    assert "familie" in shown


# --- No file but the fonts, no network -------------------------------------------------------

Events = list[tuple[str, tuple[Any, ...]]]
_recorded: Events | None = None  # where the audit hook records, while a test wants it to
_hooked = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    # socket.gethostname reads this computer's own name (temporary file names carry it): no
    # network. Every other socket event is.
    network = event.startswith(("socket.", "urllib.")) and event != "socket.gethostname"
    if _recorded is not None and (event == "open" or network):
        _recorded.append((event, args))


@pytest.fixture
def recording() -> Iterator[Callable[[], contextlib.AbstractContextManager[Events]]]:
    """Record file opens and network calls inside `with recording() as events:`.

    An audit hook cannot be removed, so it is added once and records only inside the block.
    """
    global _hooked, _recorded
    if not _hooked:
        sys.addaudithook(_audit)
        _hooked = True

    @contextlib.contextmanager
    def record() -> Iterator[Events]:
        global _recorded
        events: Events = []
        _recorded = events
        try:
            yield events
        finally:
            _recorded = None

    try:
        yield record
    finally:
        _recorded = None


def opened_paths(events: Events) -> list[tuple[Path, str]]:
    found = []
    for event, args in events:
        if event == "open" and not isinstance(args[0], int):
            found.append((Path(os.fsdecode(args[0])).resolve(), str(args[1])))
    return found


def test_rendering_opens_only_the_fonts_and_no_network(
    recording: Callable[[], contextlib.AbstractContextManager[Events]],
) -> None:
    prep = hostile_preparation(" ".join(HOSTILE))
    prep.counterparty = "https://example.invalid/leverancier"
    briefing = briefing_of(prep, profile=PitchProfile(pitch="http://example.invalid/pitch."))
    render(briefing)  # import and measure everything once, before recording
    render_module._fonts.cache_clear()  # so that the fonts are read again, while recording
    with recording() as events:
        render(briefing)
    assert [event for event, _ in events if event != "open"] == []
    opened = opened_paths(events)
    assert sorted(path.name for path, _ in opened) == [
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans.ttf",
    ]
    assert all(path.parent == FONTS and "w" not in mode for path, mode in opened)


def test_writing_opens_only_the_output_folder(
    tmp_path: Path, recording: Callable[[], contextlib.AbstractContextManager[Events]]
) -> None:
    briefing = briefing_of(hostile_preparation(" ".join(HOSTILE)))
    render(briefing)
    with recording() as events:
        rendered = write(briefing, tmp_path / "b.pdf")
    assert rendered.pdf == (tmp_path / "b.pdf").read_bytes()
    assert [event for event, _ in events if event != "open"] == []
    opened = opened_paths(events)
    assert opened  # the hook saw the temporary file being written
    folder = tmp_path.resolve()
    assert [path for path, _ in opened if not (path == folder or path.parent == folder)] == []


# --- Writing the file ------------------------------------------------------------------------


def test_write_leaves_exactly_the_pdf(tmp_path: Path) -> None:
    target = tmp_path / "briefing.pdf"
    rendered = write(briefing_of(Preparation(title="Jaargesprek")), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]
    assert target.read_bytes() == rendered.pdf
    assert_one_a4_page(target.read_bytes())
    write(briefing_of(Preparation(title="Opnieuw")), target)  # replaces, no leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.pdf"]
    assert "Opnieuw" in text_of(target.read_bytes())


def test_write_to_a_missing_folder_raises_oserror(tmp_path: Path) -> None:
    target = tmp_path / "bestaat niet" / "briefing.pdf"
    with pytest.raises(OSError) as raised:
        write(briefing_of(Preparation()), target)
    assert raised.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


def test_write_to_a_folder_path_raises_oserror(tmp_path: Path) -> None:
    (tmp_path / "map").mkdir()
    with pytest.raises(OSError):
        write(briefing_of(Preparation()), tmp_path / "map")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map"]
    assert list((tmp_path / "map").iterdir()) == []


# --- Any text at all -------------------------------------------------------------------------

weird = st.text(
    st.characters(categories=["Cs", "Cc", "Cf", "Co", "Cn", "Lo", "Mn", "So", "Zs", "Zl", "Zp"])
    | st.sampled_from(["<", ">", "&", ";", '"', "/", "\n", "\r", " ", "€", "ĳ", "😀"]),
    max_size=300,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(prep=preparations(), profile=st.none() | profiles(), text=weird, file_name=st.text())
def test_any_text_gives_one_page(
    prep: Preparation, profile: PitchProfile | None, text: str, file_name: str
) -> None:
    prep.title = text + prep.title
    prep.counterparty = text
    prep.opening.come_to_do = text + prep.opening.come_to_do
    prep.checklist.red_lines.append(TextItem(text))
    briefing = compose(
        prep, BriefingLabels(), BriefingInfo(file_name, info().generated_at, profile)
    )
    rendered = render(briefing)
    assert_one_a4_page(rendered.pdf)
    assert rendered.font_size in SIZES
    assert set(rendered.shortened) <= {briefing.labels.header, *ENGLISH_TITLES}
    assert_nothing_active(rendered.pdf)
    shown = text_of(rendered.pdf)
    assert not {c for c in shown if unicodedata.category(c) == "Cc"} - {"\n"}
