"""`nlinkoop award` at the edges: a tie is shown as a tie, a tender left out is named with why.

Every expected number is worked out by hand in a comment (see tests/domain/test_award_edge_cases.py
for the same rules on the domain).
"""

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.domain.award import Award, AwardCriterion, AwardMethod, PriceFormula, SampleTender
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.wishes import Wish
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import one_line_error, run_nlinkoop, sha256

D = Decimal
TIE_ID = "71e00000-0000-4000-8000-000000000001"
ROUNDING_ID = "71e00000-0000-4000-8000-000000000002"
RELATIVE_ZERO_ID = "7e700000-0000-4000-8000-000000000003"
VALUE_ZERO_ID = "7e700000-0000-4000-8000-000000000004"
ONLY_ZERO_ID = "7e700000-0000-4000-8000-000000000005"


def scored(award: Award, tenders: dict[str, tuple[Decimal | None, list[Decimal]]]) -> Award:
    for name, (price, percents) in tenders.items():
        tender = SampleTender(name, price)
        award.tenders.append(tender)
        for criterion, percent in zip(award.criteria, percents, strict=True):
            award.set_score(tender.id, criterion.id, percent)
    return award


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("edges") / "randen.db"
    wish = Wish("Groene middelen", points=10, euro_per_point=D(100))
    # Gunnen op Waarde, plan EUR 2,000, wish EUR 1,000:
    #   with the wish:    A 80,000 - 0 - 1,000 = 79,000; B 81,000 - 2,000 - 0 = 79,000: a tie
    #   without the wish: A 80,000;                      B 79,000: B wins
    tie = scored(
        Award(
            AwardMethod.VALUE,
            criteria=[
                AwardCriterion("Plan", euro_value=D(2_000)),
                AwardCriterion("Groen", euro_value=D(1_000), wish_id=wish.id),
            ],
        ),
        {"B": (D(81_000), [D(100), D(0)]), "A": (D(80_000), [D(0), D(100)])},
    )
    # No price points, one criterion of 100 points: A 60.025 -> 60.03, B 60.02.
    rounding = scored(
        Award(AwardMethod.POINTS, criteria=[AwardCriterion("Plan", D(100))]),
        {"B": (D(1_000), [D("60.02")]), "A": (D(1_000), [D("60.025")])},
    )
    # Relative, 40 price points: Nul (0) cannot be scored; B 40 x 80/80 = 40, C 40 x 80/100 = 32
    relative = scored(
        Award(AwardMethod.POINTS, D(40), PriceFormula.RELATIVE),
        {"B": (D(80_000), []), "Nul": (D(0), []), "C": (D(100_000), [])},
    )
    # Gunnen op Waarde: Nul 0 - 50% x 2,000 = -1,000; B 80,000 - 2,000 = 78,000
    value = scored(
        Award(AwardMethod.VALUE, criteria=[AwardCriterion("Plan", euro_value=D(2_000))]),
        {"B": (D(80_000), [D(100)]), "Nul": (D(0), [D(50)])},
    )
    only_zero = scored(Award(AwardMethod.POINTS, D(40), PriceFormula.RELATIVE), {"Nul": (D(0), [])})
    with Workbook.create(path) as book:
        for prep in (
            Preparation(title="Gelijkspel", wishes=[wish], award=tie, id=TIE_ID),
            Preparation(title="Afronden", award=rounding, id=ROUNDING_ID),
            Preparation(title="Nul relatief", award=relative, id=RELATIVE_ZERO_ID),
            Preparation(title="Nul op waarde", award=value, id=VALUE_ZERO_ID),
            Preparation(title="Alleen nul", award=only_zero, id=ONLY_ZERO_ID),
        ):
            book.save(prep)
    return path


def award_text(workbook: Path, prep_id: str) -> list[str]:
    result = run_nlinkoop("award", workbook, "--id", prep_id, "--lang", "en")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return [" ".join(line.split()) for line in result.stdout.splitlines()]


def award_json(workbook: Path, prep_id: str) -> dict[str, Any]:
    result = run_nlinkoop("award", workbook, "--id", prep_id, "--json")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    return dict(json.loads(result.stdout))


