"""At the table: a topic's standing against its plan, the warnings, and Afronden's draft.

The expected standings are worked out by hand from the plans below, not by our code.
"""

import datetime as dt
from decimal import Decimal

import pytest

from nlinkoop.domain.at_table import (
    DraftLabels,
    Quantity,
    Standing,
    WarningKind,
    draft_reflection,
    new_round,
    standing,
    the_number,
    topic_standing,
    warnings_for,
)
from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import EntryKind, LogEntry
from nlinkoop.domain.preparation import Participant, Preparation
from nlinkoop.domain.reflection import TopicOutcome

PRICE = Topic(name="Uurtarief", hope="€ 40 per uur", enough="€ 44", our_limit="€ 47,50")
DISCOUNT = Topic(name="Korting", hope="5%", enough="3%", our_limit="2%")
LABELS = DraftLabels("Wij geven", "Wij krijgen", "Afspraken", "Acties", "Open punten", "Signalen")
AT = dt.datetime(2026, 12, 8, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("€ 1.250,50 per maand", Quantity(Decimal("1250.50"), "€", "maand")),
        ("€6,10 per gast", Quantity(Decimal("6.10"), "€", "gast")),
        ("48 euro per uur", Quantity(Decimal("48"), "€", "uur")),
        ("€ 12/maand", Quantity(Decimal("12"), "€", "maand")),
        ("42,5 uur", Quantity(Decimal("42.5"), "")),
        ("3% korting", Quantity(Decimal("3"), "%")),
        ("3 procent korting", Quantity(Decimal("3"), "%")),
        ("looptijd 24 maanden", Quantity(Decimal("24"), "")),
        ("geen getal", None),
        ("van €54.000 naar €42.000 per jaar", None),  # two numbers: which one counts?
    ],
)
def test_the_one_number_is_read_the_dutch_way_with_its_unit(
    text: str, number: Quantity | None
) -> None:
    assert the_number(text) == number


@pytest.mark.parametrize(
    ("topic", "text", "expected"),
    [
        # lower is better: hope 40 <= enough 44 <= limit 47.50
        (PRICE, "€ 39 per uur", Standing.HOPE),
        (PRICE, "€ 40", Standing.HOPE),
        (PRICE, "€ 43,00", Standing.ENOUGH),
        (PRICE, "€ 44", Standing.ENOUGH),
        (PRICE, "€ 46", Standing.WITHIN_LIMIT),
        (PRICE, "€ 47,50", Standing.WITHIN_LIMIT),
        (PRICE, "€ 47,51", Standing.PAST_LIMIT),
        # higher is better: hope 5% >= enough 3% >= limit 2%
        (DISCOUNT, "6%", Standing.HOPE),
        (DISCOUNT, "4%", Standing.ENOUGH),
        (DISCOUNT, "2,5%", Standing.WITHIN_LIMIT),
        (DISCOUNT, "1%", Standing.PAST_LIMIT),
        (PRICE, "vaste prijs", None),
        (Topic(name="Service", hope="snelle reactie"), "€ 40", None),
        (Topic(name="x", hope="10", our_limit="10"), "€ 11", None),
        (DISCOUNT, "€ 4", None),  # euros against percentages: not the same thing
        (PRICE, "€ 43 nu, € 41 vanaf 2028", None),  # two numbers
        # the example's plan names a fixed fee and a price per guest: a price per guest is
        # not weighed against the fixed fee
        (
            Topic(
                name="Prijsmodel",
                hope="Vaste vergoeding van €35.000 per jaar plus een bedrag per gast",
                enough="Vaste vergoeding van hooguit €45.000, en samen onder €450.000",
                our_limit="Boven €450.000 per jaar tekenen we niet",
            ),
            "€6,10 per gast",
            None,
        ),
    ],
)
def test_standing_against_the_plan(topic: Topic, text: str, expected: Standing | None) -> None:
    assert standing(topic, text) is expected


def test_the_latest_numbered_agreement_or_trade_decides() -> None:
    entries = [
        LogEntry(at=AT, kind=EntryKind.GET, text="€ 43", topic_id=PRICE.id),
        LogEntry(
            at=AT + dt.timedelta(minutes=5),
            kind=EntryKind.AGREEMENT,
            text="€ 48",
            topic_id=PRICE.id,
        ),
        LogEntry(
            at=AT + dt.timedelta(minutes=9), kind=EntryKind.SIGNAL, text="€ 30", topic_id=PRICE.id
        ),  # a signal places nothing
        LogEntry(
            at=AT + dt.timedelta(minutes=7),
            kind=EntryKind.GIVE,
            text="zonder bedrag",
            topic_id=PRICE.id,
        ),
    ]
    placed = topic_standing(PRICE, entries)
    assert placed is not None and placed[0] is Standing.PAST_LIMIT and placed[1] is entries[1]
    assert topic_standing(DISCOUNT, entries) is None


