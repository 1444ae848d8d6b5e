"""Undo and redo of edits in the workbook window, on one QUndoStack per preparation.

Design:

- Every edit the user makes through a `FieldBinder` or a `ListTableModel` becomes a
  `QUndoCommand` on a `QUndoStack` the window owns. The command holds the domain object itself,
  the old and the new value; `redo()` and `undo()` write the value and let the binder or model
  refresh its widget and emit its `changed` signal, so the autosave saves undo and redo too.
- Typing merges: a `SetValueCommand` made while typing carries a merge id per field (`id()`)
  and a "run" number. Consecutive keystrokes in one field merge into one command; a new command
  starts when another field is edited, when the field loses focus (the binder starts a new run)
  or after a pause of `MERGE_PAUSE_S` seconds. Typing back to the old value makes the command
  obsolete, so the stack drops it.
- Ctrl+Z inside a text field: QLineEdit, QPlainTextEdit and spin boxes have their own undo,
  which wins over a window-level Ctrl+Z shortcut while they have focus. `UndoKeys` is an event
  filter the binder installs on each bound widget: it accepts the ShortcutOverride for the
  platform's Undo and Redo keys (so a window QAction with the same shortcut does not fire as
  well) and turns the key press into `stack.undo()` / `stack.redo()`. The widget never sees the
  keys, so its own history cannot diverge from the stack. QPlainTextEdit's own history is also
  switched off. The window's Edit menu can still use `stack.createUndoAction()`: outside bound
  widgets that action takes Ctrl+Z, inside them `UndoKeys` does the same thing.
- The window decides the scope: give each preparation its own stack (or clear the stack when
  another preparation is loaded), because commands keep pointing at the object they changed.
"""

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MERGE_PAUSE_S = 2.0  # a pause this long in typing starts a new undo step

_merge_ids: dict[str, int] = {}


def merge_id(key: str) -> int:
    """A stable QUndoCommand id for one field, so only edits of that field merge."""
    return _merge_ids.setdefault(key, 1000 + len(_merge_ids))


def monotonic() -> float:
    """The clock merging uses (tests replace it instead of sleeping)."""
    return time.monotonic()


class SetValueCommand(QUndoCommand):
    """Set one attribute of one domain object; merges consecutive typing in one field.

    Args:
        apply: writes a value: `apply(target, path, value)`; also refreshes and signals.
        target: the domain object the value belongs to.
        path: dotted attribute path relative to `target`.
        old: the value before the edit.
        new: the value after the edit.
        text: what the Edit menu shows ("Undo <text>").
        run: a typing run; None for an edit that never merges (a check box, a combo box).
    """

    def __init__(
        self,
        apply: Callable[[Any, str, object], None],
        target: Any,
        path: str,
        old: object,
        new: object,
        text: str,
        run: int | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.target, self.path, self.old, self.new = target, path, old, new
        self.run = run
        self.stamp = monotonic()

    def redo(self) -> None:
        self._apply(self.target, self.path, self.new)

    def undo(self) -> None:
        self._apply(self.target, self.path, self.old)

    def id(self) -> int:
        return -1 if self.run is None else merge_id(self.path)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetValueCommand)
            and other.target is self.target
            and other.path == self.path
            and other.run is not None
            and other.run == self.run
            and other.stamp - self.stamp < MERGE_PAUSE_S
        ):
            return False
        self.new, self.stamp = other.new, other.stamp
        if same_value(self.new, self.old):
            self.setObsolete(True)
        return True


class CallbackCommand(QUndoCommand):
    """A command made of two functions, for list edits (add, remove, move, cell).

    Args:
        text: what the Edit menu shows.
        do: makes the change (also on the first push).
        undo: takes it back.
    """

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


def same_value(a: object, b: object) -> bool:
    """Whether an edit would change nothing: equal, same type, and "1.5" is not "1.50"."""
    return type(a) is type(b) and a == b and str(a) == str(b)


class UndoKeys(QObject):
    """Event filter that sends Undo and Redo keys in bound widgets to one QUndoStack."""

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def watch(self, widget: QWidget) -> None:
        """Route the Undo and Redo keys pressed in `widget` to the stack."""
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Undo):
            action = self.stack.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            action = self.stack.redo
        else:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours: no window shortcut; the key press comes to us next
        else:
            action()
        return True
