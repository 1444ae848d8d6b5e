"""The texts of `nlinkoop award`: English sources, translated in the context AwardReport.

They go through the same catalogue as the window (`nlinkoop.catalog`), so the Dutch lives in
`resources/i18n/nlinkoop_nl.ts`. A key is a short name, or a `LeftOutReason` for why a sample
tender is not ranked.
"""

from nlinkoop.catalog import translator
from nlinkoop.domain.award import LeftOutReason
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

LABELS: dict[str, str] = {  # key: English source, translated in the context AwardReport
    "no_model": QT_TRANSLATE_NOOP("AwardReport", "{title}: no award model filled in."),
    "no_tenders": QT_TRANSLATE_NOOP("AwardReport", "{title}: no sample tenders with a price."),
    "model": QT_TRANSLATE_NOOP("AwardReport", "Award model"),
    "points": QT_TRANSLATE_NOOP("AwardReport", "points"),
    "value": QT_TRANSLATE_NOOP(
        "AwardReport",
        "Gunnen op Waarde (quality in euros off the price; the lowest fictive price wins)",
    ),
    "price_points": QT_TRANSLATE_NOOP("AwardReport", "{points} price points"),
    "no_price_points": QT_TRANSLATE_NOOP("AwardReport", "no price points"),
    "relative": QT_TRANSLATE_NOOP("AwardReport", "relative price formula"),
    "linear": QT_TRANSLATE_NOOP("AwardReport", "linear price formula"),
    "reference": QT_TRANSLATE_NOOP("AwardReport", "reference price {euro}"),
    "no_reference": QT_TRANSLATE_NOOP("AwardReport", "no reference price (twice the lowest price)"),
    "criteria": QT_TRANSLATE_NOOP("AwardReport", "Quality criteria"),
    "criterion": QT_TRANSLATE_NOOP("AwardReport", "Criterion"),
    "criterion_n": QT_TRANSLATE_NOOP("AwardReport", "Criterion {number}"),
    "col_points": QT_TRANSLATE_NOOP("AwardReport", "Points"),
    "col_euros": QT_TRANSLATE_NOOP("AwardReport", "Euro value"),
    "wish": QT_TRANSLATE_NOOP("AwardReport", "Wish"),
    "wish_n": QT_TRANSLATE_NOOP("AwardReport", "Wish {number}"),
    "removed_wish": QT_TRANSLATE_NOOP("AwardReport", "(removed wish)"),
    "point_same": QT_TRANSLATE_NOOP(
        "AwardReport", "1 point is worth {euro} (sample prices {lowest} to {highest})."
    ),
    "point_range": QT_TRANSLATE_NOOP(
        "AwardReport",
        "1 point is worth {low} at the lowest price to {high} at the highest "
        "(sample prices {lowest} to {highest}).",
    ),
    "point_none": QT_TRANSLATE_NOOP(
        "AwardReport", "Enter the price points to see what one point is worth."
    ),
    "ranking": QT_TRANSLATE_NOOP("AwardReport", "Ranking"),
    "rank": QT_TRANSLATE_NOOP("AwardReport", "Rank"),
    "tender": QT_TRANSLATE_NOOP("AwardReport", "Tender"),
    "tender_n": QT_TRANSLATE_NOOP("AwardReport", "Tender {number}"),
    "price": QT_TRANSLATE_NOOP("AwardReport", "Price"),
    "price_points_col": QT_TRANSLATE_NOOP("AwardReport", "Price points"),
    "quality_points": QT_TRANSLATE_NOOP("AwardReport", "Quality points"),
    "total": QT_TRANSLATE_NOOP("AwardReport", "Total"),
    "quality_euros": QT_TRANSLATE_NOOP("AwardReport", "Scored on quality"),
    "fictive_price": QT_TRANSLATE_NOOP("AwardReport", "Fictive price"),
    "wishes": QT_TRANSLATE_NOOP("AwardReport", "Wishes (amounts over the whole term)"),
    "worth": QT_TRANSLATE_NOOP("AwardReport", "{points} × {euro} per point = {worth}"),
    "no_worth": QT_TRANSLATE_NOOP("AwardReport", "points or euro per point not filled in"),
    "cost": QT_TRANSLATE_NOOP("AwardReport", "cost to score {euro}"),
    "no_cost": QT_TRANSLATE_NOOP("AwardReport", "cost to score not filled in"),
    "sensitivity": QT_TRANSLATE_NOOP("AwardReport", "Does the wish change the winner?"),
    "changes": QT_TRANSLATE_NOOP(
        "AwardReport",
        "{wish} ({criterion}): with the wish {winner} wins ({price}), without it {other} "
        "({other_price}): {difference}.",
    ),
    "more": QT_TRANSLATE_NOOP("AwardReport", "{euro} more"),
    "less": QT_TRANSLATE_NOOP("AwardReport", "{euro} less"),
    "same_price": QT_TRANSLATE_NOOP("AwardReport", "at the same price"),
    "unchanged": QT_TRANSLATE_NOOP(
        "AwardReport",
        "{wish} ({criterion}): {winner} wins with and without the wish; no extra cost.",
    ),
    "tie_rank": QT_TRANSLATE_NOOP("AwardReport", "{rank} (tie)"),
    "left_out": QT_TRANSLATE_NOOP("AwardReport", "Left out: {tender}, because {reason}."),
    LeftOutReason.NO_PRICE: QT_TRANSLATE_NOOP("AwardReport", "it has no price yet"),
    LeftOutReason.NEGATIVE_PRICE: QT_TRANSLATE_NOOP("AwardReport", "its price is below € 0"),
    LeftOutReason.ZERO_PRICE_RELATIVE: QT_TRANSLATE_NOOP(
        "AwardReport", "the relative formula cannot score a price of € 0 (it divides by it)"
    ),
    LeftOutReason.ZERO_PRICE_NO_REFERENCE: QT_TRANSLATE_NOOP(
        "AwardReport", "the linear formula needs a reference price to score a price of € 0"
    ),
    "weight": QT_TRANSLATE_NOOP(
        "AwardReport", "scoring fully on it weighs as much as a price difference of {euro}"
    ),
    "weight_range": QT_TRANSLATE_NOOP(
        "AwardReport",
        "scoring fully on it weighs as much as a price difference of {low} to {high}",
    ),
    "weight_value": QT_TRANSLATE_NOOP(
        "AwardReport", "scoring on it takes up to {euro} off the price"
    ),
    "tie_same": QT_TRANSLATE_NOOP(
        "AwardReport", "{wish} ({criterion}): a tie between {tenders}, with and without the wish."
    ),
    "tie_both": QT_TRANSLATE_NOOP(
        "AwardReport",
        "{wish} ({criterion}): with the wish a tie between {tenders}; without it a tie between "
        "{others}.",
    ),
    "tie_with": QT_TRANSLATE_NOOP(
        "AwardReport",
        "{wish} ({criterion}): with the wish a tie between {tenders}; without it {other} wins "
        "({other_price}).",
    ),
    "tie_without": QT_TRANSLATE_NOOP(
        "AwardReport",
        "{wish} ({criterion}): without the wish a tie between {others}; with it {winner} wins "
        "({price}).",
    ),
    "and": QT_TRANSLATE_NOOP("AwardReport", "{names} and {last}"),
}


def label(key: str, language: str, **values: object) -> str:
    """The label `key` in `language` ("nl" or "en"), with the values filled in."""
    return translator(language)("AwardReport", LABELS[key]).format(**values)
