"""What every preparation tab shares: guidance, completeness, hints, and bound form fields."""

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.completeness import ITEMS, Completeness, Section, section_completeness
from nlinkoop.domain.hints import HintCode, hints
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import positioning
from nlinkoop.ui.binding import FieldBinder, resolve
from nlinkoop.ui.models.list_model import Column, ListTableModel
from nlinkoop.ui.tabs.texts import Choices, hint_text, translated
from nlinkoop.ui.widgets.guidance import GuidanceBox
from nlinkoop.ui.widgets.hints_panel import HintsPanel, hint_strip
from nlinkoop.ui.widgets.list_editor import ListEditor
from nlinkoop.ui.widgets.table_fitter import TableFitter
from nlinkoop.ui.widgets.text_box import TextBox


class PreparationTab(QWidget):
    """A scrollable tab of one preparation: guidance, completeness, hints and form groups.

    A subclass sets `SECTION` (what the completeness indicator counts) and `HINT_CODES` (the
    hints it shows), and builds its groups in `build()` with the helpers below. Every field is
    bound by its JSON key path, which is also the widget's `objectName`.

    Args:
        undo_stack: where every edit goes as a command (the window's stack for this preparation).
        parent: the Qt parent.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
        done_changed: (Completeness) how complete the tab is, after every change or load.
    """

    changed = Signal()
    done_changed = Signal(object)

    SECTION: ClassVar[Section]
    HINT_CODES: ClassVar[frozenset[HintCode]] = frozenset()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.binder = FieldBinder(undo_stack, self)
        self.binder.changed.connect(self._on_binder_changed)
        self._prep: Preparation | None = None
        self._lists: list[tuple[str, ListTableModel]] = []

        self._content = QWidget()
        self._body = QVBoxLayout(self._content)
        self.guidance = GuidanceBox(self.guidance_text(), self._content)
        self.completeness_label = QLabel(self._content)
        self.completeness_label.setObjectName("completeness")
        self.completeness_bar = QProgressBar(self._content)
        self.completeness_bar.setTextVisible(False)
        self.completeness_bar.setMaximumWidth(120)
        self.completeness_bar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.completeness_bar.setAccessibleName(
            QCoreApplication.translate("PreparationTab", "Completeness")
        )
        self.guidance.header.addWidget(self.completeness_label)
        self.guidance.header.addWidget(self.completeness_bar)
        self.banner = QLabel(self._content)  # one line that frames the whole tab, or hidden
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setAutoFillBackground(True)
        self.banner.setMargin(6)
        font = self.banner.font()
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.hide()
        self.hints_panel = HintsPanel()
        self._body.addWidget(self.guidance)
        self._body.addWidget(self.banner)
        self.build()
        self._body.addStretch()

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        scroll.setWidget(self._content)
        self.scroll_area = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addWidget(hint_strip(self.hints_panel))
        self._refresh()

    # -- the contract the window uses ---------------------------------------------------------

    def load(self, prep: Preparation) -> None:
        """Show `prep`; later edits go to it. Loading is not editing: no `changed`."""
        self._prep = prep
        self.binder.load(prep)
        for path, model in self._lists:
            model.set_rows(resolve(prep, path))
        self.refresh_guidance()
        self._refresh()

    def scroll_to_top(self) -> None:
        """Show the top of the tab (where a preparation starts)."""
        self.scroll_area.verticalScrollBar().setValue(0)

    def take_stored(self, stored: Preparation) -> None:
        """Take the stored version of the shown preparation into its tables, row by row.

        The first of two steps when a colleague's changes were merged into the preparation on
        screen (the window then updates the preparation itself and calls `reshow`). Unlike
        `load`, no table is reset: an open cell editor and the selection stay.
        """
        for path, model in self._lists:
            model.take_rows(resolve(stored, path))

    def reshow(self) -> None:
        """Show the shown preparation again after it changed in place (fields, hints, counts)."""
        if self._prep is None:
            return
        self.binder.show_values()
        self.refresh_guidance()
        self._refresh()

    def title(self) -> str:
        """The translated tab title (plain text: double a "&" before using it as a tab label)."""
        return self.step_title()

    @classmethod
    def step_title(cls) -> str:
        """The translated title of the step, known before its page is built (subclasses)."""
        raise NotImplementedError

    @classmethod
    def completeness_of(cls, prep: Preparation, profiles: Sequence[PitchProfile]) -> Completeness:
        """How complete `prep` is in this step, counted without the page (as `completeness`).

        Args:
            prep: the preparation.
            profiles: the workbook's pitch profiles (for the step that links one).
        """
        return section_completeness(prep, cls.SECTION)

    @Slot()
    def refresh_guidance(self) -> None:
        """Show the guidance, the banner and the count again: they follow the context too."""
        self.guidance.text_label.setText(self.guidance_text())
        text = self.banner_text()
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self._show_completeness()  # what applies (the tender's wishes) follows the context

    def completeness(self) -> Completeness:
        """How much of this tab is filled in ("4 van 7 ingevuld"); total 0: nothing applies."""
        if self._prep is None:
            return Completeness(0, len(ITEMS[self.SECTION]))
        return section_completeness(self._prep, self.SECTION)

    # -- for subclasses -----------------------------------------------------------------------

    def build(self) -> None:
        """Add the tab's groups of fields (subclasses)."""

    def guidance_text(self) -> str:
        """The tab's guidance, in plain words (subclasses); may depend on the preparation."""
        return ""

    def banner_text(self) -> str:
        """A line above the hints that frames the whole tab (subclasses); empty for none."""
        return ""

    def is_positioning(self) -> bool:
        """Whether the shown preparation is public in a procedure with no room to negotiate."""
        prep = self._prep
        return prep is not None and positioning(prep.context, prep.procedure)

    def hint_texts(self) -> list[str]:
        """The translated hints for this tab from the domain rules."""
        if self._prep is None:
            return []
        found = (hint_text(h) for h in hints(self._prep) if h.code in self.HINT_CODES)
        return [text for text in found if text]

    def refresh(self) -> None:
        """Update what depends on the content beyond the bound fields (subclasses may add)."""

    def field(self, path: str) -> QWidget:
        """The input widget bound to a JSON key path (for the window and tests)."""
        widget = self._content.findChild(QWidget, path)
        if widget is None:
            raise KeyError(path)
        return widget

    def group(self, title: str) -> QFormLayout:
        """A titled group of labelled fields, added to the tab."""
        box = QGroupBox(title, self._content)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._body.addWidget(box)
        return form

    def note(self, form: QFormLayout, text: str) -> QLabel:
        """A word-wrapped explanation across the whole width of a group."""
        note = QLabel(text)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(note)
        return note

    def line(self, form: QFormLayout, path: str, text: str) -> QLineEdit:
        """A one-line text field."""
        widget = QLineEdit()
        self.binder.line_edit(widget, path, self._row(form, text, widget))
        return widget

    def text(self, form: QFormLayout, path: str, text: str, lines: int = 3) -> TextBox:
        """A multi-line text field, `lines` high."""
        widget = TextBox(lines)
        self.binder.plain_text(widget, path, self._row(form, text, widget))
        return widget

    def combo(self, form: QFormLayout, path: str, text: str, choices: Choices) -> QComboBox:
        """A choice among (English label, value) pairs, shown translated."""
        widget = QComboBox()
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.binder.combo_data(widget, path, translated(choices), self._row(form, text, widget))
        return widget

    def parsed(
        self,
        bind: Callable[[QLineEdit, str, QLabel], None],
        form: QFormLayout | None,
        path: str,
        text: str,
        sample: str = "00-00-00000",
    ) -> QLineEdit:
        """A short line edit bound with `bind` (binder.date_edit, euro_edit, time_edit).

        Without a form the caller places the widget; the label is made but not placed.
        """
        widget = QLineEdit()
        width = widget.fontMetrics().horizontalAdvance(sample) + 24
        widget.setMaximumWidth(width)
        widget.setMinimumWidth(width)
        label = self._row(form, text, widget) if form is not None else QLabel(text)
        bind(widget, path, label)
        return widget

    def spin(self, form: QFormLayout, path: str, text: str) -> QSpinBox:
        """A whole number that may be left blank."""
        widget = QSpinBox()
        widget.setMaximumWidth(widget.fontMetrics().horizontalAdvance("00000000") + 48)
        self.binder.int_spin(widget, path, self._row(form, text, widget))
        return widget

    def list_editor(
        self,
        form: QFormLayout,
        path: str,
        text: str,
        columns: Sequence[Column],
        new_row: Callable[[], Any],
        rows: int = 4,
    ) -> ListEditor:
        """An editable table for a list, its label above it, across the group's width."""
        model = ListTableModel(columns, new_row, self.undo_stack, self)
        model.rows_edited.connect(self._on_model_rows_edited)
        editor = ListEditor(model, path, text)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(editor.table)
        TableFitter(editor.table, rows)
        form.addRow(label)
        form.addRow(editor)
        self._lists.append((path, model))
        return editor

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text)
        form.addRow(label, widget)
        return label

    def _refresh(self) -> None:
        self._show_completeness()
        self.hints_panel.show_texts(self.hint_texts())
        self.refresh()

    def _show_completeness(self) -> None:
        done = self.completeness()
        if done.applies:
            text = QCoreApplication.translate("PreparationTab", "{filled} of {total} filled in")
            text = text.format(filled=done.filled, total=done.total)
        else:  # not "0 of 0": nothing in this tab is asked of this preparation
            text = QCoreApplication.translate("PreparationTab", "Not applicable")
        self.completeness_label.setText(text)
        self.completeness_bar.setRange(0, done.total)
        self.completeness_bar.setValue(done.filled)
        self.completeness_bar.setVisible(done.applies)
        self.done_changed.emit(done)

    @Slot()
    def _on_binder_changed(self) -> None:
        self._refresh()
        self.changed.emit()

    @Slot()
    def _on_model_rows_edited(self) -> None:
        self._refresh()
        self.changed.emit()
