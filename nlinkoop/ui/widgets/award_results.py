"""What the award model means: what a point is worth, who would win, whether a wish decides it."""

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nlinkoop.domain.award import (
    Award,
    AwardMethod,
    LeftOut,
    LeftOutReason,
    Result,
    point_value,
    price_weight,
    sensitivity,
    simulate,
)
from nlinkoop.domain.money import format_euro
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.wishes import Wish, wish_name
from nlinkoop.ui.models.ranking_model import RankingTableModel
from nlinkoop.ui.widgets.award_chart import AwardChart
from nlinkoop.ui.widgets.wish_form import worth
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

# Why a sample tender is not in the ranking ("Left out: Nul Euro BV, because ...").
LEFT_OUT = {
    LeftOutReason.NO_PRICE: QT_TRANSLATE_NOOP("AwardResults", "it has no price yet"),
    LeftOutReason.NEGATIVE_PRICE: QT_TRANSLATE_NOOP("AwardResults", "its price is below € 0"),
    LeftOutReason.ZERO_PRICE_RELATIVE: QT_TRANSLATE_NOOP(
        "AwardResults", "the relative formula cannot score a price of € 0 (it divides by it)"
    ),
    LeftOutReason.ZERO_PRICE_NO_REFERENCE: QT_TRANSLATE_NOOP(
        "AwardResults",
        "the linear formula needs a reference price to score a price of € 0",
    ),
}


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _same(a: Decimal, b: Decimal) -> bool:
    return a.quantize(Decimal("0.01")) == b.quantize(Decimal("0.01"))


