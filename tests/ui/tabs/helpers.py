"""Building a tab for a test, finding its input widgets, and checking JSON key paths."""

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.interchange import loads, to_document
from nlinkoop.resources import resource_path
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.pitch_tab import PitchTab
from nlinkoop.ui.window.profiles import ProfileStore

INPUT_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QCheckBox, QTableView)
KEYS = ("pattern", "principle", "question")


def example() -> Preparation:
    return loads(resource_path("examples/voorbeeld.json").read_text(encoding="utf-8"))[0][0]


def example_profiles(user: str = "Sanne de Vries") -> ProfileStore:
    """The example's profiles in memory; saving adds or replaces one; `user` is at the keys."""
    profiles = loads(resource_path("examples/voorbeeld.json").read_text(encoding="utf-8"))[1]

    def save(profile: PitchProfile) -> None:
        profiles[:] = [p for p in profiles if p.id != profile.id] + [profile]
        profiles.sort(key=lambda p: p.person)

    return ProfileStore(lambda: [dataclasses.replace(p) for p in profiles], save, lambda: user)


def make_tab(
    qtbot: QtBot, cls: type[PreparationTab], prep: Preparation | None = None
) -> tuple[PreparationTab, Preparation, QUndoStack]:
    prep = Preparation() if prep is None else prep
    stack = QUndoStack()
    tab = cls(stack)
    qtbot.addWidget(tab)
    if isinstance(tab, PitchTab):  # the window gives it the workbook's profiles
        tab.set_profiles(example_profiles())
    tab.resize(1000, 700)
    tab.load(prep)
    tab.show()
    qtbot.waitExposed(tab)
    tab._stack_keepalive = stack  # type: ignore[attr-defined]
    return tab, prep, stack


def inputs(tab: QWidget) -> list[QWidget]:
    """Every input widget of a tab, without the parts of composite widgets or read-only tables."""
    found = []
    for widget in tab.findChildren(QWidget):
        if not isinstance(widget, INPUT_TYPES):
            continue
        if (
            isinstance(widget, QAbstractItemView)
            and widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        ):
            continue  # a result to read (the ranking of sample tenders), not an input
        parent = widget.parentWidget()
        inner = False
        while parent is not None and parent is not tab:
            if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)):
                inner = True
            parent = parent.parentWidget()
        if not inner:
            found.append(widget)
    return found


def line_edits(tab: QWidget) -> list[QLineEdit]:
    return [w for w in inputs(tab) if isinstance(w, QLineEdit)]


def json_value(prep: Preparation, path: str) -> Any:
    """The value at a key path in the JSON export; KeyError when there is none.

    A list of checklist entries is stepped into by the entry's key ("patterns.pressure"). A
    field of another list names the field of the row selected in the tab ("wishes.enough"):
    here, of the first row.
    """
    node: Any = to_document([prep], [])["preparations"][0]
    for name in path.split("."):
        if isinstance(node, list):
            matches = [item for item in node if any(item.get(k) == name for k in KEYS)]
            if len(matches) == 1:
                node = matches[0]
            elif node and not matches and all(name in item for item in node):
                node = node[0][name]
            else:
                raise KeyError(path)
        elif isinstance(node, dict) and name in node:
            node = node[name]
        else:
            raise KeyError(path)
    return node


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the text of a line edit or text box by typing (ASCII only)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    else:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
