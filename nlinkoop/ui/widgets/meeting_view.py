"""*Aan tafel*: the preparation as a calm screen for the meeting, and the log typed during it.

A window of its own (a laptop on the table, or a second screen; F11 for full screen), in large
type and without editing clutter. At the top, for a public buyer, what the legal gate allows.
Then the plan: the opening, the agenda against the clock, the one wish, the red lines and the
principles; per topic what we hope for, what is enough and our limit, where we stand and what
we gave and got; and the log of this meeting round. At the bottom one line, always focused:
what is typed there is logged with Enter, its kind chosen by a prefix ("a:", "ac:", ...) or by
Ctrl+1 ... Ctrl+6.

The view knows nothing of files: it changes the preparation it shows and calls `edited`; the
window saves (`ui/window/at_table.py`).
"""

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain import gate
from nlinkoop.domain.at_table import (
    Standing,
    Warning,
    WarningKind,
    new_round,
    proposed_attendees,
    red_lines,
    topic_standing,
    warnings_for,
)
from nlinkoop.domain.common import Priority, utc_now
from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.dates import format_date
from nlinkoop.domain.meeting_log import (
    KEY_KINDS,
    PREFIXES,
    Balance,
    EntryKind,
    LogEntry,
    MeetingRound,
    balances,
    in_order,
    parse_line,
    topic_for,
)
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.widgets.read_only_banner import ReadOnlyBanner
from nlinkoop.ui.widgets.verdict_panel import ui_language
from nlinkoop.vocabulary import PRINCIPLES, QT_TRANSLATE_NOOP, QUESTIONS

_tr = QCoreApplication.translate
CONTEXT = "MeetingView"
KIND_NAMES: dict[EntryKind, str] = {
    EntryKind.AGREEMENT: QT_TRANSLATE_NOOP("MeetingView", "Agreement"),
    EntryKind.ACTION: QT_TRANSLATE_NOOP("MeetingView", "Action"),
    EntryKind.OPEN_POINT: QT_TRANSLATE_NOOP("MeetingView", "Open point"),
    EntryKind.GIVE: QT_TRANSLATE_NOOP("MeetingView", "We give"),
    EntryKind.GET: QT_TRANSLATE_NOOP("MeetingView", "We get"),
    EntryKind.SIGNAL: QT_TRANSLATE_NOOP("MeetingView", "Signal"),
    EntryKind.QUOTE: QT_TRANSLATE_NOOP("MeetingView", "Quote"),
}
STANDING_NAMES: dict[Standing, str] = {
    Standing.HOPE: QT_TRANSLATE_NOOP("MeetingView", "what we hoped for"),
    Standing.ENOUGH: QT_TRANSLATE_NOOP("MeetingView", "enough"),
    Standing.WITHIN_LIMIT: QT_TRANSLATE_NOOP("MeetingView", "less than enough, within our limit"),
    Standing.PAST_LIMIT: QT_TRANSLATE_NOOP("MeetingView", "past our limit"),
}
KIND_SYMBOLS = {  # the kinds told apart at a glance, also in black and white
    EntryKind.AGREEMENT: "✓",
    EntryKind.ACTION: "→",
    EntryKind.OPEN_POINT: "?",
    EntryKind.GIVE: "−",
    EntryKind.GET: "+",
    EntryKind.SIGNAL: "◦",
    EntryKind.QUOTE: "“",
}
STANDING_SYMBOLS = {
    Standing.HOPE: "●●●",
    Standing.ENOUGH: "●●○",
    Standing.WITHIN_LIMIT: "●○○",
    Standing.PAST_LIMIT: "✗",
}
_PREFIX_OF = {kind: prefix for prefix, kind in PREFIXES.items()}
SCALE = 1.3  # the type, larger than the window's: readable at arm's length
WARNING_MS = 15_000  # how long a warning stays when nothing else is logged


def kind_name(kind: EntryKind) -> str:
    return _tr(CONTEXT, KIND_NAMES[kind])


def _e(text: str) -> str:
    return html.escape(text.strip())


