"""The preparation's tabs, in the order the window shows them."""

from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.basics_tab import BasicsTab
from nlinkoop.ui.tabs.capacity_tab import CapacityTab
from nlinkoop.ui.tabs.checklist_tab import ChecklistTab
from nlinkoop.ui.tabs.interests_tab import InterestsTab
from nlinkoop.ui.tabs.motivation_tab import MotivationTab
from nlinkoop.ui.tabs.opportunity_tab import OpportunityTab
from nlinkoop.ui.tabs.pitch_tab import PitchTab
from nlinkoop.ui.tabs.reflection_tab import ReflectionTab
from nlinkoop.ui.tabs.wishes_tab import WishesTab

TAB_CLASSES: tuple[type[PreparationTab], ...] = (
    BasicsTab,
    OpportunityTab,
    CapacityTab,
    MotivationTab,
    InterestsTab,
    ChecklistTab,
    PitchTab,
    WishesTab,
    ReflectionTab,
)

__all__ = [
    "TAB_CLASSES",
    "BasicsTab",
    "CapacityTab",
    "ChecklistTab",
    "InterestsTab",
    "MotivationTab",
    "OpportunityTab",
    "PitchTab",
    "PreparationTab",
    "ReflectionTab",
    "WishesTab",
]
