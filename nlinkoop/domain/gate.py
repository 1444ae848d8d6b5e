"""The answer to "mag ik hier onderhandelen?" for one preparation, in one function.

`answer` weighs the preparation's context, procedure (or running-contract situation) and
estimated value against the European thresholds of the day and the organisation's own
procurement policy, and returns everything the window, the briefing and `nlinkoop gate` show:
the verdict, the value checks (a check that forbids the procedure comes first), what may and may
not be discussed, practice said as practice, and every article with its link and checked date.

The rules of the value check (docs/public-procurement.md has them with examples):

- a threshold applies from its amount on ("gelijk aan of groter dan"); a policy limit is the
  amount below which a private procedure may be used;
- a national route (open or restricted national, meervoudig or enkelvoudig onderhands) at or above
  the threshold for the contract's kind is not allowed: that check blocks, and the own policy's
  limits are then not weighed (no policy makes a private route fit there);
- the threshold depends on the kind (works, supplies and services, social services) and on who
  buys (the State, another contracting authority, a utility); where one is unknown but every
  possible threshold gives the same answer, the answer stands and names the threshold that holds
  whichever applies (the highest when the value is above them all, the lowest when below);
  otherwise the buyer is asked;
- options and extensions count (Aw art. 2.15 lid 2): a value without them is flagged.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from nlinkoop.domain.dates import format_date
from nlinkoop.domain.legal import (
    Article,
    Bilingual,
    Entry,
    LegalData,
    Negotiation,
    Route,
    Threshold,
    legal_data,
)

__all__ = ["SYMBOLS", "VERDICTS", "Check", "GateAnswer", "Level", "answer", "euros", "legal_data"]
from nlinkoop.domain.money import format_amount
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure


class Level(StrEnum):
    """How much a check weighs: it forbids the procedure, asks for care, or informs."""

    BLOCK = "block"
    WARN = "warn"
    INFO = "info"


SYMBOLS = {Level.BLOCK: "✗", Level.WARN: "⚠", Level.INFO: "ℹ"}

VERDICTS: dict[Negotiation, tuple[str, Bilingual]] = {
    Negotiation.NO: ("✗", Bilingual("Nee, alleen verduidelijken", "No, only clarification")),
    Negotiation.YES: ("✓", Bilingual("Ja", "Yes")),
    Negotiation.LIMITED: ("◐", Bilingual("Beperkt", "Limited")),
    Negotiation.OWN_POLICY: (
        "?",
        Bilingual("Hangt af van je eigen inkoopbeleid", "Depends on your own procurement policy"),
    ),
}

_COMMERCIAL = Bilingual(
    "Commercieel: je mag vrij onderhandelen.", "Commercial: you are free to negotiate."
)
_CHOOSE = Bilingual(
    "Kies een procedure of situatie: die bepaalt of je hier mag onderhandelen.",
    "Choose a procedure or situation: it decides whether you may negotiate here.",
)
_BLOCKED = Bilingual("Niet toegestaan bij deze waarde", "Not allowed at this value")
_KINDS = {  # a kind of contract inside a sentence
    ContractKind.WORKS: ("werken", "works"),
    ContractKind.SUPPLIES_SERVICES: ("leveringen en diensten", "supplies and services"),
    ContractKind.SOCIAL_SERVICES: (
        "sociale en andere specifieke diensten",
        "social and other specific services",
    ),
}


@dataclass(frozen=True)
class Check:
    """One line of the answer about the contract's value."""

    level: Level
    text: str


@dataclass(frozen=True)
class GateAnswer:
    """Everything the gate says for one preparation, in one language."""

    language: str
    symbol: str  # ✓ ✗ ◐ ?, so the answer never rests on colour alone
    verdict: str
    entry: Entry | None  # None: commercial, or no procedure chosen
    checks: tuple[Check, ...]  # a blocking check first
    thresholds: tuple[Threshold, ...]  # the amounts shown (the current ones, or the last known)
    thresholds_ended: dt.date | None  # the day the shown thresholds stopped being valid
    value_articles: tuple[Article, ...]  # how the value is computed, when it was weighed
    national_articles: tuple[Article, ...]  # what the law still asks below the threshold

    @property
    def checked(self) -> dt.date | None:
        """The day the entry's articles were last read against the statute."""
        return None if self.entry is None else self.entry.checked

    @property
    def blocked(self) -> bool:
        """Whether a check forbids the chosen procedure."""
        return any(check.level is Level.BLOCK for check in self.checks)

    @property
    def public(self) -> bool:
        """Whether the answer is for a public buyer (it then shows the thresholds)."""
        return bool(self.thresholds) or self.entry is not None


