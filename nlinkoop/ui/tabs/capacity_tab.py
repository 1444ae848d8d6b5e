"""The Capaciteit tab: the playing field, real costs, goals, alternatives, topics, own to-dos."""

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import Section
from nlinkoop.domain.conditions import Alternative, CostLine, FieldEntry, ToDo, Topic
from nlinkoop.domain.hints import HintCode
from nlinkoop.ui.models.list_model import Column, Kind
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP
from nlinkoop.ui.widgets.verdict_panel import positioning_banner

C = "TabTexts"
FIELD_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("TabTexts", "Kind"), Kind.CHOICE, texts.FIELD_KINDS, C),
    Column("name", QT_TRANSLATE_NOOP("TabTexts", "Name"), context=C),
    Column("note", QT_TRANSLATE_NOOP("TabTexts", "Note"), context=C),
)
COST_COLUMNS = (
    Column("component", QT_TRANSLATE_NOOP("TabTexts", "Cost component"), context=C),
    Column("share_percent", QT_TRANSLATE_NOOP("TabTexts", "Share (%)"), Kind.PERCENT, context=C),
    Column("amount", QT_TRANSLATE_NOOP("TabTexts", "Amount"), Kind.EURO, context=C),
    Column("note", QT_TRANSLATE_NOOP("TabTexts", "Note"), context=C),
)
GOAL_COLUMNS = (Column("text", QT_TRANSLATE_NOOP("TabTexts", "Policy goal"), context=C),)
TODO_COLUMNS = (
    Column("kind", QT_TRANSLATE_NOOP("TabTexts", "Kind"), Kind.CHOICE, texts.TODO_KINDS, C),
    Column("text", QT_TRANSLATE_NOOP("TabTexts", "What I will do"), context=C),
    Column("done", QT_TRANSLATE_NOOP("TabTexts", "Done"), Kind.BOOL, context=C),
)
ALTERNATIVE_COLUMNS = (
    Column("side", QT_TRANSLATE_NOOP("TabTexts", "Whose"), Kind.CHOICE, texts.SIDES, C),
    Column("description", QT_TRANSLATE_NOOP("TabTexts", "Alternative"), context=C),
    Column("improve", QT_TRANSLATE_NOOP("TabTexts", "How to improve it"), context=C),
)
TOPIC_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("TabTexts", "Topic"), context=C),
    Column("priority", QT_TRANSLATE_NOOP("TabTexts", "Priority"), Kind.CHOICE, texts.PRIORITIES, C),
    Column("hope", QT_TRANSLATE_NOOP("TabTexts", "We hope for"), context=C),
    Column("enough", QT_TRANSLATE_NOOP("TabTexts", "Enough is"), context=C),
    Column("our_limit", QT_TRANSLATE_NOOP("TabTexts", "Our limit (internal)"), context=C),
    Column("if_you", QT_TRANSLATE_NOOP("TabTexts", "If you ..."), context=C),
    Column("then_we", QT_TRANSLATE_NOOP("TabTexts", "... then we"), context=C),
)


class CapacityTab(PreparationTab):
    """Capaciteit: come well prepared, on the deal and on yourself.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.CAPACITY
    HINT_CODES = frozenset({HintCode.NO_OWN_ALTERNATIVE})

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("CapacityTab", "Capacity")

    def guidance_text(self) -> str:
        if self.is_positioning():
            return self.tr(
                "In this procedure there is nothing to negotiate: your strength shows in the "
                "quality of the request. Put your preparation into the front of the process: "
                "specifications that say what is really needed, requirements that are "
                "proportionate, award criteria that reward real value, and internal "
                "stakeholders who trust you and agree on it. Know the market and the real "
                "costs, so the request asks what suppliers can deliver. With suppliers you "
                "consult the market or clarify; you do not negotiate."
            )
        return self.tr(
            "Courage without substance is a gamble. Map the playing field, the real costs, the "
            "policy goals and what the deal asks in the long run. Know your own alternative, so "
            "fear does not steer you. And prepare yourself: reflect, spar with a colleague, "
            "read, train."
        )

    def banner_text(self) -> str:
        return positioning_banner(self._prep) if self.is_positioning() else ""

    def build(self) -> None:
        form = self.group(self.tr("The deal"))
        self.list_editor(
            form, "capacity.playing_field", self.tr("Playing field"), FIELD_COLUMNS, FieldEntry
        )
        self.list_editor(
            form, "capacity.cost_lines", self.tr("Real cost structure"), COST_COLUMNS, CostLine
        )
        self.list_editor(
            form, "capacity.policy_goals", self.tr("Policy goals"), GOAL_COLUMNS, TextItem, rows=3
        )
        self.text(form, "capacity.long_term", self.tr("What the deal asks in the long run"))

        form = self.group(self.tr("Alternatives and topics"))
        self.list_editor(
            form,
            "capacity.alternatives",
            self.tr("Alternatives to an agreement"),
            ALTERNATIVE_COLUMNS,
            Alternative,
            rows=2,
        )
        self.list_editor(form, "capacity.topics", self.tr("Topics"), TOPIC_COLUMNS, Topic)

        form = self.group(self.tr("My own preparation"))
        self.list_editor(
            form, "capacity.todos", self.tr("Reflect, spar, read, train"), TODO_COLUMNS, ToDo
        )
