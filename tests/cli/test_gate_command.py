"""`nlinkoop gate`: the legal gate on the command line, as text and as JSON.

The workbooks are real files made with the app's own API (`Workbook.create`, `save`,
`save_policy`); the command runs through `main([...])` in this process and once as a real
program. The amounts are those of tests/domain/test_gate.py.
"""

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from nlinkoop.cli.gate import report, text
from nlinkoop.domain.gate import answer
from nlinkoop.domain.policy import ProcurementPolicy
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure
from nlinkoop.store.workbook import Workbook
from tests.cli.conftest import REPO, Ran, one_line_error, run_nlinkoop, sha256

Cli = Callable[..., Ran]

BLOCKED_ID = "9a7e0000-1000-4000-8000-000000000001"
NEGOTIATED_ID = "9a7e0000-2000-4000-8000-000000000002"
COMMERCIAL_ID = "c0000000-3000-4000-8000-000000000003"
NO_PROCEDURE_ID = "d0000000-4000-4000-8000-000000000004"
SINGLE_ID = "e0000000-5000-4000-8000-000000000005"
CHANGE_ID = "f0000000-6000-4000-8000-000000000006"

AW = "https://wetten.overheid.nl/jci1.3:c:BWBR0032203&artikel="
POLICY = ProcurementPolicy(
    single_up_to=Decimal(50_000), multiple_up_to=Decimal(150_000), name="Inkoopbeleid 2025"
)

# The keys of the JSON object, as docs/public-procurement.md documents them.
KEYS = {
    "id",
    "title",
    "context",
    "language",
    "verdict",
    "checks",
    "procedure",
    "may",
    "may_not",
    "practice",
    "uncertain",
    "articles",
    "checked",
    "value_articles",
    "national_articles",
    "thresholds",
    "thresholds_ended",
}


def public(
    prep_id: str,
    title: str,
    procedure: Procedure | None,
    value: int | None,
    *,
    options: bool | None = True,
) -> Preparation:
    """A municipality buying supplies and services (its threshold: € 216.000)."""
    return Preparation(
        title=title,
        id=prep_id,
        context=Context.PUBLIC,
        procedure=procedure,
        contract_value=None if value is None else Decimal(value),
        contract_kind=ContractKind.SUPPLIES_SERVICES,
        authority=Authority.OTHER,
        value_includes_options=options,
    )


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gate") / "poort.db"
    with Workbook.create(path) as book:
        for prep in (
            public(
                BLOCKED_ID,
                "Schoonmaak stadhuis",
                Procedure.MULTIPLE_PRIVATE,
                300_000,
                options=False,
            ),
            public(NEGOTIATED_ID, "Zorgvervoer", Procedure.COMPETITIVE_WITH_NEGOTIATION, 300_000),
            Preparation(
                title="Koffieautomaten",
                id=COMMERCIAL_ID,
                context=Context.COMMERCIAL,
                procedure=Procedure.OPEN_EUROPEAN,
                contract_value=Decimal(10_000_000),
            ),
            public(NO_PROCEDURE_ID, "Nog geen procedure", None, 100_000),
            public(SINGLE_ID, "Drukwerk", Procedure.SINGLE_PRIVATE, 60_000),
            public(CHANGE_ID, "Meer schoonmaakuren", Procedure.CONTRACT_CHANGE, 1_000_000),
        ):
            book.save(prep)
        book.save_policy(POLICY)
    return path


def gate(cli: Cli, workbook: Path, *args: str) -> str:
    ran = cli("gate", workbook, *args)
    assert ran.returncode == 0, ran.stderr
    assert ran.stderr == ""
    return ran.stdout


def as_json(cli: Cli, workbook: Path, prep_id: str, *args: str) -> dict[str, Any]:
    return dict(json.loads(gate(cli, workbook, "--id", prep_id, "--json", *args)))


# --- text ----------------------------------------------------------------------------------------


