"""The briefing preview beside the tabs: hidden at first, one page, following saved edits."""

import io
import threading
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from nlinkoop.briefing.compose import Briefing
from nlinkoop.briefing.render import Rendered
from nlinkoop.store.workbook import Workbook
from nlinkoop.ui.settings import Preferences
from nlinkoop.ui.widgets.page_view import MIN_ZOOM, ZOOM_STEPS
from nlinkoop.ui.window import briefing_preview
from nlinkoop.ui.window.briefing_preview import BriefingPreview
from nlinkoop.ui.window.main_window import MainWindow
from tests.ui.window_helpers import open_window, set_title

HUGE = "Een heel lang verhaal over de samenwerking. " * 400
WAIT_MS = 15000  # a render takes about 0.1 s; a loaded test machine may be much slower


def preview_of(window: MainWindow) -> BriefingPreview:
    return window.briefing_dock.preview


def pdf_pages(preview: BriefingPreview) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(preview.pdf)).pages) if preview.pdf else []


def page_text(preview: BriefingPreview) -> str:
    return " ".join(page.extract_text() for page in pdf_pages(preview))


def showing_a_page(
    qtbot: QtBot, example: Path, shown: Preferences
) -> tuple[MainWindow, BriefingPreview]:
    """The window with its preview, once the shown preparation's page is drawn."""
    window = open_window(qtbot, example, shown)
    preview = preview_of(window)
    assert window.preparation is not None
    wait_for_page(qtbot, preview, window.preparation.title)
    return window, preview


def wait_for_page(qtbot: QtBot, preview: BriefingPreview, text: str) -> None:
    qtbot.waitUntil(lambda: text in page_text(preview), timeout=WAIT_MS)
    assert len(pdf_pages(preview)) == 1
    image = preview.view.page.image
    assert image is not None and not image.isNull()


@pytest.fixture
def shown(preferences: Preferences) -> Preferences:
    preferences.briefing_preview = True
    return preferences


def test_hidden_at_first_then_shown_and_remembered(
    qtbot: QtBot, example: Path, preferences: Preferences, tmp_path: Path
) -> None:
    window = open_window(qtbot, example, preferences)
    action = window.menus.preview_action
    assert not window.briefing_dock.isVisible() and not action.isChecked()
    assert preview_of(window).render_times == []  # nothing rendered while hidden

    action.trigger()

    assert window.briefing_dock.isVisible()
    assert window.preparation is not None
    wait_for_page(qtbot, preview_of(window), window.preparation.title)
    window.close()
    reloaded = Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    assert reloaded.briefing_preview
    again = open_window(qtbot, example, reloaded)
    assert again.briefing_dock.isVisible() and again.menus.preview_action.isChecked()
    again.menus.preview_action.trigger()
    assert not again.briefing_dock.isVisible()
    again.close()
    assert not reloaded.briefing_preview


def test_the_page_follows_a_saved_edit_and_the_selected_preparation(
    qtbot: QtBot, example: Path, shown: Preferences
) -> None:
    window, preview = showing_a_page(qtbot, example, shown)
    assert preview.summary_label.text().startswith("Font size ")
    assert preview.summary_label.text().endswith(" pt · all fits")

    with qtbot.waitSignal(window.autosave.saved, timeout=WAIT_MS):
        set_title(window, "Nieuwe titel voor het voorbeeld")
    wait_for_page(qtbot, preview, "Nieuwe titel voor het voorbeeld")

    other = next(s for s in window.workbook.list_preparations() if s.id != window.preparation.id)
    window.preparations.current_changed.emit(other.id)  # as a click in the list does
    wait_for_page(qtbot, preview, other.title)
    window.close()


def test_while_hidden_nothing_is_rendered_until_shown_again(
    qtbot: QtBot, example: Path, shown: Preferences
) -> None:
    window, preview = showing_a_page(qtbot, example, shown)
    window.menus.preview_action.trigger()  # hide
    renders = len(preview.render_times)

    set_title(window, "Bewerkt terwijl verborgen")
    assert window.autosave.flush()
    qtbot.wait(2 * briefing_preview.DELAY_MS)
    assert len(preview.render_times) == renders

    window.menus.preview_action.trigger()  # show
    wait_for_page(qtbot, preview, "Bewerkt terwijl verborgen")
    window.close()


def test_huge_text_shows_how_many_sections_were_shortened(
    qtbot: QtBot, example: Path, shown: Preferences
) -> None:
    window = open_window(qtbot, example, shown)
    preview = preview_of(window)
    prep = window.preparation
    assert prep is not None
    wait_for_page(qtbot, preview, prep.title)
    prep.opening.come_to_do = HUGE
    prep.interests[0].what = HUGE
    window.workbook.save(prep)
    with qtbot.waitSignal(preview.refreshed, timeout=WAIT_MS):
        preview.refresh()
    assert preview.summary_label.text().endswith(" · 2 section(s) shortened")
    assert preview.summary_label.toolTip() == "Opening statement, Key interests"
    assert len(pdf_pages(preview)) == 1
    window.close()


