"""A person at the keyboard: walks a new preparation through every step, Tab by Tab.

`KeyboardWalk` uses the keyboard only: Ctrl+Shift+N for a new preparation, Ctrl+Tab to the
next step, Tab to the next field, Insert for a new table row, Tab from cell to cell, Space for
a check box or a grid, Down in a choice. In every field it types something of its own and
notes what it typed; `check` then compares the stored preparation with those notes. With
`pause_ms` it stops halfway through some texts, longer than the autosave and the write-back,
as people do when they think.

ASCII only: typing a non-ASCII character with QTest aborts the test process.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.binding import resolve
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel
from nlinkoop.ui.widgets.cell_table import CellTable
from nlinkoop.ui.widgets.list_editor import ListEditor
from nlinkoop.ui.widgets.portfolio_grid import PortfolioGrid
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import focused

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WAIT_MS = 10000

# What to type in a cell of each kind, and the value it becomes.
CELL_INPUT: dict[Kind, tuple[str, object]] = {
    Kind.INT: ("3", 3),
    Kind.EURO: ("1250,50", Decimal("1250.50")),
    Kind.DATE: ("03-02-2027", dt.date(2027, 2, 3)),
    Kind.PERCENT: ("25", Decimal("25")),
    Kind.NUMBER: ("40", Decimal("40")),
}
# What to type in a one-line field with this placeholder (dates, times, amounts).
FIELD_INPUT: dict[str, tuple[str, object]] = {
    "dd-mm-yyyy": ("03-02-2027", dt.date(2027, 2, 3)),
    "hh:mm": ("09:30", dt.time(9, 30)),
    "€ 0,00": ("125000", Decimal("125000")),
}


def value_at(prep: Preparation, path: str) -> object:
    """The value at a key path; "wishes.enough" is a field of the wish shown (the first)."""
    try:
        return resolve(prep, path)
    except AttributeError:
        head, _, rest = path.partition(".")
        return resolve(getattr(prep, head)[0], rest)


@dataclass
class KeyboardWalk:
    """Fills a new preparation in the window by keyboard alone; remembers what it typed.

    Args:
        qtbot: pytest-qt's robot.
        window: the workbook window, shown and active.
        pause_ms: a pause halfway through every `pause_every`-th text (0: none).
        during_pause: called once, in the first pause inside a table cell (a colleague's
            change, say); the walk goes on typing in the same cell afterwards.
    """

    qtbot: QtBot
    window: MainWindow
    pause_ms: int = 0
    pause_every: int = 4
    during_pause: Callable[[], None] | None = None
    fields: dict[str, object] = field(default_factory=dict)  # key path -> value
    rows: dict[tuple[str, str], dict[str, object]] = field(default_factory=dict)
    visited: dict[int, list[str]] = field(default_factory=dict)  # step -> names Tab reached
    _count: int = 0

    # -- typing ---------------------------------------------------------------------------

    def type(self, widget: QWidget, text: str, *, in_cell: bool = False) -> None:
        """Type `text`; every so often with a long pause in the middle."""
        self._count += 1
        if self.pause_ms and self._count % self.pause_every == 0 and len(text) > 4:
            half = len(text) // 2
            self.qtbot.keyClicks(widget, text[:half])
            self.qtbot.wait(self.pause_ms)
            if in_cell and self.during_pause is not None:
                self.during_pause()
                self.during_pause = None
            assert focused() is widget, "the pause took the keyboard away"
            self.qtbot.keyClicks(widget, text[half:])
        else:
            self.qtbot.keyClicks(widget, text)

    def words(self, name: str) -> str:
        return f"{name.split('.')[-1]} typed {self._count}"

    # -- the walk -------------------------------------------------------------------------

    def new_preparation(self) -> Preparation:
        self.qtbot.keyClick(focused(), Qt.Key.Key_N, CTRL | SHIFT)
        title = focused()
        assert isinstance(title, QLineEdit) and title.objectName() == "title"
        prep = self.window.preparation
        assert prep is not None
        return prep

    def walk_every_step(self) -> None:
        """From the title of a new preparation, through every step to the last."""
        tabs = self.window.tabs
        for step in range(tabs.count()):
            if step:
                self.qtbot.keyClick(focused(), Qt.Key.Key_Tab, CTRL)
            assert tabs.currentIndex() == step
            if focused() is tabs.step_list:  # the last field's Tab went to the steps
                self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # into the page
            self.walk_page(step)

    def walk_page(self, step: int) -> None:
        page = self.window.tabs.currentWidget()
        seen = self.visited.setdefault(step, [])
        for _ in range(300):
            widget = focused()
            if not page.isAncestorOf(widget):
                return
            seen.append(widget.objectName())
            if isinstance(widget, QTableView):  # a CellTable too
                self.fill_table(widget)
                continue  # the table moved the focus on itself
            self.fill(widget)
            self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        raise AssertionError("Tab never left the page")

    def fill(self, widget: QWidget) -> None:
        name = widget.objectName()
        if isinstance(widget, QAbstractButton) or not widget.isEnabled():
            return  # "Uitleg", "Mijn pitch bewerken": nothing to type
        if isinstance(widget, QPlainTextEdit):
            text = self.words(name)
            self.type(widget, text)
            self.fields[name] = text
        elif isinstance(widget, QSpinBox):
            self.qtbot.keyClicks(widget, "24")
            self.fields[name] = 24
        elif isinstance(widget, QLineEdit):
            text, value = FIELD_INPUT.get(widget.placeholderText(), ("", None))
            if name == "award.price_points":
                text, value = "40", Decimal("40")
            elif not text:
                text = value = self.words(name)
            widget.selectAll()
            self.type(widget, text)
            self.fields[name] = value
        elif isinstance(widget, QComboBox):
            self.qtbot.keyClick(widget, Qt.Key.Key_Down)
            self.fields[name] = widget.currentData()
        elif isinstance(widget, PortfolioGrid):
            self.qtbot.keyClick(widget, Qt.Key.Key_Right)
            self.qtbot.keyClick(widget, Qt.Key.Key_Space)
            assert widget.value is not None
            self.fields[name] = widget.value

    def fill_table(self, table: QTableView) -> None:
        """Add a row (Insert), fill each cell in turn with Tab, and go on past the table."""
        model = table.model()
        name = table.objectName()
        editor = table.parentWidget()
        if isinstance(editor, ListEditor) and isinstance(model, ListTableModel):
            self.qtbot.keyClick(table, Qt.Key.Key_Insert)
            row = table.currentIndex().row()
            row_id = model.rows[row].id
            values: dict[str, object] = {}
            for _ in range(3 * len(model.columns)):
                if not (table.isAncestorOf(focused()) or focused() is table):
                    break
                column = table.currentIndex().column()
                self.fill_cell(table, model.columns[column], values)
                self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            else:
                cell = focused()
                raise AssertionError(
                    f"{name}: Tab stays in column {table.currentIndex().column()} "
                    f"({type(cell).__name__} {getattr(cell, 'text', lambda: '')()!r}, "
                    f"{table.state().name}, the model has {model.data(table.currentIndex())!r})"
                )
            self.rows[(name, row_id)] = values
        elif isinstance(table, CellTable) and table.currentIndex().isValid():
            self.qtbot.keyClicks(table, "50")  # a score: typing opens the cell
            self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)
            while table.isAncestorOf(focused()) or focused() is table:
                self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        else:
            self.qtbot.keyClick(table, Qt.Key.Key_Tab)  # a result to read, not to fill

    def fill_cell(self, table: QTableView, column: Column, values: dict[str, Any]) -> None:
        cell, kind = focused(), column.kind
        if cell is table:  # a check box, or a cell not open yet
            if kind is Kind.BOOL:
                self.qtbot.keyClick(table, Qt.Key.Key_Space)
                values[column.attr] = True
                return
            self.qtbot.keyClick(table, Qt.Key.Key_F2)
            cell = focused()
        if isinstance(cell, QComboBox):
            self.qtbot.keyClick(cell, Qt.Key.Key_Down)
            values[column.attr] = column.choices[cell.currentIndex()][1]
        elif isinstance(cell, QLineEdit):
            text, value = CELL_INPUT.get(kind, ("", None))
            if not text:
                text = value = self.words(f"{table.objectName()}.{column.attr}")
            self.type(cell, text, in_cell=kind is Kind.TEXT)
            values[column.attr] = value

    # -- checking -------------------------------------------------------------------------

    def check(self, stored: Preparation) -> None:
        """Every field and every row typed in is in `stored`, as typed."""
        wrong = []
        for path, value in self.fields.items():
            got = value_at(stored, path)
            if got != value and not (got is not None and str(got) == str(value)):
                wrong.append(f"{path}: typed {value!r}, stored {got!r}")
        for (path, row_id), values in self.rows.items():
            rows = {row.id: row for row in resolve(stored, path)}
            assert row_id in rows, f"{path}: the row added is not stored"
            for attr, value in values.items():
                got = getattr(rows[row_id], attr)
                if got != value:
                    wrong.append(f"{path}.{attr}: typed {value!r}, stored {got!r}")
        assert not wrong, "\n".join(wrong)