def test_a_blocked_procedure_in_dutch(cli: Cli, workbook: Path) -> None:
    before = sha256(workbook)
    lines = gate(cli, workbook, "--id", BLOCKED_ID[:12]).splitlines()

    assert lines[:3] == ["Schoonmaak stadhuis", "", "✗ Niet toegestaan bij deze waarde"]
    assert lines[3] == (
        "  ✗ De waarde € 300.000 ligt op of boven de Europese drempel voor leveringen en "
        "diensten, andere aanbestedende diensten (€ 216.000, tot 31-12-2027): deze procedure "
        "mag dan niet. Europees aanbesteden is verplicht (deel 2 van de wet)."
    )
    assert (
        "  ⚠ De waarde is zonder opties en verlengingen, maar die tellen mee (art. 2.15 lid 2): "
        "de echte waarde kan hoger liggen."
    ) in lines
    assert "Procedure: Meervoudig onderhandse procedure" in lines
    assert (
        "Wel: Onderhandelen verbiedt de wet hier niet; doe je het, dan met alle inschrijvers "
        "gelijk (1.15 lid 1)."
    ) in lines
    assert lines[lines.index("Praktijk, geen wet:") + 1] == (
        "  - Of en hoe je onderhandelt, bepaalt je eigen inkoopbeleid, niet de wet."
    )
    assert "Artikelen, gecontroleerd op 07-12-2026:" in lines
    article = lines.index(
        "  art. 1.15 lid 2 — Elke inschrijver krijgt de gunningsbeslissing met de redenen."
    )
    assert lines[article + 1] == f"    {AW}1.15"
    assert "Hoe je de waarde raamt:" in lines
    assert "Onder de drempel vraagt de wet nog:" in lines
    assert "Europese drempelbedragen (excl. btw):" in lines
    assert (
        "    € 216.000  Leveringen en diensten, andere aanbestedende diensten (gemeenten, "
        "provincies, schoolbesturen, ...) (01-01-2026 t/m 31-12-2027; 2025/2152, art. 2.3)"
    ) in lines
    assert sha256(workbook) == before  # looking changes nothing


def test_negotiation_allowed_in_english(cli: Cli, workbook: Path) -> None:
    lines = gate(cli, workbook, "--id", NEGOTIATED_ID, "--lang", "en").splitlines()

    assert lines[2] == "✓ Yes"
    assert (
        "  ℹ The value €300,000 is at or above the European threshold for supplies and "
        "services, other contracting authorities (€216,000): a European procedure is required, "
        "and this is one."
    ) in lines
    assert "Procedure: Competitive procedure with negotiation" in lines
    assert any(line.startswith("Not allowed: Not on the final tender") for line in lines)
    assert "Articles, checked on 07-12-2026:" in lines
    article = lines.index(
        "  art. 2.126a lid 2 — Award on the initial tenders without negotiation, if reserved."
    )
    assert lines[article + 1] == f"    {AW}2.126a"
    assert "How the value is estimated:" in lines
    assert "Below the threshold the Act still asks:" not in lines  # a European procedure
    assert "Practice, not law:" not in lines  # this entry has none
    assert "  €216,000  Supplies and services, other contracting authorities" in "\n".join(lines)


def test_the_own_policy_is_weighed(cli: Cli, workbook: Path) -> None:
    lines = gate(cli, workbook, "--id", SINGLE_ID).splitlines()
    assert (
        "  ⚠ Volgens je inkoopbeleid (Inkoopbeleid 2025): meervoudig onderhands vanaf € 50.000."
        in lines
    )
    assert lines[2] == "✓ Ja"


def test_a_running_contract_gets_the_small_change_amount(cli: Cli, workbook: Path) -> None:
    lines = gate(cli, workbook, "--id", CHANGE_ID).splitlines()
    assert lines[2] == "◐ Beperkt"
    assert (
        "  ℹ Een kleine wijziging mag zonder nieuwe aanbesteding tot € 100.000: onder de "
        "drempel en onder 10% van € 1.000.000, opeenvolgende wijzigingen opgeteld, aard gelijk "
        "(art. 2.163b)."
    ) in lines
    assert "Hoe je de waarde raamt:" not in lines


def test_a_commercial_preparation_is_one_line(cli: Cli, workbook: Path) -> None:
    assert (
        gate(cli, workbook, "--id", COMMERCIAL_ID) == "✓ Commercieel: je mag vrij onderhandelen.\n"
    )
    english = gate(cli, workbook, "--id", COMMERCIAL_ID, "--lang", "en")
    assert english == "✓ Commercial: you are free to negotiate.\n"


def test_no_procedure_asks_for_one_and_shows_the_thresholds(cli: Cli, workbook: Path) -> None:
    lines = gate(cli, workbook, "--id", NO_PROCEDURE_ID).splitlines()
    assert lines[2] == "? Kies een procedure of situatie: die bepaalt of je hier mag onderhandelen."
    assert "Europese drempelbedragen (excl. btw):" in lines
    assert not any(line.startswith("Procedure:") for line in lines)


