"""Faults found in review: fonts, marks, characters beyond U+FFFF, bidi overrides, the pitch."""

import io

import pypdf

from nlinkoop.briefing.compose import Run, Section, compose, shorten
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.briefing.render import render
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from tests.briefing.conftest import info


def _page(pdf: bytes) -> pypdf.PageObject:
    (page,) = pypdf.PdfReader(io.BytesIO(pdf)).pages
    return page


def assert_fonts_embedded(pdf: bytes) -> None:
    page = _page(pdf)
    missing = []
    for name, ref in page["/Resources"]["/Font"].items():
        font = ref.get_object()
        descendants = [d.get_object() for d in font.get("/DescendantFonts", [])]
        descriptors = [f.get("/FontDescriptor") for f in (font, *descendants)]
        if not any(d is not None and "/FontFile2" in d.get_object() for d in descriptors):
            missing.append(f"{name} {font.get('/BaseFont')}")
    assert missing == []


def test_every_font_is_embedded() -> None:
    prep = Preparation(title="Jaargesprek")
    prep.checklist.red_lines = [TextItem("Geen exclusiviteit")]
    assert_fonts_embedded(render(compose(prep, BriefingLabels(), info())).pdf)


def test_bullets_extract_as_bullets_not_as_a_control_character() -> None:
    prep = Preparation()
    prep.checklist.red_lines = [TextItem("Geen exclusiviteit")]
    text = _page(render(compose(prep, BriefingLabels(), info())).pdf).extract_text()
    assert "\x7f" not in text


def test_a_cut_paragraph_carries_the_only_mark() -> None:
    section = Section("agenda", "Agenda", ((Run("woord " * 100),), (Run("tweede"),)))
    short = shorten(section, 200, "MARK")
    marks = [run for paragraph in short.paragraphs for run in paragraph if "MARK" in run.text]
    assert len(marks) == 1
    assert len(short.paragraphs) == 1


def test_a_character_the_font_has_outside_the_bmp_survives_text_extraction() -> None:
    prep = Preparation(title="blij 😀 gezicht")  # DejaVu Sans has U+1F600
    text = _page(render(compose(prep, BriefingLabels(), info())).pdf).extract_text()

    assert "blij 😀 gezicht" in text or "blij \ufffd gezicht" in text


def test_bidi_override_characters_are_removed() -> None:
    prep = Preparation(title="factuur\u202efdp.exe")
    text = _page(render(compose(prep, BriefingLabels(), info())).pdf).extract_text()
    assert "\u202e" not in text


def test_a_long_pitch_is_not_clipped_before_the_page_is_measured() -> None:
    # Only the page cuts it, with the mark (tests/briefing/test_render_pitch.py).
    profile = PitchProfile(pitch="lang " * 200)
    briefing = compose(Preparation(), BriefingLabels(), info(profile))
    (pitch,) = (s for s in briefing.sections if s.key == "pitch")
    assert pitch.paragraphs[0][0].text == profile.pitch.strip()
    assert briefing.shortened == ()
