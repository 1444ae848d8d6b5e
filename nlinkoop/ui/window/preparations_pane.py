"""The left pane: the preparations of the open workbook, with search, sorting and the bin."""

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.completeness import progress
from nlinkoop.domain.preparation import Preparation, PreparationSummary
from nlinkoop.ui.models.preparations_model import Order, PreparationsModel
from nlinkoop.ui.widgets.preparation_delegate import PreparationDelegate


def summary_of(prep: Preparation) -> PreparationSummary:
    """The list's row for a preparation as it is in the window (edited, maybe not saved)."""
    return PreparationSummary(
        id=prep.id,
        title=prep.title,
        counterparty=prep.counterparty,
        meeting_date=prep.meeting.date,
        updated_at=prep.updated_at,
        updated_by=prep.updated_by,
        progress=progress(prep),
    )


SEARCH_DELAY_MS = 60  # wait this long after a keystroke; a search takes well under 50 ms


class PreparationsPane(QWidget):
    """The list of preparations: search as you type, sort, sections by date, and the bin.

    The pane only shows and asks; the window does the work (it owns the workbook) and hands
    back fresh lists with `set_preparations` or one changed row with `update_summary`.

    Signals:
        current_changed(str): the user selected another preparation (its id; "" for none).
        new_requested(): the user asked for a new preparation.
        duplicate_requested(str): the user asked to duplicate this preparation.
        delete_requested(str): the user asked to delete this preparation.
        restore_requested(str): the user asked to bring this preparation back from the bin.
    """

    current_changed = Signal(str)
    new_requested = Signal()
    duplicate_requested = Signal(str)
    delete_requested = Signal(str)
    restore_requested = Signal(str)

    def __init__(self, search: Callable[[str], set[str]], parent: QWidget | None = None) -> None:
        """Build the pane.

        Args:
            search: gives the ids of the preparations matching a query (`Workbook.search`).
            parent: the parent widget.
        """
        super().__init__(parent)
        self._search = search
        self._current = ""
        self._quiet = False  # True while the pane itself moves the selection
        self._ready = True  # the buttons act

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search…"))
        self.search_edit.setAccessibleName(self.tr("Search preparations"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)

        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("sort")
        self.sort_combo.addItem(self.tr("Meeting date"), Order.MEETING)
        self.sort_combo.addItem(self.tr("Last change"), Order.CHANGED)
        self.sort_combo.setAccessibleName(self.tr("Sort preparations by"))
        sort_label = QLabel(self.tr("&Sort by"), self)
        sort_label.setBuddy(self.sort_combo)

        self.model = PreparationsModel(self)
        self.list_view = self._make_view("preparations", self.tr("Preparations"), self.model)

        self.new_button = self._make_button("new", self.tr("&New"))
        self.duplicate_button = self._make_button("duplicate", self.tr("D&uplicate"))
        self.delete_button = self._make_button("delete", self.tr("&Delete"))
        self.bin_button = self._make_button("bin", self.tr("&Bin"))
        self.bin_button.setCheckable(True)
        self.new_button.setToolTip(self.tr("New preparation (Ins)"))
        self.duplicate_button.setToolTip(self.tr("Start a new preparation from the selected one"))
        self.delete_button.setToolTip(self.tr("Move the selected preparation to the bin (Del)"))
        self.bin_button.setToolTip(self.tr("Show deleted preparations, to restore them"))

        self.bin_model = PreparationsModel(self, sections=False)
        self.deleted_view = self._make_view(
            "deleted", self.tr("Deleted preparations"), self.bin_model
        )
        self.restore_button = self._make_button("restore", self.tr("&Restore"))
        bin_label = QLabel(self.tr("Deleted preparations"), self)
        bin_label.setBuddy(self.deleted_view)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_DELAY_MS)

        self._layout(sort_label, bin_label)
        self._connect()
        self._update_actions()

    # --- the contract with the window -------------------------------------------------------

    def set_ready(self, ready: bool) -> None:
        """Whether the buttons act (not while the window's workbook is still opening)."""
        self._ready = ready
        self._update_actions()

    def set_preparations(
        self, summaries: list[PreparationSummary], deleted: list[PreparationSummary]
    ) -> None:
        """Show these preparations and these deleted ones (the bin); keeps search and sort."""
        self.model.set_summaries(summaries)
        self.bin_model.set_summaries(deleted)
        if self.search_edit.text().strip():
            self.model.set_matches(self._search(self.search_edit.text()))
        if self.model.summary(self._current) is None:
            self._current = ""
        self._show_current()
        self._update_actions()

    def select(self, prep_id: str) -> None:
        """Select a preparation without emitting `current_changed` ("" selects none)."""
        self._current = prep_id if self.model.summary(prep_id) is not None else ""
        self._show_current()
        self._update_actions()

    def current_id(self) -> str:
        """The id of the selected preparation, or ""."""
        return self._current

    def update_summary(self, summary: PreparationSummary) -> None:
        """Show one changed preparation (title, date, progress, ...); cheap when it stays put."""
        self.model.update_summary(summary)
        if summary.id == self._current and not self._current_shown():
            self._show_current()

    # --- building ---------------------------------------------------------------------------

    def _make_view(self, name: str, label: str, model: PreparationsModel) -> QListView:
        view = QListView(self)
        view.setObjectName(name)
        view.setAccessibleName(label)
        view.setModel(model)
        view.setItemDelegate(PreparationDelegate(view))
        view.setUniformItemSizes(True)  # one height for all rows: fast with 5,000
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        return view

    def _make_button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", ""))
        button.setAutoDefault(False)
        return button

    def _layout(self, sort_label: QLabel, bin_label: QLabel) -> None:
        sort_row = QHBoxLayout()
        sort_row.addWidget(sort_label)
        sort_row.addWidget(self.sort_combo, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.search_edit)
        list_layout.addLayout(sort_row)
        list_layout.addWidget(self.list_view, 1)
        list_layout.addLayout(buttons)

        bin_page = QWidget(self)
        bin_layout = QVBoxLayout(bin_page)
        bin_layout.setContentsMargins(0, 0, 0, 0)
        bin_layout.addWidget(bin_label)
        bin_layout.addWidget(self.deleted_view, 1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        bin_layout.addLayout(restore_row)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(list_page)
        self._pages.addWidget(bin_page)
        bin_row = QHBoxLayout()
        bin_row.addStretch(1)
        bin_row.addWidget(self.bin_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._pages, 1)
        layout.addLayout(bin_row)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self._filter_timer.timeout.connect(self._on_filter_timer_timeout)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_combo_current_index_changed)
        self.list_view.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self.deleted_view.selectionModel().currentChanged.connect(self._on_bin_current_changed)
        self.new_button.clicked.connect(self.new_requested)
        self.duplicate_button.clicked.connect(self._on_duplicate_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.bin_button.toggled.connect(self._on_bin_button_toggled)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.deleted_view.activated.connect(self._on_restore_button_clicked)
        keys = (
            (self.search_edit, QKeySequence(Qt.Key.Key_Escape), self.search_edit.clear),
            (
                self.list_view,
                QKeySequence(QKeySequence.StandardKey.Delete),
                self._on_delete_button_clicked,
            ),
            (self.list_view, QKeySequence(Qt.Key.Key_Insert), self.new_requested.emit),
        )
        for widget, key, slot in keys:
            shortcut = QShortcut(key, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # --- slots ------------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._filter_timer.start()  # restarts: filter once typing pauses

    @Slot()
    def _on_filter_timer_timeout(self) -> None:
        text = self.search_edit.text()
        self.model.set_matches(self._search(text) if text.strip() else None)
        self._show_current()

    @Slot(int)
    def _on_sort_combo_current_index_changed(self, _index: int) -> None:
        self.model.set_order(self.sort_combo.currentData())
        self._show_current()

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        prep_id = self.model.id_at(current.row()) if current.isValid() else ""
        if prep_id and prep_id != self._current:
            self._current = prep_id
            self._update_actions()
            self.current_changed.emit(prep_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_bin_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()

    @Slot()
    def _on_duplicate_button_clicked(self) -> None:
        if self._current:
            self.duplicate_requested.emit(self._current)

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        if self._current:
            self.delete_requested.emit(self._current)

    @Slot(bool)
    def _on_bin_button_toggled(self, checked: bool) -> None:
        self._pages.setCurrentIndex(1 if checked else 0)
        view = self.deleted_view if checked else self.list_view
        if checked and not self.deleted_view.currentIndex().isValid() and self.bin_model.rowCount():
            self.deleted_view.setCurrentIndex(self.bin_model.index(0))
        view.setFocus()
        self._update_actions()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        index = self.deleted_view.currentIndex()
        prep_id = self.bin_model.id_at(index.row()) if index.isValid() else ""
        if prep_id:
            self.restore_requested.emit(prep_id)

    # --- internals --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down or Enter in the search box goes on to the list, as in a file dialog.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.list_view.setFocus()
                if not self._current_shown() and self.model.first_id():
                    self._set_view_current(self.model.row_of(self.model.first_id()))
                    self._on_selection_current_changed(self.list_view.currentIndex(), QModelIndex())
                return True
        return super().eventFilter(watched, event)

    def _current_shown(self) -> bool:
        index = self.list_view.currentIndex()
        return (
            bool(self._current)
            and index.isValid()
            and self.model.id_at(index.row()) == self._current
        )

    def _show_current(self) -> None:
        """Select the current preparation in the view if it is shown, quietly."""
        self._set_view_current(self.model.row_of(self._current) if self._current else -1)

    def _set_view_current(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        self._quiet = True
        try:
            if row >= 0:
                index = self.model.index(row)
                flag = QItemSelectionModel.SelectionFlag.ClearAndSelect
                selection.setCurrentIndex(index, flag)
                self.list_view.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._quiet = False

    def _update_actions(self) -> None:
        in_bin = self.bin_button.isChecked()
        has_current = bool(self._current) and self._ready
        self.duplicate_button.setEnabled(has_current and not in_bin)
        self.delete_button.setEnabled(has_current and not in_bin)
        self.new_button.setEnabled(not in_bin and self._ready)
        valid = self.deleted_view.currentIndex().isValid()
        self.restore_button.setEnabled(in_bin and valid and self._ready)
