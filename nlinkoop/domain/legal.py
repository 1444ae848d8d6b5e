"""The legal content of the gate, read from `resources/legal/gate.toml`.

The procedures, the running-contract situations and the European thresholds are data, not code:
a lawyer can read and correct the file without reading Python, and `tests/domain/test_legal_data`
validates it against `resources/schema/legal.schema.json` (every entry has articles, each article
a link and what it says, every entry a checked date, the thresholds cover today). Every text is
in Dutch and English. This module only parses the file into typed, frozen records; the answer
itself is built in `gate.py`.
"""

import datetime as dt
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from nlinkoop.domain.procedures import Authority, ContractKind, Procedure
from nlinkoop.resources import resource_path

_T = TypeVar("_T")


@dataclass(frozen=True)
class Bilingual:
    """A text in Dutch and English."""

    nl: str
    en: str

    def text(self, language: str) -> str:
        """The text in `language` ("nl" or "en"); Dutch for any other code."""
        return self.en if language == "en" else self.nl


class Negotiation(StrEnum):
    """Whether a procedure or situation leaves room to negotiate."""

    YES = "yes"
    LIMITED = "limited"  # only on some points, or only as a dialogue
    OWN_POLICY = "own_policy"  # the law leaves it to the organisation's own policy
    NO = "no"  # only clarification of a tender


class Route(StrEnum):
    """Which contracts an entry is for, as the value check sees it."""

    EUROPEAN = "european"  # a procedure of deel 2: required above the threshold, allowed below
    NATIONAL = "national"  # only below the threshold for the contract's kind
    CONCESSION = "concession"  # deel 2a, from the concession threshold
    RUNNING = "running"  # a contract that was already awarded: no threshold check


@dataclass(frozen=True)
class Article:
    """One cited provision: where it is, what it says (in a line), and a link to its text."""

    ref: str  # as cited: "2.126a lid 2", "1.4 lid 1", "2025/2152"
    about: Bilingual
    url: str
    law: Bilingual  # "Aanbestedingswet 2012" / "Procurement Act 2012", or the EU regulation

    def citation(self, language: str) -> str:
        """The citation in `language`: "Aanbestedingswet 2012, art. 2.55"."""
        if self.ref[:1].isdigit() and "/" not in self.ref:
            return f"{self.law.text(language)}, art. {self.ref}"
        return self.law.text(language)


@dataclass(frozen=True)
class Entry:
    """What one procedure or running-contract situation allows, and where that comes from."""

    procedure: Procedure
    name: Bilingual
    negotiation: Negotiation
    route: Route
    may: Bilingual  # what may be negotiated or discussed
    may_not: Bilingual  # what may not
    articles: tuple[Article, ...]
    checked: dt.date  # when every article above was last read against the statute
    practice: tuple[Bilingual, ...] = ()  # practice or policy, not law: said as such
    uncertain: Bilingual | None = None  # what is not certain, and where to look

    @property
    def article_numbers(self) -> tuple[str, ...]:
        """The articles cited, once each and without their lid: ("2.126", "2.126a", ...)."""
        refs = (a.ref.split()[0] for a in self.articles if a.ref[:1].isdigit())
        return tuple(dict.fromkeys(refs))

    @property
    def legal_basis(self) -> Bilingual:
        """The articles in one line: "Aanbestedingswet 2012, art. 2.26, 1.8, 2.55"."""
        refs = ", ".join(self.article_numbers)
        law = self.articles[0].law
        return Bilingual(f"{law.nl}, art. {refs}", f"{law.en}, art. {refs}")


@dataclass(frozen=True)
class Threshold:
    """A European threshold amount (excl. VAT), whom it is for, and when it is valid."""

    what: Bilingual
    amount: Decimal
    valid_from: dt.date
    valid_until: dt.date  # the last day it is valid
    kinds: tuple[ContractKind, ...]  # empty for the concession threshold
    authorities: tuple[Authority, ...]
    concession: bool
    sources: tuple[Article, ...]  # the EU regulation with the amount, the Aw article
    checked: dt.date


@dataclass(frozen=True)
class LegalData:
    """Everything in the gate's data file."""

    law: Bilingual
    version: dt.date  # the consolidated version of the statute the entries were checked against
    entries: dict[Procedure, Entry]
    thresholds: tuple[Threshold, ...]
    value_articles: tuple[Article, ...]  # how the estimated value is computed
    national_articles: tuple[Article, ...]  # below the threshold: what the law still asks