def test_a_page_that_is_out_of_date_when_it_is_done_is_dropped(
    qtbot: QtBot, example: Path, preferences: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    go_on = threading.Event()
    render = briefing_preview.render_briefing

    def slow(briefing: Briefing) -> Rendered:
        started.set()
        go_on.wait(WAIT_MS / 1000)
        return render(briefing)

    monkeypatch.setattr(briefing_preview, "render_briefing", slow)
    window = open_window(qtbot, example, preferences)
    preview = preview_of(window)
    first = window.preparation
    assert first is not None
    shown_pages: list[str] = []
    preview.refreshed.connect(lambda: shown_pages.append(page_text(preview)))
    window.menus.preview_action.trigger()
    qtbot.waitUntil(started.is_set, timeout=WAIT_MS)  # the first page is being rendered

    other = next(s for s in window.workbook.list_preparations() if s.id != first.id)
    window.preparations.current_changed.emit(other.id)
    go_on.set()

    wait_for_page(qtbot, preview, other.title)
    assert len(preview.render_times) == 2
    assert len(shown_pages) == 1 and first.title not in shown_pages[0]
    window.close()


def test_a_bug_while_rendering_is_a_line_in_the_panel(
    qtbot: QtBot,
    example: Path,
    shown: Preferences,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(_briefing: object) -> None:
        raise ValueError("a bug in the layout")

    monkeypatch.setattr(briefing_preview, "render_briefing", broken)
    window = open_window(qtbot, example, shown)
    preview = preview_of(window)
    expected = "No preview: an unexpected error (ValueError)"
    qtbot.waitUntil(lambda: preview.summary_label.text() == expected, timeout=WAIT_MS)
    assert preview.pdf is None and preview.view.page.image is None
    assert "a bug in the layout" in caplog.text
    window.close()


def test_an_empty_workbook_shows_no_page(
    qtbot: QtBot, example: Path, shown: Preferences, tmp_path: Path
) -> None:
    window, preview = showing_a_page(qtbot, example, shown)
    empty = tmp_path / "leeg.db"
    Workbook.create(empty).close()
    assert window.switch_workbook(empty)
    qtbot.waitUntil(lambda: preview.pdf is None, timeout=WAIT_MS)
    assert preview.view.page.image is None
    assert preview.summary_label.text() == "No preparation selected."
    window.close()


def sharp(preview: BriefingPreview) -> bool:
    """The page's image is as wide, in device pixels, as the page is shown."""
    image, page = preview.view.page.image, preview.view.page.page_rect()
    ratio = preview.view.devicePixelRatioF()
    return image is not None and image.width() == round(page.width() * ratio)


def test_the_page_fills_the_docks_width_and_is_drawn_again_when_it_grows(
    qtbot: QtBot, example: Path, shown: Preferences
) -> None:
    window, preview = showing_a_page(qtbot, example, shown)
    view = preview.view
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)
    assert view.zoom is None and preview.fit_button.isChecked()
    assert view.page.page_rect().width() == view.viewport().width() - 12
    assert preview.zoom_label.text() == f"{round(view.scale() * 100)}%"
    narrow, renders = view.page.page_rect().width(), len(preview.render_times)

    dock = window.briefing_dock
    window.resizeDocks([dock], [dock.width() + 200], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: view.page.page_rect().width() > narrow + 150, timeout=WAIT_MS)
    assert view.page.page_rect().width() == view.viewport().width() - 12
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)
    assert len(preview.render_times) == renders  # the same PDF, drawn again: not composed again
    assert preview.zoom_label.text() == f"{round(view.scale() * 100)}%"
    window.close()


def test_plus_minus_buttons_and_fit_width_zoom_and_stay_sharp(
    qtbot: QtBot, example: Path, shown: Preferences
) -> None:
    window, preview = showing_a_page(qtbot, example, shown)
    view = preview.view
    fit = view.scale()

    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == min(z for z in ZOOM_STEPS if z > fit)
    assert preview.zoom_label.text() == f"{round(view.zoom * 100)}%"
    assert not preview.fit_button.isChecked()
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(preview.zoom_in_button, Qt.Key.Key_Plus)  # the buttons pass + and - on
    assert view.zoom == sorted(z for z in ZOOM_STEPS if z > fit)[2]
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)
    assert view.horizontalScrollBar().maximum() > 0

    for _ in ZOOM_STEPS:
        qtbot.mouseClick(preview.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.zoom == MIN_ZOOM and preview.zoom_label.text() == "25%"
    assert not preview.zoom_out_button.isEnabled()
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)

    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoom is None and preview.fit_button.isChecked()
    assert view.scale() == pytest.approx(fit)
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom is None and preview.fit_button.isChecked()
    qtbot.waitUntil(lambda: sharp(preview), timeout=WAIT_MS)
    window.close()
