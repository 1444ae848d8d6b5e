"""The Relationeel of transactioneel tab: patterns to avoid, principles, pressure, red lines."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import Section
from nlinkoop.domain.hints import HintCode
from nlinkoop.ui.models.list_model import Column
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP

RED_LINE_COLUMNS = (Column("text", QT_TRANSLATE_NOOP("TabTexts", "Red line"), context="TabTexts"),)


class ChecklistTab(PreparationTab):
    """Relationeel of transactioneel: the checklist, the pressure questions and my red lines.

    Each fixed entry is bound by its key: `checklist.patterns.<pattern>.risk|why|instead`,
    `checklist.principles.<principle>.action`, `checklist.pressure.<question>.answer`.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.CHECKLIST
    HINT_CODES = frozenset({HintCode.RISK_WITHOUT_ALTERNATIVE})

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("ChecklistTab", "Relational or transactional")

    def guidance_text(self) -> str:
        return self.tr(
            "Old habits creep in under pressure. Check honestly for each transactional pattern "
            "whether you risk falling into it, and decide now what you will do instead. For "
            "each relational principle, write one concrete thing you will do. The three "
            "questions help at the moment the pressure rises; your red lines say where you stop."
        )

    def build(self) -> None:
        form = self.group(self.tr("Transactional patterns to recognise"))
        for number, pattern in enumerate(Pattern):
            name, meaning = self._heading(form, texts.PATTERNS[pattern], number)
            key = f"checklist.patterns.{pattern.value}"
            risk = self.combo(form, f"{key}.risk", self.tr("Risk"), texts.RISKS)
            self._describe(risk, name, meaning, self.tr("risk"))
            why = self.text(form, f"{key}.why", self.tr("Why"), 2)
            self._describe(why, name, meaning, self.tr("why"))
            instead = self.text(form, f"{key}.instead", self.tr("Instead I will"), 2)
            self._describe(instead, name, meaning, self.tr("instead"))

        form = self.group(self.tr("Relational principles to practise"))
        for number, principle in enumerate(Principle):
            name, meaning = self._heading(form, texts.PRINCIPLES[principle], number)
            path = f"checklist.principles.{principle.value}.action"
            widget = self.text(form, path, self.tr("My action"), 2)
            self._describe(widget, name, meaning, self.tr("my action"))

        form = self.group(self.tr("Three questions when the pressure rises"))
        for number, question in enumerate(PressureQuestion):
            name, meaning = self._heading(form, texts.QUESTIONS[question], number)
            path = f"checklist.pressure.{question.value}.answer"
            widget = self.text(form, path, self.tr("My answer"), 2)
            self._describe(widget, name, meaning, self.tr("my answer"))

        form = self.group(self.tr("My red lines"))
        self.list_editor(
            form, "checklist.red_lines", self.tr("Where I stop"), RED_LINE_COLUMNS, TextItem, rows=3
        )

    def _heading(self, form: QFormLayout, entry: tuple[str, str], number: int) -> tuple[str, str]:
        """A bold line with an entry's name and one-line meaning; returns both, translated."""
        name, meaning = (texts.label(text) for text in entry)
        if _is_question(name):
            heading = QLabel(self._after_question(name, meaning))
        else:
            heading = QLabel(self.tr("{name}: {meaning}").format(name=name, meaning=meaning))
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if number:  # a little air between entries
            heading.setContentsMargins(0, heading.fontMetrics().height() // 2, 0, 0)
        form.addRow(heading)
        return name, meaning

    def _describe(self, widget: QWidget, name: str, meaning: str, field: str) -> None:
        """Name a field after its entry, since "Why" alone is ambiguous for a screen reader."""
        if _is_question(name):
            widget.setAccessibleName(self._after_question(name, field))
        else:
            widget.setAccessibleName(self.tr("{name}: {field}").format(name=name, field=field))
        widget.setAccessibleDescription(meaning)

    def _after_question(self, question: str, text: str) -> str:
        """A question's name, then `text` as a sentence of its own ("?:" reads as a slip)."""
        return self.tr("{question} {text}").format(
            question=question, text=text[:1].upper() + text[1:]
        )


def _is_question(name: str) -> bool:
    return name.rstrip().endswith("?")
