"""The Wensen & gunning tab: temper the wishes, price their points and try the award model."""

from decimal import Decimal
from functools import partial

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
)

from nlinkoop.domain.award import AwardCriterion, AwardMethod, PriceFormula, SampleTender
from nlinkoop.domain.common import one_line
from nlinkoop.domain.completeness import Section
from nlinkoop.domain.hints import HintCode, hints
from nlinkoop.domain.money import parse_euro
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.wishes import WISH_NAME_CHARACTERS, Wish
from nlinkoop.ui.binding import FieldBinder, Label
from nlinkoop.ui.models.list_model import Column, Kind, ListTableModel, format_percent
from nlinkoop.ui.models.score_model import ScoreTableModel
from nlinkoop.ui.tabs import texts
from nlinkoop.ui.tabs.base import PreparationTab
from nlinkoop.ui.tabs.texts import QT_TRANSLATE_NOOP, hint_text
from nlinkoop.ui.undo import UndoKeys
from nlinkoop.ui.widgets.amount_delegate import AmountDelegate
from nlinkoop.ui.widgets.award_results import AwardResults
from nlinkoop.ui.widgets.cell_table import CellTable
from nlinkoop.ui.widgets.table_fitter import TableFitter
from nlinkoop.ui.widgets.wish_form import WishForm, worth

C = "TabTexts"
ZERO = Decimal(0)
NO_WISH = QT_TRANSLATE_NOOP("TabTexts", "No wish")
WISH_COLUMNS = (
    Column("description", QT_TRANSLATE_NOOP("TabTexts", "Wish"), context=C),
    Column("points", QT_TRANSLATE_NOOP("TabTexts", "Points"), Kind.INT, context=C),
    Column(
        "euro_per_point",
        QT_TRANSLATE_NOOP("TabTexts", "Euros per point"),
        Kind.EURO,
        context=C,
        minimum=ZERO,
    ),
    Column("worth", QT_TRANSLATE_NOOP("TabTexts", "Worth"), Kind.EURO, context=C, compute=worth),
    Column(
        "cost_to_score",
        QT_TRANSLATE_NOOP("TabTexts", "Cost to score"),
        Kind.EURO,
        context=C,
        minimum=ZERO,
    ),
    Column("carried_over", QT_TRANSLATE_NOOP("TabTexts", "Carried over"), Kind.BOOL, context=C),
    Column("worth_it", QT_TRANSLATE_NOOP("TabTexts", "Worth it?"), Kind.CHOICE, texts.WORTH_IT, C),
)
TENDER_COLUMNS = (
    Column("name", QT_TRANSLATE_NOOP("TabTexts", "Sample tender"), context=C),
    Column(
        "price",
        QT_TRANSLATE_NOOP("TabTexts", "Price over the whole term"),
        Kind.EURO,
        context=C,
        minimum=ZERO,
    ),
)
WISH_HINTS = frozenset(
    {
        HintCode.WISH_NOT_SUBSTANTIATED,
        HintCode.WISH_CARRIED_OVER,
        HintCode.POINTS_WITHOUT_EURO,
        HintCode.CERTIFICATE_IN_AWARD,  # names a wish or an award criterion
    }
)


def parse_points(text: str) -> Decimal | None:
    """A number of points typed the Dutch way ("40", "12,5"); empty is None.

    Raises:
        ValueError: not a number, or less than zero.
    """
    value = parse_euro(text)
    if value is not None and value < 0:
        raise ValueError("points cannot be negative")
    return value


class PointsBinder(FieldBinder):
    """A binder that also reads a number of points into a `Decimal | None` ("40", "12,5")."""

    def points_edit(self, widget: QLineEdit, path: str, label: Label = None) -> None:
        """Bind a line edit to a number of points; empty is None."""
        widget.setPlaceholderText("0")
        widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        message = QCoreApplication.translate("WishesTab", "Enter a number such as 40 or 12,5")
        self._parsed(widget, path, label, parse_points, _points_or_empty, message)


def _points_or_empty(value: Decimal | None) -> str:
    return "" if value is None else format_percent(value)