def answer(
    prep: Preparation,
    policy: ProcurementPolicy | None,
    today: dt.date,
    language: str,
    data: LegalData | None = None,
) -> GateAnswer:
    """What the gate says for `prep` on `today`, in `language` ("nl" or "en").

    Args:
        prep: the preparation: its context, procedure, value, kind, authority.
        policy: the workbook's own procurement policy (None or unset: not weighed).
        today: the day the thresholds must be valid on.
        language: "nl" or "en".
        data: the legal data (the shipped file when None; tests pass their own).
    """
    data = data or legal_data()
    if prep.context is not Context.PUBLIC:
        return GateAnswer(language, "✓", _COMMERCIAL.text(language), None, (), (), None, (), ())
    thresholds, ended = shown_thresholds(data, today)
    entry = data.entries.get(prep.procedure) if prep.procedure is not None else None
    if entry is None:
        return GateAnswer(
            language, "?", _CHOOSE.text(language), None, (), thresholds, ended, (), ()
        )
    weigh = _Weighing(prep, policy, thresholds, ended, language)
    checks = tuple(sorted(weigh.checks(entry), key=lambda c: list(Level).index(c.level)))
    symbol, verdict = VERDICTS[entry.negotiation]
    text = verdict.text(language)
    if any(check.level is Level.BLOCK for check in checks):
        symbol, text = "✗", _BLOCKED.text(language)
    national = data.national_articles if entry.route is Route.NATIONAL else ()
    values = data.value_articles if entry.route is not Route.RUNNING else ()
    return GateAnswer(language, symbol, text, entry, checks, thresholds, ended, values, national)


def shown_thresholds(
    data: LegalData, today: dt.date
) -> tuple[tuple[Threshold, ...], dt.date | None]:
    """The thresholds valid on `today`; else the last known ones and the day they ended."""
    valid = tuple(t for t in data.thresholds if t.valid_from <= today <= t.valid_until)
    if valid:
        return valid, None
    ended = max(t.valid_until for t in data.thresholds)
    return tuple(t for t in data.thresholds if t.valid_until == ended), ended


def euros(amount: Decimal, language: str) -> str:
    """An amount as a buyer reads it: "€ 216.000" in Dutch, "€216,000" in English."""
    dutch = format_amount(amount).removesuffix(",00")
    if language != "en":
        return "€ " + dutch
    return "€" + dutch.replace(".", "#").replace(",", ".").replace("#", ",")


