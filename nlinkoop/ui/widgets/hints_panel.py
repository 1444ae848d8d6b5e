"""The hints of a tab, in a strip of fixed height under its page."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class HintsPanel(QFrame):
    """The gentle hints of one tab: a quiet box that is hidden when there is nothing to say.

    It sits in a strip of fixed height under the tab's page (`HINT_LINES` lines; more hints
    scroll), so a hint that comes or goes while the user types never moves the fields.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hints")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # follows light and dark
        self.setAutoFillBackground(True)
        self.setAccessibleName(QCoreApplication.translate("PreparationTab", "Hints"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        lines = QWidget()
        lines.setAutoFillBackground(False)
        self._layout = QVBoxLayout(lines)
        self._layout.setContentsMargins(6, 4, 6, 4)
        self._layout.setSpacing(2)
        self._layout.addStretch()
        scroll.setWidget(lines)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.texts: list[str] = []
        self.empty_note: QLabel | None = None  # shown in the panel's place when it is hidden
        self.hide()

    def show_texts(self, texts: Sequence[str]) -> None:
        """Show these hint texts (none: hide the panel; its strip keeps its room)."""
        if list(texts) == self.texts:
            return
        self.texts = list(texts)
        while self._layout.count() > 1:  # the last item is the stretch
            item = self._layout.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # gone now, not only when the event loop deletes it
                widget.deleteLater()
        for number, text in enumerate(self.texts):
            line = QLabel(
                QCoreApplication.translate("PreparationTab", "Hint: {text}").format(text=text)
            )
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.insertWidget(number, line)
        self.setVisible(bool(self.texts))
        if self.empty_note is not None:
            self.empty_note.setVisible(not self.texts)


HINT_LINES = 3  # the hint strip's height, in lines of text


def hint_strip(panel: HintsPanel) -> QWidget:
    """A strip of fixed height that holds `panel`, shown or not."""
    strip = QWidget()
    strip.setObjectName("hint_strip")
    layout = QVBoxLayout(strip)
    layout.setContentsMargins(6, 4, 6, 4)
    layout.addWidget(panel)
    # In the strip from the start: shown without a parent, a label is a window of its own
    # (for a moment, and it takes the focus from the window when a page is built later).
    note = QLabel(QCoreApplication.translate("PreparationTab", "No hints for this step."), strip)
    note.setObjectName("no_hints")
    note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    note.setContentsMargins(8, 4, 8, 4)
    layout.addWidget(note)
    note.setVisible(not panel.texts)
    panel.empty_note = note
    height = HINT_LINES * panel.fontMetrics().lineSpacing() + 2 * 4 + 2 * 4 + 4
    strip.setFixedHeight(height)
    return strip
