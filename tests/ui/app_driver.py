"""Run the real app on a workbook and type into its window once it is up, as a user would.

`python -m tests.ui.app_driver FILE.db TITLE [FLAGS]` runs `nlinkoop.app.run([FILE.db])`
unchanged; only `MainWindow.show` is wrapped, to put TITLE in the shown preparation's title as
an edit (as typing does: the autosave would save it 800 ms later), then print "edited ID". The
tests send the process signals and look at what it leaves behind. FLAGS:

    --dialog       then open a message box that nobody answers, and print "asking"
    --exit         then leave the event loop with the window still open (as a quit elsewhere)
    --deaf         the window does not hear of changes to its file (as on some network shares)
    --first-start  print "asking" once the first start's name dialog is up (no window yet)
"""

import sys

from nlinkoop.app import import_qt, run

import_qt()

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402 - as run() imports it
from PySide6.QtWidgets import QLineEdit  # noqa: E402

from nlinkoop.ui import prompts  # noqa: E402
from nlinkoop.ui.dialogs.identity_dialog import IdentityDialog  # noqa: E402
from nlinkoop.ui.window.main_window import MainWindow  # noqa: E402


def say(text: str) -> None:
    print(text, flush=True)


def edit(window: MainWindow, text: str, flags: list[str]) -> None:
    if "--deaf" in flags:
        window.sharing.watcher.blockSignals(True)
    title = window.findChild(QLineEdit, "title")
    assert title is not None and window.preparation is not None
    title.setFocus()
    title.setText(text)
    title.textEdited.emit(text)
    say(f"edited {window.preparation.id}")
    if "--exit" in flags:
        QCoreApplication.exit(0)
    if "--dialog" in flags:
        QTimer.singleShot(0, lambda: say("asking"))
        prompts.info(window, "Vraag", "Niemand antwoordt hierop.")


def main() -> int:
    path, text, *flags = sys.argv[1:]
    shown = MainWindow.show

    def show_and_edit(window: MainWindow) -> None:
        shown(window)
        if window.is_attached:
            QTimer.singleShot(0, lambda: edit(window, text, flags))
        else:  # painted first, its workbook opened right after
            window.attached.connect(lambda: QTimer.singleShot(0, lambda: edit(window, text, flags)))

    MainWindow.show = show_and_edit  # type: ignore[method-assign]
    if "--first-start" in flags:
        ask = IdentityDialog.ask.__func__  # type: ignore[attr-defined]

        def ask_and_say(cls: type[IdentityDialog], *args: object, **kwargs: object) -> object:
            QTimer.singleShot(0, lambda: say("asking"))
            return ask(cls, *args, **kwargs)

        IdentityDialog.ask = classmethod(ask_and_say)  # type: ignore[assignment, method-assign]
    return run([path])


if __name__ == "__main__":
    raise SystemExit(main())
