"""Labels and briefing facts shared by the briefing tests."""

import datetime as dt

import pytest

from nlinkoop.briefing.compose import BriefingInfo
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.catalog import translator
from nlinkoop.domain.pitch import PitchProfile

GENERATED_AT = dt.datetime(2026, 5, 4, 9, 30)


def info(profile: PitchProfile | None = None, file_name: str = "Werkboek.db") -> BriefingInfo:
    """The facts besides the preparation, the same in every test."""
    return BriefingInfo(file_name=file_name, generated_at=GENERATED_AT, profile=profile)


@pytest.fixture(scope="session")
def english() -> BriefingLabels:
    return BriefingLabels()


@pytest.fixture(scope="session")
def dutch() -> BriefingLabels:
    return BriefingLabels.translated(translator("nl"))
