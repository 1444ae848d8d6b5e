"""`gate.answer`: the verdict, the value checks and the articles, worked out by hand.

Every expectation here is written out: the thresholds of Delegated Regulations (EU) 2025/2150-2152
(docs: field-notes.md), the amount as a buyer reads it, and the sentence the gate says. The
threshold check is run for every procedure × value band × buyer × kind; a band is just below,
exactly at and just above the threshold that applies ("gelijk aan of groter dan" is above).
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from nlinkoop.domain.gate import Check, GateAnswer, Level, answer
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure

TODAY = dt.date(2026, 12, 7)
S, W, SOC = ContractKind.SUPPLIES_SERVICES, ContractKind.WORKS, ContractKind.SOCIAL_SERVICES
CENTRAL, OTHER, UTILITY = Authority.CENTRAL, Authority.OTHER, Authority.UTILITY
KINDS = [S, W, SOC, None]
AUTHORITIES = [CENTRAL, OTHER, UTILITY, None]

NATIONAL = [
    Procedure.OPEN_NATIONAL,
    Procedure.RESTRICTED_NATIONAL,
    Procedure.MULTIPLE_PRIVATE,
    Procedure.SINGLE_PRIVATE,
]
EUROPEAN = [
    Procedure.OPEN_EUROPEAN,
    Procedure.RESTRICTED_EUROPEAN,
    Procedure.COMPETITIVE_WITH_NEGOTIATION,
    Procedure.COMPETITIVE_DIALOGUE,
    Procedure.INNOVATION_PARTNERSHIP,
    Procedure.NEGOTIATED_WITHOUT_NOTICE,
]
RUNNING = [
    Procedure.OPTION_OR_EXTENSION,
    Procedure.CONTRACT_CHANGE,
    Procedure.CALL_OFF_SINGLE,
    Procedure.CALL_OFF_MULTIPLE,
]

VERDICT = {  # the verdict when no check blocks: (symbol, Dutch, English)
    Procedure.OPEN_EUROPEAN: ("✗", "Nee, alleen verduidelijken", "No, only clarification"),
    Procedure.RESTRICTED_EUROPEAN: ("✗", "Nee, alleen verduidelijken", "No, only clarification"),
    Procedure.OPEN_NATIONAL: ("✗", "Nee, alleen verduidelijken", "No, only clarification"),
    Procedure.RESTRICTED_NATIONAL: ("✗", "Nee, alleen verduidelijken", "No, only clarification"),
    Procedure.COMPETITIVE_WITH_NEGOTIATION: ("✓", "Ja", "Yes"),
    Procedure.COMPETITIVE_DIALOGUE: ("◐", "Beperkt", "Limited"),
    Procedure.INNOVATION_PARTNERSHIP: ("✓", "Ja", "Yes"),
    Procedure.NEGOTIATED_WITHOUT_NOTICE: ("✓", "Ja", "Yes"),
    Procedure.CONCESSION: ("✓", "Ja", "Yes"),
    Procedure.MULTIPLE_PRIVATE: (
        "?",
        "Hangt af van je eigen inkoopbeleid",
        "Depends on your own procurement policy",
    ),
    Procedure.SINGLE_PRIVATE: ("✓", "Ja", "Yes"),
    Procedure.OPTION_OR_EXTENSION: ("◐", "Beperkt", "Limited"),
    Procedure.CONTRACT_CHANGE: ("◐", "Beperkt", "Limited"),
    Procedure.CALL_OFF_SINGLE: ("◐", "Beperkt", "Limited"),
    Procedure.CALL_OFF_MULTIPLE: ("◐", "Beperkt", "Limited"),
}

# What the gate calls each threshold (the data file's `what`, before any "(", first letter small).
WHAT = {
    "supplies central": (
        "leveringen en diensten, de Staat",
        "supplies and services, central government",
    ),
    "supplies other": (
        "leveringen en diensten, andere aanbestedende diensten",
        "supplies and services, other contracting authorities",
    ),
    "works": ("werken", "works"),
    # several amounts may apply, and all give the same answer: the sentence says for what
    "supplies anyone": (
        "leveringen en diensten, wie ook inkoopt",
        "supplies and services, whoever buys",
    ),
    "social anyone": (
        "sociale en andere specifieke diensten, wie ook inkoopt",
        "social and other specific services, whoever buys",
    ),
    "anything": ("wat je ook inkoopt", "whatever you buy"),
    "anything anyone": ("wat en voor wie je ook inkoopt", "whatever is bought, by whoever"),
    "utility works": ("speciale sectoren: werken", "utilities: works"),
    "social": ("sociale en andere specifieke diensten", "social and other specific services"),
    "utility supplies": (
        "speciale sectoren: leveringen en diensten",
        "utilities: supplies and services",
    ),
    "utility social": (
        "speciale sectoren: sociale en andere specifieke diensten",
        "utilities: social and other specific services",
    ),
}

# The one threshold for each kind and buyer, 2026-2027.
THRESHOLD = {
    (S, CENTRAL): (140_000, "supplies central"),
    (S, OTHER): (216_000, "supplies other"),
    (S, UTILITY): (432_000, "utility supplies"),
    (W, CENTRAL): (5_404_000, "works"),
    (W, OTHER): (5_404_000, "works"),
    (W, UTILITY): (5_404_000, "utility works"),
    (SOC, CENTRAL): (750_000, "social"),
    (SOC, OTHER): (750_000, "social"),
    (SOC, UTILITY): (1_000_000, "utility social"),
}

ASK_BOTH = ("wat je inkoopt en wie inkoopt", "what you buy and who buys")
ASK_KIND = ("wat je inkoopt", "what you buy")
ASK_WHO = ("wie inkoopt", "who buys")

RUNNING_CONTRACT = {  # the situations of a contract already awarded: no threshold to weigh
    Procedure.OPTION_OR_EXTENSION,
    Procedure.CONTRACT_CHANGE,
    Procedure.CALL_OFF_SINGLE,
    Procedure.CALL_OFF_MULTIPLE,
}


@dataclass(frozen=True)
class Outcome:
    """What the threshold check says: above or below one threshold, or between two."""

    side: str  # "above", "below", "between"
    threshold: str = ""  # a key of WHAT, for above and below
    amount: int = 0  # for above and below
    low: int = 0  # for between
    high: int = 0
    ask: tuple[str, str] = ("", "")


def above(threshold: str, amount: int) -> Outcome:
    return Outcome("above", threshold, amount)


def below(threshold: str, amount: int) -> Outcome:
    return Outcome("below", threshold, amount)


def between(low: int, high: int, ask: tuple[str, str]) -> Outcome:
    return Outcome("between", low=low, high=high, ask=ask)


def known_rows() -> list[tuple[ContractKind, Authority, int, Outcome]]:
    """Kind and buyer known: just below, exactly at and just above their one threshold."""
    rows = []
    for (kind, authority), (amount, name) in THRESHOLD.items():
        rows.append((kind, authority, amount - 1, below(name, amount)))
        rows.append((kind, authority, amount, above(name, amount)))
        rows.append((kind, authority, amount + 1, above(name, amount)))
    return rows


# Kind or buyer unknown. The thresholds that may apply, by hand:
#   neither known:  140 000, 216 000, 432 000, 750 000, 1 000 000, 5 404 000 (works, utility works)
#   the State:      140 000 (supplies), 750 000 (social), 5 404 000 (works)
#   another:        216 000 (supplies), 750 000 (social), 5 404 000 (works)
#   a utility:      432 000 (supplies), 1 000 000 (social), 5 404 000 (works)
#   supplies:       140 000 (State), 216 000 (other), 432 000 (utility)
#   works:          5 404 000 (all three)
#   social:         750 000 (State, other), 1 000 000 (utility)
# Where they all give the same answer, the gate names the amount that holds whichever applies
# (the lowest when the value is below them all, the highest when it is above them all) and says
# the sentence holds for whatever is bought or whoever buys.
UNKNOWN_ROWS: list[tuple[ContractKind | None, Authority | None, int, Outcome]] = [
    (None, None, 1, below("anything anyone", 140_000)),
    (None, None, 139_999, below("anything anyone", 140_000)),
    (None, None, 140_000, between(140_000, 5_404_000, ASK_BOTH)),
    (None, None, 216_000, between(140_000, 5_404_000, ASK_BOTH)),
    (None, None, 432_000, between(140_000, 5_404_000, ASK_BOTH)),
    (None, None, 5_403_999, between(140_000, 5_404_000, ASK_BOTH)),
    (None, None, 5_404_000, above("anything anyone", 5_404_000)),
    (None, None, 5_404_001, above("anything anyone", 5_404_000)),
    (None, CENTRAL, 139_999, below("anything", 140_000)),
    (None, CENTRAL, 140_000, between(140_000, 5_404_000, ASK_KIND)),
    (None, CENTRAL, 750_000, between(140_000, 5_404_000, ASK_KIND)),
    (None, CENTRAL, 5_404_000, above("anything", 5_404_000)),
    (None, OTHER, 215_999, below("anything", 216_000)),
    (None, OTHER, 216_000, between(216_000, 5_404_000, ASK_KIND)),
    (None, OTHER, 5_403_999, between(216_000, 5_404_000, ASK_KIND)),
    (None, OTHER, 5_404_001, above("anything", 5_404_000)),
    (None, UTILITY, 431_999, below("anything", 432_000)),
    (None, UTILITY, 432_000, between(432_000, 5_404_000, ASK_KIND)),
    (None, UTILITY, 1_000_000, between(432_000, 5_404_000, ASK_KIND)),
    (None, UTILITY, 5_404_000, above("anything", 5_404_000)),
    (S, None, 139_999, below("supplies anyone", 140_000)),
    (S, None, 140_000, between(140_000, 432_000, ASK_WHO)),
    (S, None, 216_000, between(140_000, 432_000, ASK_WHO)),
    (S, None, 431_999, between(140_000, 432_000, ASK_WHO)),
    (S, None, 432_000, above("supplies anyone", 432_000)),
    (W, None, 5_403_999, below("works", 5_404_000)),
    (W, None, 5_404_000, above("works", 5_404_000)),
    (W, None, 5_404_001, above("works", 5_404_000)),
    (SOC, None, 749_999, below("social anyone", 750_000)),
    (SOC, None, 750_000, between(750_000, 1_000_000, ASK_WHO)),
    (SOC, None, 999_999, between(750_000, 1_000_000, ASK_WHO)),
    (SOC, None, 1_000_000, above("social anyone", 1_000_000)),
]

ROWS = known_rows() + UNKNOWN_ROWS


def euro(amount: int | str, language: str = "nl") -> str:
    """How a buyer reads an amount: "€ 140.000" in Dutch, "€140,000" in English."""
    text = f"{int(amount):,}" if isinstance(amount, int) else amount
    return "€" + text if language == "en" else "€ " + text.replace(",", ".")


def expected_text(procedure: Procedure, value: int, outcome: Outcome, language: str) -> str:
    """The sentence the gate says about the value, written out per route."""
    en = language == "en"
    v = euro(value, language)
    if outcome.side == "between":
        low, high = euro(outcome.low, language), euro(outcome.high, language)
        if en:
            return (
                f"The value {v} lies between the thresholds {low} and {high}: choose "
                f"{outcome.ask[1]} to know whether a European procedure is required."
            )
        return (
            f"De waarde {v} ligt tussen de drempels {low} en {high}: kies {outcome.ask[0]} om "
            "te weten of Europees aanbesteden verplicht is."
        )
    what = WHAT[outcome.threshold][1 if en else 0]
    amount = euro(outcome.amount, language)
    if procedure in NATIONAL and outcome.side == "above":
        if en:
            return (
                f"The value {v} is at or above the European threshold for {what} ({amount}, "
                "until 31-12-2027): this procedure is then not allowed. A European procedure "
                "is required (part 2 of the Act)."
            )
        return (
            f"De waarde {v} ligt op of boven de Europese drempel voor {what} ({amount}, tot "
            "31-12-2027): deze procedure mag dan niet. Europees aanbesteden is verplicht "
            "(deel 2 van de wet)."
        )
    if procedure in NATIONAL:
        if en:
            return (
                f"The value {v} is below the European threshold for {what} ({amount}): a "
                "national procedure is allowed. Watch for a clear cross-border interest "
                "(art. 1.7)."
            )
        return (
            f"De waarde {v} ligt onder de Europese drempel voor {what} ({amount}): een "
            "nationale procedure mag. Let op een duidelijk grensoverschrijdend belang (art. 1.7)."
        )
    if outcome.side == "above":
        if en:
            return (
                f"The value {v} is at or above the European threshold for {what} ({amount}): "
                "a European procedure is required, and this is one."
            )
        return (
            f"De waarde {v} ligt op of boven de Europese drempel voor {what} ({amount}): "
            "Europees aanbesteden is verplicht, en dat doe je met deze procedure."
        )
    if en:
        return (
            f"The value {v} is below the European threshold for {what} ({amount}): this "
            "European procedure is allowed, not required."
        )
    return (
        f"De waarde {v} ligt onder de Europese drempel voor {what} ({amount}): deze Europese "
        "procedure mag, maar is niet verplicht."
    )


def preparation(
    procedure: Procedure | None,
    value: int | str | None = None,
    kind: ContractKind | None = None,
    authority: Authority | None = None,
    *,
    options: bool | None = True,
    context: Context = Context.PUBLIC,
) -> Preparation:
    return Preparation(
        title="Schoonmaak",
        context=context,
        procedure=procedure,
        contract_value=None if value is None else Decimal(value),
        contract_kind=kind,
        authority=authority,
        value_includes_options=options,
    )


def gate(
    prep: Preparation,
    policy: ProcurementPolicy | None = None,
    today: dt.date = TODAY,
    language: str = "nl",
) -> GateAnswer:
    return answer(prep, policy, today, language)


def value_checks(result: GateAnswer) -> list[Check]:
    """The checks that weigh the value against a threshold."""
    return [c for c in result.checks if c.text.startswith(("De waarde", "The value"))]


def texts(result: GateAnswer, level: Level | None = None) -> list[str]:
    return [c.text for c in result.checks if level is None or c.level is level]


UTILITY_NOTE = (
    "Voor een speciale-sectorbedrijf gelden de procedures van deel 3 van de wet; dit antwoord "
    "volgt deel 2."
)
NO_POLICY = (
    "De grenzen van je eigen inkoopbeleid staan nog niet in dit werkboek; stel ze in om ook "
    "daartegen te toetsen."
)
FILL_VALUE = "Vul de geraamde waarde in: die bepaalt of Europees aanbesteden verplicht is."
OPTIONS_LEFT_OUT = (
    "De waarde is zonder opties en verlengingen, maar die tellen mee (art. 2.15 lid 2): de echte "
    "waarde kan hoger liggen."
)
OPTIONS_UNSAID = "Zeg of de waarde opties en verlengingen omvat: die tellen mee (art. 2.15 lid 2)."
ENDED = (
    "De drempels in nlinkoop golden tot 31-12-2027; dit zijn de laatst bekende bedragen. "
    "Controleer de huidige bij PIANOo."
)


# --- the threshold check: every procedure × value band × buyer × kind --------------------------


def row_id(row: tuple[object, ...]) -> str:
    kind, authority, value, outcome = row
    names = (getattr(kind, "value", "kind?"), getattr(authority, "value", "buyer?"))
    return f"{names[0]}-{names[1]}-{value}-{outcome.side}"  # type: ignore[attr-defined]


@pytest.mark.parametrize("procedure", NATIONAL + EUROPEAN)
@pytest.mark.parametrize("row", ROWS, ids=[row_id(r) for r in ROWS])
def test_the_threshold_check(
    procedure: Procedure,
    row: tuple[ContractKind | None, Authority | None, int, Outcome],
) -> None:
    kind, authority, value, outcome = row
    result = gate(preparation(procedure, value, kind, authority))

    (check,) = value_checks(result)
    assert check.text == expected_text(procedure, value, outcome, "nl")
    blocks = procedure in NATIONAL and outcome.side == "above"
    if blocks:
        assert check.level is Level.BLOCK
        assert result.checks[0] == check  # the block comes first
        assert (result.symbol, result.verdict) == ("✗", "Niet toegestaan bij deze waarde")
        assert result.blocked
    else:
        assert check.level is (Level.WARN if outcome.side == "between" else Level.INFO)
        assert (result.symbol, result.verdict) == VERDICT[procedure][:2]
        assert not result.blocked
    assert (UTILITY_NOTE in texts(result, Level.INFO)) is (authority is UTILITY)
    assert result.entry is not None and result.entry.procedure is procedure
    assert result.thresholds_ended is None


@pytest.mark.parametrize("procedure", NATIONAL + EUROPEAN)
@pytest.mark.parametrize(
    "row",
    [r for r in ROWS if r[2] in (139_999, 216_000, 5_404_000)],
    ids=row_id,
)
def test_the_threshold_check_in_english(
    procedure: Procedure,
    row: tuple[ContractKind | None, Authority | None, int, Outcome],
) -> None:
    kind, authority, value, outcome = row
    result = gate(preparation(procedure, value, kind, authority), language="en")

    (check,) = value_checks(result)
    assert check.text == expected_text(procedure, value, outcome, "en")
    blocks = procedure in NATIONAL and outcome.side == "above"
    expected = ("✗", "Not allowed at this value") if blocks else VERDICT[procedure][::2]
    assert (result.symbol, result.verdict) == expected


@pytest.mark.parametrize("procedure", NATIONAL + EUROPEAN + [Procedure.CONCESSION])
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("authority", AUTHORITIES)
def test_no_value_asks_for_it(
    procedure: Procedure, kind: ContractKind | None, authority: Authority | None
) -> None:
    result = gate(preparation(procedure, None, kind, authority, options=None))

    assert value_checks(result) == []
    expected = [UTILITY_NOTE, FILL_VALUE] if authority is UTILITY else [FILL_VALUE]
    assert texts(result) == expected  # no options or policy line without a value
    assert all(c.level is Level.INFO for c in result.checks)
    assert (result.symbol, result.verdict) == VERDICT[procedure][:2]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("authority", AUTHORITIES)
@pytest.mark.parametrize(
    ("value", "dutch", "english"),
    [
        (
            5_403_999,
            "De waarde € 5.403.999 ligt onder de concessiedrempel (€ 5.404.000): deel 2a geldt "
            "niet, wel de beginselen bij een duidelijk grensoverschrijdend belang (art. 1.7).",
            "The value €5,403,999 is below the concession threshold (€5,404,000): part 2a does "
            "not apply, the principles do where there is a clear cross-border interest "
            "(art. 1.7).",
        ),
        (
            5_404_000,
            "De waarde € 5.404.000 ligt op of boven de concessiedrempel (€ 5.404.000, tot "
            "31-12-2027): deel 2a van de wet geldt.",
            "The value €5,404,000 is at or above the concession threshold (€5,404,000, until "
            "31-12-2027): part 2a of the Act applies.",
        ),
        (
            5_404_001,
            "De waarde € 5.404.001 ligt op of boven de concessiedrempel (€ 5.404.000, tot "
            "31-12-2027): deel 2a van de wet geldt.",
            "The value €5,404,001 is at or above the concession threshold (€5,404,000, until "
            "31-12-2027): part 2a of the Act applies.",
        ),
        (
            200_000,  # below every contract threshold too: only the concession one counts
            "De waarde € 200.000 ligt onder de concessiedrempel (€ 5.404.000): deel 2a geldt "
            "niet, wel de beginselen bij een duidelijk grensoverschrijdend belang (art. 1.7).",
            "The value €200,000 is below the concession threshold (€5,404,000): part 2a does "
            "not apply, the principles do where there is a clear cross-border interest "
            "(art. 1.7).",
        ),
    ],
)
def test_a_concession_is_weighed_against_the_concession_threshold(
    kind: ContractKind | None,
    authority: Authority | None,
    value: int,
    dutch: str,
    english: str,
) -> None:
    prep = preparation(Procedure.CONCESSION, value, kind, authority)
    nl, en = gate(prep), gate(prep, language="en")

    assert [c.text for c in value_checks(nl)] == [dutch]
    assert [c.text for c in value_checks(en)] == [english]
    assert value_checks(nl)[0].level is Level.INFO
    assert not nl.blocked
    assert (nl.symbol, nl.verdict, en.verdict) == ("✓", "Ja", "Yes")
    assert NO_POLICY not in texts(nl)  # the own policy is about the private procedures


@pytest.mark.parametrize("procedure", RUNNING)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("authority", AUTHORITIES)
@pytest.mark.parametrize("value", [None, 100_000, 10_000_000])
def test_a_running_contract_has_no_threshold_check(
    procedure: Procedure,
    kind: ContractKind | None,
    authority: Authority | None,
    value: int | None,
) -> None:
    result = gate(preparation(procedure, value, kind, authority, options=False))

    assert value_checks(result) == []
    assert not result.blocked
    assert (result.symbol, result.verdict) == VERDICT[procedure][:2]
    assert result.value_articles == () and result.national_articles == ()
    rest = [t for t in texts(result) if t != UTILITY_NOTE]
    if procedure is Procedure.CONTRACT_CHANGE:
        classic = [t for t in rest if "(art. 2a.53)" not in t]  # a concession's own limit apart
        assert len(classic) == 1 and "(art. 2.163b)" in classic[0]
        assert len(rest) - len(classic) <= 1
    else:
        assert rest == []  # no options, value or policy line: the contract is awarded
    assert (UTILITY_NOTE in texts(result)) is (authority is UTILITY)


# --- a change during the term: the de-minimis amount (Aw 2.163b) ---------------------------------


@pytest.mark.parametrize(
    ("kind", "authority", "value", "limit", "percent"),
    [
        # supplies and services: the lower of the threshold and 10% of the value
        (S, CENTRAL, 1_000_000, "100.000", 10),  # 10% = 100 000 < 140 000
        (S, CENTRAL, 2_000_000, "140.000", 10),  # 10% = 200 000 > 140 000
        (S, OTHER, 2_000_000, "200.000", 10),  # 200 000 < 216 000
        (S, OTHER, 3_000_000, "216.000", 10),  # 300 000 > 216 000
        (S, UTILITY, 5_000_000, "432.000", 10),  # 500 000 > 432 000
        (S, None, 2_000_000, "140.000", 10),  # buyer unknown: the lowest that may apply
        (S, OTHER, 999_999, "99.999,90", 10),  # 10% = 99 999,90: not rounded up to 100 000
        # works: 15%
        (W, OTHER, 10_000_000, "1.500.000", 15),  # 15% = 1 500 000 < 5 404 000
        (W, CENTRAL, 40_000_000, "5.404.000", 15),  # 15% = 6 000 000 > 5 404 000
        (W, UTILITY, 100_000, "15.000", 15),
        (W, None, 36_026_667, "5.404.000", 15),  # 15% = 5 404 000,05
        # social and other specific services: 10%
        (SOC, OTHER, 5_000_000, "500.000", 10),  # 500 000 < 750 000
        (SOC, UTILITY, 20_000_000, "1.000.000", 10),  # 2 000 000 > 1 000 000
        (SOC, None, 8_000_000, "750.000", 10),  # 800 000 > 750 000, the lowest that may apply
    ],
)
def test_the_small_change_limit(
    kind: ContractKind, authority: Authority | None, value: int, limit: str, percent: int
) -> None:
    result = gate(preparation(Procedure.CONTRACT_CHANGE, value, kind, authority))

    change = [t for t in texts(result) if "2.163b" in t]
    assert change == [
        f"Een kleine wijziging mag zonder nieuwe aanbesteding tot € {limit}: onder de drempel "
        f"en onder {percent}% van {euro(value)}, opeenvolgende wijzigingen opgeteld, aard "
        "gelijk (art. 2.163b)."
    ]


def test_the_small_change_limit_in_english() -> None:
    result = gate(preparation(Procedure.CONTRACT_CHANGE, 1_000_000, S, CENTRAL), language="en")
    assert texts(result) == [
        "A small change needs no new procurement up to €100,000: below the threshold and below "
        "10% of €1,000,000, successive changes added up, nature unchanged (art. 2.163b)."
    ]  # a concession's limit is the same here, so it is not named
    odd = gate(preparation(Procedure.CONTRACT_CHANGE, 999_999, S, OTHER), language="en")
    assert "up to €99,999.90:" in texts(odd)[0]


@pytest.mark.parametrize(
    ("kind", "value", "limit"),
    [
        (W, 10_000_000, "1.000.000"),  # a concession: 10% also for works (not 15%)
        (S, 3_000_000, "300.000"),  # above the classic 216 000, below the concession's 5 404 000
        (S, 80_000_000, "5.404.000"),  # 10% = 8 000 000 > the concession threshold
    ],
)
def test_a_change_to_a_concession_is_named_with_its_own_limit(
    kind: ContractKind, value: int, limit: str
) -> None:
    """Aw 2a.53: for a concession, 2.163b reads 10% (works included) and the threshold of 2a.2.

    Named only where it differs from the classic limit: 15% of 10 000 000 = 1 500 000 for works;
    216 000 for supplies and services at 3 000 000; 5 404 000 at 80 000 000 (classic 216 000).
    """
    result = gate(preparation(Procedure.CONTRACT_CHANGE, value, kind, OTHER))
    assert [t for t in texts(result) if "2a.53" in t] == [
        f"Is het een concessie? Dan mag een kleine wijziging tot € {limit}: onder de "
        "concessiedrempel en onder 10% van de waarde, ook bij werken (art. 2a.53)."
    ]


def test_the_small_change_limit_is_never_above_the_legal_one() -> None:
    """A change must stay below 10% of the value: 10% of € 1.000.015 is € 100.001,50.

    Rounding it to whole euros said "tot € 100.002", 50 cents above what the law allows.
    """
    result = gate(preparation(Procedure.CONTRACT_CHANGE, 1_000_015, S, OTHER))
    assert "tot € 100.001,50:" in texts(result)[0]


@pytest.mark.parametrize(
    ("value", "kind"), [(None, S), (1_000_000, None), (None, None)], ids=["value", "kind", "both"]
)
def test_a_change_without_value_or_kind_asks_for_them(
    value: int | None, kind: ContractKind | None
) -> None:
    nl = gate(preparation(Procedure.CONTRACT_CHANGE, value, kind, OTHER))
    en = gate(preparation(Procedure.CONTRACT_CHANGE, value, kind, OTHER), language="en")
    assert texts(nl) == [
        "Vul de oorspronkelijke waarde en wat je inkoopt in, dan rekent nlinkoop uit hoe groot "
        "een kleine wijziging mag zijn (art. 2.163b)."
    ]
    assert texts(en) == [
        "Fill in the original value and what you buy, and nlinkoop works out how large a small "
        "change may be (art. 2.163b)."
    ]


# --- options and extensions (Aw 2.15 lid 2) ----------------------------------------------------


@pytest.mark.parametrize("procedure", [*NATIONAL, *EUROPEAN, Procedure.CONCESSION])
def test_the_options_flag(procedure: Procedure) -> None:
    def said(options: bool | None, language: str = "nl") -> list[Check]:
        result = gate(preparation(procedure, 100_000, S, OTHER, options=options), language=language)
        return [c for c in result.checks if "2.15" in c.text]

    assert said(True) == []
    assert said(False) == [Check(Level.WARN, OPTIONS_LEFT_OUT)]
    assert said(None) == [Check(Level.INFO, OPTIONS_UNSAID)]
    assert said(False, "en") == [
        Check(
            Level.WARN,
            "The value leaves out options and extensions, but they count (art. 2.15(2)): the "
            "real value may be higher.",
        )
    ]
    assert said(None, "en") == [
        Check(
            Level.INFO,
            "Say whether the value includes options and extensions: they count (art. 2.15(2)).",
        )
    ]


def test_every_check_of_one_answer_in_order() -> None:
    """Single private, supplies for a municipality, € 100.000, options unsaid, no policy."""
    result = gate(preparation(Procedure.SINGLE_PRIVATE, 100_000, S, OTHER, options=None))
    assert result.checks == (
        Check(Level.INFO, OPTIONS_UNSAID),
        Check(
            Level.INFO,
            "De waarde € 100.000 ligt onder de Europese drempel voor leveringen en diensten, "
            "andere aanbestedende diensten (€ 216.000): een nationale procedure mag. Let op een "
            "duidelijk grensoverschrijdend belang (art. 1.7).",
        ),
        Check(Level.INFO, NO_POLICY),
    )
    assert (result.symbol, result.verdict) == ("✓", "Ja")


def test_a_block_comes_before_every_warning() -> None:
    prep = preparation(Procedure.MULTIPLE_PRIVATE, 300_000, S, OTHER, options=False)
    result = gate(prep, today=dt.date(2028, 1, 1))

    assert [c.level for c in result.checks] == [Level.BLOCK, Level.WARN, Level.WARN]
    assert texts(result, Level.WARN) == [ENDED, OPTIONS_LEFT_OUT]
    assert (result.symbol, result.verdict) == ("✗", "Niet toegestaan bij deze waarde")


# --- the own procurement policy -----------------------------------------------------------------

POLICY = ProcurementPolicy(
    single_up_to=Decimal(50_000),
    multiple_up_to=Decimal(150_000),
    works_single_up_to=Decimal(150_000),
    works_multiple_up_to=Decimal(1_500_000),
    name="Inkoopbeleid 2025",
)
P = " (Inkoopbeleid 2025)"


def single_below(limit: str, policy: str = P) -> Check:
    return Check(
        Level.INFO, f"Volgens je inkoopbeleid{policy} mag enkelvoudig onderhands tot {limit}."
    )


def multiple_from(limit: str, policy: str = P) -> Check:
    return Check(
        Level.WARN, f"Volgens je inkoopbeleid{policy}: meervoudig onderhands vanaf {limit}."
    )


def open_from(limit: str, policy: str = P) -> Check:
    return Check(
        Level.WARN, f"Volgens je inkoopbeleid{policy}: een openbare procedure vanaf {limit}."
    )


def also_single(limit: str, policy: str = P) -> Check:
    return Check(
        Level.INFO,
        f"Volgens je inkoopbeleid{policy} mag hier ook enkelvoudig onderhands (tot {limit}).",
    )


def also_multiple(limit: str, policy: str = P) -> Check:
    return Check(
        Level.INFO,
        f"Volgens je inkoopbeleid{policy} mag hier ook meervoudig onderhands (tot {limit}).",
    )


def fits(policy: str = P) -> Check:
    return Check(
        Level.INFO, f"Volgens je inkoopbeleid{policy} past deze procedure bij deze waarde."
    )


def policy_checks(result: GateAnswer) -> list[Check]:
    return [c for c in result.checks if "inkoopbeleid" in c.text or "procurement policy" in c.text]


@pytest.mark.parametrize(
    ("procedure", "kind", "value", "expected"),
    [
        # supplies and services (a municipality: below its threshold of € 216.000)
        (Procedure.SINGLE_PRIVATE, S, 49_999, [single_below("€ 50.000")]),
        (Procedure.SINGLE_PRIVATE, S, 50_000, [multiple_from("€ 50.000")]),
        (
            Procedure.SINGLE_PRIVATE,
            S,
            150_000,
            [multiple_from("€ 50.000"), open_from("€ 150.000")],
        ),
        (Procedure.MULTIPLE_PRIVATE, S, 49_999, [also_single("€ 50.000")]),
        (Procedure.MULTIPLE_PRIVATE, S, 50_000, [fits()]),
        (Procedure.MULTIPLE_PRIVATE, S, 149_999, [fits()]),
        (Procedure.MULTIPLE_PRIVATE, S, 150_000, [open_from("€ 150.000")]),
        (Procedure.OPEN_NATIONAL, S, 149_999, [also_multiple("€ 150.000")]),
        (Procedure.OPEN_NATIONAL, S, 150_000, [fits()]),
        (Procedure.RESTRICTED_NATIONAL, S, 10_000, [also_multiple("€ 150.000")]),
        (Procedure.RESTRICTED_NATIONAL, S, 215_999, [fits()]),
        # social and other specific services follow the supplies-and-services pair
        (Procedure.SINGLE_PRIVATE, SOC, 50_000, [multiple_from("€ 50.000")]),
        (Procedure.OPEN_NATIONAL, SOC, 100_000, [also_multiple("€ 150.000")]),
        # works have their own pair
        (Procedure.SINGLE_PRIVATE, W, 50_000, [single_below("€ 150.000")]),
        (Procedure.SINGLE_PRIVATE, W, 149_999, [single_below("€ 150.000")]),
        (Procedure.SINGLE_PRIVATE, W, 150_000, [multiple_from("€ 150.000")]),
        (
            Procedure.SINGLE_PRIVATE,
            W,
            1_500_000,
            [multiple_from("€ 150.000"), open_from("€ 1.500.000")],
        ),
        (Procedure.MULTIPLE_PRIVATE, W, 149_999, [also_single("€ 150.000")]),
        (Procedure.MULTIPLE_PRIVATE, W, 150_000, [fits()]),
        (Procedure.MULTIPLE_PRIVATE, W, 1_500_000, [open_from("€ 1.500.000")]),
        (Procedure.OPEN_NATIONAL, W, 1_499_999, [also_multiple("€ 1.500.000")]),
        (Procedure.RESTRICTED_NATIONAL, W, 1_500_000, [fits()]),
    ],
)
def test_the_own_policy(
    procedure: Procedure, kind: ContractKind, value: int, expected: list[Check]
) -> None:
    result = gate(preparation(procedure, value, kind, OTHER), POLICY)
    assert policy_checks(result) == expected
    assert not result.blocked


def test_the_policy_without_a_name_and_with_one_limit() -> None:
    only_single = ProcurementPolicy(single_up_to=Decimal(30_000))
    prep = preparation(Procedure.SINGLE_PRIVATE, 150_000, S, OTHER)
    assert policy_checks(gate(prep, only_single)) == [multiple_from("€ 30.000", "")]
    below_it = preparation(Procedure.SINGLE_PRIVATE, 29_999, S, OTHER)
    assert policy_checks(gate(below_it, only_single)) == [single_below("€ 30.000", "")]
    # the works pair is not set: nothing to weigh a works contract against
    works = preparation(Procedure.SINGLE_PRIVATE, 150_000, W, OTHER)
    assert policy_checks(gate(works, only_single)) == []


def test_the_policy_in_english() -> None:
    def said(procedure: Procedure, value: int) -> list[str]:
        result = gate(preparation(procedure, value, S, OTHER), POLICY, language="en")
        return [c.text for c in policy_checks(result)]

    assert said(Procedure.SINGLE_PRIVATE, 150_000) == [
        "According to your procurement policy (Inkoopbeleid 2025): multiple private from €50,000.",
        "According to your procurement policy (Inkoopbeleid 2025): an open procedure from "
        "€150,000.",
    ]
    assert said(Procedure.SINGLE_PRIVATE, 10_000) == [
        "According to your procurement policy (Inkoopbeleid 2025), single private is allowed "
        "up to €50,000."
    ]
    assert said(Procedure.MULTIPLE_PRIVATE, 10_000) == [
        "According to your procurement policy (Inkoopbeleid 2025), single private is also "
        "allowed here (up to €50,000)."
    ]
    assert said(Procedure.OPEN_NATIONAL, 10_000) == [
        "According to your procurement policy (Inkoopbeleid 2025), multiple private is also "
        "allowed here (up to €150,000)."
    ]
    unset = gate(preparation(Procedure.OPEN_NATIONAL, 10_000, S, OTHER), None, language="en")
    assert [c.text for c in policy_checks(unset)] == [
        "Your own procurement policy's limits are not in this workbook yet; set them to weigh "
        "the value against them too."
    ]


@pytest.mark.parametrize("policy", [None, ProcurementPolicy(name="Beleid zonder bedragen")])
@pytest.mark.parametrize("procedure", NATIONAL)
def test_an_unset_policy_is_said_once(
    policy: ProcurementPolicy | None, procedure: Procedure
) -> None:
    result = gate(preparation(procedure, 100_000, S, OTHER), policy)
    assert policy_checks(result) == [Check(Level.INFO, NO_POLICY)]


@pytest.mark.parametrize("procedure", [*EUROPEAN, Procedure.CONCESSION, *RUNNING])
def test_the_policy_is_only_weighed_for_a_national_route(procedure: Procedure) -> None:
    for policy in (None, POLICY):
        result = gate(preparation(procedure, 100_000, S, OTHER), policy)
        assert policy_checks(result) == []


@pytest.mark.parametrize(
    ("procedure", "value"),
    [
        (Procedure.OPEN_NATIONAL, 140_000),  # the State's threshold, below the policy's 150 000
        (Procedure.RESTRICTED_NATIONAL, 149_999),
        (Procedure.MULTIPLE_PRIVATE, 140_000),
        (Procedure.SINGLE_PRIVATE, 140_000),
    ],
)
def test_the_policy_offers_no_route_the_value_forbids(procedure: Procedure, value: int) -> None:
    """Above the European threshold the law decides: the policy's limits are not weighed.

    For the State (supplies threshold € 140.000) with a policy that allows meervoudig
    onderhands up to € 150.000, the gate said both "not allowed at this value" and "according
    to your policy multiple private is also allowed here".
    """
    result = gate(preparation(procedure, value, S, CENTRAL), POLICY)
    assert result.blocked
    assert policy_checks(result) == []
    unset = gate(preparation(procedure, value, S, CENTRAL), None)
    assert policy_checks(unset) == []


# --- the thresholds shown, and when they have ended ----------------------------------------------


ALL_AMOUNTS = sorted(
    [140_000, 216_000, 432_000, 750_000, 1_000_000, 5_404_000, 5_404_000, 5_404_000]
)


def test_the_thresholds_of_today() -> None:
    result = gate(preparation(Procedure.OPEN_EUROPEAN, 100_000, S, OTHER))
    assert sorted(int(t.amount) for t in result.thresholds) == ALL_AMOUNTS
    assert result.thresholds_ended is None
    assert ENDED not in texts(result)
    last_day = gate(
        preparation(Procedure.OPEN_EUROPEAN, 100_000, S, OTHER), today=dt.date(2027, 12, 31)
    )
    assert last_day.thresholds_ended is None


@pytest.mark.parametrize("today", [dt.date(2028, 1, 1), dt.date(2031, 6, 30)])
def test_expired_thresholds_warn_and_keep_the_last_known_amounts(today: dt.date) -> None:
    prep = preparation(Procedure.SINGLE_PRIVATE, 100_000, S, OTHER)
    nl, en = gate(prep, today=today), gate(prep, today=today, language="en")

    assert Check(Level.WARN, ENDED) in nl.checks
    ended_en = (
        "The thresholds in nlinkoop applied until 31-12-2027; these are the last known "
        "amounts. Check the current ones at PIANOo."
    )
    assert Check(Level.WARN, ended_en) in en.checks
    assert nl.thresholds_ended == dt.date(2027, 12, 31)
    assert sorted(int(t.amount) for t in nl.thresholds) == ALL_AMOUNTS
    # the value is still weighed against the last known amounts
    assert [c.text for c in value_checks(nl)] == [
        "De waarde € 100.000 ligt onder de Europese drempel voor leveringen en diensten, andere "
        "aanbestedende diensten (€ 216.000): een nationale procedure mag. Let op een duidelijk "
        "grensoverschrijdend belang (art. 1.7)."
    ]


def test_expired_thresholds_are_said_for_a_running_contract_too() -> None:
    result = gate(
        preparation(Procedure.CALL_OFF_SINGLE, 100_000, S, OTHER), today=dt.date(2028, 1, 1)
    )
    assert result.checks == (Check(Level.WARN, ENDED),)


# --- commercial, no procedure, the articles ------------------------------------------------------


@pytest.mark.parametrize("procedure", [None, Procedure.OPEN_NATIONAL, Procedure.CONTRACT_CHANGE])
def test_commercial_is_free_and_has_no_checks(procedure: Procedure | None) -> None:
    prep = preparation(procedure, 10_000_000, S, CENTRAL, context=Context.COMMERCIAL)
    nl, en = gate(prep, POLICY), gate(prep, POLICY, language="en")

    assert (nl.symbol, nl.verdict) == ("✓", "Commercieel: je mag vrij onderhandelen.")
    assert (en.symbol, en.verdict) == ("✓", "Commercial: you are free to negotiate.")
    assert nl.checks == () and nl.thresholds == () and nl.entry is None
    assert nl.value_articles == () and nl.national_articles == () and nl.checked is None
    assert not nl.public and not nl.blocked


def test_public_without_a_procedure_asks_for_one() -> None:
    nl = gate(preparation(None, 10_000_000, S, CENTRAL))
    en = gate(preparation(None, 10_000_000, S, CENTRAL), language="en")

    assert (nl.symbol, nl.verdict) == (
        "?",
        "Kies een procedure of situatie: die bepaalt of je hier mag onderhandelen.",
    )
    assert (
        en.verdict == "Choose a procedure or situation: it decides whether you may negotiate here."
    )
    assert nl.checks == () and nl.entry is None and nl.public
    assert sorted(int(t.amount) for t in nl.thresholds) == ALL_AMOUNTS


@pytest.mark.parametrize("procedure", list(Procedure))
def test_the_articles_that_come_with_a_route(procedure: Procedure) -> None:
    result = gate(preparation(procedure, 100_000, S, OTHER))

    # every entry but the concession's was read again after the review of 07-12-2026
    reread = procedure is not Procedure.CONCESSION
    assert result.entry is not None
    assert result.checked == (dt.date(2026, 12, 7) if reread else dt.date(2026, 12, 6))
    values = [a.ref for a in result.value_articles]
    national = [a.ref for a in result.national_articles]
    if procedure in RUNNING_CONTRACT:
        assert values == [] and national == []
    else:
        assert values == ["2.14", "2.15 lid 2", "2.15 lid 3", "2.17", "2.7"]
        assert national == (["1.4 lid 1", "1.4 lid 3", "1.7"] if procedure in NATIONAL else [])


def test_the_answer_is_in_the_language_asked() -> None:
    prep = preparation(Procedure.COMPETITIVE_WITH_NEGOTIATION, 300_000, S, OTHER, options=None)
    nl, en = gate(prep), gate(prep, language="en")
    assert (nl.language, en.language) == ("nl", "en")
    assert [c.level for c in nl.checks] == [c.level for c in en.checks]
    assert all(c.text.startswith(("The value", "Say whether")) for c in en.checks)
    assert (
        en.entry is not None
        and en.entry.name.text("en") == "Competitive procedure with negotiation"
    )


def test_with_the_kind_unknown_the_policy_says_which_limits_it_used() -> None:
    """Works have limits of their own (€ 150.000 / € 1.500.000): until the kind is chosen, the
    supplies-and-services pair (€ 50.000 / € 150.000) is used, and the answer says so."""
    note = Check(
        Level.INFO,
        "Je inkoopbeleid (Inkoopbeleid 2025) heeft eigen grenzen voor werken; zolang niet "
        "gekozen is wat je inkoopt, gelden hier die voor leveringen en diensten.",
    )
    prep = preparation(Procedure.SINGLE_PRIVATE, 60_000, None, OTHER)  # below every threshold
    assert policy_checks(gate(prep, POLICY)) == [multiple_from("€ 50.000"), note]

    same_for_works = ProcurementPolicy(
        single_up_to=Decimal(50_000),
        multiple_up_to=Decimal(150_000),
        works_single_up_to=Decimal(50_000),
        works_multiple_up_to=Decimal(150_000),
        name="Inkoopbeleid 2025",
    )
    assert policy_checks(gate(prep, same_for_works)) == [multiple_from("€ 50.000")]
    prep.contract_kind = W  # chosen: the works pair, and nothing to explain
    assert policy_checks(gate(prep, POLICY)) == [single_below("€ 150.000")]
