"""The workbook's pitch profiles for the window: read, save, and whose profile is the user's."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts

if TYPE_CHECKING:
    from nlinkoop.ui.main_window import MainWindow


def same_person(a: str, b: str) -> bool:
    """Whether two names are the same person ("Sanne de Vries" and " sanne de vries")."""
    return a.strip().casefold() == b.strip().casefold()


class ProfileStore(QObject):
    """The pitch profiles of the open workbook, as the tab and the pitch window see them.

    Args:
        load: all profiles, by person (the open workbook's `profiles`).
        save: stores one profile (the open workbook's `save_profile`).
        user: the name of the person at the keyboard.
        parent: the Qt parent; as a widget, also the parent of error messages.

    Signals:
        changed: a profile was saved (the shown pitch may have changed).
    """

    changed = Signal()

    def __init__(
        self,
        load: Callable[[], list[PitchProfile]],
        save: Callable[[PitchProfile], None],
        user: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._save, self._user = load, save, user

    def profiles(self) -> list[PitchProfile]:
        """All profiles, by person; none when the workbook cannot be read right now."""
        try:
            return self._load()
        except WorkbookError:
            return []

    def current_user(self) -> str:
        """The name of the user, as the workbook records it."""
        return self._user()

    def is_own(self, profile: PitchProfile) -> bool:
        """Whether `profile` belongs to the current user.

        It does when its person is the user's name, or when the user is the one who last
        wrote it (a login name such as "sdevries" for the person "Sanne de Vries").
        """
        user = self.current_user()
        return same_person(profile.person, user) or same_person(profile.updated_by, user)

    def own_profile(self) -> PitchProfile | None:
        """The current user's profile, if they have one."""
        return next((p for p in self.profiles() if self.is_own(p)), None)

    def own_profile_id(self) -> str | None:
        """The id of the current user's profile (a new preparation links to it), or None."""
        own = self.own_profile()
        return own.id if own is not None else None

    def own_or_new(self) -> PitchProfile:
        """The current user's profile, or a new, unsaved one in their name."""
        own = self.own_profile()
        return own if own is not None else PitchProfile(person=self.current_user())

    def save(self, profile: PitchProfile, parent: QWidget | None = None) -> bool:
        """Store `profile`; False after telling the user why it could not be saved."""
        try:
            self._save(profile)
        except WorkbookError as error:
            title = self.tr("Pitch not saved")
            prompts.error(parent, title, prompts.workbook_error_text(error))
            return False
        self.changed.emit()
        return True


def attach_profiles(window: "MainWindow") -> ProfileStore:
    """Give the window's pitch tab and briefing preview the open workbook's profiles."""
    from nlinkoop.ui.tabs.pitch_tab import PitchTab

    store = ProfileStore(
        lambda: window.workbook.profiles(),
        lambda profile: window.workbook.save_profile(profile),
        lambda: window.preferences.user_name or window.workbook.user,
        window,
    )
    for tab in window.findChildren(PitchTab):
        tab.set_profiles(store)
    store.changed.connect(window.briefing_dock.preview.refresh)
    return store


def open_own_pitch(window: "MainWindow") -> None:
    """Open the "My pitch" window on the user's profile (a new one if they have none)."""
    from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog

    PitchDialog.open_for(window, window.profiles, window.profiles.own_or_new())
