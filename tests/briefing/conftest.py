"""Labels, briefing facts and the example's preparations shared by the briefing tests."""

import datetime as dt

import pytest

from nlinkoop.briefing.compose import BriefingInfo, author_profile
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.catalog import translator
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.examples import create_example
from nlinkoop.store.workbook import Workbook

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


@pytest.fixture(scope="module")
def examples(
    tmp_path_factory: pytest.TempPathFactory,
) -> list[tuple[Preparation, PitchProfile | None]]:
    """The example workbook's preparations, each with its author's pitch profile."""
    path = tmp_path_factory.mktemp("example") / "Voorbeeld.db"
    create_example(path)
    with Workbook.open(path) as workbook:
        chosen = workbook.profiles()
        preps = [workbook.load(summary.id) for summary in workbook.list_preparations()]
    assert preps
    return [(prep, author_profile(prep, chosen)) for prep in preps]
