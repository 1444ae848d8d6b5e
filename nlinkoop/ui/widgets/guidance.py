"""A short, collapsible guidance text at the top of a tab, with a keyboard-usable toggle."""

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget


class GuidanceBox(QWidget):
    """A toggle button ("Uitleg") over a word-wrapped text; open by default.

    The header row is public so a tab can put its own status (the completeness indicator) on
    the same line as the toggle.

    Args:
        text: the guidance, plain text; blank lines separate paragraphs.
        parent: the Qt parent.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle_button = QToolButton(self)
        self.toggle_button.setObjectName("guidance_toggle")
        self.toggle_button.setText(QCoreApplication.translate("GuidanceBox", "Guidance"))
        self.toggle_button.setCheckable(True)
        self.toggle_button.setChecked(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setAutoRaise(True)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it
        self.toggle_button.setAccessibleName(
            QCoreApplication.translate("GuidanceBox", "Show or hide the guidance")
        )
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("guidance_text")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_label.setContentsMargins(4, 0, 4, 4)

        self.header = QHBoxLayout()
        self.header.addWidget(self.toggle_button)
        self.header.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addWidget(self.text_label)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)
        self._on_toggle_button_toggled(True)

    def is_open(self) -> bool:
        """Whether the guidance text is shown."""
        return self.toggle_button.isChecked()

    def set_open(self, shown: bool) -> None:
        """Show or hide the guidance text."""
        self.toggle_button.setChecked(shown)

    @Slot(bool)
    def _on_toggle_button_toggled(self, shown: bool) -> None:
        self.text_label.setVisible(shown)
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.toggle_button.setToolTip(
            QCoreApplication.translate("GuidanceBox", "Hide the guidance")
            if shown
            else QCoreApplication.translate("GuidanceBox", "Show the guidance")
        )
