"""The Belangen & onzekerheden tab: interests, uncertainties, opening, joint value, questions."""

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.completeness import Section
from nlinkoop.domain.conditions import Criterion
from nlinkoop.domain.hints import HintCode
from nlinkoop.domain.interests import Interest, JointOption, Uncertainty
from nlinkoop.ui.models.list_model import Column, Kind
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP

C = "TabTexts"
INTEREST_COLUMNS = (
    Column("party", QT_TRANSLATE_NOOP("TabTexts", "Party"), Kind.CHOICE, texts.PARTIES, C),
    Column("what", QT_TRANSLATE_NOOP("TabTexts", "What"), context=C),
    Column("why", QT_TRANSLATE_NOOP("TabTexts", "Why (the value behind it)"), context=C),
    Column("priority", QT_TRANSLATE_NOOP("TabTexts", "Priority"), Kind.CHOICE, texts.PRIORITIES, C),
)
UNCERTAINTY_COLUMNS = (
    Column("what", QT_TRANSLATE_NOOP("TabTexts", "What is uncertain"), context=C),
    Column("whose", QT_TRANSLATE_NOOP("TabTexts", "For whom"), Kind.CHOICE, texts.PARTIES, C),
    Column("how_to_name", QT_TRANSLATE_NOOP("TabTexts", "How we name it"), context=C),
)
OPTION_COLUMNS = (
    Column("description", QT_TRANSLATE_NOOP("TabTexts", "Option"), context=C),
    Column("value_for_us", QT_TRANSLATE_NOOP("TabTexts", "Value for us"), context=C),
    Column("value_for_them", QT_TRANSLATE_NOOP("TabTexts", "Value for them"), context=C),
)
CRITERION_COLUMNS = (
    Column("criterion", QT_TRANSLATE_NOOP("TabTexts", "Criterion"), context=C),
    Column("source", QT_TRANSLATE_NOOP("TabTexts", "Source"), context=C),
)
TEXT_COLUMNS = (Column("text", QT_TRANSLATE_NOOP("TabTexts", "Text"), context=C),)


class InterestsTab(PreparationTab):
    """Belangen & onzekerheden: what each party wants and why, and what is still uncertain.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.INTERESTS
    HINT_CODES = frozenset({HintCode.NO_OPENING})

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("InterestsTab", "Interests & uncertainties")

    def guidance_text(self) -> str:
        if self.is_positioning():  # no pie to share with a supplier: it goes into the request
            return self.tr(
                "Look past the price: what do the internal client, the users and the market "
                "want, and why? Name uncertainties openly, and say at the start what you come "
                "to do and what you come to get. In this procedure a conversation changes no "
                "tender: put what you learn into the request. Options for joint value and fair "
                "criteria belong in the specifications and the award criteria."
            )
        return self.tr(
            "Look past the price: what does each party want, and why? Uncertainties you name "
            "openly take pressure off the meeting. Start by saying what you come to do and what "
            "you come to get. Look for options that make the pie bigger, and for criteria both "
            "sides can accept as fair."
        )

    def build(self) -> None:
        form = self.group(self.tr("Interests and uncertainties"))
        self.list_editor(
            form, "interests", self.tr("Interests per party"), INTEREST_COLUMNS, Interest
        )
        self.list_editor(
            form, "uncertainties", self.tr("Uncertainties"), UNCERTAINTY_COLUMNS, Uncertainty
        )

        form = self.group(self.tr("Opening statement"))
        self.text(form, "opening.come_to_do", self.tr("What we come to do"), 2)
        self.text(form, "opening.come_to_get", self.tr("What we come to get"), 2)

        form = self.group(self.tr("Joint value"))
        self.list_editor(
            form, "joint_options", self.tr("Options for joint value"), OPTION_COLUMNS, JointOption
        )
        self.list_editor(
            form, "capacity.criteria", self.tr("Objective criteria"), CRITERION_COLUMNS, Criterion
        )

        form = self.group(self.tr("Communication plan"))
        self.list_editor(
            form,
            "communication.questions",
            self.tr("Questions we will ask"),
            TEXT_COLUMNS,
            TextItem,
            rows=3,
        )
        self.list_editor(
            form,
            "communication.share",
            self.tr("Information we share openly"),
            TEXT_COLUMNS,
            TextItem,
            rows=3,
        )
