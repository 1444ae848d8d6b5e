"""The merge dialog: for each field both sides changed, keep my version or theirs."""

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.dates import format_date, format_moment, format_time
from nlinkoop.domain.money import format_amount
from nlinkoop.store.merge import Conflict, Side

VALUE_LIMIT = 600  # characters of a long text shown in a cell; the rest is cut with "…"


def value_text(value: object) -> str:
    """A stored value as the user reads it: Dutch amounts and dates, "(leeg)" for nothing."""
    if value is None or value == "":
        return QCoreApplication.translate("MergeDialog", "(empty)")
    if isinstance(value, bool):
        yes = QCoreApplication.translate("MergeDialog", "yes")
        return yes if value else QCoreApplication.translate("MergeDialog", "no")
    if isinstance(value, Decimal):
        return format_amount(value) if value.is_finite() else str(value)
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%d-%m-%Y %H:%M")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, dt.time):
        return format_time(value)
    if isinstance(value, Enum):
        return str(value.value)
    text = str(value)
    return text if len(text) <= VALUE_LIMIT else text[: VALUE_LIMIT - 1] + "…"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for lupdate; it is translated where it is shown."""
    return text


# The lists of a preparation (child tables) and their common columns, as the user knows them.
LIST_NAMES = {
    "participants": QT_TRANSLATE_NOOP("MergeDialog", "Attendees"),
    "explicit_items": QT_TRANSLATE_NOOP("MergeDialog", "Said outright"),
    "agenda_items": QT_TRANSLATE_NOOP("MergeDialog", "Agenda"),
    "field_entries": QT_TRANSLATE_NOOP("MergeDialog", "Playing field"),
    "cost_lines": QT_TRANSLATE_NOOP("MergeDialog", "Cost build-up"),
    "policy_goals": QT_TRANSLATE_NOOP("MergeDialog", "Policy goals"),
    "todos": QT_TRANSLATE_NOOP("MergeDialog", "To-dos"),
    "alternatives": QT_TRANSLATE_NOOP("MergeDialog", "Alternatives"),
    "criteria": QT_TRANSLATE_NOOP("MergeDialog", "Objective criteria"),
    "topics": QT_TRANSLATE_NOOP("MergeDialog", "Topics and trade-offs"),
    "interests": QT_TRANSLATE_NOOP("MergeDialog", "Interests"),
    "uncertainties": QT_TRANSLATE_NOOP("MergeDialog", "Uncertainties"),
    "joint_options": QT_TRANSLATE_NOOP("MergeDialog", "Joint value"),
    "questions": QT_TRANSLATE_NOOP("MergeDialog", "Questions to ask"),
    "share_items": QT_TRANSLATE_NOOP("MergeDialog", "What we share"),
    "team_members": QT_TRANSLATE_NOOP("MergeDialog", "Team"),
    "pattern_checks": QT_TRANSLATE_NOOP("MergeDialog", "Transactional patterns"),
    "principle_actions": QT_TRANSLATE_NOOP("MergeDialog", "Relational principles"),
    "pressure_answers": QT_TRANSLATE_NOOP("MergeDialog", "Questions under pressure"),
    "red_lines": QT_TRANSLATE_NOOP("MergeDialog", "Red lines"),
    "wishes": QT_TRANSLATE_NOOP("MergeDialog", "Wishes"),
    "award_criteria": QT_TRANSLATE_NOOP("MergeDialog", "Award criteria"),
    "sample_tenders": QT_TRANSLATE_NOOP("MergeDialog", "Sample tenders"),
    "tender_scores": QT_TRANSLATE_NOOP("MergeDialog", "Scores of sample tenders"),
    "topic_outcomes": QT_TRANSLATE_NOOP("MergeDialog", "Outcome per topic"),
    "principle_reviews": QT_TRANSLATE_NOOP("MergeDialog", "Principles looked back on"),
    "meeting_rounds": QT_TRANSLATE_NOOP("MergeDialog", "Meetings held"),
    "log_entries": QT_TRANSLATE_NOOP("MergeDialog", "Meeting log"),
    # Not a list, but named the same way: "Inkoopbeleid: naam".
    "policy": QT_TRANSLATE_NOOP("MergeDialog", "Procurement policy"),
}
FIELD_NAMES = {
    "text": QT_TRANSLATE_NOOP("MergeDialog", "text"),
    "what": QT_TRANSLATE_NOOP("MergeDialog", "what"),
    "why": QT_TRANSLATE_NOOP("MergeDialog", "why"),
    "name": QT_TRANSLATE_NOOP("MergeDialog", "name"),
    "role": QT_TRANSLATE_NOOP("MergeDialog", "role"),
    "note": QT_TRANSLATE_NOOP("MergeDialog", "note"),
    "description": QT_TRANSLATE_NOOP("MergeDialog", "description"),
    "priority": QT_TRANSLATE_NOOP("MergeDialog", "priority"),
    "party": QT_TRANSLATE_NOOP("MergeDialog", "party"),
    "side": QT_TRANSLATE_NOOP("MergeDialog", "side"),
    "answer": QT_TRANSLATE_NOOP("MergeDialog", "answer"),
    "action": QT_TRANSLATE_NOOP("MergeDialog", "action"),
    "topic": QT_TRANSLATE_NOOP("MergeDialog", "topic"),
    "position": QT_TRANSLATE_NOOP("MergeDialog", "order"),
    "amount": QT_TRANSLATE_NOOP("MergeDialog", "amount"),
    "points": QT_TRANSLATE_NOOP("MergeDialog", "points"),
    "price": QT_TRANSLATE_NOOP("MergeDialog", "price"),
    "done": QT_TRANSLATE_NOOP("MergeDialog", "done"),
    "kind": QT_TRANSLATE_NOOP("MergeDialog", "kind"),
    "minutes": QT_TRANSLATE_NOOP("MergeDialog", "minutes"),
    # the topics' limit, the meetings and their log (aan tafel)
    "our_limit": QT_TRANSLATE_NOOP("MergeDialog", "our limit"),
    "number": QT_TRANSLATE_NOOP("MergeDialog", "number"),
    "held_on": QT_TRANSLATE_NOOP("MergeDialog", "held on"),
    "attendees": QT_TRANSLATE_NOOP("MergeDialog", "present"),
    "next_meeting": QT_TRANSLATE_NOOP("MergeDialog", "next meeting"),
    "at": QT_TRANSLATE_NOOP("MergeDialog", "time"),
    "owner": QT_TRANSLATE_NOOP("MergeDialog", "who"),
    "due": QT_TRANSLATE_NOOP("MergeDialog", "by when"),
    "internal": QT_TRANSLATE_NOOP("MergeDialog", "internal"),
    "round_id": QT_TRANSLATE_NOOP("MergeDialog", "meeting"),
    "topic_id": QT_TRANSLATE_NOOP("MergeDialog", "topic"),
    "reflection_round_id": QT_TRANSLATE_NOOP("MergeDialog", "reflection: meeting"),
    # a preparation's fields for the legal gate, should no tab show them with a label
    "contract_kind": QT_TRANSLATE_NOOP("MergeDialog", "kind of contract"),
    "authority": QT_TRANSLATE_NOOP("MergeDialog", "contracting authority"),
    "value_includes_options": QT_TRANSLATE_NOOP("MergeDialog", "value includes options"),
    # the procurement policy's limits
    "single_up_to": QT_TRANSLATE_NOOP(
        "MergeDialog", "single private up to (supplies and services)"
    ),
    "multiple_up_to": QT_TRANSLATE_NOOP(
        "MergeDialog", "multiple private up to (supplies and services)"
    ),
    "works_single_up_to": QT_TRANSLATE_NOOP("MergeDialog", "single private up to (works)"),
    "works_multiple_up_to": QT_TRANSLATE_NOOP("MergeDialog", "multiple private up to (works)"),
}


def plain_label(conflict: Conflict) -> str:
    """A field's name made readable from its column name, where no label is known.

    A list item's field reads "Belangen: wat" (the list, then the field); so does a field of
    the procurement policy ("Inkoopbeleid: naam").
    """
    known = FIELD_NAMES.get(conflict.field)
    words = (
        QCoreApplication.translate("MergeDialog", known)
        if known is not None
        else conflict.field.replace("_", " ").strip()
    )
    if conflict.table in ("preparations", "profiles"):
        return words[:1].upper() + words[1:]
    listed = LIST_NAMES.get(conflict.table)
    table = (
        QCoreApplication.translate("MergeDialog", listed)
        if listed is not None
        else conflict.table.replace("_", " ").capitalize()
    )
    return f"{table}: {words}"


def _stamp(by: str, at: dt.datetime) -> str:
    when = format_moment(at)  # to the second: both sides often change in the same minute
    return f"{by}, {when}" if by else when


class MergeDialog(QDialog):
    """One row per conflict: the preparation and field, my version and theirs, side by side.

    The newer version of each is chosen at the start. Build it and read `choices()`, or use
    `ask()`, which is what the document's `resolve` callback calls.

    Args:
        conflicts: what both sides changed differently.
        label: a field's readable name for a conflict (default: made from the column name).
        parent: the Qt parent.
    """

    def __init__(
        self,
        conflicts: Sequence[Conflict],
        label: Callable[[Conflict], str] = plain_label,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge changes"))
        self.resize(860, 560)
        self._groups: list[QButtonGroup] = []
        self.mine_buttons: list[QRadioButton] = []
        self.theirs_buttons: list[QRadioButton] = []

        intro = QLabel(
            self.tr(
                "You and someone else changed the same fields. Choose per field which version "
                "to keep; the newer one is chosen already."
            )
        )
        intro.setWordWrap(True)

        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(10)
        grid.setColumnMinimumWidth(0, 220)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Preparation and field"), self.tr("My version"), self.tr("Their version"))
        ):
            header = QLabel(text)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        for index, conflict in enumerate(conflicts):
            row = 1 + 2 * index
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(line, row, 0, 1, 3)
            what = _escape(label(conflict))
            # the policy's name (or a profile's person) may be empty: then only the field
            where = QLabel(
                f"<b>{_escape(conflict.title)}</b><br>{what}" if conflict.title else what
            )
            where.setTextFormat(Qt.TextFormat.RichText)
            where.setWordWrap(True)
            where.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(where, row + 1, 0)
            group = QButtonGroup(self)
            mine = self._side(grid, row + 1, 1, conflict.mine)
            theirs = self._side(grid, row + 1, 2, conflict.theirs)
            mine_stamp = _stamp(conflict.mine_by, conflict.mine_at)
            theirs_stamp = _stamp(conflict.theirs_by, conflict.theirs_at)
            mine.setText(mine_stamp)  # the column says whose; the button says who and when
            theirs.setText(theirs_stamp)
            mine.setAccessibleName(self.tr("Mine ({stamp})").format(stamp=mine_stamp))
            theirs.setAccessibleName(self.tr("Theirs ({stamp})").format(stamp=theirs_stamp))
            mine.setObjectName(f"mine_{index}")
            theirs.setObjectName(f"theirs_{index}")
            group.addButton(mine)
            group.addButton(theirs)
            (mine if conflict.newer == "mine" else theirs).setChecked(True)
            self._groups.append(group)
            self.mine_buttons.append(mine)
            self.theirs_buttons.append(theirs)
        grid.setRowStretch(1 + 2 * len(conflicts), 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_widget)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.all_mine_button = QPushButton(self.tr("All &mine"))
        self.all_mine_button.setObjectName("all_mine")
        self.all_theirs_button = QPushButton(self.tr("All &theirs"))
        self.all_theirs_button.setObjectName("all_theirs")
        self.all_mine_button.clicked.connect(self._on_all_mine_button_clicked)
        self.all_theirs_button.clicked.connect(self._on_all_theirs_button_clicked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.all_mine_button)
        bottom.addWidget(self.all_theirs_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

    def _side(self, grid: QGridLayout, row: int, column: int, value: object) -> QRadioButton:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        button = QRadioButton()
        shown = QLabel(value_text(value))
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setContentsMargins(22, 0, 0, 0)  # under the radio button's text, not its circle
        button.setAccessibleDescription(shown.text())
        box.addWidget(button)
        box.addWidget(shown)
        box.addStretch(1)
        grid.addWidget(cell, row, column)
        return button

    def choices(self) -> list[Side]:
        """What is chosen now, one side per conflict in order."""
        return ["mine" if b.isChecked() else "theirs" for b in self.mine_buttons]

    @Slot()
    def _on_all_mine_button_clicked(self) -> None:
        for button in self.mine_buttons:
            button.setChecked(True)

    @Slot()
    def _on_all_theirs_button_clicked(self) -> None:
        for button in self.theirs_buttons:
            button.setChecked(True)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        conflicts: Sequence[Conflict],
        label: Callable[[Conflict], str] = plain_label,
    ) -> list[Side] | None:
        """Show the dialog; one side per conflict, or None when the user cancels."""
        dialog = cls(conflicts, label, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choices()
        finally:
            dialog.deleteLater()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
