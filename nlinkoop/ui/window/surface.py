"""What the window's helpers may use of the window: `WindowSurface`, and nothing more.

The helpers in this folder (briefing, sharing, profiles, policy, learning, menus) take the
window as a `WindowSurface`, never as `MainWindow`: none of them imports `main_window`, and none
reaches into its widgets. What a helper needs of another helper (the sharing's write-back, the
file dialogs, the preview's refresh) it gets when it is built. `MainWindow` satisfies the
protocol by its shape; import-linter keeps the helpers from importing it (`pyproject.toml`).
"""

from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow

from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.settings import Preferences

if TYPE_CHECKING:  # the store (SQLAlchemy) is not needed to name them
    from nlinkoop.store.document import Document
    from nlinkoop.store.workbook import Workbook
    from nlinkoop.ui.tabs.base import PreparationTab


class WindowSurface(Protocol):
    """The window as its helpers see it: the open file, the shown preparation, a few signals."""

    @property
    def preparation_shown(self) -> SignalInstance:
        """Emitted when the tabs show another preparation, or none."""

    @property
    def preparation_updated(self) -> SignalInstance:
        """Emitted when the shown preparation took in changes made elsewhere (a colleague)."""

    @property
    def saved(self) -> SignalInstance:
        """(datetime) The shown preparation was saved in the working copy (the autosave)."""

    @property
    def preferences(self) -> Preferences:
        """The user's preferences (never in the workbook)."""

    @property
    def document(self) -> "Document":
        """The open document: the user's file and its private working copy."""

    @property
    def workbook(self) -> "Workbook":
        """The open document's working copy, to read and save preparations in."""

    @property
    def preparation(self) -> Preparation | None:
        """The preparation shown in the tabs (None in an empty workbook)."""

    def widget(self) -> QMainWindow:
        """The window as a widget: the parent of dialogs and of the helpers' own objects."""

    def save_now(self) -> bool:
        """Save what is typed before an action the user asked for; False if it failed."""

    def edited(self) -> None:
        """The shown preparation was changed outside the steps' pages: save it as their edits."""

    def take_in_place(self, changed: Preparation) -> None:
        """Show `changed`, a changed copy of the shown preparation, in the same objects."""

    def show_page(self, tab_class: type["PreparationTab"]) -> None:
        """Show the step of `tab_class`."""

    def reload(self, changed: Collection[str] | None = None) -> None:
        """Show the workbook again after the file changed elsewhere (a colleague, a merge)."""

    def document_renamed(self) -> None:
        """The open document's file has a new name (saved as): show it, watch it."""

    def show_status(self, text: str, ms: int = 0) -> None:
        """Say `text` in the status line for `ms` milliseconds (0: until the next message)."""

    def show_save_state(self, text: str) -> None:
        """Say where the edits are now ("Saved at 14:02", "Not saved: ...") beside it."""
