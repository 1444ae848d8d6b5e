"""`nlinkoop gate`: the legal gate's whole answer for one preparation, as text or as JSON.

It shows what the window's verdict panel shows, from the same `gate.answer`: the verdict, the
value checks (a check that forbids the procedure first), what may and may not be discussed,
practice said as practice, what is uncertain, every article with what it says, its link and
the day it was checked, and the European thresholds with their validity. The JSON object is
built first and the text is written from it, so both say the same.

The gate's own texts are Dutch and English in `nlinkoop/domain/gate.py` and
`resources/legal/gate.toml`; the few labels of this command sit beside them as `Bilingual`
texts too, so the command needs no translation catalogue.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from nlinkoop.cli.award import clean
from nlinkoop.domain.dates import format_date
from nlinkoop.domain.gate import SYMBOLS, GateAnswer, Level, euros
from nlinkoop.domain.legal import Article, Bilingual, Threshold
from nlinkoop.domain.preparation import Preparation

CENT = Decimal("0.01")

_LABELS: dict[str, Bilingual] = {
    "procedure": Bilingual("Procedure:", "Procedure:"),
    "may": Bilingual("Wel:", "Allowed:"),
    "may_not": Bilingual("Niet:", "Not allowed:"),
    "practice": Bilingual("Praktijk, geen wet:", "Practice, not law:"),
    "uncertain": Bilingual("Niet zeker:", "Not certain:"),
    "articles": Bilingual("Artikelen, gecontroleerd op {date}:", "Articles, checked on {date}:"),
    "value_articles": Bilingual("Hoe je de waarde raamt:", "How the value is estimated:"),
    "national_articles": Bilingual(
        "Onder de drempel vraagt de wet nog:", "Below the threshold the Act still asks:"
    ),
    "thresholds": Bilingual(
        "Europese drempelbedragen (excl. btw):", "European thresholds (excl. VAT):"
    ),
    "valid": Bilingual("{start} t/m {end}", "{start} to {end}"),
    "ended": Bilingual(
        "Deze bedragen golden tot {date}; controleer de huidige bij PIANOo.",
        "These amounts applied until {date}; check the current ones at PIANOo.",
    ),
}


def label(key: str, language: str, **values: object) -> str:
    """The label `key` in `language` ("nl" or "en"), with the values filled in."""
    return _LABELS[key].text(language).format(**values)


# --- JSON -------------------------------------------------------------------------------------


def report(prep: Preparation, result: GateAnswer) -> dict[str, Any]:
    """The gate's answer as a JSON object; its keys are documented in docs/public-procurement.md.

    Every key is always there: an answer without a procedure (commercial, or none chosen yet)
    has `procedure` null, empty lists and null texts. Amounts are exact strings ("140000.00"),
    dates ISO ("2027-12-31").
    """
    language = result.language
    entry = result.entry
    return {
        "id": prep.id,
        "title": prep.title,
        "context": prep.context.value,
        "language": language,
        "verdict": {
            "symbol": result.symbol,
            "text": result.verdict,
            "negotiation": entry.negotiation.value if entry is not None else None,
            "blocked": result.blocked,
        },
        "checks": [{"level": c.level.value, "text": c.text} for c in result.checks],
        "procedure": None
        if entry is None
        else {"id": entry.procedure.value, "name": entry.name.text(language)},
        "may": entry.may.text(language) if entry is not None else None,
        "may_not": entry.may_not.text(language) if entry is not None else None,
        "practice": [p.text(language) for p in entry.practice] if entry is not None else [],
        "uncertain": entry.uncertain.text(language)
        if entry is not None and entry.uncertain is not None
        else None,
        "articles": [_article(a, language) for a in entry.articles] if entry is not None else [],
        "checked": _date(result.checked),
        "value_articles": [_article(a, language) for a in result.value_articles],
        "national_articles": [_article(a, language) for a in result.national_articles],
        "thresholds": [_threshold(t, language) for t in result.thresholds],
        "thresholds_ended": _date(result.thresholds_ended),
    }


def _article(article: Article, language: str) -> dict[str, str]:
    return {
        "ref": article.ref,
        "citation": article.citation(language),
        "about": article.about.text(language),
        "url": article.url,
    }


def _threshold(threshold: Threshold, language: str) -> dict[str, Any]:
    return {
        "what": threshold.what.text(language),
        "amount": str(threshold.amount.quantize(CENT)),
        "valid_from": threshold.valid_from.isoformat(),
        "valid_until": threshold.valid_until.isoformat(),
        "sources": [_article(source, language) for source in threshold.sources],
    }


def _date(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


# --- Text -------------------------------------------------------------------------------------


def text(data: dict[str, Any]) -> str:
    """The answer as plain text, from the JSON object `report` made."""
    lang = data["language"]
    verdict = f"{data['verdict']['symbol']} {data['verdict']['text']}"
    if data["context"] != "public":
        return verdict  # commercial: the one line says it all
    lines = [clean(data["title"]) or data["id"], "", verdict]
    lines += [f"  {SYMBOLS[Level(c['level'])]} {clean(c['text'])}" for c in data["checks"]]
    if data["procedure"] is not None:
        lines += ["", f"{label('procedure', lang)} {data['procedure']['name']}"]
        lines.append(f"{label('may', lang)} {data['may']}")
        lines.append(f"{label('may_not', lang)} {data['may_not']}")
        if data["practice"]:
            lines.append(label("practice", lang))
            lines += [f"  - {practice}" for practice in data["practice"]]
        if data["uncertain"] is not None:
            lines.append(f"{label('uncertain', lang)} {data['uncertain']}")
        checked = format_date(dt.date.fromisoformat(data["checked"]))
        lines += ["", label("articles", lang, date=checked)]
        lines += _articles(data["articles"])
    for key in ("value_articles", "national_articles"):
        if data[key]:
            lines += ["", label(key, lang)]
            lines += _articles(data[key])
    if data["thresholds"]:
        lines += ["", label("thresholds", lang)]
        amounts = [euros(Decimal(t["amount"]), lang) for t in data["thresholds"]]
        width = max(len(amount) for amount in amounts)
        lines += [
            _threshold_line(t, amount.rjust(width), lang)
            for t, amount in zip(data["thresholds"], amounts, strict=True)
        ]
        if data["thresholds_ended"] is not None:
            ended = format_date(dt.date.fromisoformat(data["thresholds_ended"]))
            lines.append(f"  {label('ended', lang, date=ended)}")
    return "\n".join(lines)


def _articles(articles: list[dict[str, str]]) -> list[str]:
    lines = []
    for article in articles:
        lines.append(f"  {_cited(article)} — {article['about']}")
        lines.append(f"    {article['url']}")
    return lines


def _cited(article: dict[str, str]) -> str:
    """An article of the Act as "art. 2.126a lid 2"; a regulation by its name."""
    ref = article["ref"]
    return f"art. {ref}" if ref[:1].isdigit() and "/" not in ref else article["citation"]


def _threshold_line(threshold: dict[str, Any], amount: str, lang: str) -> str:
    valid = label(
        "valid",
        lang,
        start=format_date(dt.date.fromisoformat(threshold["valid_from"])),
        end=format_date(dt.date.fromisoformat(threshold["valid_until"])),
    )
    sources = ", ".join(
        f"art. {s['ref']}" if "/" not in s["ref"] else s["ref"] for s in threshold["sources"]
    )
    return f"  {amount}  {threshold['what']} ({valid}; {sources})"
