import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from nlinkoop.domain import completeness
from nlinkoop.domain.award import AwardCriterion, SampleTender
from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import (
    ITEMS,
    Completeness,
    Section,
    has_content,
    items,
    pitch_completeness,
    progress,
    section_completeness,
)
from nlinkoop.domain.conditions import (
    AgendaItem,
    Alternative,
    CostLine,
    Criterion,
    ExplicitItem,
    FieldEntry,
    LearningCondition,
    ToDo,
    Topic,
)
from nlinkoop.domain.interests import Interest, JointOption, Uncertainty
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Participant, Preparation
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.reflection import TopicOutcome
from nlinkoop.domain.wishes import Wish
from nlinkoop.examples import EXAMPLE_JSON
from nlinkoop.interchange import loads
from nlinkoop.resources import resource_path

CONTEXTS = pytest.mark.parametrize("context", list(Context), ids=str)
Fill = Callable[[Preparation], None]


def _wish(prep: Preparation) -> Wish:
    if not prep.wishes:
        prep.wishes.append(Wish())
    return prep.wishes[0]


def _set(path: str, value: object) -> Fill:
    """Set the attribute at a dotted path."""
    *owners, name = path.split(".")

    def fill(prep: Preparation) -> None:
        target: object = prep
        for owner in owners:
            target = getattr(target, owner)
        setattr(target, name, value)

    return fill


def _add(path: str, row: Callable[[], object]) -> Fill:
    """Append a row, made when filling, to the list at a dotted path."""

    def fill(prep: Preparation) -> None:
        target: object = prep
        for name in path.split("."):
            target = getattr(target, name)
        assert isinstance(target, list)
        target.append(row())

    return fill


def _entry(key: object, attr: str, value: object, where: str) -> Fill:
    def fill(prep: Preparation) -> None:
        group, rows = where.split(".")
        entries = getattr(getattr(prep, group), rows)
        entry = next(e for e in entries if key in vars(e).values())
        setattr(entry, attr, value)

    return fill


def _wish_field(attr: str, value: object) -> Fill:
    def fill(prep: Preparation) -> None:
        setattr(_wish(prep), attr, value)

    return fill


# How a user fills each item, as the tab offers it: text typed, a row typed in, a choice made.
FILL: dict[str, Fill] = {
    "title": _set("title", "Schoonmaak"),
    "counterparty": _set("counterparty", "Reinwaard"),
    "organisation": _set("organisation", "Gemeente Zeestad"),
    "meeting.date": _set("meeting.date", dt.date(2026, 12, 8)),
    "meeting.place": _set("meeting.place", "Stadhuis"),
    "participants": _add("participants", lambda: Participant(name="Sanne")),
    "internal_client": _set("internal_client", "Vastgoed"),
    "procedure": _set("procedure", Procedure.OPEN_EUROPEAN),
    "contract_value": _set("contract_value", Decimal("1000")),
    "mandate.lead": _set("mandate.lead", "Sanne"),
    "mandate.on_the_spot": _set("mandate.on_the_spot", "Niets"),
    "opportunity.conversation_date": _set("opportunity.conversation_date", dt.date(2026, 11, 1)),
    "opportunity.conversation_with": _set("opportunity.conversation_with", "Reinwaard"),
    "opportunity.lead": _set("opportunity.lead", "Sanne"),
    "opportunity.explicit": _add("opportunity.explicit", lambda: ExplicitItem(text="Rust")),
    "opportunity.agenda": _add("opportunity.agenda", lambda: AgendaItem(minutes=10)),
    "relationship.now": _set("relationship.now", "Zakelijk"),
    "relationship.wanted": _set("relationship.wanted", "Open"),
    "capacity.playing_field": _add("capacity.playing_field", lambda: FieldEntry(name="X")),
    "capacity.cost_lines": _add("capacity.cost_lines", lambda: CostLine(amount=Decimal(5))),
    "capacity.policy_goals": _add("capacity.policy_goals", lambda: TextItem("Circulair")),
    "capacity.long_term": _set("capacity.long_term", "Tien jaar"),
    "capacity.alternatives": _add("capacity.alternatives", lambda: Alternative(improve="Y")),
    "capacity.topics": _add("capacity.topics", lambda: Topic(name="Prijs")),
    "capacity.todos": _add("capacity.todos", lambda: ToDo(text="Sparren")),
    "motivation.impact": _set("motivation.impact", "Schone scholen"),
    "motivation.professionalism": _set("motivation.professionalism", "Goed voorbereid"),
    "motivation.respect": _set("motivation.respect", "Woord houden"),
    "motivation.fear": _set("motivation.fear", "Te veel toegeven"),
    "motivation.reframe": _set("motivation.reframe", "Samen zoeken"),
    "interests": _add("interests", lambda: Interest(why="Continuiteit")),
    "uncertainties": _add("uncertainties", lambda: Uncertainty(what="Volume")),
    "opening.come_to_do": _set("opening.come_to_do", "Kennismaken"),
    "opening.come_to_get": _set("opening.come_to_get", "Beeld van de markt"),
    "joint_options": _add("joint_options", lambda: JointOption(value_for_them="Referentie")),
    "capacity.criteria": _add("capacity.criteria", lambda: Criterion(source="CBS")),
    "communication.questions": _add("communication.questions", lambda: TextItem("Wat?")),
    "communication.share": _add("communication.share", lambda: TextItem("Budget")),
    **{
        f"checklist.patterns.{key.value}.risk": _entry(key, "risk", False, "checklist.patterns")
        for key in Pattern
    },
    **{
        f"checklist.principles.{key.value}.action": _entry(
            key, "action", "Ik begin open", "checklist.principles"
        )
        for key in Principle
    },
    **{
        f"checklist.pressure.{key.value}.answer": _entry(
            key, "answer", "Even wachten", "checklist.pressure"
        )
        for key in PressureQuestion
    },
    "checklist.red_lines": _add("checklist.red_lines", lambda: TextItem("Geen nachtwerk")),
    "wishes": _wish_field("description", "Vaste schoonmakers"),
    "wishes.enough": _wish_field("enough", "Een vast gezicht per gebouw"),
    "wishes.customer_value": _wish_field("process_quality", "Minder klachten"),  # one reason
    "wishes.points": _wish_field("points", 10),
    "wishes.euro_per_point": _wish_field("euro_per_point", Decimal("6000")),
    "award.criteria": _add("award.criteria", lambda: AwardCriterion(name="Plan van aanpak")),
    "award.tenders": _add("award.tenders", lambda: SampleTender(price=Decimal("80000"))),
    "reflection.held_on": _set("reflection.held_on", dt.date(2026, 12, 8)),
    "reflection.outcomes": _add("reflection.outcomes", lambda: TopicOutcome(agreed="Pilot")),
    **{
        f"reflection.reviews.{key.value}.done": _entry(key, "done", False, "reflection.reviews")
        for key in Principle
    },
    "reflection.went_well": _set("reflection.went_well", "De opening"),
    "reflection.went_badly": _set("reflection.went_badly", "De tijd"),
    "reflection.agreed": _set("reflection.agreed", "Een pilot"),
    "reflection.lesson": _set("reflection.lesson", "Eerst vragen"),
    "reflection.train_next": _set("reflection.train_next", LearningCondition.OPPORTUNITY),
}


