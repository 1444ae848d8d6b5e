"""The banner above the tabs of a read-only workbook: why, and a way out ("Opslaan als...")."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from nlinkoop.store.document import ReadOnly


class ReadOnlyBanner(QFrame):
    """Hidden while the workbook is writable; otherwise says in one sentence why it is not.

    Signals:
        save_as_requested: the user pressed "Save as...".
    """

    save_as_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("read_only_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)  # stands out, light and dark
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAutoFillBackground(True)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        info = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(info.pixmap(size, size))
        self.text = QLabel()
        self.text.setObjectName("read_only_reason")
        self.text.setWordWrap(True)
        self.text.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.save_as_button = QPushButton(self.tr("Save as..."))
        self.save_as_button.setObjectName("banner_save_as")
        self.save_as_button.clicked.connect(self.save_as_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.save_as_button)
        self.hide()

    def show_reason(self, reason: ReadOnly | None) -> None:
        """Show why the workbook is read-only, or hide the banner when it is writable."""
        if reason is None:
            self.hide()
            return
        texts = {
            ReadOnly.CHOSEN: self.tr(
                "Opened read-only: your changes are not saved in this file. Use Save as to keep "
                "them."
            ),
            ReadOnly.FILE: self.tr(
                "This file is read-only: your changes are not saved in it. Use Save as to keep "
                "them."
            ),
            ReadOnly.FOLDER: self.tr(
                "This folder is read-only: your changes are not saved in this file. Use Save as "
                "to keep them."
            ),
        }
        self.text.setText(texts[reason])
        self.setAccessibleName(self.text.text())
        self.show()
