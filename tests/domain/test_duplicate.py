import copy
import dataclasses
import datetime as dt
from typing import Any

from nlinkoop.domain.duplicate import duplicate
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
from nlinkoop.interchange import loads
from nlinkoop.resources import resource_path


def example() -> Any:
    preps = loads(resource_path("examples/voorbeeld.json").read_text(encoding="utf-8")).preparations
    return preps


def all_ids(obj: Any) -> list[str]:
    found = []
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        if field.name == "id":
            found.append(value)
        elif isinstance(value, list):
            for item in value:
                found += all_ids(item)
        elif dataclasses.is_dataclass(value):
            found += all_ids(value)
    return found


def test_a_duplicate_has_new_ids_everywhere_and_keeps_the_profile() -> None:
    for original in example():
        copy = duplicate(original, title_suffix="(kopie)")
        before, after = all_ids(original), all_ids(copy)
        assert len(after) == len(set(after))
        assert not set(before) & set(after)
        assert copy.profile_id == original.profile_id
        assert copy.title == f"{original.title} (kopie)"


def test_a_duplicate_keeps_the_content_but_not_dates_nor_reflection() -> None:
    original = next(p for p in example() if p.reflection.went_well)
    snapshot = dataclasses.replace(original)
    copy = duplicate(original, title_suffix="(kopie)")
    assert copy.meeting.date is copy.meeting.start is copy.meeting.end is None
    assert copy.meeting.place == original.meeting.place
    assert copy.opportunity.conversation_date is None
    assert copy.reflection.went_well == "" and copy.reflection.outcomes == []
    assert [r.note for r in copy.reflection.reviews] == [""] * len(copy.reflection.reviews)
    assert [t.name for t in copy.capacity.topics] == [t.name for t in original.capacity.topics]
    assert copy.interests[0].what == original.interests[0].what
    assert copy.created_at == copy.updated_at > original.updated_at
    assert copy.created_at.tzinfo is dt.UTC
    assert original == snapshot  # the original is untouched
    assert original.reflection.went_well


def test_an_empty_suffix_keeps_the_title() -> None:
    original = example()[0]
    assert duplicate(original, title_suffix="").title == original.title


def test_links_inside_the_copy_follow_the_new_ids() -> None:
    from decimal import Decimal

    from nlinkoop.domain.award import AwardCriterion, SampleTender
    from nlinkoop.domain.preparation import Preparation
    from nlinkoop.domain.wishes import Wish

    original = Preparation(title="Gunning", profile_id="profile-elsewhere")
    wish = Wish("Groene energie")
    original.wishes = [wish]
    criterion = AwardCriterion("Duurzaamheid", Decimal(10), Decimal(5000), wish_id=wish.id)
    tender = SampleTender("A", Decimal(100000))
    original.award.criteria, original.award.tenders = [criterion], [tender]
    original.award.set_score(tender.id, criterion.id, Decimal(60))

    copy = duplicate(original, title_suffix="")

    (new_wish,), (new_criterion,), (new_tender,) = (
        copy.wishes,
        copy.award.criteria,
        copy.award.tenders,
    )
    assert new_criterion.wish_id == new_wish.id != wish.id
    (score,) = copy.award.scores
    assert (score.tender_id, score.criterion_id) == (new_tender.id, new_criterion.id)
    assert copy.award.score(new_tender.id, new_criterion.id) == Decimal(60)
    assert copy.profile_id == "profile-elsewhere"
    assert original.award.criteria[0].wish_id == wish.id  # the original is untouched


def test_a_duplicate_has_had_no_meeting_yet() -> None:
    original = example()[0]
    meeting = MeetingRound(1, dt.date(2026, 12, 8), "Sanne, Erik", "januari: de prijs")
    original.meetings.append(meeting)
    topic = original.capacity.topics[0]
    topic.our_limit = "Niet boven de 3%"
    original.log += [
        LogEntry(meeting.id, kind=EntryKind.AGREEMENT, text="Urenopgave per pand"),
        LogEntry(meeting.id, kind=EntryKind.GIVE, text="Open begroting", topic_id=topic.id),
    ]
    original.reflection.round_id = meeting.id
    snapshot = copy.deepcopy(original)

    duplicated = duplicate(original, title_suffix="(kopie)")

    assert (duplicated.meetings, duplicated.log) == ([], [])
    assert duplicated.reflection.round_id is None
    assert duplicated.capacity.topics[0].our_limit == "Niet boven de 3%"  # preparation, kept
    assert original == snapshot