class MeetingView(QWidget):
    """The meeting screen for one preparation.

    Args:
        edited: called after the view changed the preparation, with `at_once`: True for a
            line logged, corrected, moved or removed, or a round added (the window saves it at
            once); False while the round's attendees or next meeting are typed (saved after
            the pause, as any field).
        policy: the workbook's own procurement policy, for the legal gate.
        today: the meeting's day (tests give their own).
        now: the current moment, in UTC (tests give their own).

    Signals:
        finish_requested: "Afronden": draft the reflection from this round's log.
        report_requested: "Gespreksverslag": the report to the supplier.
    """

    finish_requested = Signal()
    report_requested = Signal()

    def __init__(
        self,
        edited: Callable[[bool], None],
        policy: Callable[[], ProcurementPolicy | None],
        *,
        today: Callable[[], dt.date] = dt.date.today,
        now: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("meeting_view")
        self._edited = edited
        self._policy = policy
        self._today = today
        self._now = now
        self.prep: Preparation | None = None
        self.round_id = ""  # the round shown and logged into ("": a new one on the first line)
        self.kind = EntryKind.AGREEMENT  # chosen with a key, for a line without a prefix
        self.correcting = ""  # the id of the line being corrected in the log line, if any
        self._agenda_at: int | None = None  # the agenda item marked in the plan
        self.opened_at = now()  # the clock runs from here when the meeting has no start time
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * SCALE)
        self.setFont(font)
        self.setWindowTitle(self.tr("At the table"))
        self._build()
        self._keys()
        self._clock = QTimer(self)
        self._clock.setInterval(15_000)
        self._clock.timeout.connect(self._show_clock)
        self._clock.start()
        self._warning_timer = QTimer(self)
        self._warning_timer.setSingleShot(True)
        self._warning_timer.setInterval(WARNING_MS)
        self._warning_timer.timeout.connect(self.warning_label.clear)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.gate_label = self._label("gate")
        self.gate_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = self._label("title")
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.title_label.setFont(bold)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("rounds")
        self.round_combo.setAccessibleName(self.tr("Meeting round"))
        self.round_combo.activated.connect(self._on_round_combo_activated)
        self.new_round_button = QPushButton(self.tr("&New meeting"))
        self.new_round_button.clicked.connect(self.start_new_round)
        self.attendees_edit = QLineEdit()
        self.attendees_edit.setObjectName("attendees")
        self.attendees_edit.setAccessibleName(self.tr("Present"))
        self.attendees_edit.textEdited.connect(self._on_attendees_edit_text_edited)
        self.next_edit = QLineEdit()
        self.next_edit.setObjectName("next_meeting")
        self.next_edit.setAccessibleName(self.tr("Next meeting"))
        self.next_edit.setPlaceholderText(self.tr("When, and about what"))
        self.next_edit.textEdited.connect(self._on_next_edit_text_edited)
        details = QHBoxLayout()
        for label, edit in (
            (self.tr("&Present:"), self.attendees_edit),
            (self.tr("Ne&xt meeting:"), self.next_edit),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(edit)
            details.addWidget(buddy)
            details.addWidget(edit, 1)
        self.clock_label = self._label("clock")
        self.clock_label.setWordWrap(False)
        self.clock_label.setFont(bold)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.round_combo)
        header.addWidget(self.new_round_button)

        self.plan_label = self._label("plan")
        self.pressure_label = self._label("pressure")
        self.pressure_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.pressure_label.hide()
        plan = QWidget()
        plan_layout = QVBoxLayout(plan)
        plan_layout.addWidget(self.pressure_label)
        plan_layout.addWidget(self.plan_label)
        plan_layout.addStretch(1)
        self.topics_label = self._label("topics")
        topics = QWidget()
        topics_layout = QVBoxLayout(topics)
        topics_layout.addWidget(self.topics_label)
        topics_layout.addStretch(1)
        self.log_list = QListWidget()
        self.log_list.setObjectName("log")
        self.log_list.setAccessibleName(self.tr("Log of this meeting"))
        self.log_list.setWordWrap(True)
        self.log_list.setAlternatingRowColors(True)
        self.log_list.installEventFilter(self)
        self.log_heading = self._label("log_heading")
        log = QVBoxLayout()
        log.setContentsMargins(0, 0, 0, 0)
        log.addWidget(self.log_heading)
        log.addWidget(self.log_list, 1)
        columns = QHBoxLayout()
        columns.addWidget(_scrolled(plan), 3)
        columns.addWidget(_scrolled(topics), 4)
        columns.addLayout(log, 4)

        self.kind_label = self._label("kind")
        self.line = QLineEdit()
        self.line.setObjectName("log_line")
        self.line.setAccessibleName(self.tr("Log a line"))
        self.line.setPlaceholderText(
            self.tr(
                "Type and press Enter · a: agreement  ac: action  o: open point  g:/k: give/get"
                "  s: signal  c: quote · ! internal  @who  dd-mm  #topic"
            )
        )
        self.line.returnPressed.connect(self.log_typed_line)
        self.line.textChanged.connect(self._show_kind)
        self.line.installEventFilter(self)
        self.warning_label = self._label("warning")
        self.keys_label = self._label("keys")
        self.keys_label.setEnabled(False)  # quiet
        self.keys_label.setText(
            self.tr(
                "Ctrl+1…6 kind · ↑ correct a line · F9 pressure questions · Ctrl+N new meeting"
                " · F11 full screen"
            )
        )
        self.finish_button = QPushButton(self.tr("&Finish..."))
        self.finish_button.setObjectName("finish")
        self.finish_button.setToolTip(self.tr("Draft the reflection from this meeting's log"))
        self.finish_button.clicked.connect(self.finish_requested)
        self.report_button = QPushButton(self.tr("Meeting &report..."))
        self.report_button.setObjectName("report")
        self.report_button.clicked.connect(self.report_requested)
        entry = QHBoxLayout()
        entry.addWidget(self.kind_label)
        entry.addWidget(self.line, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.keys_label, 1)
        footer.addWidget(self.report_button)
        footer.addWidget(self.finish_button)

        self.read_only_banner = ReadOnlyBanner()  # the window says when edits stay in the copy
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.gate_label)
        layout.addLayout(header)
        layout.addLayout(details)
        layout.addWidget(self.clock_label)
        layout.addLayout(columns, 1)
        layout.addWidget(self.warning_label)
        layout.addLayout(entry)
        layout.addLayout(footer)
        self.setFocusProxy(self.line)
        self.resize(1280, 800)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def _keys(self) -> None:
        for number, kind in enumerate(KEY_KINDS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda k=kind: self.choose_kind(k))
        QShortcut(QKeySequence(Qt.Key.Key_F11), self).activated.connect(self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self).activated.connect(self.toggle_pressure)
        QShortcut(QKeySequence("Ctrl+N"), self).activated.connect(self.start_new_round)

    # --- what is shown ----------------------------------------------------------------------

    def show_for(self, prep: Preparation | None) -> None:
        """Show `prep` (None: nothing to show); what is typed in the line stays."""
        if prep is not self.prep:
            self.prep = prep
            self.round_id = ""
            self.correcting = ""  # a line of another preparation: what is typed is logged new
        rounds = [] if prep is None else prep.meetings
        if not any(m.id == self.round_id for m in rounds):
            latest = max(rounds, key=lambda m: m.number, default=None)
            self.round_id = "" if latest is None else latest.id
        self.refresh()

    def meeting(self) -> MeetingRound | None:
        """The round shown, or None before the first line of a preparation without rounds."""
        if self.prep is None:
            return None
        return next((m for m in self.prep.meetings if m.id == self.round_id), None)

    def entries(self) -> list[LogEntry]:
        """This round's log, as it reads."""
        if self.prep is None:
            return []
        return [e for e in in_order(self.prep.log) if e.round_id == self.round_id]

    def refresh(self) -> None:
        """Show the preparation as it is now (after a save, a merge, a colleague's change)."""
        prep = self.prep
        self.line.setEnabled(prep is not None)
        for button in (self.finish_button, self.report_button):
            button.setEnabled(prep is not None and self.meeting() is not None)
        if prep is None:
            for label in (self.gate_label, self.plan_label, self.topics_label, self.title_label):
                label.clear()
            self.log_list.clear()
            self.round_combo.clear()
            return
        self.title_label.setText(
            _e(prep.title or self.tr("Untitled")) + " · " + _e(prep.counterparty)
        )
        self._show_gate(prep)
        self._show_rounds(prep)
        self._show_details()
        self.plan_label.setText(self._plan_html(prep))
        self.pressure_label.setText(self._pressure_html(prep))
        self.topics_label.setText(self._topics_html(prep))
        self._show_log()
        self._show_kind()
        self._show_clock()

    def _show_gate(self, prep: Preparation) -> None:
        answer = gate.answer(prep, self._policy(), self._today(), ui_language())
        if not answer.public:
            self.gate_label.hide()
            return
        language = answer.language
        lines = [f"<b>{_e(answer.symbol)}  {_e(answer.verdict)}</b>"]
        lines += [_e(check.text) for check in answer.checks if check.level is gate.Level.BLOCK]
        if answer.entry is not None:
            may, may_not = self.tr("May"), self.tr("May not")
            lines.append(f"<b>{_e(may)}:</b> {_e(answer.entry.may.text(language))}")
            lines.append(f"<b>{_e(may_not)}:</b> {_e(answer.entry.may_not.text(language))}")
        self.gate_label.setText("<br>".join(lines))
        self.gate_label.show()

    def _show_rounds(self, prep: Preparation) -> None:
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for meeting in sorted(prep.meetings, key=lambda m: m.number):
            self.round_combo.addItem(self._round_name(meeting), meeting.id)
        if self.meeting() is None:
            self.round_combo.addItem(
                self.tr("Meeting {n} (starts with the first line)").format(
                    n=max((m.number for m in prep.meetings), default=0) + 1
                ),
                "",
            )
        self.round_combo.setCurrentIndex(max(0, self.round_combo.findData(self.round_id)))
        self.round_combo.blockSignals(False)

    def _show_details(self) -> None:
        """The round's attendees and next meeting; a field being typed in keeps its text."""
        meeting = self.meeting()
        if meeting is not None:
            attendees = meeting.attendees
        else:
            attendees = "" if self.prep is None else proposed_attendees(self.prep)
        for edit, text in (
            (self.attendees_edit, attendees),
            (self.next_edit, "" if meeting is None else meeting.next_meeting),
        ):
            if not edit.hasFocus() and edit.text() != text:
                edit.setText(text)

    def _round_for_details(self) -> MeetingRound | None:
        """The round the details are typed for: started now if the meeting has none yet."""
        if self.prep is None:
            return None
        meeting = self.meeting()
        if meeting is None:
            meeting = new_round(self.prep, self._today())
            self.round_id = meeting.id
            self._show_rounds(self.prep)
        return meeting

    @Slot(str)
    def _on_attendees_edit_text_edited(self, text: str) -> None:
        meeting = self._round_for_details()
        if meeting is not None:
            meeting.attendees = text
            self._edited(False)

    @Slot(str)
    def _on_next_edit_text_edited(self, text: str) -> None:
        meeting = self._round_for_details()
        if meeting is not None:
            meeting.next_meeting = text
            self._edited(False)

    def _round_name(self, meeting: MeetingRound) -> str:
        day = format_date(meeting.held_on) if meeting.held_on else ""
        return self.tr("Meeting {n}").format(n=meeting.number) + (f" · {day}" if day else "")

    def _plan_html(self, prep: Preparation) -> str:
        parts: list[str] = []
        opening = prep.opening
        if not opening.is_empty:
            parts.append(_heading(self.tr("Opening")))
            for label, text in (
                (self.tr("What we come to do"), opening.come_to_do),
                (self.tr("What we come to get"), opening.come_to_get),
            ):
                if text.strip():
                    parts.append(f"<i>{_e(label)}:</i> {_e(text)}")
        agenda = [a for a in prep.opportunity.agenda if a.topic.strip()]
        self._agenda_at = current = self._current_agenda_index()
        if agenda:
            parts.append(_heading(self.tr("Agenda")))
            for number, item in enumerate(agenda, start=1):
                minutes = self.tr("{n} min").format(n=item.minutes) if item.minutes else ""
                text = f"{number}. {_e(item.topic)}" + (
                    f" <i>({_e(minutes)})</i>" if minutes else ""
                )
                parts.append(f"<b>▸ {text}</b>" if number - 1 == current else text)
        wishes = [w for w in prep.wishes if w.description.strip()]
        if wishes:
            parts.append(_heading(self.tr("The one wish")))
            parts.append(_e(wishes[0].description))
        lines = red_lines(prep)
        if lines:
            parts.append(_heading(self.tr("Red lines")))
            parts += [f"✗ {_e(line.text)}" for line in lines]
        parts.append(_heading(self.tr("Principles")))
        for principle in prep.checklist.principles:
            name = _tr("TabTexts", PRINCIPLES[principle.principle][0])
            action = f": {_e(principle.action)}" if principle.action.strip() else ""
            parts.append(f"<span style='color: palette(mid)'>{_e(name)}{action}</span>")
        return "<br>".join(parts)

    def _pressure_html(self, prep: Preparation) -> str:
        parts = [_heading(self.tr("Under pressure? (F9)"))]
        for answer in prep.checklist.pressure:
            question = _tr("TabTexts", QUESTIONS[answer.question][0])
            own = f" {_e(answer.answer)}" if answer.answer.strip() else ""
            parts.append(f"<b>{_e(question)}</b>{own}")
        return "<br>".join(parts)

    def _topics_html(self, prep: Preparation) -> str:
        topics = [t for t in prep.capacity.topics if t.name.strip()]
        if not topics:
            return "<i>" + _e(self.tr("No topics planned (Capacity step).")) + "</i>"
        rank = {priority: n for n, priority in enumerate(Priority)}
        entries = self.entries()
        trades = balances(entries)
        cards = [_heading(self.tr("Topics"))]
        for topic in sorted(topics, key=lambda t: rank[t.priority]):
            cards.append(self._topic_html(topic, entries, trades.get(topic.id)))
        return "<br>".join(cards)

    def _topic_html(self, topic: Topic, entries: list[LogEntry], trade: Balance | None) -> str:
        lines = [f"<b>{_e(topic.name)}</b>"]
        plan = [
            f"<i>{_e(label)}:</i> {_e(text)}"
            for label, text in (
                (self.tr("Hope"), topic.hope),
                (self.tr("Enough"), topic.enough),
                (self.tr("Our limit"), topic.our_limit),
            )
            if text.strip()
        ]
        if plan:
            lines.append(" · ".join(plan))
        placed = topic_standing(topic, entries)
        if placed is not None:
            where, entry = placed
            name = _tr(CONTEXT, STANDING_NAMES[where])
            text = f"{STANDING_SYMBOLS[where]} {_e(name)} ({_e(entry.text)})"
            lines.append(f"<b>{text}</b>" if where is Standing.PAST_LIMIT else text)
        gave, got_label = self.tr("We gave"), self.tr("We got")
        given, got = (trade.given, trade.got) if trade is not None else ((), ())
        if given or got:
            lines.append(
                f"<i>{_e(gave)}:</i> {_e('; '.join(given)) or '–'} · "
                f"<i>{_e(got_label)}:</i> {_e('; '.join(got)) or '–'}"
            )
        return "<br>".join(lines) + "<br>"

    def _show_log(self) -> None:
        self.log_list.blockSignals(True)
        self.log_list.clear()
        topics = {} if self.prep is None else {t.id: t.name for t in self.prep.capacity.topics}
        for entry in self.entries():
            item = QListWidgetItem(self._entry_text(entry, topics))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.log_list.addItem(item)
        self.log_list.scrollToBottom()
        self.log_list.blockSignals(False)
        heading = _heading(self.tr("Log")).removeprefix("<br>")
        if not self.log_list.count():
            heading += (
                "<br><i>" + _e(self.tr("Nothing logged yet: type below and press Enter.")) + "</i>"
            )
        self.log_heading.setText(heading)

    def _entry_text(self, entry: LogEntry, topics: dict[str, str]) -> str:
        moment = entry.at.astimezone().strftime("%H:%M")
        extra = [entry.owner, format_date(entry.due) if entry.due else ""]
        if entry.topic_id in topics:
            extra.append("#" + topics[entry.topic_id])
        if entry.internal:
            extra.append(self.tr("internal"))
        said = ", ".join(part for part in extra if part)
        kind = f"{KIND_SYMBOLS[entry.kind]} {kind_name(entry.kind)}"
        return f"{moment}  {kind}: {entry.text}" + (f"  ({said})" if said else "")

    @Slot()
    def _show_kind(self) -> None:
        """The kind the line will be logged as: its prefix's, else the one chosen."""
        parsed = parse_line(self.line.text(), self.kind, self._today())
        name = f"<b>{_e(kind_name(parsed.kind))}</b>"
        if parsed.internal:
            name += " " + _e(self.tr("(internal)"))
        if self.correcting:
            name = _e(self.tr("Correcting:")) + " " + name
        self.kind_label.setText(name)

    @Slot()
    def _show_clock(self) -> None:
        now = self._now().astimezone()
        text = now.strftime("%H:%M")
        started = self._started()
        if started is not None and started <= now:
            minutes = int((now - started).total_seconds() // 60)
            text += " · " + self.tr("{n} min under way").format(n=minutes)
            left = self._agenda_left(minutes)
            if left is not None:
                text += " · " + left
        self.clock_label.setText(_e(text))
        if self.prep is not None and self._current_agenda_index() != self._agenda_at:
            self.plan_label.setText(self._plan_html(self.prep))  # the next item is marked

    def _started(self) -> dt.datetime | None:
        """When the meeting started: its planned start today, else when this screen opened.

        None when the round shown was held on another day: no clock runs for it.
        """
        prep, meeting = self.prep, self.meeting()
        if meeting is not None and meeting.held_on not in (None, self._today()):
            return None
        if prep is not None and prep.meeting.start and prep.meeting.date == self._today():
            return dt.datetime.combine(prep.meeting.date, prep.meeting.start).astimezone()
        return self.opened_at.astimezone()

    def _agenda_boxes(self) -> list[tuple[int, int]]:
        """Each timed agenda item's start and end, in minutes from the start."""
        boxes, at = [], 0
        agenda = (
            []
            if self.prep is None
            else [a for a in self.prep.opportunity.agenda if a.topic.strip()]
        )
        for item in agenda:
            length = item.minutes or 0
            boxes.append((at, at + length))
            at += length
        return boxes

    def _current_agenda_index(self) -> int | None:
        started = self._started()
        if started is None:
            return None
        minutes = int((self._now().astimezone() - started).total_seconds() // 60)
        for index, (start, end) in enumerate(self._agenda_boxes()):
            if start <= minutes < end:
                return index
        return None

    def _agenda_left(self, minutes: int) -> str | None:
        boxes = self._agenda_boxes()
        if not boxes or boxes[-1][1] == 0:
            return None
        for number, (start, end) in enumerate(boxes, start=1):
            if start <= minutes < end:
                return self.tr("item {n}, {left} min left").format(n=number, left=end - minutes)
        if minutes >= boxes[-1][1]:
            return self.tr("{n} min over time").format(n=minutes - boxes[-1][1])
        return None

    # --- typing -----------------------------------------------------------------------------

    def choose_kind(self, kind: EntryKind) -> None:
        """The kind of the next line without a prefix; the trade key turns give into get."""
        if kind is EntryKind.GIVE and self.kind is EntryKind.GIVE:
            kind = EntryKind.GET
        self.kind = kind
        self._show_kind()
        self.line.setFocus()

    @Slot()
    def log_typed_line(self) -> LogEntry | None:
        """Log what is typed in the line (Enter); the line empties only once it is logged."""
        prep = self.prep
        text = self.line.text()
        if prep is None or not text.strip():
            return None
        meeting = self.meeting()
        day = meeting.held_on if meeting is not None and meeting.held_on else self._today()
        parsed = parse_line(text, self.kind, day)
        if not parsed.text.strip():
            self._warn([], self.tr("Nothing to log after the prefix."))
            return None
        body = parsed.text
        topic = topic_for(parsed.topic_name, prep.capacity.topics)
        if parsed.topic_name and topic is None:
            body += f" #{parsed.topic_name}"  # no such topic: the words stay in the line
        corrected = next((e for e in prep.log if e.id == self.correcting), None)
        if corrected is not None:
            corrected.kind, corrected.text, corrected.internal = parsed.kind, body, parsed.internal
            corrected.owner, corrected.due = parsed.owner, parsed.due
            corrected.topic_id = None if topic is None else topic.id
            self._stop_correcting()
            self._edited(True)
            self.refresh()
            self._warn(warnings_for(corrected, prep))
            return corrected
        if meeting is None:
            meeting = new_round(prep, self._today())
            self.round_id = meeting.id
        entry = LogEntry(
            round_id=meeting.id,
            at=self._now(),
            kind=parsed.kind,
            text=body,
            owner=parsed.owner,
            due=parsed.due,
            topic_id=None if topic is None else topic.id,
            internal=parsed.internal,
        )
        prep.log.append(entry)
        self.line.clear()
        self._edited(True)
        self.refresh()
        self._warn(warnings_for(entry, prep))
        return entry

    def _warn(self, warnings: list[Warning], plain: str = "") -> None:
        texts = [plain] if plain else []
        for warning in warnings:
            if warning.kind is WarningKind.PAST_LIMIT:
                texts.append(
                    self.tr("Past our limit for {topic} (limit: {limit}).").format(
                        topic=warning.about, limit=warning.limit
                    )
                )
            else:
                texts.append(
                    self.tr("This may touch a red line: {line}").format(line=warning.about)
                )
        if texts:
            self.warning_label.setText("⚠ " + _e(" ".join(texts)))
            self._warning_timer.start()
        else:
            self.warning_label.clear()

    @Slot()
    def start_new_round(self) -> None:
        """Start the next meeting round (a new day with the supplier)."""
        if self.prep is None:
            return
        self.round_id = new_round(self.prep, self._today()).id
        self._edited(True)
        self.refresh()
        self.line.setFocus()

    @Slot(int)
    def _on_round_combo_activated(self, index: int) -> None:
        self.round_id = str(self.round_combo.itemData(index) or "")
        self.refresh()
        self.line.setFocus()

    # --- correcting the log -----------------------------------------------------------------

    def _entry(self, item: QListWidgetItem | None) -> LogEntry | None:
        if item is None or self.prep is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.prep.log if e.id == wanted), None)

    def correct_selected(self) -> None:
        """Put the selected line back in the log line, to correct it; Enter stores it again."""
        entry = self._entry(self.log_list.currentItem())
        if entry is None:
            return
        self.correcting = entry.id
        self.kind = entry.kind
        self.line.setText(_typed_form(entry, self.prep))
        self._show_kind()
        self.line.setFocus()

    def _stop_correcting(self) -> None:
        self.correcting = ""
        self.line.clear()
        self._show_kind()

    def move_selected(self, step: int) -> None:
        """Move the selected line up (-1) or down (+1): it takes its neighbour's moment."""
        row = self.log_list.currentRow()
        entries = self.entries()
        other = row + step
        if not (0 <= row < len(entries) and 0 <= other < len(entries)):
            return
        mine, theirs = entries[row], entries[other]
        mine.at, theirs.at = theirs.at, mine.at
        if mine.at == theirs.at:  # the same millisecond: order by a millisecond apart
            mine.at += dt.timedelta(milliseconds=step)
        self._edited(True)
        self.refresh()
        self.log_list.setCurrentRow(other)

    def remove_selected(self) -> None:
        """Remove the selected line from the log."""
        entry = self._entry(self.log_list.currentItem())
        if entry is None or self.prep is None:
            return
        row = self.log_list.currentRow()
        self.prep.log.remove(entry)
        self._edited(True)
        self.refresh()
        if self.log_list.count():
            self.log_list.setCurrentRow(min(row, self.log_list.count() - 1))
        else:
            self.line.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        if watched is self.line:
            if key == Qt.Key.Key_Up and not self.line.text() and self.log_list.count():
                self.log_list.setFocus()
                self.log_list.setCurrentRow(self.log_list.count() - 1)
                return True
            if key == Qt.Key.Key_Escape and self.correcting:
                self._stop_correcting()  # the line stays as it was
                return True
            if key == Qt.Key.Key_Escape and self.isFullScreen():
                self.toggle_full_screen()
                return True
        elif watched is self.log_list:
            if mods & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.correct_selected()
                return True
            if key == Qt.Key.Key_Escape:
                self.line.setFocus()
                return True
        return super().eventFilter(watched, event)

    # --- the screen -------------------------------------------------------------------------

    @Slot()
    def toggle_full_screen(self) -> None:
        """F11: full screen and back."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.line.setFocus()

    @Slot()
    def toggle_pressure(self) -> None:
        """F9: the three pressure questions, shown and hidden."""
        self.pressure_label.setVisible(not self.pressure_label.isVisible())
        self.line.setFocus()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        self.line.setFocus()


def _typed_form(entry: LogEntry, prep: Preparation | None) -> str:
    """The entry as it could have been typed, to correct it in the log line."""
    mark = "!" if entry.internal else ""
    parts = [f"{_PREFIX_OF[entry.kind]}{mark}: {entry.text}"]
    topic = (
        None
        if prep is None
        else next((t for t in prep.capacity.topics if t.id == entry.topic_id), None)
    )
    if topic is not None and topic.name.split():
        parts.append("#" + topic.name.split()[0])
    if entry.owner:
        parts.append("@" + entry.owner)
    if entry.due is not None:
        parts.append(entry.due.strftime("%d-%m-%Y"))
    return " ".join(parts)


def _heading(text: str) -> str:
    return f"<br><b>{_e(text)}</b>"


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
