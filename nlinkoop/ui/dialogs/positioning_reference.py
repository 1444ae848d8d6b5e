"""A read-only reference: commercial negotiation side by side with public positioning."""

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

COLUMNS = (
    QT_TRANSLATE_NOOP("PositioningReference", "Commercial negotiation"),
    QT_TRANSLATE_NOOP("PositioningReference", "Public positioning"),
)
# (aspect, commercial, public): the four rows the domain names
ROWS = (
    (
        QT_TRANSLATE_NOOP("PositioningReference", "Role"),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "Negotiator at the table: you speak for your organisation and make the deal with "
            "the supplier.",
        ),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "Adviser at the front of the process: you shape the request together with the "
            "internal client and the stakeholders.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PositioningReference", "Goal"),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "An agreement that serves both sides, reached in the conversation itself.",
        ),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "A request so good that the best offer wins, on criteria fixed in advance.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PositioningReference", "Strategy"),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "Explore interests, make the pie bigger, trade what you can give for what you "
            "need, and know your alternative.",
        ),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "Shape the specifications, requirements and award criteria; consult the market "
            "beforehand; build trust with the internal stakeholders; once the tenders are in, "
            "only clarify.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("PositioningReference", "Legal context"),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "Contract law and your own mandate: you are free to negotiate, to choose and to "
            "walk away.",
        ),
        QT_TRANSLATE_NOOP(
            "PositioningReference",
            "The Procurement Act 2012: equal treatment, transparency and proportionality; "
            "negotiation only where the procedure allows it.",
        ),
    ),
)


PAD_X, PAD_Y = 6, 4  # room around a cell's text, so the rows read as rows


def _translate(text: str) -> str:
    return QCoreApplication.translate("PositioningReference", text)


Index = QModelIndex | QPersistentModelIndex


class _PaddedDelegate(QStyledItemDelegate):
    """Draws a cell's wrapped text with some room around it, and asks for that room."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(0, 0, -2 * PAD_X, 0)  # wrap as narrow as drawn
        return super().sizeHint(inner, index) + QSize(2 * PAD_X, 2 * PAD_Y)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        super().paint(painter, inner, index)


class PositioningReference(QDialog):
    """The comparison on role, goal, strategy and legal context; read-only, Esc closes it.

    Open it with `show_for(parent)`: it stays open beside the window (not modal), and asking
    again brings the same dialog to the front.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("positioning_reference")
        self.setWindowTitle(self.tr("Commercial negotiation or public positioning"))
        intro = QLabel(
            self.tr(
                "In the public sector, negotiating is an attitude more than an action. Where "
                "the procedure leaves no room to negotiate, your influence lies in positioning: "
                "at the front of the process, before the request goes out."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.table = QTableWidget(len(ROWS), len(COLUMNS), self)
        self.table.setObjectName("comparison")
        self.table.setAccessibleName(self.windowTitle())
        self.table.setHorizontalHeaderLabels([_translate(text) for text in COLUMNS])
        self.table.setVerticalHeaderLabels([_translate(row[0]) for row in ROWS])
        for number, (_aspect, *cells) in enumerate(ROWS):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(_translate(text))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(number, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_PaddedDelegate(self.table))
        self.table.setTabKeyNavigation(False)  # Tab moves on to the Close button
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        # Row heights follow the wrapped text, so they are fitted once the columns are laid out.
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._on_fit_later_timeout)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(intro)
        self._layout.addWidget(self.table)
        self._layout.addStretch()
        self._layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self.resize(820, 360)
        self._sized = False  # the first fit also makes the dialog as high as the table needs

    @classmethod
    def show_for(cls, parent: QWidget) -> "PositioningReference":
        """Show the reference beside `parent` (its window), reusing one already made."""
        dialog = parent.findChild(cls, "positioning_reference")
        if dialog is None:
            dialog = cls(parent)
        if dialog.isVisible():  # already open, perhaps behind the window
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_later.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_later.start()

    @Slot()
    def _on_fit_later_timeout(self) -> None:
        self.table.resizeRowsToContents()
        rows = self.table.verticalHeader().length()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + frame)
        if not self._sized:
            self._sized = True
            self.resize(self.width(), self._layout.totalHeightForWidth(self.width()))
