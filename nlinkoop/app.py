"""Composition root: a command on the command line, or the workbook window."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from nlinkoop.cli.main import OneLineError, command_names, main

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QWidget

    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.main_window import MainWindow

SMOKE_PREVIEW_MS = 60_000  # a loaded CI machine draws the first page in well under this
GUI_USAGE = "usage: nlinkoop [--example | FILE.db] [--smoke] | nlinkoop COMMAND ... (see --help)"


def run(argv: list[str] | None = None) -> int:
    """Run nlinkoop with command-line arguments; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    if "--gui-walk" in args:  # hidden: a scripted walk through the window (installer/README.md)
        from nlinkoop.gui_walk import main as gui_walk

        return gui_walk(args)
    if args and (args[0] in command_names() or args[0] in {"-h", "--help", "--version"}):
        return main(args)
    import_qt()  # first: the window's settings below are read through Qt
    try:
        path = _window_file(args)
    except OneLineError as exc:
        print(exc, file=sys.stderr)
        return 2
    named = any(not a.startswith("-") for a in args)
    return _run_window(path, smoke="--smoke" in args, explicit=named or "--example" in args)


def _window_file(args: list[str]) -> Path:
    """The workbook the window opens: FILE.db; else the last one used; else the example."""
    options = [a for a in args if a.startswith("-")]
    files = [a for a in args if not a.startswith("-")]
    unknown = [o for o in options if o not in {"--example", "--smoke"}]
    if unknown:
        raise OneLineError(f"nlinkoop: unknown option {unknown[0]}; {GUI_USAGE}")
    if len(files) > 1 or (files and "--example" in options):
        raise OneLineError(f"nlinkoop: give one workbook file; {GUI_USAGE}")
    if files:
        path = Path(files[0])
        if not path.exists() and path.suffix.lower() != ".db":
            raise OneLineError(f"nlinkoop: no such command or workbook: {files[0]}; {GUI_USAGE}")
        return path
    if "--example" not in options:
        from nlinkoop.ui.settings import Preferences

        last = Preferences().last_file
        if last and Path(last).is_file():
            return Path(last)
    from nlinkoop.examples import example_path

    return example_path()  # made (or made anew) as the window opens it


def build_window(path: Path, *, interactive: bool = True):  # type: ignore[no-untyped-def]
    """The main window for a workbook file; a QApplication must exist, no event loop runs.

    Args:
        path: the workbook.
        interactive: ask what to do when someone else has the file open (else refuse).

    Returns:
        The window, or None when the user cancelled the question about the lock.

    Raises:
        WorkbookError: the store refused or could not open the file.
    """
    from nlinkoop.store.document import Document
    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.main_window import MainWindow
    from nlinkoop.ui.window.sharing import open_document

    preferences = Preferences()
    user = preferences.user_name or None
    document = open_document(None, path, user) if interactive else Document.open(path, user=user)
    return None if document is None else MainWindow(document, preferences)


def ask_identity_at_first_start(preferences: "Preferences") -> bool:
    """Ask for the user's name and organisation while nlinkoop does not know them yet.

    Not now (Cancel) is fine: the window opens with the login name, and the next start asks
    again; Settings has the same dialog.

    Returns:
        Whether the dialog was shown.
    """
    from nlinkoop.ui.dialogs.identity_dialog import Identity, IdentityDialog

    if preferences.user_name:
        return False
    answer = IdentityDialog.ask(None, Identity("", preferences.organisation), first_start=True)
    if answer is not None:
        preferences.remember_identity(answer.name, answer.organisation)
    return True


def offer_recoveries(parent: "QWidget | None" = None) -> None:
    """After a crash: offer each working copy with changes that never reached their file.

    Args:
        parent: the window the questions are asked over (the painted window at the start).
    """
    from nlinkoop.store.document import pending_recoveries
    from nlinkoop.store.errors import WorkbookError
    from nlinkoop.store.merge import MergeCancelled
    from nlinkoop.ui import prompts
    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.sharing import resolver

    user = Preferences().user_name or None
    for recoverable in pending_recoveries():
        name = recoverable.path.name
        if not prompts.offer_working_copy(parent, name, recoverable.saved_at):
            recoverable.discard()
            continue
        try:
            recoverable.restore(user=user, resolve=resolver(parent)).close()
        except MergeCancelled:
            continue  # the working copy stays, and is offered again at the next start
        except WorkbookError as error:
            prompts.cannot_open(parent, recoverable.path, error)


