"""The learning log window: every lesson in the workbook, filterable, newest first."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.dates import format_date
from nlinkoop.domain.lessons import Lesson, counterparty_key, lessons_among
from nlinkoop.domain.search import words
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("LessonsTableModel", "Held on"),
    QT_TRANSLATE_NOOP("LessonsTableModel", "Supplier"),
    QT_TRANSLATE_NOOP("LessonsTableModel", "Preparation"),
    QT_TRANSLATE_NOOP("LessonsTableModel", "Lesson"),
    QT_TRANSLATE_NOOP("LessonsTableModel", "Train next"),
)
CONDITIONS = {
    "opportunity": QT_TRANSLATE_NOOP("LessonsTableModel", "Opportunity"),
    "capacity": QT_TRANSLATE_NOOP("LessonsTableModel", "Capacity"),
    "motivation": QT_TRANSLATE_NOOP("LessonsTableModel", "Motivation"),
}


def matches(lesson: Lesson, query: str) -> bool:
    """Whether a lesson fits what the user typed: every word, or the supplier by its key.

    Words are compared folded (case and accents), inside the lesson's words; "smaakveld
    catering bv" also finds "Smaakveld Catering B.V." through the supplier's key.
    """
    wanted = words(query)
    if not wanted:
        return True
    key = counterparty_key(query)
    if key and key in counterparty_key(lesson.counterparty):
        return True
    texts = (lesson.counterparty, lesson.title, lesson.lesson, lesson.went_well, lesson.went_badly)
    have = words(" ".join(texts))
    return all(any(word in each for each in have) for word in wanted)


class LessonsTableModel(QAbstractTableModel):
    """The lessons as rows: date held, supplier, preparation, lesson (or what went badly), next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Lesson] = []

    def set_rows(self, rows: list[Lesson]) -> None:
        """Show these lessons instead."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        lesson = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return format_date(lesson.held_on)
        if column == 1:
            return lesson.counterparty
        if column == 2:
            title = lesson.title
            if lesson.meeting is not None:
                title = self.tr("{title} (meeting {n})").format(title=title, n=lesson.meeting)
            if lesson.by:  # a colleague's, from the teamserver
                title = self.tr("{title} - {colleague}").format(title=title, colleague=lesson.by)
            return title
        if column == 3:
            return lesson.lesson or lesson.went_badly or lesson.went_well
        condition = lesson.train_next
        return self.tr(CONDITIONS[condition.value]) if condition is not None else ""


class LearningLog(QDialog):
    """The buyer's learning log: the lessons of all reflected meetings in the workbook.

    Args:
        lessons: gives the workbook's lessons (asked on `refresh()`; `Workbook.lessons`).
        parent: the window.

    Signals:
        open_requested(str): the user double-clicked a lesson: show that preparation (its id).
    """

    open_requested = Signal(str)

    def __init__(self, lessons: Callable[[], list[Lesson]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("learning_log")
        self.setWindowTitle(self.tr("Learning log"))
        self.resize(960, 560)
        self._lessons = lessons
        self._all: list[Lesson] = []
        intro = QLabel(
            self.tr(
                "What you learned after your meetings, newest first. Filter by supplier or any "
                "word; double-click a lesson to open its preparation."
            )
        )
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("lessons_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: supplier or any word"))
        self.filter_edit.setAccessibleName(self.tr("Filter the lessons"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.model = LessonsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("lessons")
        self.table.setAccessibleName(self.tr("Lessons"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # rows follow their wrapped text as the columns get their widths
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        for column in (0, 1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)  # Enter on a row, too
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Read the lessons again from the workbook and show those that pass the filter."""
        self._all = lessons_among(self._lessons())
        self._apply_filter()

    def shown(self) -> list[Lesson]:
        """The lessons in the table, in order."""
        return list(self.model.rows)

    def _apply_filter(self) -> None:
        query = self.filter_edit.text()
        self.model.set_rows([lesson for lesson in self._all if matches(lesson, query)])
        if not self._all:
            text = self.tr(
                "No lessons yet. Fill in the Reflection tab after a meeting, and its lesson "
                "appears here."
            )
        elif not self.model.rows:
            text = self.tr("No lesson matches {query}.").format(query=query.strip())
        else:
            text = ""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))

    @Slot(str)
    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._apply_filter()

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()].prep_id)
