import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from nlinkoop.domain.common import Party, Priority
from nlinkoop.domain.interests import Interest
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


@dataclass
class Line:
    text: str = ""
    party: Party | None = None
    done: bool = False
    count: int | None = None
    amount: Decimal | None = None
    when: dt.date | None = None
    tags: list[str] = field(default_factory=list)


COLUMNS = [
    Column("text", "Text"),
    Column(
        "party", "Party", Kind.CHOICE, [("", None), ("Us", Party.US), ("Supplier", Party.SUPPLIER)]
    ),
    Column("done", "Done", Kind.BOOL),
    Column("count", "Count", Kind.INT),
    Column("amount", "Amount", Kind.EURO),
    Column("when", "Date", Kind.DATE),
]


@pytest.fixture
def model(qapp: QCoreApplication) -> ListTableModel:
    model = ListTableModel(COLUMNS, Line, QUndoStack())
    model.set_rows([Line("a"), Line("b"), Line("c")])
    return model


def texts(model: ListTableModel) -> list[str]:
    return [row.text for row in model.rows]


def test_shape_and_headers(model: ListTableModel) -> None:
    assert (model.rowCount(), model.columnCount()) == (3, len(COLUMNS))
    assert model.headerData(4, Qt.Orientation.Horizontal) == "Amount"
    assert model.flags(model.index(0, 2)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_a_new_list_resets_the_model(qtbot: QtBot, model: ListTableModel) -> None:
    with qtbot.waitSignal(model.modelReset, timeout=100):
        model.set_rows([Line("x")])
    assert model.rowCount() == 1


def test_cell_edits_change_the_row_and_signal_one_cell(qtbot: QtBot, model: ListTableModel) -> None:
    cell = model.index(1, 4)
    with (
        qtbot.waitSignal(model.dataChanged, timeout=100) as changed,
        qtbot.waitSignal(model.rows_edited, timeout=100),
    ):
        assert model.setData(cell, "1.250,50", EDIT)
    assert changed.args[0] == cell and changed.args[1] == cell
    assert model.rows[1].amount == Decimal("1250.50")
    assert model.data(cell, DISPLAY) == "€ 1.250,50"
    assert model.data(cell, EDIT) == "1.250,50"
    model.undo_stack.undo()
    assert model.rows[1].amount is None


@pytest.mark.parametrize(
    ("column", "value", "role", "expected"),
    [
        (0, "Één", EDIT, "Één"),
        (1, 2, EDIT, Party.SUPPLIER),
        (2, Qt.CheckState.Checked.value, CHECK, True),
        (3, "12", EDIT, 12),
        (3, "", EDIT, None),
        (5, "9-3-2025", EDIT, dt.date(2025, 3, 9)),
    ],
)
def test_each_kind_of_cell(
    model: ListTableModel, column: int, value: object, role: Qt.ItemDataRole, expected: object
) -> None:
    assert model.setData(model.index(0, column), value, role)
    assert getattr(model.rows[0], COLUMNS[column].attr) == expected
    model.undo_stack.undo()
    assert getattr(model.rows[0], COLUMNS[column].attr) == getattr(Line("a"), COLUMNS[column].attr)


@pytest.mark.parametrize(
    ("column", "value"), [(3, "x"), (3, "-1"), (4, "abc"), (5, "31-2"), (1, 9)]
)
def test_unreadable_input_is_refused(model: ListTableModel, column: int, value: object) -> None:
    assert not model.setData(model.index(0, column), value, EDIT)
    assert model.undo_stack.count() == 0


def test_an_edit_that_changes_nothing_is_no_step(model: ListTableModel) -> None:
    assert model.setData(model.index(0, 0), "a", EDIT)
    assert model.undo_stack.count() == 0


def test_choice_cells_show_labels(model: ListTableModel) -> None:
    model.rows[0].party = Party.US
    assert model.data(model.index(0, 1), DISPLAY) == "Us"
    assert model.data(model.index(0, 1), EDIT) == 1


def test_add_and_undo(qtbot: QtBot, model: ListTableModel) -> None:
    with qtbot.waitSignal(model.rowsInserted, timeout=100):
        index = model.add_row(1)
    assert index.row() == 1 and texts(model) == ["a", "", "b", "c"]
    model.undo_stack.undo()
    assert texts(model) == ["a", "b", "c"]
    model.undo_stack.redo()
    assert len(model.rows) == 4


def test_remove_and_undo(qtbot: QtBot, model: ListTableModel) -> None:
    rows = model.rows
    with qtbot.waitSignal(model.rows_edited, timeout=100):
        model.remove_rows([2, 0])
    assert texts(model) == ["b"] and model.rowCount() == 1
    assert model.undo_stack.count() == 1
    model.undo_stack.undo()
    assert texts(model) == ["a", "b", "c"] and model.rows is rows


def test_move_and_undo(qtbot: QtBot, model: ListTableModel) -> None:
    with qtbot.waitSignal(model.rowsMoved, timeout=100):
        assert model.move_row(0, 1)
    assert texts(model) == ["b", "a", "c"]
    assert model.move_row(2, -1)
    assert texts(model) == ["b", "c", "a"]
    assert not model.move_row(0, -1) and not model.move_row(2, 1)
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert texts(model) == ["a", "b", "c"]


def test_undo_finds_a_row_after_it_moved(model: ListTableModel) -> None:
    model.setData(model.index(0, 0), "first", EDIT)
    model.move_row(0, 1)
    model.undo_stack.undo()
    model.undo_stack.undo()
    assert texts(model) == ["a", "b", "c"]


def test_without_an_undo_stack_edits_go_straight_in(qapp: QCoreApplication) -> None:
    rows = [Interest(what="prijs")]
    model = ListTableModel(
        [
            Column("what", "What"),
            Column("priority", "Priority", Kind.CHOICE, [(p.value, p) for p in Priority]),
        ],
        Interest,
    )
    model.set_rows(rows)
    model.setData(model.index(0, 1), 0, EDIT)
    model.add_row()
    assert rows[0].priority is Priority.MUST_HAVE and len(rows) == 2


def test_typing_in_a_cell_is_one_undo_step_per_run(qtbot: QtBot) -> None:
    rows = [Interest(what="")]
    stack = QUndoStack()
    model = ListTableModel([Column("what", "What")], Interest, stack)
    model.set_rows(rows)
    cell = model.index(0, 0)
    with qtbot.waitSignals([model.dataChanged] * 3):
        for text in ("O", "Of", "Of de"):
            model.type_text(cell, text, run=1)
    assert rows[0].what == "Of de" and stack.count() == 1
    model.type_text(cell, "Of de raad", run=2)  # the editor was opened again
    assert stack.count() == 2
    stack.undo()
    assert rows[0].what == "Of de"
    stack.undo()
    assert rows[0].what == ""


def test_taking_stored_rows_edits_rows_and_never_resets(qtbot: QtBot) -> None:
    a, b, c = Interest(what="a"), Interest(what="b"), Interest(what="c")
    model = ListTableModel([Column("what", "What"), Column("why", "Why")], Interest)
    model.set_rows([a, b, c])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda tl, br: changed.append((tl.row(), tl.column())))
    new = Interest(what="new")
    stored = [Interest(what="c", why="hun reden", id=c.id), new, Interest(what="a", id=a.id)]
    model.take_rows(stored)
    assert not resets
    assert model.rows[0] is c and model.rows[1] is new and model.rows[2] is a
    assert [(r.what, r.why) for r in model.rows] == [("c", "hun reden"), ("new", ""), ("a", "")]
    assert changed == [(0, 1)]  # one changed cell, signalled alone
