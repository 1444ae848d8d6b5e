"""Render every tab of the example workbook to PNG files: `python -m nlinkoop.ui.screenshots DIR`.

The last shot shows the briefing preview beside the first tab.

Runs offscreen. `make screenshots` calls it for docs/screenshots/; `--dark` uses a dark palette
and QT_SCALE_FACTOR=2 renders at 200%, so the looks can be checked without a screen.
"""

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402 - the platform must be chosen first
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from nlinkoop.app import load_translators  # noqa: E402
from nlinkoop.examples import create_example  # noqa: E402
from nlinkoop.store.document import Document, ReadOnly  # noqa: E402
from nlinkoop.store.glance import glance  # noqa: E402
from nlinkoop.store.merge import Conflict, merge  # noqa: E402
from nlinkoop.store.workbook import Workbook  # noqa: E402
from nlinkoop.ui.dialogs.merge_dialog import MergeDialog  # noqa: E402
from nlinkoop.ui.settings import Preferences  # noqa: E402
from nlinkoop.ui.tabs import BasicsTab, PreparationTab  # noqa: E402
from nlinkoop.ui.window.main_window import MainWindow  # noqa: E402

SLUGS = (
    "basis",
    "gelegenheid",
    "capaciteit",
    "motivatie",
    "belangen",
    "relationeel",
    "pitch",
    "wensen",
    "reflectie",
)


