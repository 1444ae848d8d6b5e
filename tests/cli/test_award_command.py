"""`nlinkoop award`: the award simulation on the command line, as text and as JSON.

The numbers are the worked examples of docs/award-methods.md (and tests/domain/test_award.py).
"""

import json
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.domain.award import (
    Award,
    AwardCriterion,
    AwardMethod,
    PriceFormula,
    SampleTender,
)
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.wishes import Wish
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import run_nlinkoop, sha256

D = Decimal
LINEAR_ID = "abcdef00-1000-4000-8000-000000000001"
RELATIVE_ID = "abcdef00-2000-4000-8000-000000000002"
VALUE_ID = "abcdef01-0000-4000-8000-000000000003"
EMPTY_ID = "0e000000-0000-4000-8000-000000000004"
UNPRICED_ID = "0f000000-0000-4000-8000-000000000005"
WISH = "Elektrische bussen vanaf de eerste dag"
SCORES: dict[str, tuple[Decimal | None, ...]] = {  # tender: (price, plan %, wish %)
    "A": (D(80_000), D(50), D(0)),
    "B": (D(100_000), D(75), D(100)),
    "C": (D(110_000), D(100), D(25)),
}


Scores = dict[str, tuple[Decimal | None, ...]]


def preparation(prep_id: str, title: str, award: Award, scores: Scores) -> Preparation:
    """A preparation with one wish, linked to the award's second criterion."""
    wish = Wish(WISH, points=20, euro_per_point=D(1_000), cost_to_score=D(12_000))
    if len(award.criteria) > 1:
        award.criteria[1].wish_id = wish.id
    for name, (price, *percents) in scores.items():
        tender = SampleTender(name, price)
        award.tenders.append(tender)
        for criterion, percent in zip(award.criteria, percents, strict=True):
            award.set_score(tender.id, criterion.id, percent)
    return Preparation(title=title, wishes=[wish], award=award, id=prep_id)


def criteria(points: bool) -> list[AwardCriterion]:
    if points:
        return [AwardCriterion("Kwaliteitsplan", D(40)), AwardCriterion("Elektrisch", D(20))]
    return [
        AwardCriterion("Kwaliteitsplan", euro_value=D(40_000)),
        AwardCriterion("Elektrisch", euro_value=D(20_000)),
    ]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("award") / "gunning.db"
    linear = Award(AwardMethod.POINTS, D(40), PriceFormula.LINEAR, D(120_000), criteria(True))
    relative = Award(AwardMethod.POINTS, D(40), PriceFormula.RELATIVE, None, criteria(True))
    value = Award(AwardMethod.VALUE, criteria=criteria(False))
    relative_scores = dict(SCORES, C=(D(160_000), D(100), D(100)))
    unpriced = Award(criteria=criteria(True))
    with Workbook.create(path) as book:
        for prep in (
            preparation(LINEAR_ID, "Busvervoer lineair", linear, SCORES),
            preparation(RELATIVE_ID, "Busvervoer relatief", relative, relative_scores),
            preparation(VALUE_ID, "Busvervoer op waarde", value, SCORES),
            Preparation(title="Zonder gunning", id=EMPTY_ID),
            preparation(UNPRICED_ID, "Nog geen prijzen", unpriced, {"A": (None, D(1), D(2))}),
        ):
            book.save(prep)
    return path


