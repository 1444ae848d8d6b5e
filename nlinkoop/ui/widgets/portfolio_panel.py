"""The Basis tab's portfolio position: both grids side by side, and the mismatch between them."""

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from nlinkoop.domain.hints import Hint, HintCode, hints
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.tips import Stance, stance
from nlinkoop.ui.binding import assign, resolve
from nlinkoop.ui.undo import SetValueCommand
from nlinkoop.ui.widgets.portfolio_grid import PortfolioChooser
from nlinkoop.ui.widgets.portfolio_specs import KRALJIC_GRID, SUPPLIER_GRID


class PortfolioPanel(QWidget):
    """Where the deal sits for us and for the supplier; each choice is one undoable edit.

    Args:
        undo_stack: where a choice goes as a command, like every bound field's edit.
        hint_text: words a hint (the tabs' `texts.hint_text`; passed in, as the tabs import
            this module).
        parent: the Qt parent.

    Signals:
        edited: the user chose or cleared a quadrant, or undo/redo changed one.
    """

    edited = Signal()

    def __init__(
        self,
        undo_stack: QUndoStack,
        hint_text: Callable[[Hint], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._stack = undo_stack
        self._hint_text = hint_text
        self._prep: Preparation | None = None
        self.kraljic = PortfolioChooser(KRALJIC_GRID)
        self.kraljic.grid.setObjectName("portfolio.kraljic")
        self.supplier_view = PortfolioChooser(SUPPLIER_GRID)
        self.supplier_view.grid.setObjectName("portfolio.supplier_view")
        self._choosers = {
            "portfolio.kraljic": self.kraljic,
            "portfolio.supplier_view": self.supplier_view,
        }
        grids = QHBoxLayout()
        grids.setSpacing(24)
        for path, chooser in self._choosers.items():
            chooser.chosen.connect(partial(self._on_chooser_chosen, path))
            grids.addWidget(chooser, 1)

        self.mismatch_label = QLabel()  # the hint, here as well as in the tab's hints panel
        self.mismatch_label.setObjectName("portfolio_mismatch")
        self.mismatch_label.setWordWrap(True)
        self.mismatch_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mismatch_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.mismatch_label.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.mismatch_label.setAutoFillBackground(True)
        self.mismatch_label.setMargin(6)
        policy = self.mismatch_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the hint comes and goes; the fields stay put
        self.mismatch_label.setSizePolicy(policy)
        self.mismatch_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grids)
        layout.addWidget(self.mismatch_label)

    def show_for(self, prep: Preparation | None) -> None:
        """Show `prep`'s portfolio position (None: nothing chosen); later choices go to it."""
        self._prep = prep
        portfolio = None if prep is None else prep.portfolio
        # the tips follow the legal gate: no "negotiate" where the procedure allows none
        buyer = Stance.NEGOTIATE if prep is None else stance(prep.context, prep.procedure)
        self.kraljic.set_value(None if portfolio is None else portfolio.kraljic, buyer)
        self.supplier_view.set_value(None if portfolio is None else portfolio.supplier_view, buyer)
        found = [] if prep is None else hints(prep)
        hint = next((h for h in found if h.code is HintCode.PORTFOLIO_MISMATCH), None)
        text = "" if hint is None else self._hint_text(hint)
        self.mismatch_label.setText(
            QCoreApplication.translate("PreparationTab", "Hint: {text}").format(text=text)
        )
        self.mismatch_label.setVisible(bool(text))

    def _apply(self, target: Any, path: str, value: object) -> None:
        """Write a choice (from an edit, undo or redo) and signal it."""
        assign(target, path, value)
        if target is self._prep:
            self.show_for(target)
        self.edited.emit()

    @Slot(str, object)
    def _on_chooser_chosen(self, path: str, value: Enum | None) -> None:
        prep = self._prep
        if prep is None:
            return
        old = resolve(prep, path)
        if old is value:
            return
        text = self._choosers[path].grid.accessibleName()
        self._stack.push(SetValueCommand(self._apply, prep, path, old, value, text))
