"""The answer to "mag ik hier onderhandelen?" for the chosen context and procedure."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.dates import format_date
from nlinkoop.domain.money import format_amount
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import (
    CATALOGUE,
    THRESHOLDS,
    Negotiation,
    Threshold,
    current_thresholds,
    facts_for,
)
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.ui.dialogs.positioning_reference import PositioningReference
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

# A symbol and a word for each answer: the answer never rests on colour alone.
VERDICTS: dict[Negotiation, tuple[str, str]] = {
    Negotiation.NO: ("✗", QT_TRANSLATE_NOOP("VerdictPanel", "No — only clarification")),
    Negotiation.YES: ("✓", QT_TRANSLATE_NOOP("VerdictPanel", "Yes")),
    Negotiation.LIMITED: ("◐", QT_TRANSLATE_NOOP("VerdictPanel", "Limited")),
    Negotiation.OWN_POLICY: (
        "?",
        QT_TRANSLATE_NOOP("VerdictPanel", "Depends on your own procurement policy"),
    ),
}


def ui_language() -> str:
    """The language the window speaks ("nl" or "en"), as the loaded translation says.

    The Dutch translation turns this marker into "nl"; without a translation it stays "en". So
    the catalogue's texts follow the UI's, also before a restart after the language was changed.
    """
    code = QCoreApplication.translate("VerdictPanel", "en", "code of this translation's language")
    return code if code in ("nl", "en") else "en"


def procedure_name(procedure: Procedure) -> str:
    """The procedure's name from the catalogue, in the UI's language."""
    return CATALOGUE[procedure].name.text(ui_language())


def positioning_banner(prep: Preparation | None) -> str:
    """The one line a tab shows while the buyer positions; empty when there is a procedure."""
    if prep is None or prep.procedure is None:
        return ""
    text = QCoreApplication.translate("VerdictPanel", "Positioning, not negotiating: {procedure}")
    return text.format(procedure=procedure_name(prep.procedure))


def _amount(threshold: Threshold) -> str:
    return "€ " + format_amount(threshold.amount).removesuffix(",00")


class VerdictPanel(QFrame):
    """A framed answer: may we negotiate here, what may and may not, on what basis, and since when.

    Public with a procedure: the verdict as a symbol and a word, then what is allowed and what
    not, the legal basis, the source with the date it was checked and, where the catalogue is
    not sure, that too; then the European thresholds, saying so plainly when they have expired.
    Public without a procedure: asks for one (the thresholds help to pick it). Commercial: one
    line, you are free to negotiate. The button opens the reference "commercial negotiation or
    public positioning".

    Args:
        today: gives the date the thresholds are compared with (injectable for tests).
        parent: the Qt parent.
    """

    def __init__(
        self,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.setObjectName("verdict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)  # follows light and dark
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("May I negotiate here?"))

        self.title_label = QLabel(self.tr("May I negotiate here?"))
        _bold(self.title_label)
        self.reference_button = QPushButton(self.tr("Commercial negotiation or public positioning"))
        self.reference_button.setObjectName("reference")
        self.reference_button.setAutoDefault(False)
        self.reference_button.clicked.connect(self._on_reference_button_clicked)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch()
        header.addWidget(self.reference_button)

        self.verdict_label = _text_label()
        self.verdict_label.setObjectName("verdict_line")
        _bold(self.verdict_label, 1.15)

        self._details = QFormLayout()
        self._details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.may_label = self._detail(self.tr("Allowed:"))
        self.may_not_label = self._detail(self.tr("Not allowed:"))
        self.basis_label = self._detail(self.tr("Legal basis:"))
        self.source_label = self._detail(self.tr("Source:"))
        self.uncertain_label = self._detail(self.tr("Not certain:"))

        self._rule = QFrame()
        self._rule.setFrameShape(QFrame.Shape.HLine)
        self._rule.setFrameShadow(QFrame.Shadow.Plain)
        self._rule.setForegroundRole(QPalette.ColorRole.Mid)  # a quiet line, light or dark
        self.thresholds_title = QLabel(self.tr("European thresholds (excl. VAT)"))
        _bold(self.thresholds_title)
        self.thresholds_note = _text_label()
        self.thresholds_note.setObjectName("thresholds_note")
        self.thresholds_label = _text_label()
        self.thresholds_label.setObjectName("thresholds")

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.verdict_label)
        layout.addLayout(self._details)
        layout.addWidget(self._rule)
        layout.addWidget(self.thresholds_title)
        layout.addWidget(self.thresholds_note)
        layout.addWidget(self.thresholds_label)
        self.show_for(None)

    def show_for(self, prep: Preparation | None) -> None:
        """Answer for `prep`'s context and procedure (None: hide the panel)."""
        self.setVisible(prep is not None)
        if prep is None:
            return
        public = prep.context is Context.PUBLIC
        facts = facts_for(prep.procedure) if public else None
        if not public:
            self.verdict_label.setText("✓  " + self.tr("Commercial: you are free to negotiate."))
        elif facts is None:
            self.verdict_label.setText(
                "?  " + self.tr("Choose a procedure: it decides whether you may negotiate here.")
            )
        else:
            symbol, verdict = VERDICTS[facts.negotiation]
            self.verdict_label.setText(
                symbol + "  " + QCoreApplication.translate("VerdictPanel", verdict)
            )
            language = ui_language()
            self.may_label.setText(facts.may.text(language))
            self.may_not_label.setText(facts.may_not.text(language))
            self.basis_label.setText(facts.legal_basis.text(language))
            self.source_label.setText(
                self.tr("{source} · checked on {date}").format(
                    source=facts.source.text(language), date=format_date(facts.checked)
                )
            )
            uncertain = facts.uncertain.text(language) if facts.uncertain is not None else ""
            self.uncertain_label.setText(uncertain)
        for label in (self.may_label, self.may_not_label, self.basis_label, self.source_label):
            self._details.setRowVisible(label, facts is not None)
        self._details.setRowVisible(
            self.uncertain_label, facts is not None and facts.uncertain is not None
        )
        for widget in (self._rule, self.thresholds_title, self.thresholds_label):
            widget.setVisible(public)
        self.thresholds_note.setVisible(public and self.thresholds_expired())
        if public:
            self._show_thresholds()

    def thresholds_expired(self) -> bool:
        """Whether no threshold in the catalogue is valid today."""
        return not current_thresholds(self.today())

    def _show_thresholds(self) -> None:
        last = max(t.valid_until for t in THRESHOLDS)
        self.thresholds_note.setText(  # shown only once they have expired
            self.tr(
                "These thresholds applied until {date}; look up the current ones at PIANOo or "
                "in your procurement policy."
            ).format(date=format_date(last))
        )
        language = ui_language()
        lines = [
            self.tr("{what}: {amount} ({start} to {end})").format(
                what=t.what.text(language),
                amount=_amount(t),
                start=format_date(t.valid_from),
                end=format_date(t.valid_until),
            )
            for t in THRESHOLDS
        ]
        self.thresholds_label.setText("\n".join(lines))

    def _detail(self, text: str) -> QLabel:
        label = _text_label()
        name = QLabel(text)
        name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._details.addRow(name, label)
        return label

    @Slot()
    def _on_reference_button_clicked(self) -> None:
        PositioningReference.show_for(self.window())


def _text_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _bold(label: QLabel, scale: float = 1.0) -> None:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
