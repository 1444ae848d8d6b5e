"""The preparation's steps: a list beside the page, each step with how complete it is.

Nine tabs did not fit in a 1280 px wide window: the last ones hid behind scroll arrows. A list
of steps beside the page always shows all of them, with "7/11" under each name, and leaves the
page its full width. Ctrl+Tab and Ctrl+PgDn go to the next step, Ctrl+Shift+Tab and Ctrl+PgUp
to the previous one, from anywhere in the window.

The view answers the few calls the window and its tests used of the tab widget it replaced
(`addTab`, `count`, `widget`, `currentIndex`, `setCurrentIndex`, `currentWidget`,
`setCurrentWidget`, `currentChanged`).
"""

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nlinkoop.domain.completeness import Completeness

AnyIndex = QModelIndex | QPersistentModelIndex
DONE_ROLE = Qt.ItemDataRole.UserRole + 1  # (filled, total) of the step, or None
STEP_KEYS = (
    ("Ctrl+Tab", 1),
    ("Ctrl+PgDown", 1),
    ("Ctrl+Shift+Tab", -1),
    ("Ctrl+Backtab", -1),
    ("Ctrl+PgUp", -1),
)


def count_text(done: Completeness) -> str:
    """The count under a step's name ("7 of 11"); "not applicable" when nothing counts."""
    if done.total == 0:
        return QCoreApplication.translate("StepView", "not applicable")
    return QCoreApplication.translate("StepView", "{filled} of {total}").format(
        filled=done.filled, total=done.total
    )


