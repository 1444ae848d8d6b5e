"""The "My pitch" window: one person's purchasing pitch, from drivers to pitch and self-check."""

import dataclasses
from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance, Slot
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.ui import prompts
from nlinkoop.ui.widgets.text_box import TextBox


class PitchProfiles(Protocol):
    """The pitch profiles as this window and the pitch tab use them (the window's `ProfileStore`).

    The window gives them; neither the tab nor this window knows where they are stored.
    """

    @property
    def changed(self) -> SignalInstance:
        """A profile was saved, or whose profile is the user's changed."""

    def profiles(self) -> list[PitchProfile]:
        """All profiles, by person."""

    def is_own(self, profile: PitchProfile) -> bool:
        """Whether `profile` belongs to the user."""

    def own_or_new(self) -> PitchProfile:
        """The user's profile, or a new, unsaved one in their name."""

    def save(self, profile: PitchProfile, parent: QWidget | None = None) -> bool:
        """Store `profile`; False after telling the user why not."""

    def offer_own(self, profile_id: str) -> None:
        """The user saved or confirmed their own profile: link it where none is linked."""


TEXT_FIELDS = (
    "norms_values",
    "principles",
    "drivers",
    "mission",
    "pitch",
    "check_durable",
    "check_considered",
    "check_systemic",
    "check_forward_looking",
)


