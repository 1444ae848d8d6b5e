"""Bestand → Inkoopbeleid…: the organisation's own limits, stored once in the workbook.

The dialog edits a `ProcurementPolicy`; `PolicyStore` reads and saves the open workbook's
policy (a save is written back like any edit), and `attach_policy` gives it to the Basis tab's
verdict panel. The policy is part of the workbook, so colleagues who share the file share it,
and a merge merges it like any other record.
"""

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QObject, Signal, Slot
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
from nlinkoop.store.errors import WorkbookError
from nlinkoop.ui import prompts
from nlinkoop.ui.widgets.verdict_panel import VerdictPanel
from nlinkoop.ui.window.surface import WindowSurface

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
        single, multiple, works_single, works_multiple = (
            parse_euro(self.edits[name].text()) for name in _LIMITS
        )
        return replace(
            self._policy,
            name=self.name_edit.text().strip(),
            single_up_to=single,
            multiple_up_to=multiple,
            works_single_up_to=works_single,
            works_multiple_up_to=works_multiple,
        )

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


class PolicyStore(QObject):
    """The procurement policy of the open workbook, as the legal gate sees it.

    Args:
        load: the policy (the open workbook's `policy`: an empty one if none is stored).
        save: stores it (the open workbook's `save_policy`).
        saved: called after a save, to write the working copy back to the user's file.
        parent: the Qt parent.

    Signals:
        changed: the policy was saved here (what the gate weighs may have changed).
    """

    changed = Signal()

    def __init__(
        self,
        load: Callable[[], ProcurementPolicy],
        save: Callable[[ProcurementPolicy], None],
        saved: Callable[[], None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._save, self._saved = load, save, saved

    def policy(self) -> ProcurementPolicy:
        """The policy; an empty one when the workbook has none or cannot be read right now."""
        try:
            return self._load()
        except WorkbookError:
            return ProcurementPolicy()

    def save(self, policy: ProcurementPolicy, parent: QWidget | None = None) -> bool:
        """Store `policy`; False after telling the user why it could not be saved.

        Like an edit of a preparation, the change reaches the user's file shortly after (the
        write-back after a pause), and at the latest when the workbook is closed.
        """
        try:
            self._save(policy)
        except WorkbookError as error:
            title = self.tr("Procurement policy not saved")
            prompts.error(parent, title, prompts.workbook_error_text(error))
            return False
        self._saved()
        self.changed.emit()
        return True

    def edit(self, parent: QWidget) -> bool:
        """Open the dialog on the stored policy and store what the user accepts."""
        dialog = PolicyDialog(self.policy(), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.save(dialog.policy(), parent)


def attach_policy(
    window: WindowSurface, panel: VerdictPanel, schedule_write_back: Callable[[], None]
) -> PolicyStore:
    """The open workbook's policy for the Basis tab's verdict panel, saved as edits are.

    Args:
        window: the window's surface (its workbook, the shown preparation).
        panel: the Basis tab's verdict panel.
        schedule_write_back: writes the working copy back after a pause (the sharing's).
    """
    store = PolicyStore(
        lambda: window.workbook.policy(),
        lambda policy: window.workbook.save_policy(policy),
        schedule_write_back,
        window.widget(),
    )
    panel.set_policy_source(store.policy)
    store.changed.connect(lambda: panel.show_for(window.preparation))
    return store
