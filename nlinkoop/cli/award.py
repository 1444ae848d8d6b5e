"""`nlinkoop award`: the award simulation of one preparation, as aligned text or as JSON.

It shows what the "Wensen & gunning" tab shows: the award model, what one point is worth, who
would win among the sample tenders, each wish's worth and cost, and whether a wish changes the
winner (see docs/award-methods.md). The report is built once as the JSON object, with amounts
as exact strings ("30000.00"), and the text is written from that object, so both give the same
numbers.

The labels are in `award_labels`: English sources translated through the same catalogue as
the window (`nlinkoop.catalog`), so the Dutch lives in `resources/i18n/nlinkoop_nl.ts`.
"""

import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from nlinkoop.cli.award_labels import label
from nlinkoop.domain.award import (
    AwardMethod,
    LeftOut,
    PointValue,
    PriceFormula,
    Result,
    point_value,
    price_weight,
    sensitivity,
    simulate,
)
from nlinkoop.domain.common import one_line
from nlinkoop.domain.money import format_amount, format_euro
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.wishes import WISH_NAME_CHARACTERS, wish_worth

CENT = Decimal("0.01")

# The ranking's own columns per method, after rank, tender and price: each a JSON key and a label.
_RANKING = {
    AwardMethod.POINTS: ("price_points", "quality_points", "total"),
    AwardMethod.VALUE: ("quality_euros", "fictive_price"),
}
_EURO_COLUMNS = {"price", "quality_euros", "fictive_price"}


def empty_line(prep: Preparation, language: str) -> str | None:
    """The one line to print when there is nothing to simulate, or None."""
    award = prep.award
    title = clean(prep.title) or prep.id
    if not (award.criteria or award.tenders or award.price_points or award.reference_price):
        return label("no_model", language, title=title)
    if all(tender.price is None for tender in award.tenders):
        return label("no_tenders", language, title=title)
    return None


def report(prep: Preparation, language: str) -> dict[str, Any]:
    """The simulation as a JSON object: amounts and points as strings with two decimals.

    The keys are described in docs/award-methods.md ("award --json").

    Args:
        prep: a preparation whose award has at least one sample tender with a price.
        language: names unnamed tenders, criteria and wishes ("Tender 2", "Inschrijving 2"),
            and says why a tender is left out.
    """
    award = prep.award
    simulation = simulate(award)
    results = simulation.results
    tenders = _names(award.tenders, "tender_n", language)
    criteria = _names(award.criteria, "criterion_n", language)
    wishes = {
        w.id: one_line(clean(w.description), WISH_NAME_CHARACTERS)
        or label("wish_n", language, number=n)
        for n, w in enumerate(prep.wishes, start=1)
    }
    prices = [r.price for r in results]
    worth = None
    if award.method is AwardMethod.POINTS and prices:
        worth = point_value(award, min(prices), max(prices))
    checks = []
    for criterion in award.criteria:
        if criterion.wish_id not in wishes:
            continue
        check = sensitivity(award, criterion.id)
        checks.append(
            {
                "criterion_id": criterion.id,
                "criterion": criteria[criterion.id],
                "wish_id": criterion.wish_id,
                "wish": wishes[criterion.wish_id],
                "winner": _winner(check.winner, tenders),
                "winner_without": _winner(check.winner_without, tenders),
                "winners": [_winner(r, tenders) for r in check.winners],
                "winners_without": [_winner(r, tenders) for r in check.winners_without],
                "changes_winner": check.changes_winner,
                "extra_cost": plain(check.extra_cost),
            }
        )
    return {
        "id": prep.id,
        "title": prep.title,
        "method": award.method.value,
        "price_points": plain(award.price_points),
        "formula": award.formula.value,
        "reference_price": plain(award.reference_price),
        "criteria": [
            {
                "id": c.id,
                "name": criteria[c.id],
                "points": plain(c.points),
                "euro_value": plain(c.euro_value),
                "wish_id": c.wish_id,
                "wish": wishes.get(c.wish_id) if c.wish_id else None,
            }
            for c in award.criteria
        ],
        "point_value": None
        if worth is None
        else {
            "low": plain(worth.low),
            "high": plain(worth.high),
            "lowest_price": plain(min(prices)),
            "highest_price": plain(max(prices)),
        },
        "ranking": [_result(r, tenders[r.tender_id], award.method) for r in results],
        "left_out": [_left_out(item, tenders, language) for item in simulation.left_out],
        "wishes": [
            {
                "id": w.id,
                "name": wishes[w.id],
                "points": w.points,
                "euro_per_point": plain(w.euro_per_point),
                "worth": plain(
                    None
                    if w.points is None or w.euro_per_point is None
                    else wish_worth(w.points, w.euro_per_point)
                ),
                "cost_to_score": plain(w.cost_to_score),
                "price_weight": _weight(price_weight(award, w.id, worth)),
            }
            for w in prep.wishes
        ],
        "sensitivity": checks,
    }