# --- JSON ----------------------------------------------------------------------------------------


def test_the_json_shape(cli: Cli, workbook: Path) -> None:
    data = as_json(cli, workbook, BLOCKED_ID)

    assert set(data) == KEYS
    assert (data["id"], data["title"], data["context"], data["language"]) == (
        BLOCKED_ID,
        "Schoonmaak stadhuis",
        "public",
        "nl",
    )
    assert data["verdict"] == {
        "symbol": "✗",
        "text": "Niet toegestaan bij deze waarde",
        "negotiation": "own_policy",
        "blocked": True,
    }
    assert [c["level"] for c in data["checks"]][0] == "block"
    assert data["checks"][0]["text"].startswith("De waarde € 300.000 ligt op of boven")
    assert {"level": "warn", "text": data["checks"][1]["text"]} == data["checks"][1]
    assert data["procedure"] == {
        "id": "multiple_private",
        "name": "Meervoudig onderhandse procedure",
    }
    assert data["may_not"].startswith("Inschrijvers ongelijk behandelen.")
    assert len(data["practice"]) == 4 and data["uncertain"] is None
    assert data["articles"][0] == {
        "ref": "1.4 lid 1",
        "citation": "Aanbestedingswet 2012, art. 1.4 lid 1",
        "about": "Procedure en genodigden kies je op objectieve gronden.",
        "url": f"{AW}1.4",
    }
    assert data["checked"] == "2026-12-07"
    assert [a["ref"] for a in data["value_articles"]] == [
        "2.14",
        "2.15 lid 2",
        "2.15 lid 3",
        "2.17",
        "2.7",
    ]
    assert [a["ref"] for a in data["national_articles"]] == ["1.4 lid 1", "1.4 lid 3", "1.7"]
    municipal = next(t for t in data["thresholds"] if t["amount"] == "216000.00")
    assert municipal["valid_from"] == "2026-01-01" and municipal["valid_until"] == "2027-12-31"
    assert municipal["what"].startswith("Leveringen en diensten, andere aanbestedende diensten")
    assert [s["ref"] for s in municipal["sources"]] == ["2025/2152", "2.3"]
    assert municipal["sources"][0]["url"] == "https://eur-lex.europa.eu/eli/reg_del/2025/2152/oj"
    assert len(data["thresholds"]) == 8
    assert data["thresholds_ended"] is None


def test_the_json_in_english(cli: Cli, workbook: Path) -> None:
    data = as_json(cli, workbook, NEGOTIATED_ID, "--lang", "en")
    assert data["verdict"] == {"symbol": "✓", "text": "Yes", "negotiation": "yes", "blocked": False}
    assert data["procedure"]["name"] == "Competitive procedure with negotiation"
    assert data["articles"][0]["citation"] == "Procurement Act 2012, art. 2.30 lid 1"
    assert data["national_articles"] == [] and data["practice"] == []


def test_a_commercial_preparation_has_the_same_keys(cli: Cli, workbook: Path) -> None:
    data = as_json(cli, workbook, COMMERCIAL_ID)
    assert set(data) == KEYS
    assert data["verdict"] == {
        "symbol": "✓",
        "text": "Commercieel: je mag vrij onderhandelen.",
        "negotiation": None,
        "blocked": False,
    }
    assert data["context"] == "commercial"
    for key in ("procedure", "may", "may_not", "uncertain", "checked", "thresholds_ended"):
        assert data[key] is None, key
    for key in ("checks", "practice", "articles", "value_articles", "national_articles"):
        assert data[key] == [], key
    assert data["thresholds"] == []


# --- errors ---------------------------------------------------------------------------------------


def test_unknown_ambiguous_and_missing_ids(cli: Cli, workbook: Path) -> None:
    unknown = one_line_error(cli("gate", workbook, "--id", "zz"))
    ambiguous = one_line_error(cli("gate", workbook, "--id", "9A7E", "--json"))
    missing = cli("gate", workbook)

    assert "no preparation with id zz" in unknown
    assert "fits 2 preparations" in ambiguous
    assert missing.returncode == 2 and "--id" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"this is not a workbook" * 100])
