"""The font size: the largest that fits, found with as few trial layouts as possible.

`render` starts at a predicted size and lays the page out at other sizes only when needed; these
tests lay the page out at every larger size to check that none of them fits after all.
"""

from collections.abc import Iterator

import pytest

from nlinkoop.briefing import render as render_module
from nlinkoop.briefing.compose import Briefing, compose
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.briefing.render import SIZES, render
from nlinkoop.catalog import translator
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from tests.briefing.conftest import info
from tests.briefing.test_render import example_briefings, maximal_preparation

BUDGETS = (None, 700, 500, 350)  # None: as composed; else every section cut to this budget


def contents(
    examples: list[tuple[Preparation, PitchProfile | None]],
) -> Iterator[tuple[str, Briefing]]:
    """The example's briefings in both languages, whole and shortened, and a long one cut."""
    for language in ("nl", "en"):
        labels = BriefingLabels.translated(translator(language))
        for prep, briefing in example_briefings(examples, labels):
            for budget in BUDGETS:
                cut = briefing if budget is None else briefing.with_budget(budget)
                yield f"{language} {prep.title[:20]} {budget}", cut
    prep, profile = maximal_preparation()
    long = compose(prep, BriefingLabels(), info(profile))
    for budget in (300, 200, 120):
        yield f"maximal {budget}", long.with_budget(budget)


def fits(briefing: Briefing, size: float) -> bool:
    return render_module._Page(briefing, size, render_module._Cleaner()).fits()


def test_the_chosen_size_is_the_largest_that_fits(
    examples: list[tuple[Preparation, PitchProfile | None]],
) -> None:
    sizes_seen = set()
    for name, briefing in contents(examples):
        rendered = render(briefing)
        chosen = SIZES.index(rendered.font_size)
        assert fits(briefing, rendered.font_size), name
        larger = [size for size in SIZES[:chosen] if fits(briefing, size)]
        assert not larger, f"{name}: chose {rendered.font_size} pt, but {larger} fit too"
        # The first guess is never smaller than the answer: going up relies on a rule of thumb.
        assert render_module._estimate(briefing) <= chosen, name
        sizes_seen.add(rendered.font_size)
    assert len(sizes_seen) >= 4  # the contents cover a range of sizes, not one


def test_the_examples_are_laid_out_once(
    examples: list[tuple[Preparation, PitchProfile | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The prediction lands on the size that fits, so the page is laid out once and drawn."""
    made: list[float] = []
    original = render_module._Page.__init__

    def counting(
        page: render_module._Page, briefing: Briefing, size: float, cleaned: render_module._Cleaner
    ) -> None:
        made.append(size)
        original(page, briefing, size, cleaned)

    monkeypatch.setattr(render_module._Page, "__init__", counting)
    for language in ("nl", "en"):
        labels = BriefingLabels.translated(translator(language))
        for _, briefing in example_briefings(examples, labels):
            made.clear()
            rendered = render(briefing)
            assert made == [rendered.font_size]
