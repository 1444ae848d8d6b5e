"""The workbook's pitch profiles for the window: read, save, and whose profile is the user's."""

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.store.errors import WorkbookError
from nlinkoop.store.workbook import current_user
from nlinkoop.ui import prompts
from nlinkoop.ui.window.surface import WindowSurface

if TYPE_CHECKING:
    from nlinkoop.ui.tabs.pitch_tab import PitchTab


def same_person(a: str, b: str) -> bool:
    """Whether two names are the same person ("Sanne de Vries" and " sanne de vries")."""
    return a.strip().casefold() == b.strip().casefold()


class ProfileStore(QObject):
    """The pitch profiles of the open workbook, as the tab and the pitch window see them.

    Args:
        load: all profiles, by person (the open workbook's `profiles`).
        save: stores one profile (the open workbook's `save_profile`).
        user: the name of the person at the keyboard.
        aliases: other names the user went by (former names, the login name); a profile
            with one of them is still theirs.
        parent: the Qt parent; as a widget, also the parent of error messages.

    Signals:
        changed: a profile was saved, or the user's name changed (the shown pitch may have
            changed, or whose it is).
        own_saved: the user saved (or confirmed with OK) their own profile, by id; the shown
            preparation links to it if it links to none.
    """

    changed = Signal()
    own_saved = Signal(str)

    def __init__(
        self,
        load: Callable[[], list[PitchProfile]],
        save: Callable[[PitchProfile], None],
        user: Callable[[], str],
        aliases: Callable[[], Sequence[str]] = tuple,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._save, self._user, self._aliases = load, save, user, aliases

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

        It does when its person or its last writer is the user's name or one of their other
        names: a name they went by before, or the login name that nlinkoop recorded before it
        asked for a name ("sdevries" for the person "Sanne de Vries").
        """
        return self._ownership(profile) > 0

    def _ownership(self, profile: PitchProfile) -> int:
        """How surely `profile` is the user's: 0 not, 4 its person is the user's name now."""
        user = self.current_user()
        aliases = [a for a in self._aliases() if a.strip()]
        checks = (
            same_person(profile.person, user),
            any(same_person(profile.person, a) for a in aliases),
            same_person(profile.updated_by, user),
            any(same_person(profile.updated_by, a) for a in aliases),
        )
        return next((4 - rank for rank, hit in enumerate(checks) if hit), 0)

    def own_profile(self) -> PitchProfile | None:
        """The current user's profile, if they have one (the surest match if several do)."""
        ranked = [(self._ownership(p), p) for p in self.profiles()]
        best = max((rank for rank, _ in ranked), default=0)
        return next((p for rank, p in ranked if best and rank == best), None)

    def own_profile_id(self) -> str | None:
        """The id of the current user's profile (a new preparation links to it), or None."""
        own = self.own_profile()
        return own.id if own is not None else None

    def own_or_new(self) -> PitchProfile:
        """The current user's profile, or a new, unsaved one in their name."""
        own = self.own_profile()
        return own if own is not None else PitchProfile(person=self.current_user())

    def offer_own(self, profile_id: str) -> None:
        """The user saved or confirmed their own profile: tell whoever links it (`own_saved`)."""
        self.own_saved.emit(profile_id)

    def user_renamed(self) -> None:
        """The user's name changed: which profile is theirs may have changed too."""
        self.changed.emit()

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


def attach_profiles(
    window: WindowSurface,
    pitch_page: "Callable[[], PitchTab]",
    schedule_write_back: Callable[[], None],
    refresh_preview: Callable[[], None],
) -> ProfileStore:
    """The open workbook's profiles, for the pitch step and the briefing preview.

    The pitch step's page takes them when it is built (`PitchTab.set_profiles`). The user's
    own profile, once saved, is linked to the shown preparation if it has none.

    Args:
        window: the window's surface (its workbook, preferences, the shown preparation).
        pitch_page: the pitch step's page, built when first asked for.
        schedule_write_back: writes the working copy back after a pause (the sharing's).
        refresh_preview: draws the briefing preview again (the pitch is on the page).
    """

    def save(profile: PitchProfile) -> None:
        window.workbook.save_profile(profile)
        schedule_write_back()  # reaches the file after a pause, as typing does

    store = ProfileStore(
        lambda: window.workbook.profiles(),
        save,
        lambda: window.preferences.user_name or window.workbook.user,
        lambda: (*window.preferences.former_names, window.workbook.user, current_user()),
        window.widget(),
    )
    store.changed.connect(refresh_preview)
    store.own_saved.connect(partial(_link_own, window, pitch_page))
    return store


def _link_own(window: WindowSurface, pitch_page: "Callable[[], PitchTab]", profile_id: str) -> None:
    if window.preparation is None:
        return  # an empty workbook: the tabs show a blank that is never saved
    pitch_page().link_own(profile_id)  # on its page, built for it if need be


def open_own_pitch(parent: QWidget, profiles: ProfileStore) -> None:
    """Open the "My pitch" window on the user's profile (a new one if they have none)."""
    from nlinkoop.ui.dialogs.pitch_dialog import PitchDialog

    PitchDialog.open_for(parent, profiles, profiles.own_or_new())