def test_a_refused_file_gets_one_line(cli: Cli, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    before = sha256(bad)

    ran = cli("gate", bad, "--id", "abc", "--json")

    assert ran.returncode == 1 and ran.stdout == ""
    assert str(bad) in one_line_error(ran)
    assert sha256(bad) == before


def test_a_missing_file_gets_one_line(cli: Cli, tmp_path: Path) -> None:
    ran = cli("gate", tmp_path / "nope.db", "--id", "abc")
    assert ran.returncode == 1
    one_line_error(ran)
    assert not (tmp_path / "nope.db").exists()


# --- as a real program -------------------------------------------------------------------------


def test_the_real_program(workbook: Path) -> None:
    before = sha256(workbook)
    result = run_nlinkoop("gate", workbook, "--id", BLOCKED_ID, "--json", "--lang", "en")

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["verdict"]["text"] == "Not allowed at this value"
    assert data["verdict"]["blocked"] is True
    assert data["checks"][0]["level"] == "block"
    text_run = run_nlinkoop("gate", workbook, "--id", BLOCKED_ID)
    assert text_run.returncode == 0 and "✗ Niet toegestaan bij deze waarde" in text_run.stdout
    assert sha256(workbook) == before


PROBE = """
import sys
from nlinkoop.app import run
code = run(["gate", sys.argv[1], "--id", sys.argv[2], "--json"])
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(code, " ".join(loaded))
"""


def test_the_gate_command_loads_no_qt_jsonschema_or_alembic(workbook: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(workbook), BLOCKED_ID],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    code, _, modules = result.stdout.strip().splitlines()[-1].partition(" ")
    assert code == "0"
    assert {"sqlalchemy", "tomllib"} <= set(modules.split())  # the probe sees imports
    assert not {"PySide6", "shiboken6", "jsonschema", "alembic", "reportlab"} & set(modules.split())


# --- the text and JSON builders, on dates the command cannot be given ------------------------


def test_ended_thresholds_are_said_under_the_amounts() -> None:
    prep = public(BLOCKED_ID, "Schoonmaak", Procedure.SINGLE_PRIVATE, 100_000)
    nl = report(prep, answer(prep, None, dt.date(2028, 1, 1), "nl"))
    en = report(prep, answer(prep, None, dt.date(2028, 1, 1), "en"))

    assert nl["thresholds_ended"] == "2027-12-31"
    assert len(nl["thresholds"]) == 8
    lines = text(nl).splitlines()
    assert lines[-1] == "  Deze bedragen golden tot 31-12-2027; controleer de huidige bij PIANOo."
    assert (
        "  ⚠ De drempels in nlinkoop golden tot 31-12-2027; dit zijn de laatst bekende bedragen. "
        "Controleer de huidige bij PIANOo."
    ) in lines
    assert text(en).splitlines()[-1] == (
        "  These amounts applied until 31-12-2027; check the current ones at PIANOo."
    )
    current = report(prep, answer(prep, None, dt.date(2027, 12, 31), "nl"))
    assert current["thresholds_ended"] is None
    assert "golden tot" not in text(current)


def test_the_amounts_line_up_and_the_uncertain_note_is_said() -> None:
    prep = public(BLOCKED_ID, "Schoonmaak", Procedure.OPEN_NATIONAL, 100_000)
    lines = text(report(prep, answer(prep, POLICY, dt.date(2026, 12, 7), "nl"))).splitlines()

    start = lines.index("Europese drempelbedragen (excl. btw):") + 1
    amounts = [line[: len("  € 5.404.000")] for line in lines[start : start + 8]]
    assert amounts[0] == "    € 140.000" and amounts[3] == "  € 5.404.000"  # works, fourth
    assert any(
        line.startswith("Niet zeker: De wet kent geen 'nationale openbare procedure'")
        for line in lines
    )
    assert (
        "  ℹ Volgens je inkoopbeleid (Inkoopbeleid 2025) mag hier ook meervoudig onderhands "
        "(tot € 150.000)."
    ) in lines


def test_a_title_cannot_steer_the_terminal() -> None:
    prep = public(BLOCKED_ID, "Schoon\x1b[31mmaak\u202e", Procedure.SINGLE_PRIVATE, 100_000)
    odd = ProcurementPolicy(single_up_to=Decimal(50_000), name="Beleid\x1b[2J")
    out = text(report(prep, answer(prep, odd, dt.date(2026, 12, 7), "nl")))
    assert "\x1b" not in out and "\u202e" not in out
    assert out.splitlines()[0] == "Schoon[31mmaak"
