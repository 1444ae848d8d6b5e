from dataclasses import fields, is_dataclass
from datetime import UTC
from decimal import Decimal

from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.common import new_id, utc_now
from nlinkoop.domain.interests import Interest
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.reflection import Reflection
from nlinkoop.domain.wishes import Wish, wish_worth


def test_a_new_preparation_has_the_whole_checklist_in_order() -> None:
    prep = Preparation()
    assert [c.pattern for c in prep.checklist.patterns] == list(Pattern)
    assert [c.principle for c in prep.checklist.principles] == list(Principle)
    assert [c.question for c in prep.checklist.pressure] == list(PressureQuestion)
    assert [r.principle for r in Reflection().reviews] == list(Principle)


def test_new_preparations_share_no_mutable_state() -> None:
    first, second = Preparation(), Preparation()
    first.interests.append(Interest(what="Continuiteit"))
    first.checklist.pattern(Pattern.PRESSURE).risk = True
    assert second.interests == []
    assert second.checklist.pattern(Pattern.PRESSURE).risk is None
    assert first.id != second.id


def test_every_list_item_carries_its_own_id() -> None:
    """Copies of a workbook get merged record by record, so every record needs a UUID."""

    def walk(cls: type, seen: set[type]) -> None:
        for f in fields(cls):
            for inner in getattr(f.type, "__args__", (f.type,)):
                if is_dataclass(inner) and inner not in seen:
                    seen.add(inner)
                    walk(inner, seen)  # type: ignore[arg-type]

    found: set[type] = set()
    walk(Preparation, found)
    listed = set()
    for cls in found | {Preparation}:
        for f in fields(cls):
            if getattr(f.type, "__origin__", None) is list:
                listed.add(f.type.__args__[0])
    assert listed, "the walk found the list item types"
    for item in listed:
        assert "id" in {f.name for f in fields(item)}, item


def test_ids_are_uuid4_strings() -> None:
    ident = new_id()
    assert len(ident) == 36 and ident[14] == "4"


def test_utc_now_keeps_milliseconds_only() -> None:
    now = utc_now()
    assert now.tzinfo is UTC
    assert now.microsecond % 1000 == 0


def test_wish_worth_is_points_times_euro_per_point() -> None:
    # 8 points at EUR 312.50 a point: 8 x 312.50 = 2,500.00
    assert wish_worth(8, Decimal("312.50")) == Decimal("2500.00")
    assert wish_worth(0, Decimal("999")) == Decimal("0.00")


def test_a_wish_is_substantiated_by_any_of_its_three_reasons() -> None:
    assert not Wish(description="Elektrische bus").substantiated
    assert not Wish(customer_value="   ").substantiated
    assert Wish(process_quality="Minder storingen").substantiated