class WishesTab(PreparationTab):
    """Wensen & gunning: at most one wish, its worth in euros, and who it would make win.

    Signals:
        changed: the user edited something in the tab, or undo/redo changed it.
    """

    SECTION = Section.WISHES
    HINT_CODES = frozenset({HintCode.MORE_THAN_ONE_WISH} | WISH_HINTS)

    @classmethod
    def step_title(cls) -> str:
        return QCoreApplication.translate("WishesTab", "Wishes & award")

    def guidance_text(self) -> str:
        return self.tr(
            "A tender is not a wish list. Keep at most one wish, and ask for an achievable 6, "
            "not an elusive 7.5. Put a price on points: which point are we willing to pay for, "
            "and what is the score worth in euros? Stop wishes that were only carried over from "
            "an earlier tender. Then try the award model on a few sample tenders: does the wish "
            "change who wins, and what does that cost?"
        )

    def build(self) -> None:
        self._messages: dict[tuple[int, object], str] = {}  # per message line and source
        self._points_binder = PointsBinder(self.undo_stack, self)
        self._points_binder.changed.connect(self._on_points_binder_changed)
        amount = self.tr("Enter an amount such as 1.250,50")

        form = self.group(self.tr("Wishes"))
        self.commercial_note = self.note(
            form,
            self.tr(
                "This preparation is commercial. Wishes and an award model belong to a public "
                "tender; there is nothing to fill in here unless you prepare one."
            ),
        )
        self.wishes_editor = self.list_editor(
            form, "wishes", self.tr("Wishes (keep at most one)"), WISH_COLUMNS, Wish, rows=2
        )
        self.wishes_message = self._message_line(form)
        self._check_cells(self.wishes_editor.table, self.wishes_message, amount)
        self.wishes_editor.table.selectionModel().currentRowChanged.connect(
            self._on_wishes_current_row_changed
        )
        self.wish_form = WishForm(self.undo_stack, self._content)
        self.wish_form.changed.connect(self._on_wish_form_changed)
        form.addRow(self.wish_form)

        form = self.group(self.tr("Award model"))
        self.combo(form, "award.method", self.tr("Award method"), texts.AWARD_METHODS)
        self._price_points = QLineEdit()
        self._price_points.setMaximumWidth(
            self._price_points.fontMetrics().horizontalAdvance("0") * 10 + 24
        )
        label = QLabel(self.tr("Price points"))
        form.addRow(label, self._price_points)
        self._points_binder.points_edit(self._price_points, "award.price_points", label)
        self._formula = self.combo(
            form, "award.formula", self.tr("Price formula"), texts.PRICE_FORMULAS
        )
        self._reference = self.parsed(
            self.binder.euro_edit,
            form,
            "award.reference_price",
            self.tr("Reference price (no price points)"),
            "€ 000.000.000,00",
        )
        self._reference.setPlaceholderText(self.tr("2 × lowest"))  # what an empty one means
        self.award_message = self._message_line(form)
        for binder in (self.binder, self._points_binder):
            binder.input_error.connect(self._on_binder_input_error)
        self._wish_choices: list[tuple[str, object]] = [(NO_WISH, None)]
        criteria = self.list_editor(
            form,
            "award.criteria",
            self.tr("Quality criteria"),
            (
                Column("name", QT_TRANSLATE_NOOP("TabTexts", "Award criterion"), context=C),
                Column(
                    "points",
                    QT_TRANSLATE_NOOP("TabTexts", "Points"),
                    Kind.NUMBER,
                    context=C,
                    minimum=ZERO,
                ),
                Column(
                    "euro_value",
                    QT_TRANSLATE_NOOP("TabTexts", "Value in euros"),
                    Kind.EURO,
                    context=C,
                    minimum=ZERO,
                ),
                Column(
                    "wish_id",
                    QT_TRANSLATE_NOOP("TabTexts", "Scores the wish"),
                    Kind.CHOICE,
                    self._wish_choices,
                    C,
                    translate_choices=False,
                ),
            ),
            AwardCriterion,
            rows=2,
        )
        self._criteria_model = criteria.model
        self._criteria_table = criteria.table
        self._check_cells(criteria.table, self.award_message, amount)

        form = self.group(self.tr("Sample tenders"))
        self.note(
            form,
            self.tr(
                "Enter a few tenders you expect, with their prices over the whole contract term, "
                "and what each would score on each criterion."
            ),
        )
        tenders = self.list_editor(
            form, "award.tenders", self.tr("Sample tenders"), TENDER_COLUMNS, SampleTender, rows=3
        )
        self.tenders_message = self._message_line(form)
        self._check_cells(tenders.table, self.tenders_message, amount)
        self.scores_model = ScoreTableModel(self.undo_stack, self)
        self.scores_model.scores_edited.connect(self._on_scores_model_scores_edited)
        self.scores_table = self._score_table(form)

        form = self.group(self.tr("What the award model means"))
        self.results = AwardResults(self._content)
        TableFitter(self.results.ranking_table, 3)
        form.addRow(self.results)

    def load(self, prep: Preparation) -> None:
        self.scores_model.set_award(prep.award)
        self._points_binder.load(prep)
        super().load(prep)
        self._show_wish(0)
        if prep.wishes:
            self.wishes_editor.table.selectRow(0)

    def reshow(self) -> None:
        self._points_binder.show_values()
        super().reshow()

    def hint_texts(self) -> list[str]:
        """The wish hints name their wish or criterion ("Vaste schoonmakers: not ...")."""
        prep = self._prep
        if prep is None:
            return []
        names = {w.id: self.results.wish_name(prep, w) for w in prep.wishes}
        # as the score grid names an unnamed criterion
        unnamed = QCoreApplication.translate("ScoreTableModel", "Criterion {number}")
        for number, criterion in enumerate(prep.award.criteria, start=1):
            names[criterion.id] = one_line(criterion.name, WISH_NAME_CHARACTERS) or (
                unnamed.format(number=number)
            )
        found = []
        for hint in hints(prep):
            if hint.code not in self.HINT_CODES:
                continue
            text = hint_text(hint)
            if hint.code in WISH_HINTS and hint.subject in names:
                text = self.tr("{wish}: {hint}").format(wish=names[hint.subject], hint=text)
            found.append(text)
        return found

    def refresh(self) -> None:
        prep = self._prep
        if prep is None:
            return
        self.commercial_note.setVisible(prep.context is Context.COMMERCIAL)
        points = prep.award.method is AwardMethod.POINTS
        self._price_points.setEnabled(points)
        self._formula.setEnabled(points)
        self._reference.setEnabled(points and prep.award.formula is PriceFormula.LINEAR)
        self._criteria_table.setColumnHidden(1, not points)  # points, or euros (value)
        self._criteria_table.setColumnHidden(2, points)
        self._update_wish_choices(prep)
        self.scores_model.sync()
        shown = self.wish_form.wish
        if shown is None or not any(w is shown for w in prep.wishes):
            self._show_wish(self.wishes_editor.table.currentIndex().row())
        else:
            self.wish_form.number = next(n for n, w in enumerate(prep.wishes, 1) if w is shown)
            self.wish_form.refresh()
        self.results.show_results(prep)

    # -- parts --------------------------------------------------------------------------------

    def _message_line(self, form: QFormLayout) -> QLabel:
        """A one-line message about input that could not be read; hidden when all is well."""
        line = QLabel()
        line.setWordWrap(True)
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.hide()
        form.addRow(line)
        return line

    def _check_cells(self, table: QTableView, line: QLabel, amount: str) -> None:
        """Edit the number and amount cells with a delegate that keeps unreadable text."""
        model = table.model()
        assert isinstance(model, ListTableModel)
        for number, column in enumerate(model.columns):
            if column.kind is Kind.EURO:
                hint = amount
            elif column.kind is Kind.NUMBER:
                hint = self.tr("Enter a number such as 40 or 12,5")
            elif column.kind is Kind.INT:
                hint = self.tr("Enter a whole number such as 10")
            else:
                continue
            delegate = AmountDelegate(hint, table)
            delegate.input_error.connect(partial(self._on_delegate_input_error, line, delegate))
            table.setItemDelegateForColumn(number, delegate)

    def _score_table(self, form: QFormLayout) -> QTableView:
        table = CellTable()
        table.empty_text = self.tr("Add sample tenders and criteria to score them here.")
        table.setObjectName("award.scores")
        text = self.tr("Scores in percent of each criterion's maximum")
        table.setAccessibleName(text)
        table.setModel(self.scores_model)
        table.setWordWrap(True)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        delegate = AmountDelegate(self.tr("Enter a percentage from 0 to 100, such as 62,5"), table)
        delegate.input_error.connect(
            partial(self._on_delegate_input_error, self.tenders_message, delegate)
        )
        table.setItemDelegate(delegate)
        UndoKeys(self.undo_stack, table).watch(table)
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(table)
        TableFitter(table, 3)
        form.addRow(label)
        form.addRow(table)
        return table

    def _update_wish_choices(self, prep: Preparation) -> None:
        """Let the criteria link to the wishes as they are named now (and to a removed one)."""
        choices: list[tuple[str, object]] = [(texts.label(NO_WISH), None)]
        choices += [(self.results.wish_name(prep, w), w.id) for w in prep.wishes]
        known = {w.id for w in prep.wishes}
        for criterion in prep.award.criteria:
            if criterion.wish_id is not None and criterion.wish_id not in known:
                choices.append((self.tr("A removed wish"), criterion.wish_id))
                known.add(criterion.wish_id)
        if choices != self._wish_choices:
            self._wish_choices[:] = choices  # the column holds this very list
            model = self._criteria_model
            if model.rowCount():
                last = model.columnCount() - 1
                model.dataChanged.emit(
                    model.index(0, last), model.index(model.rowCount() - 1, last)
                )

    def _show_wish(self, row: int) -> None:
        wishes = self._prep.wishes if self._prep is not None else []
        if 0 <= row < len(wishes):
            self.wish_form.show_wish(wishes[row], row + 1)
        else:
            self.wish_form.show_wish(None)

    def _show_message(self, line: QLabel, source: object, message: str) -> None:
        self._messages[(id(line), source)] = message
        shown = [text for (key, _s), text in self._messages.items() if key == id(line) and text]
        line.setText(shown[-1] if shown else "")
        line.setVisible(bool(shown))

    # -- slots --------------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_wishes_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_wish(current.row())

    @Slot()
    def _on_wish_form_changed(self) -> None:
        self._on_binder_changed()

    @Slot()
    def _on_points_binder_changed(self) -> None:
        self._on_binder_changed()

    @Slot()
    def _on_scores_model_scores_edited(self) -> None:
        self._on_model_rows_edited()

    @Slot(str, str)
    def _on_binder_input_error(self, path: str, message: str) -> None:
        self._show_message(self.award_message, path, message)

    @Slot(QLabel, AmountDelegate, str)
    def _on_delegate_input_error(
        self, line: QLabel, delegate: AmountDelegate, message: str
    ) -> None:
        self._show_message(line, id(delegate), message)
