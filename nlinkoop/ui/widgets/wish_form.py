"""The selected wish: what is enough and what we aspire to, its substantiation and its worth."""

from decimal import Decimal

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.common import one_line
from nlinkoop.domain.money import format_euro
from nlinkoop.domain.wishes import Wish, wish_worth
from nlinkoop.ui.binding import FieldBinder
from nlinkoop.ui.widgets.text_box import TextBox

TITLE_CHARACTERS = 70  # a longer description is cut in the group's title


class SelectedWish:
    """The selected wish under the name `wishes`, so bound paths read as in the JSON format.

    "wishes.enough" is the `enough` of whichever wish is selected. One object per selection:
    undo commands keep it, so undoing an edit changes the wish that was edited.
    """

    def __init__(self, wish: Wish) -> None:
        self.wishes = wish


def worth(wish: Wish) -> Decimal | None:
    """What scoring on the wish is worth in euros, when its points and euros are known."""
    if wish.points is None or wish.euro_per_point is None:
        return None
    return wish_worth(wish.points, wish.euro_per_point)


class WishForm(QGroupBox):
    """The form of the wish selected in the table; disabled while none is selected.

    Args:
        undo_stack: where edits go (the tab's stack).
        parent: the Qt parent.

    Signals:
        changed: the user edited the wish, or undo/redo changed it.
    """

    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wish: Wish | None = None
        self.number = 0
        self.binder = FieldBinder(undo_stack, self)
        self.binder.changed.connect(self._on_binder_changed)
        layout = QVBoxLayout(self)
        self.worth_label = QLabel(self)
        self.worth_label.setObjectName("worth")
        self.worth_label.setWordWrap(True)
        self.worth_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.worth_label)

        levels = QHBoxLayout()
        self.enough_edit = self._level(
            levels,
            "wishes.enough",
            self.tr("Enough (the achievable 6)"),
            self.tr("What we ask for and score on: a level a good supplier reaches."),
            filled=True,
        )
        self.aspiration_edit = self._level(
            levels,
            "wishes.aspiration",
            self.tr("Aspiration (the 7.5)"),
            self.tr("What we would love on top. Welcome if it comes, but we do not ask for it."),
            filled=False,
        )
        layout.addLayout(levels)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.customer_value_edit = self._text(
            form, "wishes.customer_value", self.tr("Customer value")
        )
        self.development_edit = self._text(
            form, "wishes.organisational_development", self.tr("Organisational development")
        )
        self.process_edit = self._text(form, "wishes.process_quality", self.tr("Process quality"))
        layout.addLayout(form)
        self.show_wish(None)

    def show_wish(self, wish: Wish | None, number: int = 0) -> None:
        """Show `wish` (the `number`th in the list, from 1), or nothing; loading is not editing."""
        self.wish, self.number = wish, number
        self.binder.load(SelectedWish(wish if wish is not None else Wish()))
        self.setEnabled(wish is not None)
        self.refresh()

    def refresh(self) -> None:
        """Update the title and the worth line from the wish as it is now."""
        wish = self.wish
        if wish is None:
            self.setTitle(self.tr("No wish selected"))
            self.worth_label.setText(self.tr("Select a wish in the table to fill in its levels."))
            return
        name = one_line(wish.description, TITLE_CHARACTERS) or self.tr("(no description yet)")
        self.setTitle(self.tr("Wish {number}: {name}").format(number=self.number, name=name))
        self.worth_label.setText(self.worth_text(wish))

    def worth_text(self, wish: Wish) -> str:
        """The wish's worth set against its cost to score, in one or two sentences."""
        value = worth(wish)
        cost = wish.cost_to_score
        if value is None:
            return self.tr(
                "Enter its points and euros per point in the table to see what the wish is worth."
            )
        assert wish.points is not None and wish.euro_per_point is not None
        parts = {"worth": format_euro(value), "euro": format_euro(wish.euro_per_point)}
        if cost is None:
            return self.tr(
                "Worth {worth} (%n point(s) × {euro}). What does it cost a supplier to "
                "score on it?",
                "",
                wish.points,
            ).format(**parts)
        text = self.tr(
            "Costs {cost} to score, is worth {worth} (%n point(s) × {euro}).", "", wish.points
        ).format(cost=format_euro(cost), **parts)
        if cost > value:
            text += " " + self.tr("Scoring on it costs more than it is worth.")
        return text

    def _level(
        self, row: QHBoxLayout, path: str, title: str, explanation: str, filled: bool
    ) -> TextBox:
        """One of the two levels: a framed box with a title, a line of explanation and a field.

        Besides bold and italic, a strip on the left tells them apart in any palette: the
        highlight colour for what is enough, a quiet grey for the aspiration.
        """
        frame = QFrame(self)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        if filled:  # "enough" is what counts: it stands out, the aspiration stays quiet
            frame.setFrameShadow(QFrame.Shadow.Raised)
            frame.setBackgroundRole(QPalette.ColorRole.AlternateBase)
            frame.setAutoFillBackground(True)
        else:
            frame.setFrameShadow(QFrame.Shadow.Sunken)
        strip = QWidget(frame)
        strip.setFixedWidth(5)
        strip.setAutoFillBackground(True)
        strip.setBackgroundRole(QPalette.ColorRole.Highlight if filled else QPalette.ColorRole.Mid)
        outer = QHBoxLayout(frame)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(strip)
        box = QVBoxLayout()
        box.setContentsMargins(8, 6, 8, 8)
        outer.addLayout(box, 1)
        heading = QLabel(title, frame)
        font = QFont(heading.font())
        font.setBold(filled)
        font.setItalic(not filled)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        note = QLabel(explanation, frame)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        edit = TextBox(3, frame)
        heading.setBuddy(edit)
        self.binder.plain_text(edit, path, title)
        box.addWidget(heading)
        box.addWidget(note)
        box.addWidget(edit)
        row.addWidget(frame, 1)
        return edit

    def _text(self, form: QFormLayout, path: str, text: str) -> TextBox:
        edit = TextBox(2)
        label = QLabel(text)
        form.addRow(label, edit)
        self.binder.plain_text(edit, path, label)
        return edit

    @Slot()
    def _on_binder_changed(self) -> None:
        self.refresh()
        self.changed.emit()