class _Weighing:
    """The value checks for one preparation (a helper of `answer`)."""

    def __init__(
        self,
        prep: Preparation,
        policy: ProcurementPolicy | None,
        thresholds: tuple[Threshold, ...],
        ended: dt.date | None,
        language: str,
    ) -> None:
        self.prep = prep
        self.policy = policy if policy is not None and policy.is_set() else None
        self.thresholds = thresholds
        self.ended = ended
        self.language = language

    def say(self, level: Level, nl: str, en: str, **values: object) -> Check:
        text = en if self.language == "en" else nl
        return Check(level, text.format(**values))

    def money(self, amount: Decimal) -> str:
        return euros(amount, self.language)

    def checks(self, entry: Entry) -> list[Check]:
        out: list[Check] = []
        if self.ended is not None:
            out.append(
                self.say(
                    Level.WARN,
                    "De drempels in nlinkoop golden tot {date}; dit zijn de laatst bekende "
                    "bedragen. Controleer de huidige bij PIANOo.",
                    "The thresholds in nlinkoop applied until {date}; these are the last known "
                    "amounts. Check the current ones at PIANOo.",
                    date=format_date(self.ended),
                )
            )
        if self.prep.authority is Authority.UTILITY:
            out.append(
                self.say(
                    Level.INFO,
                    "Voor een speciale-sectorbedrijf gelden de procedures van deel 3 van de wet; "
                    "dit antwoord volgt deel 2.",
                    "For a utility the procedures of part 3 of the Act apply; this answer "
                    "follows part 2.",
                )
            )
        if entry.route is Route.RUNNING:
            out.extend(self.running(entry))
            return out
        value = self.prep.contract_value
        if value is None:
            out.append(
                self.say(
                    Level.INFO,
                    "Vul de geraamde waarde in: die bepaalt of Europees aanbesteden verplicht is.",
                    "Fill in the estimated value: it decides whether a European procedure is "
                    "required.",
                )
            )
            return out
        out.extend(self.options())
        weighed = self.threshold(entry, value)
        out.extend(weighed)
        # At or above the threshold the law decides: no policy limit makes a private route fit.
        blocked = any(check.level is Level.BLOCK for check in weighed)
        if entry.route is Route.NATIONAL and not blocked:
            out.extend(self.own_policy(entry.procedure, value))
        return out

    def options(self) -> list[Check]:
        includes = self.prep.value_includes_options
        if includes is True:
            return []
        if includes is False:
            return [
                self.say(
                    Level.WARN,
                    "De waarde is zonder opties en verlengingen, maar die tellen mee "
                    "(art. 2.15 lid 2): de echte waarde kan hoger liggen.",
                    "The value leaves out options and extensions, but they count "
                    "(art. 2.15(2)): the real value may be higher.",
                )
            ]
        return [
            self.say(
                Level.INFO,
                "Zeg of de waarde opties en verlengingen omvat: die tellen mee (art. 2.15 lid 2).",
                "Say whether the value includes options and extensions: they count (art. 2.15(2)).",
            )
        ]

    def candidates(self, entry: Entry) -> list[Threshold]:
        """The thresholds that may apply, given what is known of the kind and the buyer."""
        if entry.route is Route.CONCESSION:
            return [t for t in self.thresholds if t.concession]
        kind, authority = self.prep.contract_kind, self.prep.authority
        return [
            t
            for t in self.thresholds
            if not t.concession
            and (kind is None or kind in t.kinds)
            and (authority is None or authority in t.authorities)
        ]

    def threshold(self, entry: Entry, value: Decimal) -> list[Check]:
        candidates = self.candidates(entry)
        if not candidates:
            return []
        above = [value >= t.amount for t in candidates]
        if all(above) or not any(above):
            # Every threshold that may apply gives the same answer: name the one that makes the
            # sentence true whichever applies, the highest when the value is at or above them
            # all, the lowest when it is below them all.
            deciding = (
                max(candidates, key=lambda t: t.amount)
                if all(above)
                else min(candidates, key=lambda t: t.amount)
            )
            several = len({t.amount for t in candidates}) > 1
            what = self.whichever() if several else None
            return [self.against(entry, value, deciding, above=all(above), what=what)]
        missing = []
        if self.prep.contract_kind is None:
            missing.append(("wat je inkoopt", "what you buy"))
        if self.prep.authority is None:
            missing.append(("wie inkoopt", "who buys"))
        amounts = sorted({t.amount for t in candidates})
        return [
            self.say(
                Level.WARN,
                "De waarde {value} ligt tussen de drempels {low} en {high}: kies {missing} om te "
                "weten of Europees aanbesteden verplicht is.",
                "The value {value} lies between the thresholds {low} and {high}: choose "
                "{missing} to know whether a European procedure is required.",
                value=self.money(value),
                low=self.money(amounts[0]),
                high=self.money(amounts[-1]),
                missing=(" en " if self.language != "en" else " and ").join(
                    en if self.language == "en" else nl for nl, en in missing
                ),
            )
        ]

    def whichever(self) -> str:
        """What the thresholds are for when several amounts may apply, in a sentence.

        "leveringen en diensten, wie ook inkoopt" (the buyer unknown), "wat je ook inkoopt" (the
        kind unknown), or both.
        """
        kind = self.prep.contract_kind
        if kind is None and self.prep.authority is None:
            return Bilingual(
                "wat en voor wie je ook inkoopt", "whatever is bought, by whoever"
            ).text(self.language)
        if kind is None:
            return Bilingual("wat je ook inkoopt", "whatever you buy").text(self.language)
        nl, en = _KINDS[kind]
        return f"{nl}, wie ook inkoopt" if self.language != "en" else f"{en}, whoever buys"

    def against(
        self,
        entry: Entry,
        value: Decimal,
        threshold: Threshold,
        *,
        above: bool,
        what: str | None = None,
    ) -> Check:
        name = _first_lower(threshold.what.text(self.language).split(" (")[0])
        values = {
            "value": self.money(value),
            "amount": self.money(threshold.amount),
            "what": name if what is None else what,
            "until": format_date(threshold.valid_until),
        }
        if entry.route is Route.CONCESSION:
            if above:
                return self.say(
                    Level.INFO,
                    "De waarde {value} ligt op of boven de concessiedrempel ({amount}, tot "
                    "{until}): deel 2a van de wet geldt.",
                    "The value {value} is at or above the concession threshold ({amount}, until "
                    "{until}): part 2a of the Act applies.",
                    **values,
                )
            return self.say(
                Level.INFO,
                "De waarde {value} ligt onder de concessiedrempel ({amount}): deel 2a geldt niet, "
                "wel de beginselen bij een duidelijk grensoverschrijdend belang (art. 1.7).",
                "The value {value} is below the concession threshold ({amount}): part 2a does "
                "not apply, the principles do where there is a clear cross-border interest "
                "(art. 1.7).",
                **values,
            )
        if entry.route is Route.NATIONAL:
            if above:
                return self.say(
                    Level.BLOCK,
                    "De waarde {value} ligt op of boven de Europese drempel voor {what} "
                    "({amount}, tot {until}): deze procedure mag dan niet. Europees aanbesteden "
                    "is verplicht (deel 2 van de wet).",
                    "The value {value} is at or above the European threshold for {what} "
                    "({amount}, until {until}): this procedure is then not allowed. A European "
                    "procedure is required (part 2 of the Act).",
                    **values,
                )
            return self.say(
                Level.INFO,
                "De waarde {value} ligt onder de Europese drempel voor {what} ({amount}): een "
                "nationale procedure mag. Let op een duidelijk grensoverschrijdend belang "
                "(art. 1.7).",
                "The value {value} is below the European threshold for {what} ({amount}): a "
                "national procedure is allowed. Watch for a clear cross-border interest "
                "(art. 1.7).",
                **values,
            )
        if above:
            return self.say(
                Level.INFO,
                "De waarde {value} ligt op of boven de Europese drempel voor {what} ({amount}): "
                "Europees aanbesteden is verplicht, en dat doe je met deze procedure.",
                "The value {value} is at or above the European threshold for {what} ({amount}): "
                "a European procedure is required, and this is one.",
                **values,
            )
        return self.say(
            Level.INFO,
            "De waarde {value} ligt onder de Europese drempel voor {what} ({amount}): deze "
            "Europese procedure mag, maar is niet verplicht.",
            "The value {value} is below the European threshold for {what} ({amount}): this "
            "European procedure is allowed, not required.",
            **values,
        )

    def own_policy(self, procedure: Procedure, value: Decimal) -> list[Check]:
        if self.policy is None:
            return [
                self.say(
                    Level.INFO,
                    "De grenzen van je eigen inkoopbeleid staan nog niet in dit werkboek; stel ze "
                    "in om ook daartegen te toetsen.",
                    "Your own procurement policy's limits are not in this workbook yet; set them "
                    "to weigh the value against them too.",
                )
            ]
        works = self.prep.contract_kind is ContractKind.WORKS
        single = self.policy.works_single_up_to if works else self.policy.single_up_to
        multiple = self.policy.works_multiple_up_to if works else self.policy.multiple_up_to
        name = f" ({self.policy.name})" if self.policy.name else ""
        out: list[Check] = []

        def says(level: Level, nl: str, en: str, limit: Decimal) -> None:
            out.append(self.say(level, nl, en, policy=name, limit=self.money(limit)))

        if procedure is Procedure.SINGLE_PRIVATE and single is not None:
            if value >= single:
                says(
                    Level.WARN,
                    "Volgens je inkoopbeleid{policy}: meervoudig onderhands vanaf {limit}.",
                    "According to your procurement policy{policy}: multiple private from {limit}.",
                    single,
                )
            else:
                says(
                    Level.INFO,
                    "Volgens je inkoopbeleid{policy} mag enkelvoudig onderhands tot {limit}.",
                    "According to your procurement policy{policy}, single private is allowed up "
                    "to {limit}.",
                    single,
                )
        private = procedure in (Procedure.SINGLE_PRIVATE, Procedure.MULTIPLE_PRIVATE)
        if private and multiple is not None and value >= multiple:
            says(
                Level.WARN,
                "Volgens je inkoopbeleid{policy}: een openbare procedure vanaf {limit}.",
                "According to your procurement policy{policy}: an open procedure from {limit}.",
                multiple,
            )
        if procedure is Procedure.MULTIPLE_PRIVATE and single is not None and value < single:
            says(
                Level.INFO,
                "Volgens je inkoopbeleid{policy} mag hier ook enkelvoudig onderhands (tot "
                "{limit}).",
                "According to your procurement policy{policy}, single private is also allowed "
                "here (up to {limit}).",
                single,
            )
        public_national = procedure in (Procedure.OPEN_NATIONAL, Procedure.RESTRICTED_NATIONAL)
        if public_national and multiple is not None and value < multiple:
            says(
                Level.INFO,
                "Volgens je inkoopbeleid{policy} mag hier ook meervoudig onderhands (tot {limit}).",
                "According to your procurement policy{policy}, multiple private is also allowed "
                "here (up to {limit}).",
                multiple,
            )
        if not out and (single is not None or multiple is not None):
            # the policy was weighed and has nothing against this route: say so, once
            out.append(
                self.say(
                    Level.INFO,
                    "Volgens je inkoopbeleid{policy} past deze procedure bij deze waarde.",
                    "According to your procurement policy{policy}, this procedure fits this value.",
                    policy=name,
                )
            )
        works_limits = (self.policy.works_single_up_to, self.policy.works_multiple_up_to)
        if self.prep.contract_kind is None and works_limits != (single, multiple):
            out.append(
                self.say(
                    Level.INFO,
                    "Je inkoopbeleid{policy} heeft eigen grenzen voor werken; zolang niet gekozen "
                    "is wat je inkoopt, gelden hier die voor leveringen en diensten.",
                    "Your procurement policy{policy} has limits of its own for works; until you "
                    "choose what you buy, those for supplies and services apply here.",
                    policy=name,
                )
            )
        return out

    def running(self, entry: Entry) -> list[Check]:
        if entry.procedure is not Procedure.CONTRACT_CHANGE:
            return []
        value, kind = self.prep.contract_value, self.prep.contract_kind
        if value is None or kind is None:
            return [
                self.say(
                    Level.INFO,
                    "Vul de oorspronkelijke waarde en wat je inkoopt in, dan rekent nlinkoop uit "
                    "hoe groot een kleine wijziging mag zijn (art. 2.163b).",
                    "Fill in the original value and what you buy, and nlinkoop works out how "
                    "large a small change may be (art. 2.163b).",
                )
            ]
        share = Decimal("0.15") if kind is ContractKind.WORKS else Decimal("0.10")
        candidates = self.candidates(entry)  # the kind is known here
        # Cut to the cent, never rounded up: the change must stay below this part of the value.
        part = (value * share).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        limit = min([part, *(t.amount for t in candidates)])
        return [
            self.say(
                Level.INFO,
                "Een kleine wijziging mag zonder nieuwe aanbesteding tot {limit}: onder de "
                "drempel en onder {percent}% van {value}, opeenvolgende wijzigingen opgeteld, "
                "aard gelijk (art. 2.163b).",
                "A small change needs no new procurement up to {limit}: below the threshold and "
                "below {percent}% of {value}, successive changes added up, nature unchanged "
                "(art. 2.163b).",
                limit=self.money(limit),
                percent=int(share * 100),
                value=self.money(value),
            ),
            *self.concession_change(value, limit),
        ]

    def concession_change(self, value: Decimal, classic: Decimal) -> list[Check]:
        """For a concession the small change is 10%, works included, under its own threshold.

        Said only when that gives another amount than `classic`, the limit just named.
        """
        concession = [t for t in self.thresholds if t.concession]
        if not concession:
            return []
        part = (value * Decimal("0.10")).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
        limit = min(part, *(t.amount for t in concession))
        if limit == classic:
            return []
        return [
            self.say(
                Level.INFO,
                "Is het een concessie? Dan mag een kleine wijziging tot {limit}: onder de "
                "concessiedrempel en onder 10% van de waarde, ook bij werken (art. 2a.53).",
                "Is it a concession? Then a small change may go up to {limit}: below the "
                "concession threshold and below 10% of the value, works included (art. 2a.53).",
                limit=self.money(limit),
            )
        ]


def _first_lower(text: str) -> str:
    """A name inside a sentence: "Werken" becomes "werken", "de Staat" keeps its capital."""
    return text[:1].lower() + text[1:]
