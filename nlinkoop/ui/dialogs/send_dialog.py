"""Send to a colleague: choose the preparations that go into a new workbook file."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.preparation import PreparationSummary

ID_ROLE = Qt.ItemDataRole.UserRole


class SendDialog(QDialog):
    """A list of the preparations with check boxes; the one shown is checked at the start.

    Args:
        summaries: the preparations in the workbook.
        current: the id of the one shown ("" for none).
        parent: the Qt parent.
    """

    def __init__(
        self, summaries: Sequence[PreparationSummary], current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(self.tr("Send to a colleague"))
        self.resize(520, 420)
        intro = QLabel(
            self.tr(
                "Choose what to send. nlinkoop makes a new workbook with these preparations "
                "(and the pitches they use) that you can attach to an e-mail."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("send_list")
        for summary in summaries:
            text = summary.title or self.tr("(untitled)")
            if summary.counterparty:
                text += f" · {summary.counterparty}"
            item = QListWidgetItem(text, self.list)
            item.setData(ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = summary.id == current
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save for sending..."))
        select_all = QPushButton(self.tr("Select &all"))
        self.buttons.addButton(select_all, QDialogButtonBox.ButtonRole.ResetRole)
        select_all.clicked.connect(self._on_select_all_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._on_list_item_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._on_list_item_changed()

    def chosen(self) -> list[str]:
        """The ids of the checked preparations, in list order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked]

    @Slot()
    def _on_select_all_clicked(self) -> None:
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(Qt.CheckState.Checked)

    @Slot()
    def _on_list_item_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.chosen()))

    @classmethod
    def ask(
        cls, parent: QWidget | None, summaries: Sequence[PreparationSummary], current: str
    ) -> list[str] | None:
        """Show the dialog; the chosen ids, or None when the user cancels."""
        dialog = cls(summaries, current, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()