def _result(result: Result, name: str, method: AwardMethod) -> dict[str, Any]:
    row = {"tender_id": result.tender_id, "tender": name, "price": plain(result.price)}
    row.update((key, plain(getattr(result, key))) for key in _RANKING[method])  # Result's names
    return {"rank": result.rank, "tie": result.tie, **row}


def _left_out(item: LeftOut, names: dict[str, str], language: str) -> dict[str, Any]:
    return {
        "tender_id": item.tender_id,
        "tender": names[item.tender_id],
        "price": plain(item.price),
        "reason": item.reason.value,
        "because": label(item.reason, language),
    }


def _weight(weight: PointValue | None) -> dict[str, str | None] | None:
    return None if weight is None else {"low": plain(weight.low), "high": plain(weight.high)}


def _winner(result: Result | None, names: dict[str, str]) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "tender_id": result.tender_id,
        "tender": names[result.tender_id],
        "price": plain(result.price),
    }


def _names(items: Sequence[Any], numbered: str, language: str) -> dict[str, str]:
    return {
        item.id: clean(item.name) or label(numbered, language, number=n)
        for n, item in enumerate(items, start=1)
    }


def clean(text: str) -> str:
    """One line without control or format characters, safe to print on a terminal."""
    kept = "".join(c for c in text if unicodedata.category(c) not in {"Cc", "Cf"} or c in "\t\n")
    return " ".join(kept.split())


def plain(value: Decimal | None) -> str | None:
    """An amount or points as "30000.00": exact, rounded half up to two decimals."""
    if value is None:
        return None
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    return str(rounded if rounded != 0 else abs(rounded))  # never "-0.00"


# --- Text -------------------------------------------------------------------------------------


def text(data: dict[str, Any], language: str) -> str:
    """The report as plain aligned text, amounts the Dutch way ("€ 1.250,00")."""
    lang = language
    lines = [clean(data["title"]) or data["id"], "", _model_line(data, lang), ""]
    lines.append(label("criteria", lang))
    header = ("criterion", "col_points", "col_euros", "wish")
    rows = [
        (
            c["name"],
            _points(c["points"]),
            _euro(c["euro_value"]),
            "-" if c["wish_id"] is None else c["wish"] or label("removed_wish", lang),
        )
        for c in data["criteria"]
    ]
    lines += _table([label(key, lang) for key in header], rows, right={1, 2})
    if data["method"] == AwardMethod.POINTS and data["ranking"]:
        lines += ["", _point_line(data["point_value"], lang)]
    columns = ("rank", "tender", "price", *_RANKING[AwardMethod(data["method"])])
    rows = [
        (_rank(r, lang), r["tender"], *(_amount(key, r[key]) for key in columns[2:]))
        for r in data["ranking"]
    ]
    headers = [label("price_points_col" if key == "price_points" else key, lang) for key in columns]
    lines += ["", label("ranking", lang)]
    lines += _table(headers, rows, right={0, *range(2, len(columns))})
    lines += [
        "  " + label("left_out", lang, tender=item["tender"], reason=item["because"])
        for item in data["left_out"]
    ]
    if data["wishes"]:
        lines += ["", label("wishes", lang)]
        lines += [f"  {w['name']}: {_wish_text(w, data['method'], lang)}" for w in data["wishes"]]
    checks = [check for check in data["sensitivity"] if check["winners"]]
    if checks:
        lines += ["", label("sensitivity", lang)]
        lines += [f"  {_sensitivity_text(check, lang)}" for check in checks]
    return "\n".join(lines)


def _rank(row: dict[str, Any], lang: str) -> str:
    return label("tie_rank", lang, rank=row["rank"]) if row["tie"] else str(row["rank"])


