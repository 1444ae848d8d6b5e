"""The Basis tab: the meeting header, who attends, the context, and team and mandate."""

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from nlinkoop.domain.completeness import Section
from nlinkoop.domain.hints import HintCode
from nlinkoop.domain.preparation import Participant, Preparation, TeamMember
from nlinkoop.domain.procedures import Context
from nlinkoop.ui.models.list_model import Column, Kind
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP
from nlinkoop.ui.widgets.earlier_lessons import EarlierLessonsPanel
from nlinkoop.ui.widgets.portfolio_panel import PortfolioPanel
from nlinkoop.ui.widgets.verdict_panel import VerdictPanel

PARTICIPANT_COLUMNS = (
    Column("side", QT_TRANSLATE_NOOP("TabTexts", "Side"), Kind.CHOICE, texts.SIDES, "TabTexts"),
    Column("name", QT_TRANSLATE_NOOP("TabTexts", "Name"), context="TabTexts"),
    Column("role", QT_TRANSLATE_NOOP("TabTexts", "Role"), context="TabTexts"),
)
# The fields the "learned before" panel follows. It waits until the user leaves them, so it
# never appears under the pointer halfway through typing a supplier's name or a date.
LESSON_KEYS = ("counterparty", "meeting.date")
TEAM_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("TabTexts", "Name"), context="TabTexts"),
    Column("role", QT_TRANSLATE_NOOP("TabTexts", "Role"), context="TabTexts"),
    Column("mandate", QT_TRANSLATE_NOOP("TabTexts", "May agree to"), context="TabTexts"),
)


class BasicsTab(PreparationTab):
    """Basis: title, supplier, when and where, who attends, context, contract, team and mandate.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
        procedure_changed: the context or the procedure changed (an edit, undo or redo), and
            with it what the other tabs advise. Loading another preparation is not a change.
    """

    procedure_changed = Signal()

    SECTION = Section.BASICS
    HINT_CODES = frozenset({HintCode.PUBLIC_WITHOUT_PROCEDURE, HintCode.PORTFOLIO_MISMATCH})

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("BasicsTab", "Basics")

    def guidance_text(self) -> str:
        return self.tr(
            "Start with the facts of the meeting: with whom, when, where and who sits at the "
            "table. In a public purchase, also record the procedure: it decides how much room "
            "there is to talk or negotiate. Agree beforehand who leads and what you may agree "
            "to on the spot, so nobody has to improvise at the table."
        )

    def build(self) -> None:
        binder = self.binder
        form = self.group(self.tr("Meeting"))
        self.line(form, "title", self.tr("Title"))
        self.line(form, "counterparty", self.tr("Supplier"))
        self.earlier = EarlierLessonsPanel()  # "Eerder geleerd": the window gives it the workbook
        form.addRow(self.earlier)
        self.line(form, "organisation", self.tr("Our organisation"))
        date = self.parsed(binder.date_edit, None, "meeting.date", self.tr("Meeting date"))
        start = self.parsed(
            binder.time_edit, None, "meeting.start", self.tr("Start time"), "00:000"
        )
        end = self.parsed(binder.time_edit, None, "meeting.end", self.tr("End time"), "00:000")
        when = QHBoxLayout()
        when.addWidget(date)
        for text, widget in ((self.tr("from"), start), (self.tr("until"), end)):
            label = QLabel(text)
            label.setBuddy(widget)
            when.addWidget(label)
            when.addWidget(widget)
        when.addStretch()
        when_label = QLabel(self.tr("Date and time"))
        when_label.setBuddy(date)
        form.addRow(when_label, when)
        self.line(form, "meeting.place", self.tr("Place"))
        self.list_editor(
            form,
            "participants",
            self.tr("Who attends (both sides)"),
            PARTICIPANT_COLUMNS,
            Participant,
        )

        form = self.group(self.tr("Assignment and context"))
        self.line(form, "internal_client", self.tr("Internal client"))
        self.combo(form, "context", self.tr("Context"), texts.CONTEXTS)
        self._procedure = self.combo(form, "procedure", self.tr("Procedure"), texts.PROCEDURES)
        self.parsed(
            binder.euro_edit, form, "contract_value", self.tr("Contract value"), "€ 000.000.000,00"
        )
        self._public_fields = [
            self.combo(form, "contract_kind", self.tr("What you buy"), texts.CONTRACT_KINDS),
            self.combo(form, "authority", self.tr("Who buys"), texts.AUTHORITIES),
            self.combo(
                form,
                "value_includes_options",
                self.tr("Value includes options"),
                texts.OPTIONS_INCLUDED,
            ),
        ]
        self.spin(form, "contract_months", self.tr("Contract term (months)"))
        self.verdict = VerdictPanel()
        form.addRow(self.verdict)
        self._gate: tuple[object, object] | None = None  # the context and procedure last seen

        form = self.group(self.tr("Team and mandate"))
        self.line(form, "mandate.lead", self.tr("Who leads the meeting"))
        self.text(form, "mandate.decides", self.tr("Who decides"), 2)
        self.text(form, "mandate.on_the_spot", self.tr("What we may agree to on the spot"), 2)
        self.text(form, "mandate.approval", self.tr("Who approves afterwards"), 2)
        self.text(form, "mandate.conduct", self.tr("Rules of conduct (integrity)"), 3)
        self.list_editor(form, "mandate.team", self.tr("Our team"), TEAM_COLUMNS, TeamMember)
        self._build_portfolio()
        for path in LESSON_KEYS:
            field = self.field(path)
            assert isinstance(field, QLineEdit)
            field.editingFinished.connect(self._on_lesson_key_editing_finished)

    def load(self, prep: Preparation) -> None:
        self._gate = (prep.context, prep.procedure)
        super().load(prep)

    def refresh(self) -> None:
        # the procedure matters only in the public context; its value is kept either way
        prep = self._prep
        public = prep is not None and prep.context is Context.PUBLIC
        for widget in (self._procedure, *self._public_fields):
            widget.setEnabled(public)
        self.verdict.show_for(prep)
        if not any(self.field(path).hasFocus() for path in LESSON_KEYS):
            self.earlier.show_for(prep)  # else once the field is left: nothing moves meanwhile
        self.portfolio.show_for(prep)
        gate = None if prep is None else (prep.context, prep.procedure)
        if gate != self._gate:
            self._gate = gate
            self.procedure_changed.emit()

    def _build_portfolio(self) -> None:
        form = self.group(self.tr("Portfolio position"))
        self.portfolio = PortfolioPanel(self.undo_stack, texts.hint_text)
        self.portfolio.edited.connect(self._on_portfolio_edited)
        form.addRow(self.portfolio)
        self.text(form, "portfolio.note", self.tr("What this means for the meeting"), 2)

    @Slot()
    def _on_lesson_key_editing_finished(self) -> None:
        self.earlier.show_for(self._prep)

    @Slot()
    def _on_portfolio_edited(self) -> None:
        self._on_binder_changed()  # a choice in a grid is an edit like any bound field's