def test_every_item_has_a_way_to_fill_it_and_paths_are_unique() -> None:
    paths = [item.path for section in Section for item in ITEMS[section]]
    assert len(paths) == len(set(paths))
    assert set(paths) == set(FILL)


@CONTEXTS
@pytest.mark.parametrize("section", list(Section), ids=str)
def test_filling_the_items_one_by_one_counts_up_to_all(context: Context, section: Section) -> None:
    prep = Preparation(context=context)
    counted = items(prep, section)
    total = len(counted)
    assert section_completeness(prep, section) == Completeness(0, total)
    for number, item in enumerate(counted, 1):
        FILL[item.path](prep)
        assert section_completeness(prep, section) == Completeness(number, total), item.path
    assert section_completeness(prep, section).done


def test_the_tender_applies_in_the_public_context_only() -> None:
    commercial = Preparation(context=Context.COMMERCIAL)
    wishes = section_completeness(commercial, Section.WISHES)
    assert wishes == Completeness(0, 0) and not wishes.applies  # not "3 of 3": not asked at all
    commercial.wishes.append(Wish(description="Vaste schoonmakers"))
    assert section_completeness(commercial, Section.WISHES) == Completeness(0, 0)
    basics = section_completeness(commercial, Section.BASICS)
    assert basics == Completeness(0, len(ITEMS[Section.BASICS]) - 1)  # no procedure counted
    public = Preparation(context=Context.PUBLIC)
    assert section_completeness(public, Section.WISHES) == Completeness(0, 7)
    assert section_completeness(public, Section.BASICS) == Completeness(0, 11)


def test_an_empty_award_model_and_no_tenders_are_not_filled() -> None:
    prep = Preparation(context=Context.PUBLIC)
    for path in ("wishes", "wishes.enough", "wishes.customer_value", "wishes.points"):
        FILL[path](prep)
    FILL["wishes.euro_per_point"](prep)
    assert section_completeness(prep, Section.WISHES) == Completeness(5, 7)
    prep.award.criteria.append(AwardCriterion())  # added, nothing typed
    prep.award.tenders.append(SampleTender(name="  "))
    assert section_completeness(prep, Section.WISHES) == Completeness(5, 7)


def test_every_wish_needs_its_own_substance() -> None:
    prep = Preparation(context=Context.PUBLIC)
    prep.wishes.append(Wish(description="Vaste schoonmakers", points=10, enough="Vast gezicht"))
    prep.wishes[0].process_quality = "Dezelfde dag opgelost"
    prep.wishes[0].euro_per_point = Decimal("6000")
    assert section_completeness(prep, Section.WISHES) == Completeness(5, 7)
    prep.wishes.append(Wish(description="ISO 14001"))  # every wish needs all four
    assert section_completeness(prep, Section.WISHES) == Completeness(1, 7)
    prep.wishes.append(Wish())  # an empty row is no wish yet
    assert section_completeness(prep, Section.WISHES) == Completeness(1, 7)


