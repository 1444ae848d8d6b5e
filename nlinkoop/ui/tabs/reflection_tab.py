"""The Reflectie tab: after the meeting, what happened per topic, the principles, the lesson."""

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from nlinkoop.domain.checklist import Principle
from nlinkoop.domain.completeness import Section
from nlinkoop.domain.conditions import LearningCondition, Topic
from nlinkoop.domain.reflection import TopicOutcome
from nlinkoop.ui.models.list_model import Column
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP, Choices
from nlinkoop.ui.undo import CallbackCommand
from nlinkoop.ui.widgets.list_editor import ListEditor

C = "TabTexts"
OUTCOME_COLUMNS = (
    Column("topic", QT_TRANSLATE_NOOP("TabTexts", "Topic"), context=C),
    Column("aimed", QT_TRANSLATE_NOOP("TabTexts", "We aimed for"), context=C),
    Column("agreed", QT_TRANSLATE_NOOP("TabTexts", "What was agreed"), context=C),
)
LEARNING_CONDITIONS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not chosen yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Opportunity"), LearningCondition.OPPORTUNITY),
    (QT_TRANSLATE_NOOP("TabTexts", "Capacity"), LearningCondition.CAPACITY),
    (QT_TRANSLATE_NOOP("TabTexts", "Motivation"), LearningCondition.MOTIVATION),
]
DID_WE: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not answered"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Yes"), True),
    (QT_TRANSLATE_NOOP("TabTexts", "No"), False),
]


class ReflectionTab(PreparationTab):
    """Reflectie: what we aimed for and agreed, whether we practised the principles, the lesson.

    Each principle's review is bound by its key: `reflection.reviews.<principle>.done|note`.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.REFLECTION

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("ReflectionTab", "Reflection")

    def guidance_text(self) -> str:
        if self.is_positioning():  # a market consultation or a clarification, not a negotiation
            return self.tr(
                "Every conversation with the market is a learning question. Write down soon "
                "after the meeting, while you still remember, what you aimed for and what came "
                "out of it, whether you did what you set out to do, what went well and what did "
                "not. One lesson and one condition to train next are enough: you will see them "
                "again when you next meet this supplier."
            )
        return self.tr(
            "Negotiating is a learning question. Write down soon after the meeting, while you "
            "still remember, what you aimed for and what was agreed, whether you did what you "
            "set out to do, what went well and what did not. One lesson and one condition to "
            "train next are enough: you will see them again when you next meet this supplier."
        )

    def build(self) -> None:
        form = self.group(self.tr("The meeting"))
        self.parsed(self.binder.date_edit, form, "reflection.held_on", self.tr("Held on"))
        self.outcomes: ListEditor = self.list_editor(
            form,
            "reflection.outcomes",
            self.tr("Per topic: what we aimed for and what was agreed"),
            OUTCOME_COLUMNS,
            TopicOutcome,
            rows=3,
        )
        self.take_over_button = QPushButton(self.tr("Take over the topics from Capacity"))
        self.take_over_button.setToolTip(
            self.tr("Add a row for each topic of the Capacity tab that is not in this list yet.")
        )
        self.take_over_button.clicked.connect(self._on_take_over_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_over_button)
        buttons.addStretch()
        form.addRow(buttons)

        form = self.group(self.tr("Did we do it? The relational principles"))
        for number, principle in enumerate(Principle):
            name, meaning = (texts.label(text) for text in texts.PRINCIPLES[principle])
            heading = QLabel(self.tr("{name}: {meaning}").format(name=name, meaning=meaning))
            heading.setWordWrap(True)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            if number:  # a little air between principles
                heading.setContentsMargins(0, heading.fontMetrics().height() // 2, 0, 0)
            form.addRow(heading)
            key = f"reflection.reviews.{principle.value}"
            done = self.combo(form, f"{key}.done", self.tr("Did we?"), DID_WE)
            done.setAccessibleName(self.tr("{name}: did we?").format(name=name))
            note = self.text(form, f"{key}.note", self.tr("How"), 2)
            note.setAccessibleName(self.tr("{name}: how").format(name=name))

        form = self.group(self.tr("Looking back"))
        self.text(form, "reflection.went_well", self.tr("What went well"))
        self.text(form, "reflection.went_badly", self.tr("What did not go well"))
        self.text(form, "reflection.agreed", self.tr("What we agreed (and who does what)"))
        self.text(form, "reflection.lesson", self.tr("The lesson"))
        self.combo(
            form, "reflection.train_next", self.tr("What I will train next"), LEARNING_CONDITIONS
        )

    def _aimed(self, topic: Topic) -> str:
        hope, enough = topic.hope.strip(), topic.enough.strip()
        if hope and enough:
            return self.tr("Hoped for {hope}; enough was {enough}").format(hope=hope, enough=enough)
        return hope or enough

    @Slot()
    def _on_take_over_button_clicked(self) -> None:
        prep = self._prep
        if prep is None:
            return
        rows = prep.reflection.outcomes
        have = {row.topic_id for row in rows} | {row.topic.strip() for row in rows}
        new = [
            TopicOutcome(topic=topic.name, aimed=self._aimed(topic), topic_id=topic.id)
            for topic in prep.capacity.topics
            if topic.id not in have and topic.name.strip() not in have
        ]
        if not new:
            return
        start = len(rows)

        def do() -> None:
            rows.extend(new)
            self._after_take_over(rows)

        def undo() -> None:
            del rows[start:]
            self._after_take_over(rows)

        self.undo_stack.push(CallbackCommand(self.tr("Take over topics"), do, undo))

    def _after_take_over(self, rows: list[TopicOutcome]) -> None:
        if self._prep is not None and rows is self._prep.reflection.outcomes:
            self.outcomes.model.set_rows(rows)
        self.outcomes.model.rows_edited.emit()  # the tab refreshes and says it changed
