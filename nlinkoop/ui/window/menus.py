"""The window's menus and toolbar, and the file actions behind them (open, copy, export, ...)."""

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import QMenu

from nlinkoop.examples import example_workbook
from nlinkoop.fileio import copy_atomic, write_atomic
from nlinkoop.store.document import Document
from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts
from nlinkoop.ui.dialogs.about_dialog import AboutDialog
from nlinkoop.ui.dialogs.identity_dialog import Identity, IdentityDialog
from nlinkoop.ui.dialogs.positioning_reference import PositioningReference
from nlinkoop.ui.settings import LANGUAGES
from nlinkoop.ui.window.briefing import BriefingMaker
from nlinkoop.ui.window.file_dialogs import JSON_FILTER, WORKBOOK_FILTER, FileDialogs
from nlinkoop.ui.window.learning import Learning
from nlinkoop.ui.window.policy import PolicyStore
from nlinkoop.ui.window.profiles import ProfileStore, open_own_pitch
from nlinkoop.ui.window.sharing import Sharing
from nlinkoop.ui.window.surface import WindowSurface


def dropped_workbook(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one workbook file dragged onto the window, if that is what is dragged."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    return files[0] if len(files) == 1 and files[0].suffix.lower() == ".db" else None


class WindowMenus(QObject):
    """Builds the window's menu bar and toolbar and carries out its file actions.

    Args:
        window: the window's surface; its widget gets the menu bar and the toolbar.
        files: asks for the files to open and save.
        briefing: "Briefing (PDF)...".
        sharing: "Save as...", "Merge with...", "Send to a colleague...", and the write-back
            before a copy or after an import.
        profiles: the pitch profiles ("My pitch...", and who the user is after a rename).
        policy: the procurement policy ("Procurement policy...").
        learning: its "Learning log..." action goes in the View menu.
        at_table: opens the meeting screen (View menu and toolbar).
        teamserver: the teamserver's actions (File menu): connect, sync now, share.
        undo_stack: the window's undo stack, for the Edit menu.
        preview_action: shows and hides the briefing preview (the dock's own action).
        new_preparation: adds a preparation and shows it.
        switch_workbook: shows the workbook at a path (or the `Document` just made there).
    """

    def __init__(
        self,
        window: WindowSurface,
        files: FileDialogs,
        *,
        briefing: BriefingMaker,
        sharing: Sharing,
        profiles: ProfileStore,
        policy: PolicyStore,
        learning: Learning,
        at_table: QAction,
        teamserver: Sequence[QAction],
        undo_stack: QUndoStack,
        preview_action: QAction,
        new_preparation: Callable[[], None],
        switch_workbook: Callable[[Path, Document | None], bool],
    ) -> None:
        main = window.widget()
        super().__init__(main)
        self._window = window
        self._main = main  # the parent of dialogs
        self._files = files
        self._sharing = sharing
        self._profiles = profiles
        self._switch_workbook = switch_workbook
        self.policy = policy
        self.learning = learning
        bar = main.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self._add(
            self.file_menu,
            self.tr("&New workbook..."),
            self.new_workbook,
            "new_workbook",
            QKeySequence.StandardKey.New,
        )
        self._add(
            self.file_menu,
            self.tr("New &preparation"),
            new_preparation,
            "new_preparation",
            QKeySequence("Ctrl+Shift+N"),
        )
        self._add(
            self.file_menu,
            self.tr("&Open..."),
            self.open_workbook,
            "open",
            QKeySequence.StandardKey.Open,
        )
        self.recent_menu = self.file_menu.addMenu(self.tr("&Recent files"))
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self._add(self.file_menu, self.tr("My pi&tch..."), self.my_pitch, "my_pitch")
        self._add(
            self.file_menu,
            self.tr("Procurement &policy..."),
            self.procurement_policy,
            "procurement_policy",
        )
        self.file_menu.addSeparator()
        self.briefing_action = self._add(
            self.file_menu,
            self.tr("&Briefing (PDF)..."),
            briefing.save_pdf,
            "briefing_pdf",
            QKeySequence.StandardKey.Print,
        )
        self.file_menu.addSeparator()
        self._add(
            self.file_menu,
            self.tr("Save &as..."),
            sharing.save_as,
            "save_as",
            QKeySequence("Ctrl+Shift+S"),
        )
        self._add(self.file_menu, self.tr("Save a &copy as..."), self.save_copy, "save_copy")
        actions = sharing.actions
        self._add(self.file_menu, self.tr("&Merge with..."), actions.merge_with, "merge_with")
        self._add(
            self.file_menu,
            self.tr("&Send to a colleague..."),
            actions.send_to_colleague,
            "send_to_colleague",
        )
        self.file_menu.addActions(list(teamserver))  # connect, sync now, share with the team
        self._add(self.file_menu, self.tr("&Export (JSON)..."), self.export_json, "export_json")
        self._add(self.file_menu, self.tr("&Import (JSON)..."), self.import_json, "import_json")
        self.file_menu.addSeparator()
        self._add(self.file_menu, self.tr("Open the e&xample"), self.open_example, "example")
        self.file_menu.addSeparator()
        self._add(
            self.file_menu, self.tr("&Quit"), main.close, "quit", QKeySequence.StandardKey.Quit
        )

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        )
        edit.addActions([self.undo_action, self.redo_action])
        main.addActions([self.undo_action, self.redo_action])

        view = bar.addMenu(self.tr("&View"))
        self.preview_action = preview_action
        self.preview_action.setText(self.tr("Briefing &preview"))
        self.preview_action.setObjectName("briefing_preview")
        view.addAction(self.preview_action)
        view.addAction(learning.action)  # the learning log
        view.addSeparator()
        view.addAction(at_table)

        toolbar = main.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.briefing_action, self.preview_action, at_table])
        window.preparation_shown.connect(self._on_window_preparation_shown)

        settings = bar.addMenu(self.tr("&Settings"))
        self._add(
            settings, self.tr("Your &name and organisation..."), self.edit_identity, "identity"
        )
        languages = settings.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in zip(LANGUAGES, ("Nederlands", "English"), strict=True):
            action = languages.addAction(label)
            action.setCheckable(True)
            action.setChecked(window.preferences.language == code)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(partial(self.set_language, code))
            group.addAction(action)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._add(
            self.help_menu,
            self.tr("&Commercial negotiation or public positioning"),
            self.show_positioning_reference,
            "positioning_reference",
        )
        self.help_menu.addSeparator()
        about = self._add(self.help_menu, self.tr("&About nlinkoop"), self.show_about, "about")
        about.setMenuRole(QAction.MenuRole.AboutRole)  # macOS moves it to the app menu

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: object,
        name: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # --- actions --------------------------------------------------------------------------

    @Slot()
    def new_workbook(self) -> None:
        path = self._files.ask_save(
            self.tr("New workbook"), self.tr("Workbook.db"), WORKBOOK_FILTER, new_file=True
        )
        if path is None:
            return
        try:
            document = Document.create(path, user=self._window.workbook.user)
        except WorkbookError as error:
            prompts.error(self._main, self.tr("New workbook"), prompts.workbook_error_text(error))
            return
        self._switch_workbook(path, document)

    @Slot()
    def open_workbook(self) -> None:
        path = self._files.ask_open(self.tr("Open workbook"), WORKBOOK_FILTER)
        if path is not None:
            self._switch_workbook(path, None)

    @Slot()
    def open_example(self) -> None:
        self._switch_workbook(example_workbook(), None)

    @Slot()
    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        recent = self._window.preferences.recent_files
        for text in recent:
            action = self.recent_menu.addAction(text)
            action.triggered.connect(partial(self._open_recent, text))
        self.recent_menu.setEnabled(bool(recent))

    def _open_recent(self, text: str) -> None:
        if not Path(text).is_file():
            self._window.preferences.forget_recent(text)
            prompts.error(
                self._main,
                self.tr("Open workbook"),
                self.tr("{name} is no longer there.").format(name=text),
            )
            return
        self._switch_workbook(Path(text), None)

    def copy_workbook_to(self, target: Path) -> bool:
        """Copy the open workbook, as saved, to `target` in one step; False after a message."""
        source = self._window.workbook.path
        if target.resolve() == source.resolve():
            prompts.error(self._main, self.tr("Not saved"), self.tr("Choose another file."))
            return False
        try:
            copy_atomic(source, target)
        except OSError as error:
            prompts.error(self._main, self.tr("Not saved"), self._os_error_text(error))
            return False
        return True

    @Slot()
    def save_copy(self) -> bool:
        """Save a copy of the workbook elsewhere and keep working in this one."""
        if not self._sharing.write_back():
            return False  # a copy without the latest edits would look complete but is not
        name = self._window.workbook.path.stem + " " + self.tr("(copy)") + ".db"
        target = self._files.ask_save(self.tr("Save a copy as"), name, WORKBOOK_FILTER)
        return target is not None and self.copy_workbook_to(target)

    @Slot()
    def export_json(self) -> None:
        if not self._window.save_now():
            return  # the export would silently miss the latest edits
        workbook = self._window.workbook
        target = self._files.ask_save(
            self.tr("Export (JSON)"), workbook.path.stem + ".json", JSON_FILTER
        )
        if target is None:
            return
        from nlinkoop.interchange import dumps  # loaded when first used, not at start-up

        try:
            text = dumps(workbook.load_all(), workbook.profiles(), workbook.stored_policy())
            write_atomic(target, text.encode("utf-8"))
        except OSError as error:
            prompts.error(self._main, self.tr("Not exported"), self._os_error_text(error))
            return
        except WorkbookError as error:
            prompts.error(self._main, self.tr("Not exported"), prompts.workbook_error_text(error))
            return
        self._window.show_status(self.tr("Exported to {name}").format(name=target.name), 8000)

    @Slot()
    def import_json(self) -> None:
        source = self._files.ask_open(self.tr("Import (JSON)"), JSON_FILTER)
        if source is None or not self._window.save_now():
            return
        from nlinkoop.interchange import InterchangeError, loads

        try:
            contents = loads(source.read_text(encoding="utf-8"))
            self._window.workbook.save_all(*contents, touch=False)
        except InterchangeError as error:
            text = self.tr("This is not a valid nlinkoop JSON file ({detail}).")
            prompts.error(self._main, self.tr("Not imported"), text.format(detail=error))
            return
        except UnicodeDecodeError:
            text = self.tr("This is not a text file in UTF-8.")
            prompts.error(self._main, self.tr("Not imported"), text)
            return
        except OSError as error:
            prompts.error(self._main, self.tr("Not imported"), self._os_error_text(error))
            return
        except WorkbookError as error:
            prompts.error(self._main, self.tr("Not imported"), prompts.workbook_error_text(error))
            return
        self._window.reload()
        self._sharing.write_back()

    def _os_error_text(self, error: OSError) -> str:
        return prompts.os_error_text(error)

    @Slot()
    def edit_identity(self) -> None:
        """Ask for the user's name and organisation; a new name counts from the next edit on."""
        preferences = self._window.preferences
        current = Identity(preferences.user_name, preferences.organisation)  # no login name
        answer = IdentityDialog.ask(self._main, current)
        if answer is None:
            return
        preferences.remember_identity(answer.name, answer.organisation)
        self._window.document.rename_user(answer.name)  # updated_by, and the lock colleagues see
        self._profiles.user_renamed()

    @Slot()
    def _on_window_preparation_shown(self) -> None:
        self.briefing_action.setEnabled(self._window.preparation is not None)

    @Slot()
    def my_pitch(self) -> None:
        open_own_pitch(self._main, self._profiles)

    @Slot()
    def procurement_policy(self) -> None:
        if self._window.save_now():
            self.policy.edit(self._main)

    @Slot()
    def show_positioning_reference(self) -> None:
        PositioningReference.show_for(self._main)

    @Slot()
    def show_about(self) -> None:
        AboutDialog.show_for(self._main)

    def set_language(self, code: str) -> None:
        if code != self._window.preferences.language:
            self._window.preferences.language = code
            prompts.confirm_restart(self._main)
