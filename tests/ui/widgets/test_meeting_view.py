"""The meeting screen (*aan tafel*), driven with real key events: the log typed with the keyboard
alone, the kinds by prefix and by Ctrl+1...6, corrections, reordering, rounds and warnings."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.conditions import AgendaItem, Topic
from nlinkoop.domain.meeting_log import EntryKind, in_order
from nlinkoop.domain.preparation import Participant, Preparation
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.ui.widgets.meeting_view import MeetingView

DAY = dt.date(2026, 12, 8)


class Clock:
    """A clock the test moves: each logged line a minute later."""

    def __init__(self) -> None:
        self.moment = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.moment += dt.timedelta(minutes=1)
        return self.moment


def make_prep() -> Preparation:
    prep = Preparation(title="Prijsronde", counterparty="Nexolan")
    prep.capacity.topics = [
        Topic(name="Uurtarief", hope="€ 40", enough="€ 44", our_limit="€ 47,50"),
        Topic(name="Looptijd", hope="3 jaar"),
    ]
    prep.checklist.red_lines = [TextItem(text="Geen exclusiviteit")]
    prep.checklist.principles[0].action = "We zeggen wat we komen halen"
    return prep


@pytest.fixture
def view(qtbot: QtBot) -> tuple[MeetingView, Preparation, list[int]]:
    prep = make_prep()
    saves: list[int] = []
    widget = MeetingView(
        lambda at_once: saves.append(len(prep.log) if at_once else -1),
        lambda: None,
        today=lambda: DAY,
        now=Clock(),
    )
    qtbot.addWidget(widget)
    widget.show_for(prep)
    widget.show()
    with qtbot.waitActive(widget):  # keys reach the focused line as on a desktop
        widget.activateWindow()
    return widget, prep, saves


def type_line(qtbot: QtBot, view: MeetingView, text: str) -> None:
    qtbot.keyClicks(view.line, text)
    qtbot.keyClick(view.line, Qt.Key.Key_Return)


def test_every_kind_is_logged_by_prefix_with_its_details(qtbot: QtBot, view) -> None:
    widget, prep, saves = view
    lines = [
        "a: responstijd 4 uur #uurt",
        "ac: prijsopbouw sturen @Linda 12-12",
        "o!: budget 2028 navragen",
        "g: looptijd 4 jaar #looptijd",
        "k: 3 procent korting",
        "s: onzeker over personeel",
        "c: we willen partner zijn",
    ]
    for line in lines:
        type_line(qtbot, widget, line)
        assert widget.line.text() == ""
    log = in_order(prep.log)
    assert [e.kind for e in log] == [
        EntryKind.AGREEMENT,
        EntryKind.ACTION,
        EntryKind.OPEN_POINT,
        EntryKind.GIVE,
        EntryKind.GET,
        EntryKind.SIGNAL,
        EntryKind.QUOTE,
    ]
    assert log[0].topic_id == prep.capacity.topics[0].id and log[0].text == "responstijd 4 uur"
    assert (log[1].owner, log[1].due, log[1].text) == (
        "Linda",
        DAY.replace(day=12),
        "prijsopbouw sturen",
    )
    assert log[2].internal and log[3].topic_id == prep.capacity.topics[1].id
    assert saves == [1, 2, 3, 4, 5, 6, 7]  # every line saved at once, not after a pause
    assert [m.number for m in prep.meetings] == [1]  # the first line started the round
    assert {e.round_id for e in log} == {prep.meetings[0].id}
    assert widget.log_list.count() == 7
    assert widget.log_list.item(1).text().endswith("(Linda, 12-12-2026)")
    assert widget.focusWidget() is widget.line


def test_the_keys_choose_the_kind_and_the_trade_key_turns_give_into_get(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    expected = []
    for number, kind in enumerate(
        [
            EntryKind.AGREEMENT,
            EntryKind.ACTION,
            EntryKind.OPEN_POINT,
            EntryKind.GIVE,
            EntryKind.SIGNAL,
            EntryKind.QUOTE,
        ],
        start=1,
    ):
        qtbot.keyClick(
            widget.line, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        type_line(qtbot, widget, f"regel {number}")
        expected.append(kind)
    qtbot.keyClick(widget.line, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget.line, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert "We get" in widget.kind_label.text()
    type_line(qtbot, widget, "regel 7")
    expected.append(EntryKind.GET)
    assert [e.kind for e in in_order(prep.log)] == expected


def test_a_topic_that_does_not_exist_leaves_the_words_in_the_line(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    type_line(qtbot, widget, "a: afspraak over #onbekend tarief")
    assert prep.log[0].text == "afspraak over tarief #onbekend" and prep.log[0].topic_id is None


def test_a_line_past_the_limit_or_over_a_red_line_warns_without_stopping(
    qtbot: QtBot, view
) -> None:
    widget, prep, _ = view
    type_line(qtbot, widget, "a: 48 euro per uur #uurtarief")
    assert "Past our limit for Uurtarief" in widget.warning_label.text()
    assert "€ 47,50" in widget.warning_label.text()
    assert "past our limit" in widget.topics_label.text()
    type_line(qtbot, widget, "g: exclusiviteit voor twee jaar")
    assert "red line" in widget.warning_label.text()
    type_line(qtbot, widget, "a: koffie")
    assert widget.warning_label.text() == ""
    assert len(prep.log) == 3  # warned, and logged all the same


def test_a_line_is_corrected_moved_and_removed_with_the_keyboard(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    for line in ("a: eerste", "ac: tweede @Sanne 10-12", "o: derde"):
        type_line(qtbot, widget, line)
    qtbot.keyClick(widget.line, Qt.Key.Key_Up)  # the last line, to correct
    assert widget.log_list.hasFocus() and widget.log_list.currentRow() == 2
    qtbot.keyClick(widget.log_list, Qt.Key.Key_Up)
    qtbot.keyClick(widget.log_list, Qt.Key.Key_Return)
    assert widget.line.hasFocus() and widget.line.text() == "ac: tweede @Sanne 10-12-2026"
    assert "Correcting" in widget.kind_label.text()
    widget.line.end(False)
    qtbot.keyClicks(widget.line, " 2027")  # the year typed twice: no date now, all text kept
    widget.line.setText("ac: tweede, bijgewerkt @Linda 11-12")
    qtbot.keyClick(widget.line, Qt.Key.Key_Return)
    second = next(e for e in prep.log if e.text.startswith("tweede"))
    assert (second.text, second.owner, second.due) == (
        "tweede, bijgewerkt",
        "Linda",
        DAY.replace(day=11),
    )
    assert len(prep.log) == 3 and "Correcting" not in widget.kind_label.text()

    qtbot.keyClick(widget.line, Qt.Key.Key_Up)
    qtbot.keyClick(widget.log_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [e.text for e in in_order(prep.log)] == ["eerste", "derde", "tweede, bijgewerkt"]
    assert widget.log_list.currentRow() == 1
    qtbot.keyClick(widget.log_list, Qt.Key.Key_Delete)
    assert [e.text for e in in_order(prep.log)] == ["eerste", "tweede, bijgewerkt"]
    qtbot.keyClick(widget.log_list, Qt.Key.Key_Escape)
    assert widget.line.hasFocus()


def test_escape_while_correcting_keeps_the_line_as_it_was(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    type_line(qtbot, widget, "a: blijft zo")
    qtbot.keyClick(widget.line, Qt.Key.Key_Up)
    qtbot.keyClick(widget.log_list, Qt.Key.Key_F2)
    qtbot.keyClicks(widget.line, " maar niet")
    qtbot.keyClick(widget.line, Qt.Key.Key_Escape)
    assert prep.log[0].text == "blijft zo" and widget.line.text() == ""


def test_rounds_each_have_their_own_log(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    type_line(qtbot, widget, "a: in ronde een")
    qtbot.keyClick(widget.line, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_line(qtbot, widget, "a: in ronde twee")
    assert [m.number for m in prep.meetings] == [1, 2]
    assert widget.log_list.count() == 1 and "ronde twee" in widget.log_list.item(0).text()
    widget.round_combo.setFocus()
    widget.round_combo.setCurrentIndex(0)
    widget.round_combo.activated.emit(0)
    assert widget.log_list.count() == 1 and "ronde een" in widget.log_list.item(0).text()
    assert widget.line.hasFocus()


def test_the_pressure_questions_and_full_screen_are_one_key_away(qtbot: QtBot, view) -> None:
    widget, _, _ = view
    assert not widget.pressure_label.isVisible()
    qtbot.keyClick(widget.line, Qt.Key.Key_F9)
    assert widget.pressure_label.isVisible()
    assert "Do I need to react?" in widget.pressure_label.text()
    qtbot.keyClick(widget.line, Qt.Key.Key_F11)
    qtbot.waitUntil(widget.isFullScreen)
    qtbot.keyClick(widget.line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not widget.isFullScreen())
    assert widget.line.hasFocus()


def test_the_gate_stays_on_top_for_a_public_buyer(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    assert not widget.gate_label.isVisible()  # commercial: nothing to say
    prep.context, prep.procedure = Context.PUBLIC, Procedure.OPEN_EUROPEAN
    widget.refresh()
    assert widget.gate_label.isVisible()
    assert "May not" in widget.gate_label.text()


def test_hostile_text_is_shown_as_typed(qtbot: QtBot, view) -> None:
    widget, prep, _ = view
    prep.capacity.topics[0].hope = "<b>€ 40</b> & <script>"
    prep.checklist.principles[0].action = "<i>open</i>"
    assert prep.checklist.principles[0].principle is Principle.OPENNESS
    type_line(qtbot, widget, "g: <img src=x> #uurtarief")
    assert "&lt;b&gt;€ 40&lt;/b&gt; &amp; &lt;script&gt;" in widget.topics_label.text()
    assert "&lt;i&gt;open&lt;/i&gt;" in widget.plan_label.text()
    assert "&lt;img src=x&gt;" in widget.topics_label.text()
    assert widget.log_list.item(0).text().endswith("We give: <img src=x>  (#Uurtarief)")


def test_the_rounds_attendees_and_next_meeting_are_typed_in_place(qtbot: QtBot, view) -> None:
    widget, prep, saves = view
    prep.participants = [Participant(name="Sanne de Vries"), Participant(name="Erik de Boer")]
    widget.refresh()
    assert widget.attendees_edit.text() == "Sanne de Vries, Erik de Boer"  # proposed
    qtbot.keyClick(widget.line, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)  # Ne&xt meeting
    assert widget.next_edit.hasFocus()
    qtbot.keyClicks(widget.next_edit, "14 januari, de prijsopbouw")
    assert [m.next_meeting for m in prep.meetings] == ["14 januari, de prijsopbouw"]
    assert prep.meetings[0].attendees == "Sanne de Vries, Erik de Boer"
    assert saves and set(saves) == {-1}  # saved after the pause, not at every key
    widget.line.setFocus()
    type_line(qtbot, widget, "a: de eerste afspraak")
    assert [e.round_id for e in prep.log] == [prep.meetings[0].id]  # the same round
    assert len(prep.meetings) == 1


def test_the_clock_follows_the_agenda_and_marks_the_item_we_are_at(qtbot: QtBot) -> None:
    prep = make_prep()
    prep.meeting.date, prep.meeting.start = DAY, dt.time(9, 0)
    prep.opportunity.agenda = [AgendaItem("Opening", 10), AgendaItem("Prijs", 20)]
    start = dt.datetime.combine(DAY, dt.time(9, 0)).astimezone()
    moment = [start + dt.timedelta(minutes=15)]
    widget = MeetingView(
        lambda _at_once: None, lambda: None, today=lambda: DAY, now=lambda: moment[0]
    )
    qtbot.addWidget(widget)
    widget.show_for(prep)
    assert "15 min under way · item 2, 15 min left" in widget.clock_label.text()
    assert "<b>▸ 2. Prijs" in widget.plan_label.text()
    moment[0] = start + dt.timedelta(minutes=35)
    widget._show_clock()  # the clock's tick
    assert "35 min under way · 5 min over time" in widget.clock_label.text()
    assert "▸" not in widget.plan_label.text()  # past the agenda: no item marked
    type_line(qtbot, widget, "a: eerste")  # the round starts today
    prep.meetings[0].held_on = DAY - dt.timedelta(days=7)  # looked back on a week later
    widget.refresh()
    assert "under way" not in widget.clock_label.text()