def tab_stop(widget: QWidget) -> bool:
    """Whether Tab would stop at `widget`."""
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def first_field(page: QWidget) -> QWidget | None:
    """The first field of a page that Tab stops at, past its buttons ("Uitleg")."""
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (
            page.isAncestorOf(widget)
            and tab_stop(widget)
            and not isinstance(widget, QAbstractButton)
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class StepDelegate(QStyledItemDelegate):
    """Draws a step as its name (wrapped over two lines if long) over its count and a small bar."""

    PAD = 10

    def _name_rect(self, option: QStyleOptionViewItem, name: str, font: QFont) -> QRect:
        width = max(option.rect.width() - 2 * self.PAD, 40)
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 1000), flags, name)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        self.initStyleOption(option, index)
        name = self._name_rect(option, option.text, option.font).height()
        return QSize(option.rect.width(), name + option.fontMetrics.lineSpacing() + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        name, option.text = option.text, ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:  # the background, selection and focus frame, as for any item
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.highlightedText() if selected else palette.text()
        quiet = palette.highlightedText() if selected else palette.placeholderText()
        rect = option.rect.adjusted(self.PAD, 5, -self.PAD + 2, -5)
        painter.save()
        painter.setFont(option.font)
        painter.setPen(text.color())
        height = self._name_rect(option, name, option.font).height()
        top = QRect(rect.left(), rect.top(), rect.width(), height)
        flags = int(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(top, flags, name)
        done = index.data(DONE_ROLE)
        if isinstance(done, Completeness):
            small = QFont(option.font)
            small.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
            painter.setFont(small)
            painter.setPen(quiet.color())
            line = option.fontMetrics.lineSpacing()
            bottom = QRect(rect.left(), top.bottom() + 2, rect.width(), line)
            middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            painter.drawText(bottom, middle, count_text(done))
            if done.total:
                bar = QRect(rect.right() - 40, bottom.center().y() - 2, 40, 5)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.mid())
                painter.drawRoundedRect(bar, 2, 2)
                filled = QRect(bar.left(), bar.top(), bar.width() * done.filled // done.total, 5)
                painter.setBrush(quiet if selected else palette.highlight())
                painter.drawRoundedRect(filled, 2, 2)
        painter.restore()


class StepView(QWidget):
    """A list of steps on the left and the page of the current step on the right.

    Signals:
        currentChanged: (int) another step is shown.
    """

    currentChanged = Signal(int)  # noqa: N815 - the name QTabWidget uses

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("steps")
        self.step_list.setAccessibleName(QCoreApplication.translate("StepView", "Steps"))
        self.step_list.setItemDelegate(StepDelegate(self.step_list))
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.step_list.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self._builders: dict[int, Callable[[], QWidget]] = {}  # pages not built yet, by step
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.step_list)
        layout.addWidget(self.pages, 1)
        self.step_list.currentRowChanged.connect(self._on_step_list_current_row_changed)
        for keys, step in STEP_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.next_step if step > 0 else self.previous_step)

    # -- what the window uses, named as in QTabWidget ------------------------------------------

    def addTab(self, page: QWidget, label: str) -> int:
        """Add a step with its page; returns its index."""
        return self.add_step(label, page)

    def add_step(self, label: str, page: QWidget | Callable[[], QWidget]) -> int:
        """Add a step with its page, or with what builds its page when it is first needed.

        A page is needed when its step is shown, or when `widget` asks for it; until then an
        empty stand-in holds its place (building all nine pages cost a third of the start).
        """
        if isinstance(page, QWidget):
            self.pages.addWidget(page)
        else:
            self._builders[self.pages.addWidget(QWidget(self.pages))] = page
        item = QListWidgetItem(label)
        item.setToolTip(label)
        self.step_list.addItem(item)
        self._fit_width()
        if self.step_list.currentRow() < 0:
            self.step_list.setCurrentRow(0)
        return self.pages.count() - 1

    def count(self) -> int:
        return self.pages.count()

    def widget(self, index: int) -> QWidget | None:
        """The page of step `index`, built now if it was not yet."""
        build = self._builders.pop(index, None)
        if build is not None:
            stand_in, page = self.pages.widget(index), build()
            current = self.pages.currentIndex() == index
            self.pages.insertWidget(index, page)
            if stand_in is not None:
                self.pages.removeWidget(stand_in)
                stand_in.deleteLater()
            if current:
                self.pages.setCurrentIndex(index)
        return self.pages.widget(index)

    def built(self, index: int) -> bool:
        """Whether the page of step `index` exists yet."""
        return 0 <= index < self.count() and index not in self._builders

    def build_all(self) -> None:
        """Build every page not built yet (for what must see all fields)."""
        for index in list(self._builders):
            self.widget(index)

    def currentIndex(self) -> int:
        return self.pages.currentIndex()

    def setCurrentIndex(self, index: int) -> None:
        if 0 <= index < self.count():
            self.step_list.setCurrentRow(index)

    def currentWidget(self) -> QWidget | None:
        return self.widget(self.pages.currentIndex())

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.pages.indexOf(page))

    # -- steps ---------------------------------------------------------------------------------

    def set_done(self, index: int, done: Completeness) -> None:
        """Show how complete step `index` is."""
        item = self.step_list.item(index)
        if item is not None and item.data(DONE_ROLE) != done:
            item.setData(DONE_ROLE, done)
            name = item.text()
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {count_text(done)}")

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab after the last field of a step goes to the list of steps, not out of the view.

        So what is typed next never lands in the search box by accident (it would filter the
        list of preparations); Shift+Tab from the steps, or Ctrl+F, still reaches it.
        """
        page, focused = self.currentWidget(), QApplication.focusWidget()
        if next and focused is not None and page is not None and page.isAncestorOf(focused):
            widget: QWidget | None = focused.nextInFocusChain()
            while widget is not None and widget is not focused and not tab_stop(widget):
                widget = widget.nextInFocusChain()
            if widget is None or not page.isAncestorOf(widget):
                self.step_list.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().focusNextPrevChild(next)

    @Slot()
    def next_step(self) -> None:
        self._step(1)

    @Slot()
    def previous_step(self) -> None:
        self._step(-1)

    def _step(self, step: int) -> None:
        if not (self.isEnabled() and self.count()):
            return
        self.setCurrentIndex((self.currentIndex() + step) % self.count())
        page = self.currentWidget()
        if page is not None and not self.step_list.hasFocus():  # from a page: on in the next
            first = first_field(page)
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)

    def _fit_width(self) -> None:
        """Narrow: long names wrap over two lines, so the page keeps its room at 1024 px."""
        metrics = self.step_list.fontMetrics()
        words = (
            w for i in range(self.step_list.count()) for w in self.step_list.item(i).text().split()
        )
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        count = metrics.horizontalAdvance(count_text(Completeness(88, 88))) + 52
        self.step_list.setFixedWidth(max(widest, count, 14 * metrics.averageCharWidth()) + 36)

    @Slot(int)
    def _on_step_list_current_row_changed(self, row: int) -> None:
        if row < 0 or row == self.pages.currentIndex():
            return
        self.widget(row)  # built before it is shown
        self.pages.setCurrentIndex(row)
        self.currentChanged.emit(row)
