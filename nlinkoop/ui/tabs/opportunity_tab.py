"""The Gelegenheid tab: the strategic conversation before the meeting, agenda and relationship."""

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.completeness import Section
from nlinkoop.domain.conditions import AgendaItem, ExplicitItem
from nlinkoop.ui.models.list_model import Column, Kind
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP
from nlinkoop.ui.widgets.verdict_panel import positioning_banner

C = "TabTexts"
EXPLICIT_COLUMNS = (
    Column("party", QT_TRANSLATE_NOOP("TabTexts", "Party"), Kind.CHOICE, texts.PARTIES, C),
    Column("kind", QT_TRANSLATE_NOOP("TabTexts", "Kind"), Kind.CHOICE, texts.EXPLICIT_KINDS, C),
    Column("text", QT_TRANSLATE_NOOP("TabTexts", "What they said"), context=C),
)
AGENDA_COLUMNS = (
    Column("topic", QT_TRANSLATE_NOOP("TabTexts", "Topic"), context=C),
    Column("minutes", QT_TRANSLATE_NOOP("TabTexts", "Minutes"), Kind.INT, context=C),
    Column("lead", QT_TRANSLATE_NOOP("TabTexts", "Who leads"), context=C),
)


class OpportunityTab(PreparationTab):
    """Gelegenheid: make room for a conversation before the meeting, and take the lead in it.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.OPPORTUNITY

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("OpportunityTab", "Opportunity")

    def guidance_text(self) -> str:
        if self.is_positioning():
            return self.tr(
                "In this procedure there is nothing to negotiate. A conversation with suppliers "
                "is a market consultation before the request, or a clarification of a tender "
                "after it: never a negotiation. Your influence lies at the front of the "
                "process: the specifications, the requirements, the award criteria and the "
                "internal stakeholders. Use the conversation beforehand to learn what the "
                "market can do and to build trust with your internal client; make the "
                "difference in the quality of the request."
            )
        return self.tr(
            "Make room for a real conversation before the meeting, and don't start with the "
            "price. Invite the supplier and the internal client to say what they value, which "
            "conditions they have and what worries them. Plan it and take the lead: when, with "
            "whom, and with which agenda."
        )

    def banner_text(self) -> str:
        return positioning_banner(self._prep) if self.is_positioning() else ""

    def build(self) -> None:
        form = self.group(self.tr("The conversation beforehand"))
        self.parsed(self.binder.date_edit, form, "opportunity.conversation_date", self.tr("Date"))
        self.line(form, "opportunity.conversation_with", self.tr("With whom"))
        self.line(form, "opportunity.lead", self.tr("Who takes the lead"))
        self.text(form, "opportunity.notes", self.tr("Notes"))
        self.list_editor(
            form,
            "opportunity.explicit",
            self.tr("Value, conditions and concerns they made explicit"),
            EXPLICIT_COLUMNS,
            ExplicitItem,
        )

        form = self.group(self.tr("Agenda of the meeting"))
        self.list_editor(form, "opportunity.agenda", self.tr("Agenda"), AGENDA_COLUMNS, AgendaItem)

        form = self.group(self.tr("Relationship"))
        self.text(form, "relationship.now", self.tr("How it is now"), 2)
        self.text(form, "relationship.wanted", self.tr("How we want it to be"), 2)
