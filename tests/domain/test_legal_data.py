"""The gate's data file, `resources/legal/gate.toml`: its shape, its links, its dates.

The file is the part of the gate a lawyer corrects; these tests say what a correction must keep
true, with messages that tell the editor what to do.
"""

import copy
import datetime as dt
import json
import re
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from nlinkoop.domain.legal import LegalData, legal_data, parse
from nlinkoop.domain.procedures import Authority, ContractKind, Procedure
from nlinkoop.resources import resource_path

DATA_FILE = "resources/legal/gate.toml"
AW_LINK = "https://wetten.overheid.nl/jci1.3:c:BWBR0032203&artikel="


def raw() -> dict[str, Any]:
    """The data file as tomllib reads it (dates as `datetime.date`)."""
    with resource_path("legal/gate.toml").open("rb") as file:
        return tomllib.load(file)


def as_json(value: Any) -> Any:
    """The parsed TOML with its dates written as ISO text, as JSON Schema sees data."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def validator() -> Draft202012Validator:
    schema = json.loads(resource_path("schema/legal.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors(document: dict[str, Any]) -> list[str]:
    found = validator().iter_errors(as_json(document))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in found]


def raw_articles(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every cited article in the file, with where it is cited."""
    for key in ("value_articles", "national_articles"):
        for article in document[key]:
            yield key, article
    for threshold in document["thresholds"]:
        for article in threshold["sources"]:
            yield f"threshold {threshold['what']['en']}", article
    for entry in document["entries"]:
        for article in entry["articles"]:
            yield f"entry {entry['id']}", article


# --- the shape -------------------------------------------------------------------------------


def test_the_data_file_validates_against_its_schema() -> None:
    assert errors(raw()) == []


def test_the_schema_knows_exactly_the_procedures_kinds_and_buyers() -> None:
    schema = json.loads(resource_path("schema/legal.schema.json").read_text(encoding="utf-8"))
    entry = schema["$defs"]["entry"]["properties"]
    threshold = schema["$defs"]["threshold"]["properties"]
    assert set(entry["id"]["enum"]) == {p.value for p in Procedure}
    assert set(threshold["kinds"]["items"]["enum"]) == {k.value for k in ContractKind}
    assert set(threshold["authorities"]["items"]["enum"]) == {a.value for a in Authority}


@pytest.mark.parametrize(
    ("break_it", "complaint"),
    [
        (lambda d: d["entries"][0].pop("may"), "'may' is a required property"),
        (lambda d: d["entries"][0].__setitem__("id", "open_europe"), "is not one of"),
        (lambda d: d["entries"][0]["name"].__setitem__("en", " "), "does not match"),
        (lambda d: d["entries"][0].__setitem__("articles", []), "should be non-empty"),
        (lambda d: d["entries"][0]["articles"][0].pop("about"), "'about' is a required"),
        (lambda d: d["entries"][0]["articles"][0]["about"].pop("nl"), "'nl' is a required"),
        (lambda d: d["entries"][0].__setitem__("checked", "2026-13-01"), "is not a 'date'"),
        (lambda d: d["entries"][0].__setitem__("practice", [{"nl": "x"}]), "'en' is a required"),
        (lambda d: d["entries"][0].__setitem__("uncertain", "x"), "is not of type 'object'"),
        (lambda d: d["entries"][0].__setitem__("route", "federal"), "is not one of"),
        (lambda d: d["entries"][0].__setitem__("negotiation", "maybe"), "is not one of"),
        (lambda d: d["thresholds"][0].__setitem__("amount", 0), "less than or equal to"),
        (lambda d: d["thresholds"][0].__setitem__("sources", []), "should be non-empty"),
        (lambda d: d["thresholds"][0].__setitem__("authorities", []), "should be non-empty"),
        (lambda d: d["thresholds"][0].__setitem__("kinds", ["goods"]), "is not one of"),
        (lambda d: d["thresholds"][0].pop("checked"), "'checked' is a required property"),
        (lambda d: d["thresholds"][0].pop("kinds"), "is not valid under any of the given"),
        (lambda d: d["thresholds"][-1].__setitem__("kinds", ["works"]), "is not valid under any"),
        (lambda d: d["value_articles"][0].__setitem__("ref", "art. 2.14"), "does not match"),
        (lambda d: d.pop("version"), "'version' is a required property"),
    ],
)
def test_the_schema_refuses_a_broken_file(break_it: Any, complaint: str) -> None:
    document = raw()
    assert document["thresholds"][-1].get("concession") is True  # the last one, as the case says
    break_it(document)
    found = errors(document)
    assert any(complaint in error for error in found), found


