"""Composition root: a command on the command line, or the workbook window."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from nlinkoop.cli.main import OneLineError, command_names, main

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from nlinkoop.ui.main_window import MainWindow
    from nlinkoop.ui.settings import Preferences

SMOKE_PREVIEW_MS = 60_000  # a loaded CI machine draws the first page in well under this
GUI_USAGE = "usage: nlinkoop [--example | FILE.db] [--smoke] | nlinkoop COMMAND ... (see --help)"


def run(argv: list[str] | None = None) -> int:
    """Run nlinkoop with command-line arguments; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    if args and (args[0] in command_names() or args[0] in {"-h", "--help", "--version"}):
        return main(args)
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
    from nlinkoop.examples import example_workbook

    return example_workbook()


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
    from nlinkoop.ui.main_window import MainWindow
    from nlinkoop.ui.settings import Preferences
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


def offer_recoveries() -> None:
    """After a crash: offer each working copy with changes that never reached their file."""
    from nlinkoop.store.document import pending_recoveries
    from nlinkoop.store.errors import WorkbookError
    from nlinkoop.store.merge import MergeCancelled
    from nlinkoop.ui import prompts
    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.sharing import resolver

    user = Preferences().user_name or None
    for recoverable in pending_recoveries():
        name = recoverable.path.name
        if not prompts.offer_working_copy(None, name, recoverable.saved_at):
            recoverable.discard()
            continue
        try:
            recoverable.restore(user=user, resolve=resolver(None)).close()
        except MergeCancelled:
            continue  # the working copy stays, and is offered again at the next start
        except WorkbookError as error:
            prompts.cannot_open(None, recoverable.path, error)


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


def _import_before_qt() -> None:
    """Load the store (and SQLAlchemy) before PySide6.

    Once PySide6 is loaded, its import hook reads the source of every Python module imported
    after it (PYSIDE-2029, looking for `__feature__`). For SQLAlchemy's modules that cost 20 MB
    of memory and a tenth of the start-up time.
    """
    import nlinkoop.store.document  # noqa: F401


def _run_window(path: Path, *, smoke: bool = False, explicit: bool = True) -> int:
    _import_before_qt()
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from nlinkoop.resources import resource_path
    from nlinkoop.store.errors import WorkbookError
    from nlinkoop.ui import prompts
    from nlinkoop.ui.settings import Preferences
    from nlinkoop.ui.window.shutdown import SessionEnd

    app = QApplication(sys.argv[:1])
    app.setApplicationName("nlinkoop")
    app.setOrganizationName("nlinkoop")
    # Log-off, shutdown, SIGTERM, SIGHUP: the window closes as with Quit, asking nothing.
    session_end = SessionEnd(app)  # noqa: F841 - kept until the app ends
    icon = QIcon()  # each size drawn for itself: a 256 px image shrunk to 16 px goes blurry
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path(f"icons/nlinkoop-{size}.png")))
    app.setWindowIcon(icon)
    translators = load_translators(Preferences().language)  # kept: Qt does not own them
    for translator in translators:
        app.installTranslator(translator)
    if not smoke:  # nobody is there to answer: the smoke run keeps the login name
        ask_identity_at_first_start(Preferences())  # before anything records who changed it
        offer_recoveries()  # working copies a crash left behind, before their file is opened
    try:
        window = build_window(path, interactive=not smoke)
    except WorkbookError as exc:
        if smoke:  # nobody is there to click a message away
            print(f"nlinkoop: {path}: {exc}", file=sys.stderr)
            return 1
        prompts.cannot_open(None, path, exc)
        if explicit:
            return 1
        from nlinkoop.examples import example_workbook

        window = build_window(example_workbook())  # the last file is gone bad: start anyway
    if window is None:
        return 0  # the user chose not to open a file someone else has open
    window.show()
    if not smoke:
        return app.exec()
    # For installers and benchmarks: the window is up with its list filled (and the preview's
    # page drawn, if the preview is shown), then it closes.
    failed = _close_when_settled(window)
    return app.exec() or int(bool(failed))


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