def _model_line(data: dict[str, Any], lang: str) -> str:
    if data["method"] == AwardMethod.VALUE:
        return f"{label('model', lang)}: {label('value', lang)}"
    points = data["price_points"]
    parts = [
        label("price_points", lang, points=_points(points))
        if points is not None
        else label("no_price_points", lang),
        label(data["formula"], lang),
    ]
    if data["formula"] == PriceFormula.LINEAR:
        reference = data["reference_price"]
        parts.append(
            label("reference", lang, euro=_euro(reference))
            if reference is not None
            else label("no_reference", lang)
        )
    return f"{label('model', lang)}: {label('points', lang)}; {', '.join(parts)}"


def _point_line(worth: dict[str, str] | None, lang: str) -> str:
    if worth is None:
        return label("point_none", lang)
    span = {"lowest": _euro(worth["lowest_price"]), "highest": _euro(worth["highest_price"])}
    if worth["low"] == worth["high"]:
        return label("point_same", lang, euro=_euro(worth["low"]), **span)
    return label("point_range", lang, low=_euro(worth["low"]), high=_euro(worth["high"]), **span)


def _wish_text(wish: dict[str, Any], method: str, lang: str) -> str:
    if wish["worth"] is None:
        worth = label("no_worth", lang)
    else:
        worth = label(
            "worth",
            lang,
            points=wish["points"],
            euro=_euro(wish["euro_per_point"]),
            worth=_euro(wish["worth"]),
        )
    cost = wish["cost_to_score"]
    costs = label("cost", lang, euro=_euro(cost)) if cost is not None else label("no_cost", lang)
    weight = wish["price_weight"]
    if weight is None:
        return f"{worth}; {costs}"
    if method == AwardMethod.VALUE:
        weighs = label("weight_value", lang, euro=_euro(weight["low"]))
    elif weight["low"] == weight["high"]:
        weighs = label("weight", lang, euro=_euro(weight["low"]))
    else:
        weighs = label("weight_range", lang, low=_euro(weight["low"]), high=_euro(weight["high"]))
    return f"{worth}; {costs}; {weighs}"


def _sensitivity_text(check: dict[str, Any], lang: str) -> str:
    common = {"wish": check["wish"], "criterion": check["criterion"]}
    winner, other = check["winner"], check["winner_without"]
    if winner is None or other is None:
        return _tie_text(check, lang, common)
    if not check["changes_winner"]:
        return label("unchanged", lang, winner=winner["tender"], **common)
    cost = Decimal(check["extra_cost"])
    if cost == 0:
        difference = label("same_price", lang)
    else:
        difference = label("more" if cost > 0 else "less", lang, euro=format_euro(abs(cost)))
    return label(
        "changes",
        lang,
        winner=winner["tender"],
        price=_euro(winner["price"]),
        other=other["tender"],
        other_price=_euro(other["price"]),
        difference=difference,
        **common,
    )


def _tie_text(check: dict[str, Any], lang: str, common: dict[str, str]) -> str:
    """First place is a tie with or without the wish: no winner, and no cost, is named."""
    winners, without = check["winners"], check["winners_without"]
    tenders, others = _listed(winners, lang), _listed(without, lang)
    if len(winners) > 1 and len(without) > 1:
        same = {w["tender_id"] for w in winners} == {w["tender_id"] for w in without}
        key = "tie_same" if same else "tie_both"
        return label(key, lang, tenders=tenders, others=others, **common)
    if len(winners) > 1:
        price = _euro(without[0]["price"])
        return label("tie_with", lang, tenders=tenders, other=others, other_price=price, **common)
    price = _euro(winners[0]["price"])
    return label("tie_without", lang, others=others, winner=tenders, price=price, **common)


def _listed(winners: list[dict[str, Any]], lang: str) -> str:
    """Tender names as a list: "A, B and C"."""
    names: list[str] = [w["tender"] for w in winners]
    if len(names) == 1:
        return names[0]
    return label("and", lang, names=", ".join(names[:-1]), last=names[-1])


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], right: set[int]) -> list[str]:
    """Columns two spaces apart, numbers aligned on the right, indented by two spaces."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return ("  " + "  ".join(cells)).rstrip()

    return [line(header), *(line(row) for row in rows)]


def _amount(key: str, amount: str | None) -> str:
    return _euro(amount) if key in _EURO_COLUMNS else _points(amount)


def _euro(amount: str | None) -> str:
    return "-" if amount is None else format_euro(Decimal(amount))


def _points(amount: str | None) -> str:
    return "-" if amount is None else format_amount(Decimal(amount))