def parse(data: dict[str, Any]) -> LegalData:
    """Turn the parsed TOML document into typed records.

    Raises:
        ValueError: a required key is missing, a value is not one of its kind, or a procedure
            has two entries; the message names the entry ("legal data: entries[3]
            (open_national): missing 'may'").
    """
    try:
        laws = {key: _law(value) for key, value in _part(data, "laws").items()}
        entries = _each(data, "entries", lambda raw: _entry(raw, laws))
        thresholds = _each(data, "thresholds", lambda raw: _threshold(raw, laws))
        value_articles = _each(data, "value_articles", lambda raw: _article(raw, laws))
        national_articles = _each(data, "national_articles", lambda raw: _article(raw, laws))
        version = _part(data, "version")
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise ValueError(f"legal data: {_reason(error)}") from error
    by_procedure: dict[Procedure, Entry] = {}
    for entry in entries:
        if entry.procedure in by_procedure:
            raise ValueError(f"legal data: two entries for {entry.procedure.value}")
        by_procedure[entry.procedure] = entry
    return LegalData(
        law=laws["aw"][0],
        version=version,
        entries=by_procedure,
        thresholds=thresholds,
        value_articles=value_articles,
        national_articles=national_articles,
    )


def _part(data: dict[str, Any], key: str) -> Any:
    if key not in data:
        raise ValueError(f"missing {key!r}")
    return data[key]


def _each(data: dict[str, Any], key: str, build: Callable[[dict[str, Any]], _T]) -> tuple[_T, ...]:
    """Build every item of the list `key`; an error names the item: "entries[3] (open_national)"."""
    out = []
    for number, raw in enumerate(_part(data, key)):
        try:
            out.append(build(raw))
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise ValueError(f"{key}[{number}]{_name(raw)}: {_reason(error)}") from error
    return tuple(out)


def _name(raw: object) -> str:
    """How an item names itself in an error: its id, its English `what`, or its ref."""
    if not isinstance(raw, dict):
        return ""
    what = raw.get("what")
    for name in (raw.get("id"), what.get("en") if isinstance(what, dict) else None, raw.get("ref")):
        if isinstance(name, str) and name:
            return f" ({name})"
    return ""


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r}"
    return str(error)


def load(path: Path) -> LegalData:
    """Read and parse a gate data file."""
    with path.open("rb") as file:
        return parse(tomllib.load(file))


@cache
def legal_data() -> LegalData:
    """The data file shipped with the app (read once, when the gate is first needed)."""
    return load(resource_path("legal/gate.toml"))


def _text(raw: dict[str, str]) -> Bilingual:
    return Bilingual(raw["nl"], raw["en"])


def _law(raw: dict[str, Any]) -> tuple[Bilingual, str]:
    return _text(raw["name"]), str(raw["url"])


def _article(raw: dict[str, Any], laws: dict[str, tuple[Bilingual, str]]) -> Article:
    key = raw.get("law", "aw")
    if key not in laws:
        raise ValueError(f"unknown law {key!r}")
    law, url = laws[key]
    ref = str(raw["ref"])
    article = ref.split()[0]  # "2.126a lid 2" links to article 2.126a
    return Article(ref, _text(raw["about"]), url.format(article=article), law)


def _entry(raw: dict[str, Any], laws: dict[str, tuple[Bilingual, str]]) -> Entry:
    return Entry(
        procedure=Procedure(raw["id"]),
        name=_text(raw["name"]),
        negotiation=Negotiation(raw["negotiation"]),
        route=Route(raw["route"]),
        may=_text(raw["may"]),
        may_not=_text(raw["may_not"]),
        articles=tuple(_article(article, laws) for article in raw["articles"]),
        checked=raw["checked"],
        practice=tuple(_text(text) for text in raw.get("practice", ())),
        uncertain=_text(raw["uncertain"]) if "uncertain" in raw else None,
    )


def _threshold(raw: dict[str, Any], laws: dict[str, tuple[Bilingual, str]]) -> Threshold:
    return Threshold(
        what=_text(raw["what"]),
        amount=Decimal(str(raw["amount"])),
        valid_from=raw["valid_from"],
        valid_until=raw["valid_until"],
        kinds=tuple(ContractKind(kind) for kind in raw.get("kinds", ())),
        authorities=tuple(Authority(who) for who in raw["authorities"]),
        concession=bool(raw.get("concession", False)),
        sources=tuple(_article(source, laws) for source in raw["sources"]),
        checked=raw["checked"],
    )