def test_a_tie_is_shown_as_a_tie_and_names_no_winner(workbook: Path) -> None:
    lines = award_text(workbook, TIE_ID)
    # A and B share first place at 79,000, listed by name; neither is the winner
    assert "1 (tie) A € 80.000,00 € 1.000,00 € 79.000,00" in lines
    assert "1 (tie) B € 81.000,00 € 2.000,00 € 79.000,00" in lines
    assert lines.index("1 (tie) A € 80.000,00 € 1.000,00 € 79.000,00") < lines.index(
        "1 (tie) B € 81.000,00 € 2.000,00 € 79.000,00"
    )
    assert (
        "Groene middelen (Groen): with the wish a tie between A and B; without it B wins "
        "(€ 81.000,00)."
    ) in lines
    assert not any("more." in line or "less." in line for line in lines)

    data = award_json(workbook, TIE_ID)
    assert [(r["rank"], r["tie"], r["tender"]) for r in data["ranking"]] == [
        (1, True, "A"),
        (1, True, "B"),
    ]
    (check,) = data["sensitivity"]
    assert check["winner"] is None and check["extra_cost"] is None
    assert [w["tender"] for w in check["winners"]] == ["A", "B"]
    assert check["winner_without"]["tender"] == "B" and check["changes_winner"] is True


def test_totals_are_ranked_as_they_are_shown(workbook: Path) -> None:
    lines = award_text(workbook, ROUNDING_ID)
    assert "1 A € 1.000,00 0,00 60,03 60,03" in lines  # 60.025 half up
    assert "2 B € 1.000,00 0,00 60,02 60,02" in lines
    data = award_json(workbook, ROUNDING_ID)
    assert [(r["rank"], r["tie"], r["total"]) for r in data["ranking"]] == [
        (1, False, "60.03"),
        (2, False, "60.02"),
    ]


def test_a_zero_tender_left_out_by_the_relative_formula_is_named_with_why(workbook: Path) -> None:
    lines = award_text(workbook, RELATIVE_ZERO_ID)
    assert "1 B € 80.000,00 40,00 0,00 40,00" in lines
    assert "2 C € 100.000,00 32,00 0,00 32,00" in lines
    assert (
        "Left out: Nul, because the relative formula cannot score a price of € 0 "
        "(it divides by it)."
    ) in lines

    data = award_json(workbook, RELATIVE_ZERO_ID)
    assert [r["tender"] for r in data["ranking"]] == ["B", "C"]
    (left,) = data["left_out"]
    assert {k: left[k] for k in ("tender", "price", "reason")} == {
        "tender": "Nul",
        "price": "0.00",
        "reason": "zero_price_relative",
    }
    assert "relatieve formule" in left["because"] or "relative formula" in left["because"]


def test_gunnen_op_waarde_ranks_a_zero_tender(workbook: Path) -> None:
    data = award_json(workbook, VALUE_ZERO_ID)
    assert [(r["tender"], r["fictive_price"]) for r in data["ranking"]] == [
        ("Nul", "-1000.00"),
        ("B", "78000.00"),
    ]
    assert data["left_out"] == []


def test_only_a_zero_tender_under_the_relative_formula_still_says_why(workbook: Path) -> None:
    lines = award_text(workbook, ONLY_ZERO_ID)
    assert not any("no sample tenders with a price" in line for line in lines)
    assert any(line.startswith("Left out: Nul, because the relative formula") for line in lines)
    data = award_json(workbook, ONLY_ZERO_ID)
    assert data["ranking"] == [] and data["left_out"][0]["reason"] == "zero_price_relative"


def score_path(document: dict[str, Any]) -> tuple[int, int]:
    """Where the example's first sample-tender score is: (preparation index, score index)."""
    for number, prep in enumerate(document["preparations"]):
        if prep["award"]["scores"]:
            return number, 0
    raise AssertionError("the example has no scores")


@pytest.mark.parametrize("percent", ["150", "100.01", "-5"])
def test_an_import_refuses_a_score_outside_0_to_100_naming_its_path(
    example_db: Path, tmp_path: Path, percent: str
) -> None:
    work = tmp_path / "work.db"
    shutil.copy(example_db, work)
    document = json.loads(run_nlinkoop("export-json", work).stdout)
    prep, score = score_path(document)
    document["preparations"][prep]["award"]["scores"][score]["percent"] = percent
    source = tmp_path / "scores.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    before = sha256(work)

    error = one_line_error(run_nlinkoop("import-json", work, source))

    path = f"preparations[{prep}].award.scores[{score}].percent"
    assert f"{path}: must be a percentage from 0 to 100" in error
    assert sha256(work) == before


def test_an_import_takes_a_score_of_0_and_of_100(example_db: Path, tmp_path: Path) -> None:
    work = tmp_path / "work.db"
    shutil.copy(example_db, work)
    document = json.loads(run_nlinkoop("export-json", work).stdout)
    prep, _ = score_path(document)
    scores = document["preparations"][prep]["award"]["scores"]
    scores[0]["percent"], scores[1]["percent"] = "100.00", "0"
    source = tmp_path / "scores.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    result = run_nlinkoop("import-json", work, source)
    assert result.returncode == 0, result.stderr