def test_a_line_past_the_limit_or_touching_a_red_line_warns() -> None:
    prep = Preparation()
    prep.capacity.topics = [PRICE]
    prep.checklist.red_lines = [TextItem(text="Geen exclusiviteit voor de leverancier")]
    past = LogEntry(kind=EntryKind.AGREEMENT, text="€ 48 per uur", topic_id=PRICE.id)
    assert [(w.kind, w.about, w.limit) for w in warnings_for(past, prep)] == [
        (WarningKind.PAST_LIMIT, "Uurtarief", "€ 47,50")
    ]
    give = LogEntry(kind=EntryKind.GIVE, text="drie jaar exclusiviteit")
    assert [w.kind for w in warnings_for(give, prep)] == [WarningKind.RED_LINE]
    fine = LogEntry(kind=EntryKind.GIVE, text="we leveren de cijfers voor de leverancier aan")
    assert warnings_for(fine, prep) == []  # "leverancier" is in every meeting, not the point
    assert warnings_for(LogEntry(kind=EntryKind.GET, text="exclusiviteit"), prep) == []


def _meeting_prep() -> tuple[Preparation, list[LogEntry]]:
    prep = Preparation(participants=[Participant(name="Sanne"), Participant(name=" ")])
    prep.capacity.topics = [PRICE, DISCOUNT, Topic(name=" ")]
    meeting = new_round(prep, dt.date(2026, 12, 8))
    other = new_round(prep, dt.date(2026, 12, 15))
    minute = dt.timedelta(minutes=1)
    prep.log = [
        LogEntry(
            meeting.id, AT + 3 * minute, EntryKind.AGREEMENT, "€ 43 per uur", topic_id=PRICE.id
        ),
        LogEntry(meeting.id, AT + 1 * minute, EntryKind.GIVE, "looptijd 3 jaar", topic_id=PRICE.id),
        LogEntry(
            meeting.id,
            AT + 2 * minute,
            EntryKind.ACTION,
            "prijsopbouw sturen",
            owner="Linda",
            due=dt.date(2026, 12, 12),
        ),
        LogEntry(meeting.id, AT + 4 * minute, EntryKind.OPEN_POINT, "indexatie", internal=True),
        LogEntry(meeting.id, AT + 5 * minute, EntryKind.SIGNAL, "zij zijn onzeker over volume"),
        LogEntry(meeting.id, AT + 6 * minute, EntryKind.SIGNAL, "personeel is hun zorg"),
        LogEntry(other.id, AT + 7 * minute, EntryKind.AGREEMENT, "andere ronde", topic_id=PRICE.id),
    ]
    return prep, prep.log


def test_new_rounds_are_numbered_and_note_who_attends() -> None:
    prep, _ = _meeting_prep()
    assert [(m.number, m.held_on, m.attendees) for m in prep.meetings] == [
        (1, dt.date(2026, 12, 8), "Sanne"),
        (2, dt.date(2026, 12, 15), "Sanne"),
    ]


def test_afronden_fills_the_empty_parts_of_the_reflection_from_one_round() -> None:
    prep, _ = _meeting_prep()
    meeting = prep.meetings[0]
    drafted = draft_reflection(prep, meeting, LABELS)
    reflection = prep.reflection
    assert reflection.held_on == dt.date(2026, 12, 8) and reflection.round_id == meeting.id
    price, discount = reflection.outcomes
    assert (price.topic, price.aimed, price.topic_id) == ("Uurtarief", "€ 40 per uur", PRICE.id)
    assert price.agreed == "€ 43 per uur; Wij geven: looptijd 3 jaar"
    assert (discount.aimed, discount.agreed) == ("5%", "")
    assert reflection.agreed == (
        "Afspraken:\n- € 43 per uur\n\nActies:\n- prijsopbouw sturen (Linda, 12-12-2026)"
        "\n\nOpen punten:\n- indexatie"
    )
    notes = {r.principle: r.note for r in reflection.reviews}
    assert notes[Principle.UNCERTAINTIES] == "Signalen: zij zijn onzeker over volume"
    assert notes[Principle.INTERESTS] == "Signalen: personeel is hun zorg"
    assert notes[Principle.TRUST] == ""
    assert (drafted.outcomes, drafted.agreed, drafted.reviews) == (2, True, 2)


def test_afronden_never_overwrites_what_was_typed() -> None:
    prep, _ = _meeting_prep()
    prep.reflection.held_on = dt.date(2026, 12, 9)
    prep.reflection.agreed = "Mijn eigen samenvatting"
    prep.reflection.outcomes = [TopicOutcome(topic="Uurtarief", agreed="zelf", topic_id=PRICE.id)]
    prep.reflection.reviews[3].note = "eigen notitie"  # interests
    assert prep.reflection.reviews[3].principle is Principle.INTERESTS
    drafted = draft_reflection(prep, prep.meetings[0], LABELS)
    assert prep.reflection.held_on == dt.date(2026, 12, 9)
    assert prep.reflection.agreed == "Mijn eigen samenvatting"
    assert prep.reflection.outcomes[0].agreed == "zelf"
    assert prep.reflection.outcomes[0].aimed == "€ 40 per uur"  # empty, so filled
    assert prep.reflection.reviews[3].note == "eigen notitie"
    assert not drafted.agreed and drafted.reviews == 1
    again = draft_reflection(prep, prep.meetings[0], LABELS)
    assert not again.anything  # a second Afronden finds nothing empty to fill
