"""A multi-line text field that grows with its text, where Tab moves on to the next field."""

from PySide6.QtCore import QSize, Slot
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

MAX_LINES = 12  # beyond this the field scrolls instead of growing


class TextBox(QPlainTextEdit):
    """A QPlainTextEdit at least `lines` lines high that grows with its (wrapped) text.

    Tab and Shift+Tab move focus (a form is walked by keyboard); the text itself rarely needs a
    tab character.

    Args:
        lines: how many lines the field shows when (nearly) empty.
        parent: the Qt parent.
    """

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._on_document_size_changed)

    def sizeHint(self) -> QSize:
        # QPlainTextEdit's document layout measures its height in (wrapped) lines
        used = int(self.document().documentLayout().documentSize().height())
        lines = max(self._lines, min(used, MAX_LINES))
        height = (
            lines * self.fontMetrics().lineSpacing()
            + 2 * int(self.document().documentMargin())
            + 2 * self.frameWidth()
            + 4
        )
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    @Slot()
    def _on_document_size_changed(self) -> None:
        self.updateGeometry()
