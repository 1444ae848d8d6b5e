"""The steps' pages: each built when its step is first shown, each step counted before that.

Building all nine pages with every field cost a third of the window's start (0.25 s, 12 MB),
and only Basis is shown then. So `StepPages` gives the step view a builder per step; a page,
once built, is wired like any other (its edits, its count, the procedure's guidance) and shows
the preparation of the moment. A step without its page yet still shows how complete it is,
counted from the preparation the way its page would count it (`completeness_of`).
"""

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.preparation import Preparation
from nlinkoop.ui.dialogs.pitch_dialog import PitchProfiles
from nlinkoop.ui.tabs import TAB_CLASSES, BasicsTab, PitchTab, PreparationTab
from nlinkoop.ui.window.step_view import StepView

Page = TypeVar("Page", bound=PreparationTab)


class StepPages(QObject):
    """The pages of the window's steps, built when first needed.

    Args:
        steps: the step view the pages go into (one step per tab class, added here).
        undo_stack: where every page's edits go.
        shown: the preparation the window shows (None in an empty workbook).
        parent: the Qt parent.

    Signals:
        changed: the user edited something on a page.
    """

    changed = Signal()

    def __init__(
        self,
        steps: StepView,
        undo_stack: QUndoStack,
        shown: Callable[[], Preparation | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._steps, self._undo_stack, self._shown = steps, undo_stack, shown
        self._built: dict[int, PreparationTab] = {}
        self._profiles: PitchProfiles | None = None
        self._known: Sequence[PitchProfile] = ()  # the profiles as the unbuilt steps count them
        for tab_class in TAB_CLASSES:
            steps.add_step(tab_class.step_title(), partial(self._build, tab_class))

    def use_profiles(self, profiles: PitchProfiles) -> None:
        """Take the workbook's pitch profiles (for the pitch step, and to count it)."""
        self._profiles = profiles
        for page in self.built():
            if isinstance(page, PitchTab):
                page.set_profiles(profiles)
        profiles.changed.connect(self._on_profiles_changed)
        self.count_unbuilt()

    def built(self) -> list[PreparationTab]:
        """The pages built so far, in step order."""
        return [self._built[i] for i in sorted(self._built)]

    def page(self, tab_class: type[Page]) -> Page:
        """The page of the step of `tab_class`, built now if it was not yet."""
        page = self._steps.widget(TAB_CLASSES.index(tab_class))
        assert isinstance(page, tab_class)
        return page

    def count_unbuilt(self, *, read_profiles: bool = True) -> None:
        """Show how complete the steps without a page yet are (a page counts its own).

        Args:
            read_profiles: read the pitch profiles again (a pitch may have been saved since);
                not after each edit on a page, which leaves them as they are.
        """
        prep = self._shown() or Preparation()
        if read_profiles and self._profiles is not None:
            self._known = self._profiles.profiles()
        for index, tab_class in enumerate(TAB_CLASSES):
            if index not in self._built:
                self._steps.set_done(index, tab_class.completeness_of(prep, self._known))

    def _build(self, tab_class: type[PreparationTab]) -> PreparationTab:
        """Build the page of one step, wired and showing the preparation of the moment."""
        page = tab_class(self._undo_stack, self._steps)
        index = TAB_CLASSES.index(tab_class)
        self._built[index] = page
        page.changed.connect(self.changed)
        page.done_changed.connect(partial(self._steps.set_done, index))
        if isinstance(page, BasicsTab):  # the procedure decides whether pages advise positioning
            page.procedure_changed.connect(self._on_basics_procedure_changed)
        if isinstance(page, PitchTab) and self._profiles is not None:
            page.set_profiles(self._profiles)
        page.load(self._shown() or Preparation())
        return page

    @Slot()
    def _on_basics_procedure_changed(self) -> None:
        for page in self.built():
            page.refresh_guidance()
        self.count_unbuilt()

    @Slot()
    def _on_profiles_changed(self) -> None:
        self.count_unbuilt()  # a pitch saved or renamed: the pitch step counts it, built or not