def load_translators(language: str) -> list["QTranslator"]:
    """Our own translation and Qt's (so standard buttons read "Annuleren"), where found.

    A missing file is not an error: the window then shows the English source texts.
    """
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from nlinkoop.resources import resource_path

    found = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder), (f"nlinkoop_{language}", None)):
        translator = QTranslator()
        where = folder if folder is not None else str(resource_path("i18n"))
        if translator.load(name, where):
            found.append(translator)
    return found


def import_qt() -> None:
    """Import PySide6 without the import hook it installs.

    Once PySide6 is loaded, its hook reads the source of every Python module imported after it
    (PYSIDE-2029, looking for `from __feature__ import ...`, which nlinkoop does not use). For
    SQLAlchemy's modules, loaded after the first paint, that cost 15 MB of memory and a tenth
    of a second. So the import function from before PySide6 is put back.
    """
    import builtins

    plain = builtins.__import__
    import PySide6.QtWidgets  # noqa: F401

    builtins.__import__ = plain


def _run_window(path: Path, *, smoke: bool = False, explicit: bool = True) -> int:
    """The window: painted with its list first, the workbook opened right after (see start.py)."""
    import_qt()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from nlinkoop.resources import resource_path
    from nlinkoop.store.glance import glance
    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.main_window import MainWindow
    from nlinkoop.ui.window.shutdown import SessionEnd
    from nlinkoop.ui.window.start import WindowStart

    app = QApplication(sys.argv[:1])
    app.setApplicationName("nlinkoop")
    app.setOrganizationName("nlinkoop")
    # Log-off, shutdown, SIGTERM, SIGHUP: the window closes as with Quit, asking nothing.
    session_end = SessionEnd(app)  # noqa: F841 - kept until the app ends
    icon = QIcon()  # each size drawn for itself: a 256 px image shrunk to 16 px goes blurry
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path(f"icons/nlinkoop-{size}.png")))
    app.setWindowIcon(icon)
    preferences = Preferences()
    translators = load_translators(preferences.language)  # kept: Qt does not own them
    for translator in translators:
        app.installTranslator(translator)
    if not smoke:  # nobody is there to answer: the smoke run keeps the login name
        ask_identity_at_first_start(preferences)  # before anything records who changed it
    window = MainWindow(preferences=preferences, path=path, glance=glance(path))
    user = preferences.user_name or None

    def open_workbook(target: Path) -> object:
        from nlinkoop.examples import example_path, example_workbook
        from nlinkoop.store.document import Document
        from nlinkoop.ui.window.sharing import open_document

        if target == example_path():
            target = example_workbook()  # made on first use, or made anew if it went bad
        if smoke:  # nobody is there to answer the question about a lock
            return Document.open(target, user=user)
        return open_document(window, target, user)

    fallback = None
    if not explicit:  # the last file used: if it went bad, the example opens instead
        from nlinkoop.examples import example_path

        fallback = example_path()
    start = WindowStart(
        window,
        open_workbook,
        path,
        fallback=fallback,
        smoke=smoke,
        before=None if smoke else lambda: offer_recoveries(window),  # what a crash left
    )
    failures: list[list[str]] = []
    if smoke:
        # For installers and benchmarks: the window is up with its list filled (and the
        # preview's page drawn, if the preview is shown), then it closes.
        start.ready.connect(lambda: failures.append(_close_when_settled(window)))
    window.show()
    code = app.exec()
    return code or start.exit_code or int(any(failures))


def _close_when_settled(window: "MainWindow") -> list[str]:
    """Close the smoke-tested window at once, or once the shown preview has drawn its page.

    Returns:
        A list that gets the reason if the preview could not draw (a bundle without PDFium).
    """
    from PySide6.QtCore import QTimer

    failed: list[str] = []
    preview = window.briefing_dock.preview
    if window.briefing_dock.isHidden():
        QTimer.singleShot(0, window.close)
        return failed

    def drawn() -> None:
        image = preview.view.page.image
        print(f"preview: {image.width() if image else 0} px wide", flush=True)
        window.close()

    def fail(reason: str) -> None:
        failed.append(reason)
        print(f"nlinkoop: preview: {reason}", file=sys.stderr, flush=True)
        window.close()

    preview.refreshed.connect(drawn)
    preview.failed.connect(fail)
    QTimer.singleShot(SMOKE_PREVIEW_MS, window, lambda: fail("no page in time"))
    return failed
