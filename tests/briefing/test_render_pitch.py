"""The pitch on the printed page, read back with pypdf: whole while it fits, else cut and marked."""

from nlinkoop.briefing.compose import compose
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.briefing.render import render
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from tests.briefing.conftest import info
from tests.briefing.test_render import flat, text_of

LONG_PITCH = (
    "Ik ben Jan Smit, inkoper bij de gemeente. Een goed contract begint met een eerlijk gesprek "
    "over wat we echt nodig hebben. Ik kom niet voor de laagste prijs, maar voor iets dat over "
    "vier jaar nog werkt. Daarom leg ik mijn kaarten op tafel. Ik benoem wat ik niet weet en "
    "vraag hetzelfde terug. Zo bouwen we vertrouwen op, ook als het spannend wordt."
)


def pitch_on_page(pdf: bytes, labels: BriefingLabels) -> str:
    """The page's text from the pitch's heading on (the pitch is the last section here)."""
    text = flat(text_of(pdf))
    heading = flat(labels.pitch)
    assert heading in text
    return text[text.index(heading) + len(heading) :]


def test_a_long_pitch_on_a_page_with_room_shows_whole(english: BriefingLabels) -> None:
    profile = PitchProfile(person="Jan Smit", pitch=LONG_PITCH)
    prep = Preparation(title="Gesprek", profile_id=profile.id)

    rendered = render(compose(prep, english, info(profile)))

    assert rendered.shortened == ()
    shown = pitch_on_page(rendered.pdf, english)
    assert shown == flat(LONG_PITCH)  # every sentence, and no mark
    assert flat(english.cut_mark) not in flat(text_of(rendered.pdf))


def test_a_pitch_that_must_be_cut_ends_with_the_mark(english: BriefingLabels) -> None:
    # About 14,000 characters: more than the page holds even with nothing else on it.
    profile = PitchProfile(person="Jan Smit", pitch=" ".join([LONG_PITCH] * 40))
    prep = Preparation(title="Gesprek", profile_id=profile.id)

    rendered = render(compose(prep, english, info(profile)))

    assert rendered.shortened == (english.pitch,)
    shown = pitch_on_page(rendered.pdf, english)
    assert shown.endswith(flat(english.cut_mark))
    kept = shown.removesuffix(flat(english.cut_mark))
    assert len(kept) > 1000 and flat(profile.pitch).startswith(kept)


def test_the_examples_pitches_show_whole(
    examples: list[tuple[Preparation, PitchProfile | None]], dutch: BriefingLabels
) -> None:
    for prep, profile in examples:
        assert profile is not None and profile.pitch.count(".") > 1
        rendered = render(compose(prep, dutch, info(profile)))
        assert flat(profile.pitch) in flat(text_of(rendered.pdf)), prep.title
