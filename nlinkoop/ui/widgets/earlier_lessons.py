"""The "Eerder geleerd" panel: lessons from earlier meetings with the same supplier."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from nlinkoop.domain.dates import format_date
from nlinkoop.domain.lessons import Lesson, counterparty_key, earlier_among
from nlinkoop.domain.preparation import Preparation

Provider = Callable[[str], list[Lesson]]  # the lessons with a supplier (`Workbook.lessons`)


class EarlierLessonsPanel(QFrame):
    """A quiet box with what was learned in earlier meetings with this supplier.

    Hidden when there is nothing: no provider, no supplier, or no earlier lessons. The window
    gives it the workbook's lessons through `set_provider`; the panel asks again only when
    the shown preparation, its supplier or its meeting date changed, or after `refresh()`.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("earlier_lessons")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Learned before with this supplier"))
        self._provider: Provider | None = None
        self._prep: Preparation | None = None
        self._seen: tuple[object, ...] | None = None
        self.lessons: list[Lesson] = []
        self._layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Learned before with this supplier"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self._layout.addWidget(self.heading)
        self.hide()

    def set_provider(self, provider: Provider | None) -> None:
        """Where the workbook's lessons come from (None: the panel stays hidden)."""
        self._provider = provider
        self.refresh()

    def show_for(self, prep: Preparation | None) -> None:
        """Show the earlier lessons for `prep`; cheap when nothing that matters changed."""
        self._prep = prep
        seen = (
            None
            if prep is None
            else (prep.id, counterparty_key(prep.counterparty), prep.meeting.date)
        )
        if seen != self._seen:
            self.refresh()

    def refresh(self) -> None:
        """Look up the earlier lessons again (the workbook may have changed)."""
        prep = self._prep
        self._seen = (
            None
            if prep is None
            else (prep.id, counterparty_key(prep.counterparty), prep.meeting.date)
        )
        found: list[Lesson] = []
        if prep is not None and self._provider is not None and counterparty_key(prep.counterparty):
            found = earlier_among(self._provider(prep.counterparty), prep)
        self._show(found)

    def _show(self, found: list[Lesson]) -> None:
        if found == self.lessons:
            self.setVisible(bool(found))
            return
        self.lessons = found
        while self._layout.count() > 1:
            item = self._layout.takeAt(1)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for lesson in found:
            line = QLabel(self._text(lesson))
            line.setWordWrap(True)
            line.setTextFormat(Qt.TextFormat.PlainText)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.addWidget(line)
        self.setVisible(bool(found))

    def _text(self, lesson: Lesson) -> str:
        when = format_date(lesson.held_on) if lesson.held_on else self.tr("no date")
        if lesson.lesson:
            what = lesson.lesson
        elif lesson.went_badly:
            what = self.tr("Did not go well: {text}").format(text=lesson.went_badly)
        else:
            what = self.tr("Went well: {text}").format(text=lesson.went_well)
        title = lesson.title
        if lesson.by:  # a colleague's, from the teamserver
            title = self.tr("{title} ({colleague})").format(title=title, colleague=lesson.by)
        return self.tr("{date} - {title}: {lesson}").format(date=when, title=title, lesson=what)