def test_each_checklist_entry_counts_on_its_own() -> None:
    prep = Preparation()
    assert section_completeness(prep, Section.CHECKLIST) == Completeness(0, 14)
    check = prep.checklist.pattern(Pattern.PRESSURE)
    check.risk = False
    assert section_completeness(prep, Section.CHECKLIST).filled == 1  # not 0 until all five
    check.risk = True  # a risk asks what you will do instead
    assert section_completeness(prep, Section.CHECKLIST).filled == 0
    check.instead = "Ruimte geven"
    assert section_completeness(prep, Section.CHECKLIST).filled == 1
    prep.checklist.principle(Principle.TRUST).action = "   "  # blank is not filled
    assert section_completeness(prep, Section.CHECKLIST).filled == 1


def test_a_row_counts_once_something_is_typed_in_it() -> None:
    assert not has_content(Interest())  # the party and priority are choices with a default
    assert not has_content(ToDo(done=True))
    assert not has_content(TopicOutcome(topic_id="t1"))
    assert has_content(Interest(why="Rust"))
    assert has_content(AgendaItem(minutes=0))
    prep = Preparation()
    prep.interests.append(Interest())
    assert section_completeness(prep, Section.INTERESTS).filled == 0


def test_the_reflection_tab_counts_always_and_the_bar_once_it_is_due(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(completeness, "today", lambda: dt.date(2026, 11, 27))
    prep = Preparation()
    for path in (i.path for s in Section if s is not Section.REFLECTION for i in items(prep, s)):
        FILL[path](prep)
    prep.meeting.date = dt.date(2026, 12, 1)  # still to come
    assert section_completeness(prep, Section.REFLECTION) == Completeness(0, 12)  # not "12 of 12"
    assert progress(prep) == 100  # a reflection not due yet does not hold the bar back
    FILL["reflection.lesson"](prep)
    assert section_completeness(prep, Section.REFLECTION) == Completeness(1, 12)
    assert progress(prep) == 100
    prep.meeting.date = dt.date(2026, 11, 20)  # held: now the bar counts the reflection too
    counted = sum(len(items(prep, s)) for s in Section)
    assert progress(prep) == round(100 * (counted - 11) / counted)
    prep.meeting.date = None  # no date: the bar leaves the reflection out (and misses the date)
    before = counted - len(ITEMS[Section.REFLECTION])
    assert progress(prep) == round(100 * (before - 1) / before)


@CONTEXTS
def test_the_bar_counts_exactly_what_the_tabs_count(context: Context) -> None:
    prep = Preparation(context=context)
    assert progress(prep) == 0  # nothing filled, nothing counted as done
    prep.meeting.date = dt.date(2000, 1, 1)  # held, so every section counts
    counted = [i for s in Section for i in items(prep, s)]
    for item in counted:
        if item.path != "meeting.date":
            FILL[item.path](prep)
        filled = sum(section_completeness(prep, s).filled for s in Section)
        assert progress(prep) == round(100 * filled / len(counted))
    assert progress(prep) == 100


def test_the_pitch_counts_the_link_the_pitch_and_its_four_checks() -> None:
    prep = Preparation()
    assert pitch_completeness(prep, None) == Completeness(0, 6)
    profile = PitchProfile(person="Sanne")
    prep.profile_id = profile.id
    assert pitch_completeness(prep, profile) == Completeness(1, 6)
    assert pitch_completeness(prep, None) == Completeness(1, 6)  # linked, from elsewhere
    steps = ("pitch", "check_durable", "check_considered", "check_systemic")
    for number, name in enumerate((*steps, "check_forward_looking"), 2):
        setattr(profile, name, "Ik kom om samen te bouwen.")
        assert pitch_completeness(prep, profile) == Completeness(number, 6)


def test_the_example_is_complete_where_a_meeting_is_prepared(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the example's "now": its two coming meetings have no reflection yet, the past one has
    monkeypatch.setattr(completeness, "today", lambda: dt.date(2026, 11, 27))
    preparations = loads(resource_path(EXAMPLE_JSON).read_text(encoding="utf-8")).preparations
    unfilled = {
        prep.title: [i.path for s in Section for i in items(prep, s) if not i.filled(prep)]
        for prep in preparations
    }
    reflection = [i.path for i in ITEMS[Section.REFLECTION]]
    assert unfilled == {
        "Marktconsultatie schoonmaak gemeentelijke panden": reflection,
        # its award model is not tried yet: no quality criteria, no sample tenders
        "Onderhandelingsronde ICT-beheer basisscholen": [
            "award.criteria",
            "award.tenders",
            *reflection,
        ],
        "Verlenging contract bedrijfsrestaurant 2027–2029": [],
    }
    assert [progress(prep) for prep in preparations] == [100, 97, 100]
