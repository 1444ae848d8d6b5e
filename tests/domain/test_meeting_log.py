"""The meeting log's rules: typed lines, trades per topic, the order after a merge, and what the
supplier may read (never an internal line)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import (
    KEY_KINDS,
    PREFIXES,
    EntryKind,
    LogEntry,
    MeetingRound,
    balances,
    in_order,
    is_internal,
    parse_line,
    report_content,
    topic_for,
)

TODAY = dt.date(2026, 12, 8)


def test_every_kind_has_a_prefix_and_six_have_a_key() -> None:
    assert set(PREFIXES.values()) == set(EntryKind)
    assert len(KEY_KINDS) == len(set(KEY_KINDS)) == 6


def test_a_prefix_chooses_the_kind_and_a_line_without_one_keeps_the_chosen_kind() -> None:
    assert parse_line("a: prijs vast voor twee jaar", EntryKind.QUOTE, TODAY).kind is (
        EntryKind.AGREEMENT
    )
    assert parse_line("K : tweede jaar gratis onderhoud", EntryKind.AGREEMENT, TODAY).kind is (
        EntryKind.GET
    )
    plain = parse_line("Zij willen graag een langer contract", EntryKind.SIGNAL, TODAY)
    assert (plain.kind, plain.text) == (EntryKind.SIGNAL, "Zij willen graag een langer contract")


def test_a_word_before_a_colon_is_text_not_a_prefix() -> None:
    line = "Let op: de planning schuift"  # "Let" is no prefix
    assert parse_line(line, EntryKind.OPEN_POINT, TODAY).text == line


def test_an_action_says_who_and_by_when() -> None:
    parsed = parse_line("ac: prijsopbouw sturen @Linda 12-12", EntryKind.AGREEMENT, TODAY)
    assert (parsed.kind, parsed.text, parsed.owner, parsed.due) == (
        EntryKind.ACTION,
        "prijsopbouw sturen",
        "Linda",
        dt.date(2026, 12, 12),
    )
    january = parse_line("ac: evaluatie plannen 10-01", EntryKind.AGREEMENT, TODAY)
    assert january.due == dt.date(2027, 1, 10)  # said in December: the next January
    no_date = parse_line("ac: offerte 31-02", EntryKind.AGREEMENT, TODAY)
    assert (no_date.due, no_date.text) == (None, "offerte 31-02")


def test_an_exclamation_mark_keeps_a_shareable_line_internal() -> None:
    assert parse_line("ac!: budget navragen", EntryKind.AGREEMENT, TODAY).internal
    assert not parse_line("ac: offerte sturen", EntryKind.AGREEMENT, TODAY).internal
    assert not parse_line("s!: twijfelt", EntryKind.AGREEMENT, TODAY).internal  # always ours


def test_a_trade_names_its_topic_by_the_start_of_its_name() -> None:
    topics = [Topic(name="Prijs"), Topic(name="Prijsindexatie"), Topic(name="Looptijd")]
    parsed = parse_line("g: #loop vijf jaar in plaats van drie", EntryKind.AGREEMENT, TODAY)
    assert (parsed.kind, parsed.topic_name, parsed.text) == (
        EntryKind.GIVE,
        "loop",
        "vijf jaar in plaats van drie",
    )
    assert topic_for(parsed.topic_name, topics) is topics[2]
    assert topic_for("prijs", topics) is topics[0]  # the exact name wins
    assert topic_for("prij", topics) is None  # two start with it: none is guessed
    assert topic_for("", topics) is None


def test_what_we_gave_and_got_per_topic() -> None:
    price = Topic(name="Prijs")
    start = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)
    entries = [
        LogEntry(kind=EntryKind.GET, text="3% korting", topic_id=price.id, at=start),
        LogEntry(kind=EntryKind.GIVE, text="langere looptijd", topic_id=price.id, at=start),
        LogEntry(kind=EntryKind.AGREEMENT, text="geen trade", at=start),
    ]
    assert balances(entries)[price.id].given == ("langere looptijd",)
    assert balances(entries)[price.id].got == ("3% korting",)
    assert list(balances(entries)) == [price.id]


def test_two_note_takers_entries_interleave_by_time() -> None:
    start = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)
    mine = [LogEntry(text=f"mijn {n}", at=start + dt.timedelta(minutes=2 * n)) for n in range(3)]
    theirs = [
        LogEntry(text=f"haar {n}", at=start + dt.timedelta(minutes=2 * n + 1)) for n in range(3)
    ]
    assert [e.text for e in in_order(theirs + mine)] == [
        "mijn 0",
        "haar 0",
        "mijn 1",
        "haar 1",
        "mijn 2",
        "haar 2",
    ]


entries = st.builds(
    LogEntry,
    round_id=st.sampled_from(["r1", "r2"]),
    kind=st.sampled_from(list(EntryKind)),
    text=st.text(min_size=1, max_size=20),
    internal=st.booleans(),
    at=st.datetimes(
        min_value=dt.datetime(2026, 1, 1),
        max_value=dt.datetime(2027, 1, 1),
        timezones=st.just(dt.UTC),
    ),
)


@given(st.lists(entries, max_size=30))
def test_the_report_holds_every_shareable_line_of_its_round_and_nothing_internal(
    logged: list[LogEntry],
) -> None:
    content = report_content(MeetingRound(id="r1", next_meeting=" 14 januari "), logged)
    reported = [*content.agreements, *content.actions, *content.open_points]
    assert not any(is_internal(e) or e.round_id != "r1" for e in reported)
    expected = {e.id for e in logged if e.round_id == "r1" and not is_internal(e)}
    assert {e.id for e in reported} == expected
    assert content.next_meeting == "14 januari"
    for kind, part in (
        (EntryKind.AGREEMENT, content.agreements),
        (EntryKind.ACTION, content.actions),
        (EntryKind.OPEN_POINT, content.open_points),
    ):
        assert all(e.kind is kind for e in part)
        assert list(part) == in_order(part)
