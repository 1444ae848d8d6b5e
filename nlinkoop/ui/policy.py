"""Bestand → Inkoopbeleid…: the organisation's own limits, stored once in the workbook.

The dialog edits a `ProcurementPolicy`; `attach_policy` gives the Basis tab's verdict panel the
open workbook's policy and puts the dialog in the File menu. The policy is part of the workbook,
so colleagues who share the file share it, and a merge merges it like any other record.
"""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.money import format_amount, parse_euro
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.ui.tabs import BasicsTab

if TYPE_CHECKING:
    from nlinkoop.ui.main_window import MainWindow

_LIMITS = ("single_up_to", "multiple_up_to", "works_single_up_to", "works_multiple_up_to")


class PolicyDialog(QDialog):
    """The own limits for single and multiple private procedures, for supplies and for works.

    OK stays disabled while an amount cannot be read or a single limit lies above its multiple
    limit; the line under the fields says why, in one sentence.
    """

    def __init__(self, policy: ProcurementPolicy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Procurement policy"))
        self._policy = policy
        intro = QLabel(
            self.tr(
                "Your organisation's own limits (excl. VAT, whole term). Below the first you "
                "may invite one undertaking, below the second several; above that your policy "
                "asks for a public procedure. They are stored in this workbook, so colleagues "
                "who share it use the same ones."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.name_edit = QLineEdit(policy.name)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Procurement policy 2025"))
        form.addRow(self.tr("Policy"), self.name_edit)
        labels = (
            self.tr("Single private up to (supplies and services)"),
            self.tr("Multiple private up to (supplies and services)"),
            self.tr("Single private up to (works)"),
            self.tr("Multiple private up to (works)"),
        )
        self.edits: dict[str, QLineEdit] = {}
        for name, text in zip(_LIMITS, labels, strict=True):
            value: Decimal | None = getattr(policy, name)
            edit = QLineEdit("" if value is None else format_amount(value))
            edit.setObjectName(name)
            edit.setPlaceholderText("€ 000.000,00")
            edit.textChanged.connect(self._on_text_changed)
            form.addRow(text, edit)
            self.edits[name] = edit
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._on_text_changed()

    def policy(self) -> ProcurementPolicy:
        """The policy as filled in (only valid while OK is enabled)."""
        amounts = {name: parse_euro(edit.text()) for name, edit in self.edits.items()}
        return replace(self._policy, name=self.name_edit.text().strip(), **amounts)

    def problem(self) -> str:
        """Why the limits cannot be stored, in one sentence; empty when they can."""
        amounts: dict[str, Decimal | None] = {}
        for name, edit in self.edits.items():
            try:
                amounts[name] = parse_euro(edit.text())
            except ValueError:
                return self.tr("Type an amount, e.g. 50.000 (or leave the field empty).")
            if (amounts[name] or 0) < 0:
                return self.tr("A limit cannot be negative.")
        for single, multiple in (_LIMITS[:2], _LIMITS[2:]):
            low, high = amounts[single], amounts[multiple]
            if low is not None and high is not None and low > high:
                return self.tr("A single private limit cannot be above the multiple one.")
        return ""

    @Slot()
    def _on_text_changed(self) -> None:
        problem = self.problem()
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)


def attach_policy(window: "MainWindow") -> Callable[[], None]:
    """Give the verdict panel the open workbook's policy; return the File menu's action slot."""
    panel = window.findChild(BasicsTab).verdict  # type: ignore[union-attr]

    panel.set_policy_source(lambda: window.workbook.policy())

    def edit() -> None:
        if not window.save_now():
            return
        dialog = PolicyDialog(window.workbook.policy(), window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            window.workbook.save_policy(dialog.policy())
            panel.show_for(window.preparation)

    return edit