def test_every_procedure_and_situation_has_an_entry() -> None:
    data = legal_data()
    assert set(data.entries) == set(Procedure)
    for procedure, entry in data.entries.items():
        assert entry.procedure is procedure
        assert entry.name.nl != entry.name.en, procedure


# --- the links -------------------------------------------------------------------------------


def test_every_article_link_is_built_from_its_laws_template() -> None:
    document = raw()
    templates = {key: law["url"] for key, law in document["laws"].items()}
    assert templates["aw"] == AW_LINK + "{article}"
    data = legal_data()
    parsed = [
        *data.value_articles,
        *data.national_articles,
        *(source for t in data.thresholds for source in t.sources),
        *(article for entry in data.entries.values() for article in entry.articles),
    ]
    cited = list(raw_articles(document))
    assert len(parsed) == len(cited)
    for (where, article), typed in zip(cited, parsed, strict=True):
        law = article.get("law", "aw")
        assert law in templates, f"{where}: unknown law {law!r}"
        ref = article["ref"]
        assert typed.ref == ref
        if law == "aw":
            number = ref.split()[0]
            assert typed.url == AW_LINK + number, where
            assert re.fullmatch(r"\d+a?\.\d+[a-z]*", number), f"{where}: {ref}"
        else:
            # A regulation is cited whole: its link is the law's own, and names the same number.
            assert "{article}" not in templates[law]
            assert typed.url == templates[law], where
            assert f"/{ref}/" in typed.url, f"{where}: {ref} is not {typed.url}"


def test_citations_read_as_a_buyer_cites() -> None:
    data = legal_data()
    cpn = data.entries[Procedure.COMPETITIVE_WITH_NEGOTIATION]
    lid2 = next(a for a in cpn.articles if a.ref == "2.126a lid 2")
    assert lid2.citation("nl") == "Aanbestedingswet 2012, art. 2.126a lid 2"
    assert lid2.citation("en") == "Procurement Act 2012, art. 2.126a lid 2"
    assert lid2.url == AW_LINK + "2.126a"
    regulation = data.thresholds[0].sources[0]
    assert regulation.ref == "2025/2152"
    assert regulation.citation("en") == (
        "Commission Delegated Regulation (EU) 2025/2152 (Directive 2014/24/EU)"
    )
    assert regulation.url == "https://eur-lex.europa.eu/eli/reg_del/2025/2152/oj"


# --- the dates -------------------------------------------------------------------------------


def test_each_checked_date_lies_between_the_statute_version_and_today() -> None:
    data = legal_data()
    today = dt.date.today()
    dated = [(f"entry {p.value}", e.checked) for p, e in data.entries.items()]
    dated += [(f"threshold {t.what.en}", t.checked) for t in data.thresholds]
    for where, checked in dated:
        assert isinstance(checked, dt.date), where
        assert checked <= today, (
            f"{DATA_FILE}: {where} says it was checked on {checked}, later than today"
        )
        assert checked >= data.version, (
            f"{DATA_FILE}: {where} was checked on {checked}, before the statute version it "
            f"names ({data.version}); check it again against that version"
        )


def test_each_threshold_starts_before_it_ends() -> None:
    for threshold in legal_data().thresholds:
        assert threshold.valid_from <= threshold.valid_until, threshold.what.en


def ended_message(data: LegalData, today: dt.date) -> str | None:
    """What the editor of the data file must read when its thresholds do not cover `today`."""
    if any(t.valid_from <= today <= t.valid_until for t in data.thresholds):
        return None
    ended = max(t.valid_until for t in data.thresholds)
    return f"the thresholds in {DATA_FILE} ended on {ended:%d-%m-%Y}; add the new ones"


def test_the_thresholds_cover_today() -> None:
    """Fails on the first day after the last threshold period: add the new amounts then."""
    message = ended_message(legal_data(), dt.date.today())
    assert message is None, message