def dark_palette() -> QPalette:
    """A plain dark palette, like a desktop's dark mode."""
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e8e8e8"),
        (QPalette.ColorRole.Mid, "#5a5a5a"),
        (QPalette.ColorRole.Link, "#8ab4f8"),  # a desktop's dark mode lightens links too
        (QPalette.ColorRole.LinkVisited, "#c58af9"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def settle(app: QApplication, done: Callable[[], bool], seconds: float) -> None:
    """Process events until `done()` or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlinkoop.ui.screenshots")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--suffix", default="", help="added to each file name")
    parser.add_argument("--language", default="nl", choices=("nl", "en"))
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    translators = load_translators(args.language)
    for translator in translators:
        app.installTranslator(translator)
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "Voorbeeld.db"
        create_example(path)
        settings = QSettings(str(Path(scratch) / "prefs.ini"), QSettings.Format.IniFormat)
        # The first paint, as a later start shows it: the list, while the workbook opens.
        Document.open(path, user="sdevries").close()  # leaves the kept copy it glances at
        opening = MainWindow(preferences=Preferences(settings), path=path, glance=glance(path))
        opening.resize(1280, 800)
        opening.show()
        settle(app, lambda: False, 0.3)
        target = args.folder / f"00-openen{args.suffix}.png"
        opening.grab().save(str(target))
        print(target)
        opening.close()
        window = MainWindow(Document.open(path, user="sdevries"), Preferences(settings))
        window.resize(1280, 800)  # a common laptop screen: every step must be in view
        window.show()
        # The public tender with nothing to negotiate shows the most: the verdict, positioning
        # and the award simulation.
        tender = next(s for s in window.workbook.list_preparations() if "schoonmaak" in s.title)
        window.preparations.current_changed.emit(tender.id)  # as a click in the list does
        for index, slug in enumerate(SLUGS[: window.tabs.count()]):
            window.tabs.setCurrentIndex(index)
            for _ in range(5):  # layouts settle over a few rounds (tables fit their rows late)
                app.processEvents()
            target = args.folder / f"{index + 1:02d}-{slug}{args.suffix}.png"
            window.grab().save(str(target))
            print(target)
        # The portfolio grids and the award simulation sit at the bottom of their tabs.
        for slug, extra in (("basis", "portfolio"), ("wensen", "gunning")):
            index = SLUGS.index(slug)
            window.tabs.setCurrentIndex(index)
            page = window.tabs.currentWidget()
            scroll = page.scroll_area if isinstance(page, PreparationTab) else None
            if scroll is not None:
                scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
                settle(app, lambda: False, 0.3)
                target = args.folder / f"{index + 1:02d}-{slug}-{extra}{args.suffix}.png"
                window.grab().save(str(target))
                print(target)
        # The legal gate's answer sits in the middle of the Basis tab.
        window.tabs.setCurrentIndex(0)
        basics = window.tabs.currentWidget()
        if isinstance(basics, BasicsTab):
            basics.scroll_area.ensureWidgetVisible(basics.verdict, 0, 0)
            settle(app, lambda: False, 0.3)
            target = args.folder / f"01-basis-gate{args.suffix}.png"
            window.grab().save(str(target))
            print(target)
        window.tabs.setCurrentIndex(0)
        window.briefing_dock.show()
        preview = window.briefing_dock.preview
        settle(app, lambda: preview.pdf is not None and preview.view.is_current(), 20.0)
        settle(app, lambda: False, 0.5)  # the dock settles its width, the page is drawn again
        settle(app, preview.view.is_current, 20.0)
        target = args.folder / f"briefing-preview{args.suffix}.png"
        window.grab().save(str(target))
        print(target)
        window.briefing_dock.hide()
        shoot_at_table(app, window, args.folder, args.suffix)
        shoot_sharing(app, window, path, args.folder, args.suffix)
        window.close()
    return 0


def shoot_at_table(app: QApplication, window: MainWindow, folder: Path, suffix: str) -> None:
    """The meeting screen on the example's past meeting, in a window and full screen.

    Full screen as it fills a 1920 × 1080 monitor (the offscreen platform's screen is smaller).
    """
    summaries = window.workbook.list_preparations()
    logged = max(summaries, key=lambda s: len(window.workbook.load(s.id).log))
    window.preparations.current_changed.emit(logged.id)
    window.at_table.open()
    view = window.at_table.view
    view.show_for(window.preparation)
    view.showNormal()
    view.resize(1280, 800)
    settle(app, lambda: False, 0.3)
    for name in ("10-aan-tafel", "10-aan-tafel-volledig"):
        if name.endswith("volledig"):
            view.resize(1920, 1080)
            settle(app, lambda: False, 0.3)
        target = folder / f"{name}{suffix}.png"
        view.grab().save(str(target))
        print(target)
    view.hide()


def shoot_sharing(
    app: QApplication, window: MainWindow, path: Path, folder: Path, suffix: str
) -> None:
    """The read-only banner, and the merge dialog for a real conflict with a colleague's copy."""
    window.sharing.banner.show_reason(ReadOnly.CHOSEN)
    settle(app, lambda: False, 0.3)
    target = folder / f"sharing-read-only{suffix}.png"
    window.grab().save(str(target))
    print(target)
    window.sharing.banner.show_reason(None)

    conflicts = colleague_conflicts(window, path.with_name("Voorbeeld (jbakker).db"))
    dialog = MergeDialog(conflicts, window.sharing.field_label, window)
    dialog.resize(900, 460)
    dialog.show()
    settle(app, lambda: False, 0.3)
    target = folder / f"sharing-merge-dialog{suffix}.png"
    dialog.grab().save(str(target))
    print(target)
    dialog.close()


def colleague_conflicts(window: MainWindow, copy: Path) -> list[Conflict]:
    """A colleague and the window's user both change the shown preparation: what clashes."""
    prep = window.preparation
    assert prep is not None
    copy.write_bytes(window.document.path.read_bytes())
    with Workbook.open(copy, user="jbakker") as theirs:
        their = theirs.load(prep.id)
        their.title = f"{prep.title} (concept)"
        their.opening.come_to_do = "De kwaliteit evalueren en het nieuwe jaar plannen."
        their.interests[0].what = "Een vaste prijs voor drie jaar"
        theirs.save(their)
        mine = window.workbook.load(prep.id)
        mine.title = f"{prep.title} 2027"
        mine.opening.come_to_do = "Afspraken over kwaliteit, het nieuwe jaar en duurzaamheid."
        mine.interests[0].what = "Een prijs die meebeweegt met de cao"
        window.workbook.save(mine)
        return merge(theirs, window.workbook, dry_run=True).conflicts


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