def award(workbook: Path, *args: str) -> subprocess.CompletedProcess[str]:
    result = run_nlinkoop("award", workbook, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result


def as_json(workbook: Path, prep_id: str, *args: str) -> dict[str, Any]:
    return dict(json.loads(award(workbook, "--id", prep_id, "--json", *args).stdout))


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("nlinkoop")
    assert result.stdout == ""
    return lines[0]


def squeezed(text: str) -> list[str]:
    """The lines with runs of spaces made one, so tests do not depend on column widths."""
    return [" ".join(line.split()) for line in text.splitlines()]


def test_linear_points_in_dutch(workbook: Path) -> None:
    before = sha256(workbook)
    lines = squeezed(award(workbook, "--id", LINEAR_ID[:12]).stdout)

    assert lines[0] == "Busvervoer lineair"
    assert (
        "Gunningsmodel: punten; 40,00 prijspunten, lineaire prijsformule, "
        "referentieprijs € 120.000,00"
    ) in lines
    assert f"Elektrisch 20,00 - {WISH}" in lines
    # (120 000 - 80 000) / 40 = 1 000 per point
    assert "1 punt is € 1.000,00 waard (voorbeeldprijzen € 80.000,00 tot € 110.000,00)." in lines
    ranking = lines.index("Rangorde")
    assert lines[ranking + 1] == "Plaats Inschrijving Prijs Prijspunten Kwaliteitspunten Totaal"
    assert lines[ranking + 2 : ranking + 5] == [
        "1 B € 100.000,00 20,00 50,00 70,00",
        "2 A € 80.000,00 40,00 20,00 60,00",
        "3 C € 110.000,00 10,00 45,00 55,00",
    ]
    assert any(
        line.startswith(
            f"{WISH}: 20 × € 1.000,00 per punt = € 20.000,00; kosten om te scoren € 12.000,00"
        )
        for line in lines
    )
    assert (
        f"{WISH} (Elektrisch): met de wens wint B (€ 100.000,00), zonder de wens A "
        "(€ 80.000,00): € 20.000,00 meer."
    ) in lines
    assert sha256(workbook) == before  # looking changes nothing


def test_linear_points_in_english(workbook: Path) -> None:
    lines = squeezed(award(workbook, "--id", LINEAR_ID, "--lang", "en").stdout)

    assert "1 point is worth € 1.000,00 (sample prices € 80.000,00 to € 110.000,00)." in lines
    assert "Rank Tender Price Price points Quality points Total" in lines
    # the criterion's 20 points x EUR 1,000 per point (the wish has 20 points of its own too)
    assert (
        f"{WISH}: 20 × € 1.000,00 per point = € 20.000,00; cost to score € 12.000,00; scoring "
        "fully on it weighs as much as a price difference of € 20.000,00"
    ) in lines
    assert (
        f"{WISH} (Elektrisch): with the wish B wins (€ 100.000,00), without it A "
        "(€ 80.000,00): € 20.000,00 more."
    ) in lines


def test_linear_points_as_json(workbook: Path) -> None:
    data = as_json(workbook, LINEAR_ID)

    assert (data["id"], data["method"], data["formula"]) == (LINEAR_ID, "points", "linear")
    assert (data["price_points"], data["reference_price"]) == ("40.00", "120000.00")
    assert data["point_value"] == {
        "low": "1000.00",
        "high": "1000.00",
        "lowest_price": "80000.00",
        "highest_price": "110000.00",
    }
    assert [
        (r["rank"], r["tender"], r["price"], r["price_points"], r["quality_points"], r["total"])
        for r in data["ranking"]
    ] == [
        (1, "B", "100000.00", "20.00", "50.00", "70.00"),
        (2, "A", "80000.00", "40.00", "20.00", "60.00"),
        (3, "C", "110000.00", "10.00", "45.00", "55.00"),
    ]
    assert [r["tie"] for r in data["ranking"]] == [False, False, False]
    assert data["left_out"] == []
    (wish,) = data["wishes"]
    assert (wish["name"], wish["points"], wish["euro_per_point"]) == (WISH, 20, "1000.00")
    assert (wish["worth"], wish["cost_to_score"]) == ("20000.00", "12000.00")
    # the criterion's 20 points x (120 000 - 80 000) / 40 = 20 x 1 000
    assert wish["price_weight"] == {"low": "20000.00", "high": "20000.00"}
    assert [c["wish"] for c in data["criteria"]] == [None, WISH]
    (check,) = data["sensitivity"]
    assert check["criterion"] == "Elektrisch" and check["wish_id"] == wish["id"]
    assert check["changes_winner"] is True
    assert (check["winner"]["tender"], check["winner"]["price"]) == ("B", "100000.00")
    assert (check["winner_without"]["tender"], check["winner_without"]["price"]) == (
        "A",
        "80000.00",
    )
    assert check["extra_cost"] == "20000.00"
    assert check["winners"] == [check["winner"]]
    assert check["winners_without"] == [check["winner_without"]]


def test_relative_points_show_a_range_and_an_unchanged_winner(workbook: Path) -> None:
    lines = squeezed(award(workbook, "--id", RELATIVE_ID, "--lang", "en").stdout)
    # lowest / price points = 80 000 / 40 = 2 000; 160 000^2 / (40 x 80 000) = 8 000
    assert (
        "1 point is worth € 2.000,00 at the lowest price to € 8.000,00 at the highest "
        "(sample prices € 80.000,00 to € 160.000,00)."
    ) in lines
    assert "1 B € 100.000,00 32,00 50,00 82,00" in lines
    assert "2 C € 160.000,00 20,00 60,00 80,00" in lines
    assert "3 A € 80.000,00 40,00 20,00 60,00" in lines
    assert f"{WISH} (Elektrisch): B wins with and without the wish; no extra cost." in lines

    data = as_json(workbook, RELATIVE_ID)
    assert data["point_value"]["low"] == "2000.00" and data["point_value"]["high"] == "8000.00"
    assert data["sensitivity"][0]["changes_winner"] is False
    assert data["sensitivity"][0]["extra_cost"] == "0.00"
    # the criterion's 20 points x 2 000 to 20 x 8 000
    assert data["wishes"][0]["price_weight"] == {"low": "40000.00", "high": "160000.00"}


def test_gunnen_op_waarde(workbook: Path) -> None:
    lines = squeezed(award(workbook, "--id", VALUE_ID).stdout)

    assert lines[2].startswith("Gunningsmodel: Gunnen op Waarde")
    assert not any(line.startswith("1 punt") for line in lines)
    assert "Plaats Inschrijving Prijs Gescoord op kwaliteit Fictieve prijs" in lines
    # B: 100 000 - 30 000 - 20 000 = 50 000; A: 80 000 - 20 000; C: 110 000 - 40 000 - 5 000
    ranking = lines.index("Rangorde")
    assert lines[ranking + 2 : ranking + 5] == [
        "1 B € 100.000,00 € 50.000,00 € 50.000,00",
        "2 A € 80.000,00 € 20.000,00 € 60.000,00",
        "3 C € 110.000,00 € 45.000,00 € 65.000,00",
    ]
    assert "Elektrisch - € 20.000,00 " + WISH in lines

    data = as_json(workbook, VALUE_ID)
    assert data["point_value"] is None
    assert [(r["tender"], r["quality_euros"], r["fictive_price"]) for r in data["ranking"]] == [
        ("B", "50000.00", "50000.00"),
        ("A", "20000.00", "60000.00"),
        ("C", "45000.00", "65000.00"),
    ]
    assert "total" not in data["ranking"][0]
    assert data["sensitivity"][0]["extra_cost"] == "20000.00"
    assert data["wishes"][0]["price_weight"] == {"low": "20000.00", "high": "20000.00"}


@pytest.mark.parametrize(
    ("prep_id", "dutch", "english"),
    [
        (EMPTY_ID, "geen gunningsmodel ingevuld", "no award model filled in"),
        (
            UNPRICED_ID,
            "geen voorbeeldinschrijvingen met een prijs",
            "no sample tenders with a price",
        ),
    ],
)
def test_nothing_to_simulate_is_one_line(
    workbook: Path, prep_id: str, dutch: str, english: str
) -> None:
    nl = award(workbook, "--id", prep_id).stdout
    en = award(workbook, "--id", prep_id, "--lang", "en").stdout
    as_json_line = award(workbook, "--id", prep_id, "--json").stdout

    assert nl.count("\n") == en.count("\n") == as_json_line.count("\n") == 1
    assert dutch in nl and english in en
    data = json.loads(as_json_line)
    assert data["id"] == prep_id and data["ranking"] == [] and dutch in data["message"]


def test_unnamed_tenders_and_odd_characters(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    plan = AwardCriterion("Plan\x1b[31m\nrood", D(40))
    model = Award(AwardMethod.POINTS, D(40), criteria=[plan])
    model.tenders = [SampleTender("", D(90_000)), SampleTender(" \u202eB ", D(80_000))]
    with Workbook.create(path) as book:
        book.save(Preparation(title="Vreemd", award=model, id=LINEAR_ID))

    text = award(path, "--id", LINEAR_ID).stdout
    english = award(path, "--id", LINEAR_ID, "--lang", "en").stdout

    assert "\x1b" not in text and "\u202e" not in text
    assert "Plan[31m rood" in text
    lines = squeezed(text)
    assert "1 B € 80.000,00 40,00 0,00 40,00" in lines
    assert "2 Inschrijving 1 € 90.000,00 35,56 0,00 35,56" in lines  # 40 x 80/90 = 35.555...
    assert "2 Tender 1 € 90.000,00 35,56 0,00 35,56" in squeezed(english)
    assert json.loads(award(path, "--id", LINEAR_ID, "--json").stdout)["ranking"][1] == {
        "rank": 2,
        "tie": False,
        "tender_id": model.tenders[0].id,
        "tender": "Inschrijving 1",
        "price": "90000.00",
        "price_points": "35.56",
        "quality_points": "0.00",
        "total": "35.56",
    }


def test_a_long_wish_is_named_by_its_start_cut_after_a_whole_word(tmp_path: Path) -> None:
    path = tmp_path / "long.db"
    wish = Wish(
        "Alle bussen rijden elektrisch vanaf de eerste dag van het contract, ook in de nacht"
    )
    model = Award(criteria=[AwardCriterion("Elektrisch", D(20), wish_id=wish.id)])
    model.tenders = [SampleTender("A", D(80_000))]
    with Workbook.create(path) as book:
        book.save(Preparation(title="Lang", wishes=[wish], award=model, id=LINEAR_ID))

    data = as_json(path, LINEAR_ID)

    name = "Alle bussen rijden elektrisch vanaf de eerste…"  # as the tab cuts it
    assert data["wishes"][0]["name"] == data["criteria"][0]["wish"] == name
    assert len(name) <= 50


def test_unknown_ambiguous_and_missing_ids(workbook: Path) -> None:
    unknown = one_line_error(run_nlinkoop("award", workbook, "--id", "zz"))
    ambiguous = one_line_error(run_nlinkoop("award", workbook, "--id", "ABCDEF00"))
    empty = one_line_error(run_nlinkoop("award", workbook, "--id", " ", "--json"))
    missing = run_nlinkoop("award", workbook)

    assert "no preparation with id zz" in unknown
    assert "fits 2 preparations" in ambiguous
    assert "no preparation" in empty
    assert missing.returncode == 2 and "--id" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"this is not a workbook" * 100])
def test_a_refused_file_gets_one_line(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = sha256(bad)

    error = one_line_error(run_nlinkoop("award", bad, "--id", "abc", "--json"))

    assert str(bad) in error
    assert sha256(bad) == before


def test_a_missing_file_gets_one_line(tmp_path: Path) -> None:
    one_line_error(run_nlinkoop("award", tmp_path / "nope.db", "--id", "abc"))
    assert not (tmp_path / "nope.db").exists()