def test_the_message_when_the_thresholds_have_ended() -> None:
    data = legal_data()
    assert ended_message(data, dt.date(2027, 12, 31)) is None
    assert ended_message(data, dt.date(2028, 1, 1)) == (
        "the thresholds in resources/legal/gate.toml ended on 31-12-2027; add the new ones"
    )


@pytest.mark.parametrize("kind", list(ContractKind))
@pytest.mark.parametrize("authority", list(Authority))
def test_one_threshold_for_every_kind_and_buyer_today(
    kind: ContractKind, authority: Authority
) -> None:
    today = dt.date.today()
    current = [
        t
        for t in legal_data().thresholds
        if t.valid_from <= today <= t.valid_until and not t.concession
    ]
    fitting = [t.what.en for t in current if kind in t.kinds and authority in t.authorities]
    assert len(fitting) == 1, f"{kind.value} bought by {authority.value}: {fitting}"


@pytest.mark.parametrize("authority", list(Authority))
def test_one_concession_threshold_for_every_buyer_today(authority: Authority) -> None:
    today = dt.date.today()
    fitting = [
        t
        for t in legal_data().thresholds
        if t.concession and authority in t.authorities and t.valid_from <= today <= t.valid_until
    ]
    assert len(fitting) == 1, authority


def test_the_2026_2027_amounts() -> None:
    """The amounts of Delegated Regulations (EU) 2025/2150-2152, as field-notes.md lists them."""
    amounts = {
        (t.what.en, int(t.amount))
        for t in legal_data().thresholds
        if t.valid_from == dt.date(2026, 1, 1) and t.valid_until == dt.date(2027, 12, 31)
    }
    assert amounts == {
        ("Supplies and services, central government", 140_000),
        (
            "Supplies and services, other contracting authorities (municipalities, provinces, "
            "school boards, ...)",
            216_000,
        ),
        ("Works", 5_404_000),
        ("Utilities: works", 5_404_000),
        ("Social and other specific services", 750_000),
        ("Utilities: supplies and services", 432_000),
        ("Utilities: social and other specific services", 1_000_000),
        ("Concessions", 5_404_000),
    }


# --- a broken file -----------------------------------------------------------------------------


def broken(change: Any) -> dict[str, Any]:
    document = copy.deepcopy(raw())
    change(document)
    return document


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["entries"][2].pop("may"),
            "legal data: entries[2] (open_national): missing 'may'",
        ),
        (
            lambda d: d["entries"][0].__setitem__("id", "open_europe"),
            "legal data: entries[0] (open_europe): 'open_europe' is not a valid Procedure",
        ),
        (
            lambda d: d["entries"][1].__setitem__("negotiation", "maybe"),
            "legal data: entries[1] (restricted_european): 'maybe' is not a valid Negotiation",
        ),
        (
            lambda d: d["entries"][4]["articles"][0].pop("ref"),
            "legal data: entries[4] (competitive_with_negotiation): missing 'ref'",
        ),
        (
            lambda d: d["entries"][3]["articles"][0].__setitem__("law", "eu9999"),
            "legal data: entries[3] (restricted_national): unknown law 'eu9999'",
        ),
        (
            lambda d: d["thresholds"][2].__setitem__("kinds", ["goods"]),
            "legal data: thresholds[2] (Social and other specific services): 'goods' is not a "
            "valid ContractKind",
        ),
        (
            lambda d: d["thresholds"][0].pop("valid_until"),
            "legal data: thresholds[0] (Supplies and services, central government): "
            "missing 'valid_until'",
        ),
        (
            lambda d: d["value_articles"][1].pop("about"),
            "legal data: value_articles[1] (2.15 lid 2): missing 'about'",
        ),
        (lambda d: d.pop("laws"), "legal data: missing 'laws'"),
        (lambda d: d.pop("national_articles"), "legal data: missing 'national_articles'"),
        (
            lambda d: d["entries"].append(copy.deepcopy(d["entries"][0])),
            "legal data: two entries for open_european",
        ),
    ],
)
def test_a_broken_data_file_names_the_entry(change: Any, message: str) -> None:
    with pytest.raises(ValueError) as raised:
        parse(broken(change))
    assert str(raised.value) == message
