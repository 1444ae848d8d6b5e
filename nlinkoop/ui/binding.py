"""Two-way glue between form widgets and one domain object, with undo and input errors.

Each bound widget is addressed by a dotted attribute path relative to the loaded object
("meeting.place"; a checklist entry by its key: "checklist.patterns.pressure.why"), which is
also its `objectName` and its key path in the JSON format. Loading never counts as editing
(signals are blocked); an edit that changes nothing emits nothing.

Text is written to the domain object on every user edit (`textEdited`), not only when the field
is left, so nothing typed is lost when the window closes; debouncing the save is the autosave's
job. With an undo stack every edit is a command (see `nlinkoop.ui.undo`).

Amounts, dates and times are plain line edits that read Dutch input ("1.250,50", "9-3-2025",
"9:30"): typing is quick, an empty field means "none", and the keyboard is all one needs. Input
that cannot be read keeps its text, gets a red frame, a tooltip and an accessible description,
and leaves the domain object unchanged until it is fixed.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from nlinkoop.domain.dates import format_date, format_time, parse_date, parse_time
from nlinkoop.domain.money import format_euro, parse_euro
from nlinkoop.ui.undo import SetValueCommand, UndoKeys, same_value

INVALID_STYLE = "QLineEdit { border: 2px solid #c62828; border-radius: 3px; padding: 1px; }"
Label = str | QLabel | None


# A keyed list (the checklist's fixed entries) is addressed by the entry's key, as in the JSON
# format: "checklist.patterns.pressure.instead" is the `instead` of the entry whose `pattern`
# is "pressure".
LIST_KEYS = ("pattern", "principle", "question")


def _step(target: Any, name: str) -> Any:
    """One step of a path: an attribute, or the entry of a keyed list with that key."""
    if isinstance(target, list):
        for item in target:
            if any(getattr(item, key, None) == name for key in LIST_KEYS):
                return item
        raise AttributeError(f"no entry {name!r} in the list")
    return getattr(target, name)


def resolve(target: Any, path: str) -> Any:
    """The value at a dotted attribute path ("meeting.place") of `target`."""
    for name in path.split("."):
        target = _step(target, name)
    return target


def assign(target: Any, path: str, value: object) -> None:
    """Set the value at a dotted attribute path of `target`."""
    *parents, name = path.split(".")
    for parent in parents:
        target = _step(target, parent)
    setattr(target, name, value)


@dataclass
class _Binding:
    widget: QWidget
    show: Callable[[Any], None]  # put a value in the widget, signals blocked
    tidy: Callable[[Any], None] | None = None  # show a value in its usual form
    description: str = ""  # the accessible description without an error
    tooltip: str = ""
    error: str = field(default="")


class FieldBinder(QObject):
    """Two-way glue between form widgets and one domain object.

    Args:
        undo_stack: where edits go as commands; None edits the object directly.
        parent: the Qt parent, usually the tab.

    Signals:
        changed: the user edited a bound field, or undo/redo changed one.
        input_error: (path, message) input in a field cannot be read; message is "" once the
            field is readable again.
    """

    changed = Signal()
    input_error = Signal(str, str)

    def __init__(self, undo_stack: QUndoStack | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._target: Any = None
        self._bindings: dict[str, _Binding] = {}
        self._runs: dict[str, int] = {}
        self._stack = undo_stack
        self._keys = UndoKeys(undo_stack, self) if undo_stack is not None else None

    @property
    def target(self) -> Any:
        """The loaded domain object, or None."""
        return self._target

    def load(self, target: Any) -> None:
        """Show `target` in every bound widget; later edits go to it."""
        self._target = target
        for path, binding in self._bindings.items():
            self._runs[path] = self._runs.get(path, 0) + 1
            self._set_error(path, "")
            binding.show(resolve(target, path))

    def show_values(self) -> None:
        """Show the loaded object's values again after it changed in place.

        Unlike `load`, typing runs go on and input that cannot be read stays in its field.
        """
        if self._target is None:
            return
        for path, binding in self._bindings.items():
            if not binding.error:
                binding.show(resolve(self._target, path))

    def has_errors(self) -> bool:
        """Whether some field holds input that could not be read (and is not yet stored)."""
        return any(binding.error for binding in self._bindings.values())

    # -- one method per kind of widget ------------------------------------------------------

    def line_edit(self, widget: QLineEdit, path: str, label: Label = None) -> None:
        """Bind a single-line text field to a `str` attribute."""

        def show(value: str) -> None:
            if widget.text() != value:
                widget.setText(value)
                if not widget.hasFocus():
                    widget.setCursorPosition(0)  # a long text shows its start, not its end

        self._add(widget, path, label, show)
        widget.textEdited.connect(partial(self._on_widget_edited, path, typing=True))

    def plain_text(self, widget: QPlainTextEdit, path: str, label: Label = None) -> None:
        """Bind a multi-line text field to a `str` attribute."""

        def show(value: str) -> None:
            if widget.toPlainText() != value:
                widget.setPlainText(value)

        self._add(widget, path, label, show)
        widget.textChanged.connect(partial(self._on_plain_text_changed, path, widget))

    def check_box(
        self, widget: QCheckBox, path: str, label: Label = None, tristate: bool = False
    ) -> None:
        """Bind a check box to a `bool`; with `tristate`, to `bool | None` (partly = None)."""
        widget.setTristate(tristate)

        def show(value: bool | None) -> None:
            if value is None:
                widget.setCheckState(Qt.CheckState.PartiallyChecked)
            else:
                widget.setChecked(value)

        self._add(widget, path, label, show)
        widget.checkStateChanged.connect(partial(self._on_check_box_state_changed, path))

    def combo_data(
        self,
        widget: QComboBox,
        path: str,
        choices: Sequence[tuple[str, object]],
        label: Label = None,
    ) -> None:
        """Bind a combo box to an enum (or None) attribute.

        Args:
            widget: the combo box; its items are replaced by `choices`.
            path: the attribute path.
            choices: (shown text, value) pairs; a value may be None ("not chosen").
            label: the visible label, or its text.
        """
        values = [value for _text, value in choices]
        with QSignalBlocker(widget):
            widget.clear()
            for text, value in choices:
                widget.addItem(text, value)  # a StrEnum comes back as str: we keep `values`

        def show(value: object) -> None:
            index = next((i for i, v in enumerate(values) if same_value(v, value)), -1)
            widget.setCurrentIndex(index)

        self._add(widget, path, label, show)
        widget.currentIndexChanged.connect(partial(self._on_combo_index_changed, path, values))

    def int_spin(self, widget: QSpinBox, path: str, label: Label = None, minimum: int = 0) -> None:
        """Bind a spin box to `int | None`: one step below `minimum` shows blank and means None.

        Clearing the text also means None.
        """
        widget.setRange(minimum - 1, 2**31 - 1)
        widget.setSpecialValueText(" ")  # blank, like every other empty field

        def show(value: int | None) -> None:
            widget.setValue(widget.minimum() if value is None else value)

        self._add(widget, path, label, show)
        widget.valueChanged.connect(partial(self._on_spin_value_changed, path, widget))
        # QSpinBox.textChanged stays silent for an empty text; its line edit does not
        widget.lineEdit().textEdited.connect(partial(self._on_spin_text_edited, path))
        widget.editingFinished.connect(partial(self._on_parsed_editing_finished, path))

    def euro_edit(self, widget: QLineEdit, path: str, label: Label = None) -> None:
        """Bind a line edit to a `Decimal | None` amount in euros, read and shown the Dutch way."""
        widget.setPlaceholderText("€ 0,00")
        widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        message = QCoreApplication.translate("FieldBinder", "Enter an amount such as 1.250,50")
        self._parsed(widget, path, label, parse_euro, _format_euro_or_empty, message)

    def date_edit(self, widget: QLineEdit, path: str, label: Label = None) -> None:
        """Bind a line edit to `date | None`, typed day first ("9-3-2025"); empty is None."""
        widget.setPlaceholderText(QCoreApplication.translate("FieldBinder", "dd-mm-yyyy"))
        message = QCoreApplication.translate("FieldBinder", "Enter a date as dd-mm-yyyy")
        self._parsed(widget, path, label, parse_date, format_date, message)

    def time_edit(self, widget: QLineEdit, path: str, label: Label = None) -> None:
        """Bind a line edit to `time | None`, typed on the 24-hour clock ("9:30"); empty is None."""
        widget.setPlaceholderText(QCoreApplication.translate("FieldBinder", "hh:mm"))
        message = QCoreApplication.translate("FieldBinder", "Enter a time as hh:mm")
        self._parsed(widget, path, label, parse_time, format_time, message)

    # -- the machinery ----------------------------------------------------------------------

    def _add(self, widget: QWidget, path: str, label: Label, show: Callable[[Any], None]) -> None:
        widget.setObjectName(path)
        if isinstance(label, QLabel):
            label.setBuddy(widget)
            label = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if label:
            widget.setAccessibleName(label.rstrip(":"))

        def blocked_show(value: Any) -> None:
            with QSignalBlocker(widget):
                show(value)

        self._bindings[path] = _Binding(
            widget,
            blocked_show,
            description=widget.accessibleDescription(),
            tooltip=widget.toolTip(),
        )
        self._runs[path] = 0
        widget.installEventFilter(self)  # focus out ends a typing run
        if self._keys is not None:
            self._keys.watch(widget)

    def _parsed(
        self,
        widget: QLineEdit,
        path: str,
        label: Label,
        parse: Callable[[str], Any],
        format_value: Callable[[Any], str],
        message: str,
    ) -> None:
        def show(value: Any) -> None:
            try:
                shown = parse(widget.text())
            except ValueError:
                shown = ...
            if shown is ... or not same_value(shown, value):
                widget.setText(format_value(value))

        def read(text: str) -> None:
            try:
                value = parse(text)
            except ValueError:
                self._set_error(path, message)
                return
            self._set_error(path, "")
            self._edit(path, value, typing=True)

        def tidy(value: Any) -> None:
            with QSignalBlocker(widget):
                widget.setText(format_value(value))

        self._add(widget, path, label, show)
        self._bindings[path].tidy = tidy
        widget.textEdited.connect(read)
        widget.editingFinished.connect(partial(self._on_parsed_editing_finished, path))

    def _set_error(self, path: str, message: str) -> None:
        binding = self._bindings[path]
        if binding.error == message:
            return
        binding.error = message
        widget = binding.widget
        widget.setProperty("invalid", bool(message))
        widget.setStyleSheet(INVALID_STYLE if message else "")
        widget.setToolTip(message or binding.tooltip)
        widget.setAccessibleDescription(message or binding.description)
        self.input_error.emit(path, message)

    def _edit(self, path: str, value: object, typing: bool = False) -> None:
        target = self._target
        if target is None:
            return
        old = resolve(target, path)
        if same_value(old, value):
            return
        if self._stack is None:
            self._apply(target, path, value)
            return
        text = self._bindings[path].widget.accessibleName() or path
        run = self._runs[path] if typing else None
        self._stack.push(SetValueCommand(self._apply, target, path, old, value, text, run))

    def _apply(self, target: Any, path: str, value: object) -> None:
        """Write a value (from an edit, undo or redo), refresh its widget and signal it."""
        assign(target, path, value)
        if target is self._target:
            binding = self._bindings[path]
            if binding.error:
                self._set_error(path, "")
            binding.show(value)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            path = watched.objectName()
            if path in self._runs:
                self._runs[path] += 1
        return False

    @Slot(str, str)
    def _on_widget_edited(self, path: str, text: str, typing: bool = False) -> None:
        self._edit(path, text, typing=typing)

    @Slot()
    def _on_plain_text_changed(self, path: str, widget: QPlainTextEdit) -> None:
        self._edit(path, widget.toPlainText(), typing=True)

    @Slot(str, Qt.CheckState)
    def _on_check_box_state_changed(self, path: str, state: Qt.CheckState) -> None:
        value = None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
        self._edit(path, value)

    @Slot(str, list, int)
    def _on_combo_index_changed(self, path: str, values: list[object], index: int) -> None:
        self._edit(path, values[index] if index >= 0 else None)

    @Slot(str, QSpinBox, int)
    def _on_spin_value_changed(self, path: str, widget: QSpinBox, value: int) -> None:
        self._edit(path, None if value == widget.minimum() else value, typing=True)

    @Slot(str, str)
    def _on_spin_text_edited(self, path: str, text: str) -> None:
        if not text.strip():
            self._edit(path, None, typing=True)

    @Slot(str)
    def _on_parsed_editing_finished(self, path: str) -> None:
        """Show the stored value in its usual form ("1250,5" becomes "€ 1.250,50")."""
        binding = self._bindings[path]
        if self._target is None or binding.error:
            return
        value = resolve(self._target, path)
        (binding.tidy or binding.show)(value)


def _format_euro_or_empty(value: Decimal | None) -> str:
    return "" if value is None else format_euro(value)