class AwardResults(QWidget):
    """The results of the award simulation on the sample tenders; `show_results()` recomputes.

    Args:
        parent: the Qt parent.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.point_value_label = _label(self, "point_value")
        self.wish_costs_label = _label(self, "wish_costs")
        self.left_out_label = _label(self, "left_out")
        self.ranking_model = RankingTableModel(self)
        self.ranking_table = QTableView(self)
        self.ranking_table.setObjectName("ranking")
        self.ranking_table.setAccessibleName(self.tr("Ranking of the sample tenders"))
        self.ranking_table.setModel(self.ranking_model)
        self.ranking_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ranking_table.setTabKeyNavigation(False)
        self.ranking_table.verticalHeader().hide()
        header = self.ranking_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ranking_model.modelReset.connect(self._on_ranking_model_model_reset)
        self.chart = AwardChart(self)
        self.sensitivity_label = _label(self, "sensitivity")
        for widget in (
            self.point_value_label,
            self.wish_costs_label,
            self.ranking_table,
            self.left_out_label,
            self.chart,
            self.sensitivity_label,
        ):
            layout.addWidget(widget)

    def show_results(self, prep: Preparation) -> None:
        """Recompute everything from the preparation's wishes and award model."""
        award = prep.award
        simulation = simulate(award)
        names = tender_names(award, self.tr("Tender {number}"))
        results = [replace(r, name=names[r.tender_id]) for r in simulation.results]
        self.ranking_model.set_results(results, award.method)
        self.chart.set_results(results, award.method)
        self.left_out_label.setText("\n".join(self._left_out_lines(simulation.left_out, names)))
        self.left_out_label.setVisible(bool(self.left_out_label.text()))
        prices = [r.price for r in results]
        self.point_value_label.setText(self._point_value_text(award, prices))
        self.wish_costs_label.setText("\n".join(self._wish_cost_lines(prep, prices)))
        self.wish_costs_label.setVisible(bool(self.wish_costs_label.text()))
        self.sensitivity_label.setText("\n".join(self._sensitivity_lines(prep, names)))
        self.sensitivity_label.setVisible(bool(self.sensitivity_label.text()))

    @Slot()
    def _on_ranking_model_model_reset(self) -> None:
        # the tender's name takes the room that is left; the numbers fit their contents
        header = self.ranking_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if header.count() > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def wish_name(self, prep: Preparation, wish: Wish) -> str:
        """A wish named by its (shortened) description, or "Wish 2" by its place."""
        number = next(n for n, w in enumerate(prep.wishes, start=1) if w is wish)
        return wish_name(wish) or self.tr("Wish {number}").format(number=number)

    def _point_value_text(self, award: Award, prices: list[Decimal]) -> str:
        if award.method is AwardMethod.VALUE:
            return self.tr(
                "Gunnen op Waarde: each criterion is worth its own amount in euros, and a "
                "tender's fictive price is its price minus what it scored."
            )
        if not award.price_points:
            return self.tr("Enter the price points to see what one point is worth.")
        value = point_value(award, min(prices), max(prices)) if prices else None
        if value is None:
            return self.tr("Enter sample tenders with a price to see what one point is worth.")
        if _same(value.low, value.high):
            return self.tr("1 point is worth {euro}.").format(euro=format_euro(value.low))
        return self.tr(
            "1 point is worth {low} to {high}, from the lowest to the highest sample price."
        ).format(low=format_euro(value.low), high=format_euro(value.high))

    def _left_out_lines(self, left_out: list[LeftOut], names: dict[str, str]) -> list[str]:
        text = self.tr("Left out: {tender}, because {reason}.")
        return [
            text.format(tender=names[item.tender_id], reason=self.tr(LEFT_OUT[item.reason]))
            for item in left_out
        ]

    def _wish_cost_lines(self, prep: Preparation, prices: list[Decimal]) -> list[str]:
        """What the criteria that score each wish weigh in price, next to what we value it at."""
        award = prep.award
        lines = []
        value = point_value(award, min(prices), max(prices)) if prices else None
        for wish in prep.wishes:
            weight = price_weight(award, wish.id, value)
            if weight is None:
                continue  # no criterion scores it, or a point has no euro value yet
            name, valued = self.wish_name(prep, wish), worth(wish)
            if award.method is AwardMethod.VALUE:
                line = self.tr("{wish}: scoring on it takes up to {euros} off the price.")
                line = line.format(wish=name, euros=format_euro(weight.low))
            elif _same(weight.low, weight.high):
                line = self.tr(
                    "{wish}: scoring fully on it weighs as much as a price difference of {euros}."
                ).format(wish=name, euros=format_euro(weight.low))
            else:
                line = self.tr(
                    "{wish}: scoring fully on it weighs as much as a price difference of {low} "
                    "to {high}."
                ).format(wish=name, low=format_euro(weight.low), high=format_euro(weight.high))
            if valued is not None:
                line += " " + self.tr("We value it at {worth}.").format(worth=format_euro(valued))
            lines.append(line)
        return lines

    def _sensitivity_lines(self, prep: Preparation, names: dict[str, str]) -> list[str]:
        award = prep.award
        wishes = {w.id: w for w in prep.wishes}
        lines = []
        for criterion in award.criteria:
            wish = wishes.get(criterion.wish_id or "")
            if wish is None:
                continue
            found = sensitivity(award, criterion.id)
            if not found.winners or not found.winners_without:
                continue
            name = self.wish_name(prep, wish)
            if found.winner is None or found.winner_without is None:
                lines.append(self._tie_line(name, found.winners, found.winners_without, names))
                continue
            if not found.changes_winner:
                lines.append(
                    self.tr("{wish}: the wish does not change the winner.").format(wish=name)
                )
                continue
            other = names[found.winner_without.tender_id]
            cost = found.extra_cost or Decimal(0)
            if cost > 0:
                text = self.tr(
                    "{wish}: without this wish {tender} wins; with the wish it costs {euros} more."
                )
            elif cost < 0:
                text = self.tr(
                    "{wish}: without this wish {tender} wins; with the wish it costs {euros} less."
                )
            else:
                text = self.tr("{wish}: without this wish {tender} wins, at the same price.")
            lines.append(text.format(wish=name, tender=other, euros=format_euro(abs(cost))))
        return lines

    def _tie_line(
        self,
        wish: str,
        winners: tuple[Result, ...],
        without: tuple[Result, ...],
        names: dict[str, str],
    ) -> str:
        """The check when first place is a tie with or without the wish: no winner is named."""
        tied, tied_without = self._names(winners, names), self._names(without, names)
        if len(winners) > 1 and len(without) > 1:
            if {r.tender_id for r in winners} == {r.tender_id for r in without}:
                text = self.tr("{wish}: a tie between {tenders}, with and without the wish.")
            else:
                text = self.tr(
                    "{wish}: with the wish a tie between {tenders}; without it a tie between "
                    "{others}."
                )
            return text.format(wish=wish, tenders=tied, others=tied_without)
        if len(winners) > 1:
            text = self.tr(
                "{wish}: with the wish a tie between {tenders}; without it {tender} wins."
            )
            return text.format(wish=wish, tenders=tied, tender=tied_without)
        text = self.tr("{wish}: without this wish a tie between {tenders}; with it {tender} wins.")
        return text.format(wish=wish, tenders=tied_without, tender=tied)

    def _names(self, results: tuple[Result, ...], names: dict[str, str]) -> str:
        """Tender names as a list: "A, B and C"."""
        shown = [names[r.tender_id] for r in results]
        if len(shown) == 1:
            return shown[0]
        return self.tr("{names} and {last}").format(names=", ".join(shown[:-1]), last=shown[-1])


def tender_names(award: Award, default: str) -> dict[str, str]:
    """Each sample tender's name, or `default` with its place in the list ("Tender 2")."""
    return {
        t.id: t.name.strip() or default.format(number=n)
        for n, t in enumerate(award.tenders, start=1)
    }
