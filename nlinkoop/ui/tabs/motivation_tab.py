"""The Motivatie tab: the bigger picture instead of fear of not doing it right."""

from PySide6.QtCore import QCoreApplication

from nlinkoop.domain.completeness import Section
from nlinkoop.ui.tabs.base import PreparationTab


class MotivationTab(PreparationTab):
    """Motivatie: impact, professionalism and respect; the fear, and how to look at it instead.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.MOTIVATION

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("MotivationTab", "Motivation")

    def guidance_text(self) -> str:
        return self.tr(
            "Fear of not doing it right makes you defensive, and that is felt at the table. "
            "Write down what really drives you: the impact you make, the professionalism you "
            "show and the respect you earn. Name the fear too, and how you can look at it "
            "differently."
        )

    def build(self) -> None:
        form = self.group(self.tr("The bigger picture"))
        self.text(form, "motivation.impact", self.tr("The impact I make"))
        self.text(form, "motivation.professionalism", self.tr("The professionalism I show"))
        self.text(form, "motivation.respect", self.tr("The respect I earn"))
        form = self.group(self.tr("Fear"))
        self.text(form, "motivation.fear", self.tr("What I am afraid of"))
        self.text(form, "motivation.reframe", self.tr("How I look at it instead"))
