"""Someone else has the workbook open: read it only, open a copy, take over, or cancel."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.dates import format_moment
from nlinkoop.store.locks import LockInfo


class LockChoice(Enum):
    READ_ONLY = "read_only"
    COPY = "copy"
    TAKE_OVER = "take_over"


class LockDialog(QDialog):
    """Says who has the file open, on which computer and since when, and offers three ways on.

    Args:
        path: the workbook the user wants to open.
        lock: who has it open.
        parent: the Qt parent.
    """

    def __init__(self, path: Path, lock: LockInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(self.tr("Workbook in use"))
        self.choice: LockChoice | None = None

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(pixmap.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        since = format_moment(lock.since)
        head = QLabel(
            self.tr("{name} is open on another computer or in another window.").format(
                name=path.name
            )
        )
        head.setWordWrap(True)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        who = QLabel(
            self.tr("Opened by {user} on {host}, since {since}.").format(
                user=lock.user or "?", host=lock.host or "?", since=since
            )
        )
        who.setObjectName("lock_who")
        who.setWordWrap(True)
        advice = QLabel(
            self.tr(
                "If you both edit it, one of you may have to merge later. Take over only when "
                "you are sure the other person is no longer working in it."
            )
        )
        advice.setWordWrap(True)

        self.read_only_button = self._button(self.tr("Open &read-only"), "read_only")
        self.copy_button = self._button(self.tr("Open a &copy"), "copy")
        self.take_over_button = self._button(self.tr("&Edit anyway (take over the lock)"), "take")
        self.cancel_button = self._button(self.tr("Cancel"), "cancel")
        self.read_only_button.setDefault(True)
        self.read_only_button.clicked.connect(self._on_read_only_button_clicked)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.take_over_button.clicked.connect(self._on_take_over_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(head)
        text.addWidget(who)
        text.addWidget(advice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        choices = QVBoxLayout()  # one under the other: the Dutch texts are long
        for button in (self.read_only_button, self.copy_button, self.take_over_button):
            choices.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addLayout(choices)
        bottom.addStretch(1)
        bottom.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # wrapped text fits
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(bottom)
        for label in (head, who, advice):
            label.setMinimumWidth(460)  # wide enough that the texts read as lines

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _choose(self, choice: LockChoice) -> None:
        self.choice = choice
        self.accept()

    @Slot()
    def _on_read_only_button_clicked(self) -> None:
        self._choose(LockChoice.READ_ONLY)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        self._choose(LockChoice.COPY)

    @Slot()
    def _on_take_over_button_clicked(self) -> None:
        self._choose(LockChoice.TAKE_OVER)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, lock: LockInfo) -> LockChoice | None:
        """Show the dialog; the choice, or None when the user cancels."""
        dialog = cls(path, lock, parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
