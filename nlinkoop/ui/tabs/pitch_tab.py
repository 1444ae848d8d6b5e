"""The Inkooppitch tab: which pitch profile the preparation links to, and that pitch to read."""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from nlinkoop.domain.completeness import Completeness, pitch_completeness
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog, PitchProfiles
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.undo import SetValueCommand, same_value


class PitchTab(PreparationTab):
    """Inkooppitch: link the preparation to a pitch profile; read the pitch and its self-check.

    The profiles come from a `ProfileStore` the window gives with `set_profiles`; without one
    the tab offers only "None".

    Signals:
        changed: the user linked another profile, or undo/redo changed the link.
    """

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("PitchTab", "Purchasing pitch")

    def guidance_text(self) -> str:
        return self.tr(
            "Your pitch is a compass in words that you take to every meeting. It grows from "
            "your drivers: what drives you, which norms and values you hold, which rules of "
            "thumb you use for hard choices, and for which mission you work here. A good pitch "
            "is durable, considered, systemic and forward-looking. Link this preparation to "
            "your pitch and read it again before you go in."
        )

    def build(self) -> None:
        self._store: PitchProfiles | None = None
        self._profiles: list[PitchProfile] = []
        form = self.group(self.tr("Linked pitch"))
        self.profile_combo = QComboBox()
        self.profile_combo.setObjectName("profile_id")
        self.profile_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.profile_combo.setMinimumContentsLength(24)
        self.profile_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.profile_combo.setAccessibleName(self.tr("Pitch of"))
        self.profile_combo.currentIndexChanged.connect(self._on_profile_combo_current_index_changed)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.profile_combo)
        row.addWidget(self.edit_button)
        row.addStretch()
        label = QLabel(self.tr("Pitch of"))
        label.setBuddy(self.profile_combo)
        form.addRow(label, row)

        self.pitch_label = self._reading(form, self.tr("Pitch"))
        form = self.group(self.tr("Self-check"))
        self.check_labels = {
            "check_durable": self._reading(form, self.tr("Durable")),
            "check_considered": self._reading(form, self.tr("Considered")),
            "check_systemic": self._reading(form, self.tr("Systemic")),
            "check_forward_looking": self._reading(form, self.tr("Forward-looking")),
        }

    def _reading(self, form: QFormLayout, text: str) -> QLabel:
        shown = QLabel()
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.PlainText)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAccessibleName(text)
        label = QLabel(text)
        label.setBuddy(shown)
        form.addRow(label, shown)
        return shown

    # --- the window's side ----------------------------------------------------------------

    def set_profiles(self, store: PitchProfiles) -> None:
        """Take the profiles from `store` (and show them again whenever one is saved)."""
        self._store = store
        store.changed.connect(self._on_store_changed)
        self._on_store_changed()

    def load(self, prep: Preparation) -> None:
        """Show `prep` with the profiles as they are now (another workbook has others)."""
        self._profiles = self._store.profiles() if self._store is not None else []
        super().load(prep)

    def reshow(self) -> None:
        self._profiles = self._store.profiles() if self._store is not None else []
        super().reshow()

    def link_own(self, profile_id: str) -> bool:
        """Link the shown preparation to the user's own profile, if it links to none yet.

        An edit like choosing it in the list: undoable, and `changed` saves it. A link to
        anyone else's profile is never replaced.

        Returns:
            Whether it was linked now.
        """
        prep = self._prep
        if prep is None or prep.profile_id is not None:
            return False
        text = self.profile_combo.accessibleName()
        self.undo_stack.push(
            SetValueCommand(self._apply_link, prep, "profile_id", None, profile_id, text)
        )
        return True

    def linked_profile(self) -> PitchProfile | None:
        """The profile the shown preparation links to, if it is in the workbook."""
        wanted = self._prep.profile_id if self._prep is not None else None
        return next((p for p in self._profiles if p.id == wanted), None)

    @classmethod
    def completeness_of(cls, prep: Preparation, profiles: Sequence[PitchProfile]) -> Completeness:
        linked = next((p for p in profiles if p.id == prep.profile_id), None)
        return pitch_completeness(prep, linked)

    def completeness(self) -> Completeness:
        """The link, and the linked profile's pitch and four self-check notes (6 in all)."""
        if self._prep is None:
            return Completeness(0, 6)
        return pitch_completeness(self._prep, self.linked_profile())

    def refresh(self) -> None:
        self._show_link()

    # --- showing --------------------------------------------------------------------------

    def _show_link(self) -> None:
        if self._prep is None:
            return
        wanted = self._prep.profile_id
        combo = self.profile_combo
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("None"), None)
            for each in self._profiles:
                combo.addItem(each.person or self.tr("(no name)"), each.id)
            if wanted is not None and self.linked_profile() is None:
                combo.addItem(self.tr("(a profile not in this workbook)"), wanted)
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)
        profile = self.linked_profile()
        none = self.tr("No pitch linked. Pick one above, or write your own pitch.")
        self.pitch_label.setText(
            (profile.pitch or self.tr("This profile has no pitch yet.")) if profile else none
        )
        empty = self.tr("Not filled in yet.")
        for attr, label in self.check_labels.items():
            label.setText((getattr(profile, attr) or empty) if profile else "")
            label.setEnabled(profile is not None)
        own = profile is None or (self._store is not None and self._store.is_own(profile))
        mine = self.tr("Edit my pitch...")
        theirs = self.tr("Edit pitch...")
        self.edit_button.setText(mine if own else theirs)
        self.edit_button.setEnabled(self._store is not None)

    def _apply_link(self, target: Any, path: str, value: object) -> None:
        """Write the link (an edit, undo or redo) and show it."""
        setattr(target, path, value)
        if target is self._prep:
            self._refresh()
        self.changed.emit()

    # --- slots ----------------------------------------------------------------------------

    @Slot(int)
    def _on_profile_combo_current_index_changed(self, index: int) -> None:
        prep = self._prep
        value = self.profile_combo.itemData(index)
        if prep is None or index < 0 or same_value(prep.profile_id, value):
            return
        text = self.profile_combo.accessibleName()
        old = prep.profile_id
        self.undo_stack.push(
            SetValueCommand(self._apply_link, prep, "profile_id", old, value, text)
        )

    @Slot()
    def _on_edit_button_clicked(self) -> None:
        if self._store is None:
            return
        profile = self.linked_profile() or self._store.own_or_new()
        PitchDialog.open_for(self, self._store, profile)

    @Slot()
    def _on_store_changed(self) -> None:
        self._profiles = self._store.profiles() if self._store is not None else []
        self._refresh()
