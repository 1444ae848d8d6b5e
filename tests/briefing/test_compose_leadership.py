"""The briefing's pitch line and portfolio positions."""

from nlinkoop.briefing.compose import compose
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Kraljic, Portfolio, Preparation, SupplierView
from tests.briefing.conftest import info
from tests.briefing.test_compose import section, texts


def test_both_positions_in_one_line_with_the_mismatch(english: BriefingLabels) -> None:
    prep = Preparation(portfolio=Portfolio(Kraljic.STRATEGIC, SupplierView.NUISANCE, "Let op"))

    shown = texts(section(compose(prep, english, info()), "portfolio"))

    assert shown == [
        "For us (Kraljic): Strategic  ·  How they see us: Nuisance",
        "Vital to us, small to them: expect little priority.",
        "Let op",
    ]


def test_one_position_without_a_mismatch(dutch: BriefingLabels) -> None:
    prep = Preparation(portfolio=Portfolio(kraljic=Kraljic.LEVERAGE))

    shown = texts(section(compose(prep, dutch, info()), "portfolio"))

    assert shown == [f"{dutch.for_us}: Hefboom"]


def test_no_position_no_section(english: BriefingLabels) -> None:
    briefing = compose(Preparation(portfolio=Portfolio(note="alleen een notitie")), english, info())
    assert all(s.key != "portfolio" for s in briefing.sections)


def test_the_pitch_is_the_profiles_whole_pitch(english: BriefingLabels) -> None:
    profile = PitchProfile(person="Jan", pitch="Ik koop in voor de stad. Altijd eerlijk.")
    prep = Preparation(profile_id=profile.id)

    briefing = compose(prep, english, info(profile))

    assert texts(section(briefing, "pitch")) == ["Ik koop in voor de stad. Altijd eerlijk."]
    assert "".join(r.text for r in briefing.footer).startswith("Author: Jan")
