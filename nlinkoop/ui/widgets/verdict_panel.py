"""The answer to "mag ik hier onderhandelen?" for the chosen context, procedure and value.

The panel shows what `gate.answer` says (the command `nlinkoop gate` prints the same answer):
the verdict, the value checks, what may and may not be discussed, practice said as practice,
every article with a link to its text and the date it was checked, and the thresholds.
"""

import datetime as dt
import html
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

from nlinkoop.domain import gate
from nlinkoop.domain.dates import format_date
from nlinkoop.domain.legal import Article
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import CATALOGUE
from nlinkoop.domain.procedures import Procedure
from nlinkoop.ui.dialogs.positioning_reference import PositioningReference

PolicySource = Callable[[], ProcurementPolicy | None]


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


def articles_html(articles: tuple[Article, ...], language: str) -> str:
    """The articles as lines with a link each: "art. 2.55 — what it says"."""
    lines = []
    for article in articles:
        ref = article.citation(language) if not article.ref[:1].isdigit() else f"art. {article.ref}"
        link = f'<a href="{html.escape(article.url)}">{html.escape(ref)}</a>'
        lines.append(f"{link} — {html.escape(article.about.text(language))}")
    return "<br>".join(lines)


class VerdictPanel(QFrame):
    """A framed answer: may we negotiate here, is the value right for it, and on what basis.

    Public with a procedure: the verdict as a symbol and a word (a value that rules the
    procedure out comes first), the value checks, what is allowed and what not, practice that
    is not law, what is not certain, the articles with their links and checked date; then the
    European thresholds, saying so plainly when they have ended. Public without a procedure:
    asks for one. Commercial: one line. The button opens the reference "commercial negotiation
    or public positioning".

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
        self._policy: PolicySource = lambda: None
        self.answer: gate.GateAnswer | None = None  # what the panel shows now
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
        self.checks_label = _text_label()
        self.checks_label.setObjectName("checks")

        self._details = QFormLayout()
        self._details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._details.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.may_label = self._detail(self.tr("Allowed:"))
        self.may_not_label = self._detail(self.tr("Not allowed:"))
        self.practice_label = self._detail(self.tr("Practice, not law:"))
        self.uncertain_label = self._detail(self.tr("Not certain:"))
        self.basis_label = self._detail(self.tr("Legal basis:"), links=True)
        self.value_label = self._detail(self.tr("Estimating the value:"), links=True)
        self.national_label = self._detail(self.tr("Below the threshold:"), links=True)
        self.source_label = self._detail(self.tr("Checked:"))

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
        layout.addWidget(self.checks_label)
        layout.addLayout(self._details)
        layout.addWidget(self._rule)
        layout.addWidget(self.thresholds_title)
        layout.addWidget(self.thresholds_note)
        layout.addWidget(self.thresholds_label)
        self.show_for(None)

    def set_policy_source(self, source: PolicySource) -> None:
        """Where the workbook's own procurement policy comes from (the window sets it)."""
        self._policy = source

    def show_for(self, prep: Preparation | None) -> None:
        """Answer for `prep` (None: hide the panel)."""
        self.setVisible(prep is not None)
        if prep is None:
            self.answer = None
            return
        language = ui_language()
        answer = gate.answer(prep, self._policy(), self.today(), language)
        self.answer = answer
        self.verdict_label.setText(f"{answer.symbol}  {answer.verdict}")
        lines = [f"{gate.SYMBOLS[c.level]}  {c.text}" for c in answer.checks]
        self.checks_label.setText("\n".join(lines))
        self.checks_label.setVisible(bool(lines))
        entry = answer.entry
        if entry is not None:
            self.may_label.setText(entry.may.text(language))
            self.may_not_label.setText(entry.may_not.text(language))
            self.practice_label.setText("\n".join(t.text(language) for t in entry.practice))
            self.uncertain_label.setText(entry.uncertain.text(language) if entry.uncertain else "")
            self.basis_label.setText(articles_html(entry.articles, language))
            self.value_label.setText(articles_html(answer.value_articles, language))
            self.national_label.setText(articles_html(answer.national_articles, language))
            self.source_label.setText(
                self.tr("{law}, version of {version} · checked on {date}").format(
                    law=entry.articles[0].law.text(language),
                    version=format_date(gate.legal_data().version),
                    date=format_date(entry.checked),
                )
            )
        shown = {
            self.may_label: entry is not None,
            self.may_not_label: entry is not None,
            self.practice_label: entry is not None and bool(entry.practice),
            self.uncertain_label: entry is not None and entry.uncertain is not None,
            self.basis_label: entry is not None,
            self.value_label: bool(answer.value_articles),
            self.national_label: bool(answer.national_articles),
            self.source_label: entry is not None,
        }
        for label, visible in shown.items():
            self._details.setRowVisible(label, visible)
        public = bool(answer.thresholds)
        for widget in (self._rule, self.thresholds_title, self.thresholds_label):
            widget.setVisible(public)
        self.thresholds_note.setVisible(public and answer.thresholds_ended is not None)
        if public:
            self._show_thresholds(answer, language)

    def thresholds_expired(self) -> bool:
        """Whether the thresholds shown have ended (the last known ones are shown)."""
        return self.answer is not None and self.answer.thresholds_ended is not None

    def _show_thresholds(self, answer: gate.GateAnswer, language: str) -> None:
        if answer.thresholds_ended is not None:
            self.thresholds_note.setText(
                self.tr(
                    "These thresholds applied until {date}; they are the last known amounts. "
                    "Look up the current ones at PIANOo or in your procurement policy."
                ).format(date=format_date(answer.thresholds_ended))
            )
        lines = [
            self.tr("{what}: {amount} ({start} to {end})").format(
                what=t.what.text(language),
                amount=gate.euros(t.amount, language),
                start=format_date(t.valid_from),
                end=format_date(t.valid_until),
            )
            for t in answer.thresholds
        ]
        self.thresholds_label.setText("\n".join(lines))

    def _detail(self, text: str, *, links: bool = False) -> QLabel:
        label = _text_label()
        if links:  # the articles link to their text; the label escapes everything else
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setOpenExternalLinks(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
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
