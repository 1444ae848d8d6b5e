"""Who you are: your name and organisation, asked once at first start and kept in Settings."""

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Identity:
    """The name colleagues see beside your changes, and your organisation (may be empty)."""

    name: str
    organisation: str


class IdentityDialog(QDialog):
    """A name (required) and an organisation; OK stays off until there is a name.

    Args:
        identity: what to show at the start.
        first_start: welcome words and "Not now" instead of "Cancel".
        parent: the Qt parent.
    """

    def __init__(
        self, identity: Identity, *, first_start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("identity_dialog")
        self.setWindowTitle(
            self.tr("Welcome to nlinkoop") if first_start else self.tr("Your name and organisation")
        )
        intro = QLabel(
            self.tr(
                "Who are you? Your colleagues see your name beside your changes, in your pitch "
                "and on the briefing. You can change it later under Settings."
            )
            if first_start
            else self.tr(
                "Your colleagues see your name beside your changes, in your pitch and on the "
                "briefing. New preparations start with your organisation."
            )
        )
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(identity.name)
        self.name_edit.setObjectName("identity_name")
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.organisation_edit = QLineEdit(identity.organisation)
        self.organisation_edit.setObjectName("identity_organisation")
        self.organisation_edit.setPlaceholderText(self.tr("Where you work (optional)"))
        form = QFormLayout()
        for text, edit in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Organisation"), self.organisation_edit),
        ):
            label = QLabel(text)
            label.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", ""))
            edit.setMinimumWidth(280)
            form.addRow(label, edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if first_start:
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        self._on_name_edit_text_changed(self.name_edit.text())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(440)
        self.name_edit.setFocus()

    def identity(self) -> Identity:
        """What is filled in now, without surrounding spaces."""
        return Identity(self.name_edit.text().strip(), self.organisation_edit.text().strip())

    def accept(self) -> None:
        if self.identity().name:  # Return in the name field would get past the disabled OK
            super().accept()

    @Slot(str)
    def _on_name_edit_text_changed(self, text: str) -> None:
        self.ok_button.setEnabled(bool(text.strip()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, identity: Identity, *, first_start: bool = False
    ) -> Identity | None:
        """Show the dialog; what the user filled in, or None when they cancel."""
        dialog = cls(identity, first_start=first_start, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.identity()
        finally:
            dialog.deleteLater()