class PitchDialog(QDialog):
    """Edit one pitch profile; someone else's opens read-only until "Edit anyway" is confirmed.

    The dialog works on a copy: OK (or closing the window after changes) saves it through the
    profile store, Cancel throws the changes away. When it is the user's own profile (or a new
    one), OK also offers it to the shown preparation (`PitchProfiles.offer_own`).

    Args:
        profile: the profile to show (left untouched; the copy is saved).
        store: where the profile is saved, and who the user is.
        parent: the Qt parent.
    """

    def __init__(
        self, profile: PitchProfile, store: PitchProfiles, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pitch_dialog")
        self.profile = dataclasses.replace(profile)
        self._store = store
        self._new = all(p.id != profile.id for p in store.profiles())
        self._own = self._new or store.is_own(profile)  # not after "Edit anyway"
        self._dirty = False
        self.setWindowTitle(self.tr("My pitch"))
        self.resize(760, 820)

        content = QWidget()
        body = QVBoxLayout(content)
        intro = QLabel(
            self.tr(
                "Your pitch is a compass in words, not a sales talk. Start with what drives you "
                "and what you stand for, then write the pitch, and check it on four qualities."
            )
        )
        intro.setWordWrap(True)
        body.addWidget(intro)
        body.addWidget(self._build_banner())

        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = self._group(body, self.tr("Who"))
        self.person_edit = QLineEdit(self.profile.person)
        self.person_edit.setObjectName("person")
        self.person_edit.setPlaceholderText(self.tr("Your name, as your colleagues know you"))
        self._row(form, self.tr("Name"), self.person_edit, "")
        self.fields["person"] = self.person_edit

        form = self._group(body, self.tr("What drives you"))
        self._text(
            form,
            "norms_values",
            self.tr("Norms and values"),
            self.tr("What do you stand for, also when it costs you something?"),
        )
        self._text(
            form,
            "principles",
            self.tr("Personal principles"),
            self.tr('Your rules of thumb for hard choices: "When in doubt, I ..."'),
        )
        self._text(
            form,
            "drivers",
            self.tr("Drivers"),
            self.tr("What gives you energy in your work? When are you proud?"),
        )
        self._text(
            form,
            "mission",
            self.tr("The mission that counts"),
            self.tr(
                "What your organisation, team or project wants to achieve, in one or two sentences."
            ),
        )

        form = self._group(body, self.tr("Your pitch"))
        self._text(
            form,
            "pitch",
            self.tr("Pitch"),
            self.tr(
                "Who you are, what you come for and how you work, in a few "
                "sentences you could say out loud."
            ),
            lines=5,
        )

        form = self._group(body, self.tr("Self-check"))
        self._text(
            form,
            "check_durable",
            self.tr("Durable"),
            self.tr("Does it rest on your values, not on this one situation?"),
            lines=2,
        )
        self._text(
            form,
            "check_considered",
            self.tr("Considered"),
            self.tr("Does it come from reflection, so it keeps you from reacting on impulse?"),
            lines=2,
        )
        self._text(
            form,
            "check_systemic",
            self.tr("Systemic"),
            self.tr("Does it take in the whole field: stakeholders, market, context?"),
            lines=2,
        )
        self._text(
            form,
            "check_forward_looking",
            self.tr("Forward-looking"),
            self.tr("Does it anticipate resistance, growth and change?"),
            lines=2,
        )
        body.addStretch()

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.buttons)

        for widget in self.fields.values():
            signal = widget.textEdited if isinstance(widget, QLineEdit) else widget.textChanged
            signal.connect(self._on_field_edited)
        self.set_editable(self._own)

    @classmethod
    def open_for(
        cls, parent: QWidget, store: PitchProfiles, profile: PitchProfile
    ) -> "PitchDialog":
        """Show the dialog for `profile`, modal to `parent`, without blocking; returns it."""
        dialog = cls(profile, store, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- building -------------------------------------------------------------------------

    def _build_banner(self) -> QFrame:
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.banner.setAutoFillBackground(True)
        row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(
            self.tr("This is the pitch of {person}").format(person=self.profile.person)
        )
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        font = self.banner_label.font()
        font.setBold(True)
        self.banner_label.setFont(font)
        self.edit_anyway_button = QPushButton(self.tr("Edit anyway"))
        self.edit_anyway_button.clicked.connect(self._on_edit_anyway_button_clicked)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.edit_anyway_button)
        return self.banner

    def _group(self, body: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body.addWidget(box)
        return form

    def _row(self, form: QFormLayout, text: str, widget: QWidget, help_text: str) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text)
        if help_text:
            column = QVBoxLayout()
            column.setSpacing(2)
            helper = QLabel(help_text)
            helper.setWordWrap(True)
            helper.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            column.addWidget(helper)
            column.addWidget(widget)
            form.addRow(label, column)
        else:
            form.addRow(label, widget)

    def _text(
        self, form: QFormLayout, attr: str, text: str, help_text: str, lines: int = 3
    ) -> None:
        box = TextBox(lines)
        box.setObjectName(attr)
        box.setPlainText(getattr(self.profile, attr))
        self._row(form, text, box, help_text)
        self.fields[attr] = box

    # --- state ----------------------------------------------------------------------------

    def is_editable(self) -> bool:
        """Whether the fields can be edited (the user's own profile, or after "Edit anyway")."""
        return not self.person_edit.isReadOnly()

    def set_editable(self, editable: bool) -> None:
        """Make the fields editable, or read-only with the banner and "Edit anyway"."""
        for widget in self.fields.values():
            widget.setReadOnly(not editable)
        self.banner.setVisible(not editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setVisible(editable)

    def _collect(self) -> None:
        self.profile.person = self.person_edit.text().strip()
        for attr in TEXT_FIELDS:
            box = self.fields[attr]
            assert isinstance(box, QPlainTextEdit)
            setattr(self.profile, attr, box.toPlainText())

    def save(self) -> bool:
        """Save the edits (or a new profile); True if there was nothing to save or it worked.

        The user's own profile, saved, is offered to the shown preparation.
        """
        if not self.is_editable() or not (self._dirty or self._new):
            return True
        self._collect()
        if not self._store.save(self.profile, self):
            return False
        self._dirty = self._new = False
        if self._own:
            self._store.offer_own(self.profile.id)
        return True

    # --- Qt -------------------------------------------------------------------------------

    def accept(self) -> None:
        unchanged = not (self._dirty or self._new)
        if not self.save():
            return
        if unchanged and self._own:  # OK on one's own pitch as it is: take it along too
            self._store.offer_own(self.profile.id)
        super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.save():
            event.ignore()
            return
        super().closeEvent(event)

    @Slot()
    def _on_field_edited(self) -> None:
        self._dirty = True

    @Slot()
    def _on_edit_anyway_button_clicked(self) -> None:
        if prompts.confirm_edit_other_profile(self, self.profile.person):
            self.set_editable(True)
