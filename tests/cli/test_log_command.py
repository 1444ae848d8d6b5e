"""`nlinkoop log` and `nlinkoop report`: a meeting round's log, and its report to the supplier.

The workbook is a real file made with the app's own API; the commands run through `main([...])`
in this process, and once each as a real program (on the example workbook).
"""

import datetime as dt
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdf
import pytest

from nlinkoop.domain.conditions import Topic
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.workbook import Workbook
from tests.briefing.test_render import flat
from tests.cli.conftest import REPO, Ran, one_line_error, run_nlinkoop, sha256

Cli = Callable[..., Ran]

LOGGED_ID = "10000000-1000-4000-8000-000000000001"
EMPTY_ID = "20000000-2000-4000-8000-000000000002"
FIRST_ROUND = "30000000-3000-4000-8000-000000000003"
SECOND_ROUND = "40000000-4000-4000-8000-000000000004"
PRICE_ID = "50000000-5000-4000-8000-000000000005"
GONE_TOPIC = "60000000-6000-4000-8000-000000000006"
HELD_ID = "3ba390c3"  # the example's restaurant: its meeting was held and logged
V2 = Path(__file__).parent.parent / "store" / "fixtures" / "v2.db"

START = dt.datetime(2026, 12, 8, 9, 0, tzinfo=dt.UTC)

# The keys of the JSON object, as docs/file-format.md documents them.
KEYS = {"id", "title", "counterparty", "meeting", "meetings", "entries"}
MEETING_KEYS = {"id", "number", "held_on", "attendees", "next_meeting"}
ENTRY_KEYS = {"id", "at", "kind", "text", "owner", "due", "topic_id", "topic", "internal", "shared"}


def entry(minutes: int, kind: EntryKind, text: str, **fields: Any) -> LogEntry:
    return LogEntry(SECOND_ROUND, START + dt.timedelta(minutes=minutes), kind, text, **fields)


def logged() -> Preparation:
    """Two rounds; the second one's lines stored out of time order (as a merge leaves them)."""
    prep = Preparation(
        title="Schoonmaak wijkcentra",
        counterparty="Reinwaard",
        organisation="Gemeente Waalmeer",
        id=LOGGED_ID,
    )
    prep.capacity.topics.append(Topic(name="Prijs per uur", our_limit="€38", id=PRICE_ID))
    prep.meetings += [
        MeetingRound(1, dt.date(2026, 11, 10), "Sanne, Linda", "8 december", FIRST_ROUND),
        MeetingRound(2, dt.date(2026, 12, 8), "Sanne, Linda, Bram", "14 januari", SECOND_ROUND),
    ]
    prep.log += [
        entry(30, EntryKind.ACTION, "Prijsopbouw sturen", owner="Linda", due=dt.date(2026, 12, 15)),
        entry(5, EntryKind.AGREEMENT, "Prijs vast tot eind 2027"),
        entry(10, EntryKind.GIVE, "Langere looptijd", topic_id=PRICE_ID),
        entry(12, EntryKind.GET, "Vaste ploeg", topic_id=GONE_TOPIC),
        entry(20, EntryKind.SIGNAL, "Linda twijfelt over de capaciteit"),
        entry(35, EntryKind.ACTION, "Budget navragen", owner="Sanne", internal=True),
        entry(40, EntryKind.OPEN_POINT, "Wie betaalt de extra rondes"),
        LogEntry(FIRST_ROUND, START - dt.timedelta(days=28), EntryKind.AGREEMENT, "Kennismaking"),
    ]
    return prep


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("log") / "gesprekken.db"
    with Workbook.create(path) as book:
        book.save(logged())
        book.save(Preparation(title="Nog niet gesproken", id=EMPTY_ID))
    return path


def ok(ran: Ran) -> str:
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return flat("\n".join(page.extract_text() for page in reader.pages))


def local(minutes: int) -> str:
    return f"{(START + dt.timedelta(minutes=minutes)).astimezone():%H:%M}"


# --- log as text ---------------------------------------------------------------------------------


def test_the_latest_round_in_time_order(cli: Cli, workbook: Path) -> None:
    before = sha256(workbook)
    ran = cli("log", workbook, "--id", LOGGED_ID[:6])

    assert ran.stderr == ""
    assert ok(ran).splitlines() == [
        "Schoonmaak wijkcentra",
        "Meeting 2 · 08-12-2026 · Sanne, Linda, Bram",
        "",
        f"{local(5)}  agreement   Prijs vast tot eind 2027",
        f"{local(10)}  we give     Langere looptijd  #Prijs per uur",
        f"{local(12)}  we get      Vaste ploeg",  # its topic is no longer there
        f"{local(20)}  signal      Linda twijfelt over de capaciteit",
        f"{local(30)}  action      Prijsopbouw sturen — Linda, by 15-12-2026",
        f"{local(35)}  action      Budget navragen — Sanne  (internal)",
        f"{local(40)}  open point  Wie betaalt de extra rondes",
        "",
        "Next meeting: 14 januari",
    ]
    assert sha256(workbook) == before  # looking changes nothing


def test_an_earlier_round_by_its_number(cli: Cli, workbook: Path) -> None:
    lines = ok(cli("log", workbook, "--id", LOGGED_ID, "--meeting", "1")).splitlines()
    assert lines[1] == "Meeting 1 · 10-11-2026 · Sanne, Linda"
    assert [line[7:] for line in lines[3:-2]] == ["agreement   Kennismaking"]
    assert lines[-1] == "Next meeting: 8 december"


def test_a_round_without_lines_says_so(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "leeg.db"
    prep = Preparation(title="Eerste gesprek")
    prep.meetings.append(MeetingRound(1))
    with Workbook.create(path) as book:
        book.save(prep)
    assert ok(cli("log", path, "--id", prep.id)).splitlines() == [
        "Eerste gesprek",
        "Meeting 1",
        "",
        "(nothing logged in this meeting)",
    ]


# --- log as JSON ---------------------------------------------------------------------------------


def test_the_json_shape(cli: Cli, workbook: Path) -> None:
    data = json.loads(ok(cli("log", workbook, "--id", LOGGED_ID, "--json")))

    assert set(data) == KEYS
    assert (data["id"], data["title"], data["counterparty"]) == (
        LOGGED_ID,
        "Schoonmaak wijkcentra",
        "Reinwaard",
    )
    assert data["meeting"] == {
        "id": SECOND_ROUND,
        "number": 2,
        "held_on": "2026-12-08",
        "attendees": "Sanne, Linda, Bram",
        "next_meeting": "14 januari",
    }
    assert set(data["meeting"]) == MEETING_KEYS
    assert data["meetings"] == [1, 2]
    entries = data["entries"]
    assert all(set(e) == ENTRY_KEYS for e in entries)
    assert [e["kind"] for e in entries] == [
        "agreement",
        "give",
        "get",
        "signal",
        "action",
        "action",
        "open_point",
    ]
    assert entries[0]["at"] == "2026-12-08T09:05:00.000Z"
    assert entries[1] | {"id": ""} == {
        "id": "",
        "at": "2026-12-08T09:10:00.000Z",
        "kind": "give",
        "text": "Langere looptijd",
        "owner": "",
        "due": None,
        "topic_id": PRICE_ID,
        "topic": "Prijs per uur",
        "internal": False,
        "shared": False,  # a trade is ours
    }
    assert (entries[2]["topic_id"], entries[2]["topic"]) == (GONE_TOPIC, None)
    action, internal = entries[4], entries[5]
    assert (action["owner"], action["due"], action["shared"]) == ("Linda", "2026-12-15", True)
    assert (internal["internal"], internal["shared"], internal["due"]) == (True, False, None)
    assert [e["shared"] for e in entries] == [True, False, False, False, True, False, True]


def test_the_json_of_an_earlier_round(cli: Cli, workbook: Path) -> None:
    data = json.loads(ok(cli("log", workbook, "--id", LOGGED_ID, "--meeting", "1", "--json")))
    assert data["meeting"]["id"] == FIRST_ROUND
    assert [e["text"] for e in data["entries"]] == ["Kennismaking"]


# --- report --------------------------------------------------------------------------------------


def test_the_report_pdf_holds_the_shared_lines_only(
    cli: Cli, workbook: Path, tmp_path: Path
) -> None:
    target = tmp_path / "verslag.pdf"
    ran = cli("report", workbook, "--id", LOGGED_ID, "-o", target)

    assert ok(ran).startswith(f"wrote {target} (meeting 2, 1 page, ")
    text = pdf_text(target.read_bytes())
    for shown in (
        "GESPREKSVERSLAG",
        "Gesprek 2",
        "Met: Reinwaard",
        "Afspraken",
        "Prijs vast tot eind 2027",
        "Prijsopbouw sturen (Linda, vóór 15-12-2026)",
        "Open punten",
        "Wie betaalt de extra rondes",
        "Volgend gesprek",
        "14 januari",
    ):
        assert flat(shown) in text, shown
    for hidden in ("Budget navragen", "Langere looptijd", "Vaste ploeg", "twijfelt", "€38"):
        assert flat(hidden) not in text, hidden
    assert "Kennismaking" not in text  # another round


def test_the_report_of_an_earlier_round_in_english(
    cli: Cli, workbook: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    ok(cli("report", workbook, "--id", LOGGED_ID, "--meeting", "1", "--lang", "en", "-o", target))
    text = pdf_text(target.read_bytes())
    assert "MEETINGREPORT" in text and "Meeting1·Tuesday10November2026" in text
    assert "Kennismaking" in text and "Prijsvast" not in text


def test_the_report_as_text_for_an_email(cli: Cli, workbook: Path, tmp_path: Path) -> None:
    printed = ok(cli("report", workbook, "--id", LOGGED_ID, "--text"))
    assert printed.splitlines() == [
        "Gespreksverslag: Schoonmaak wijkcentra",
        "Gesprek 2 · dinsdag 8 december 2026",
        "Met: Reinwaard",
        "Aanwezig: Sanne, Linda, Bram",
        "",
        "Afspraken",
        "- Prijs vast tot eind 2027",
        "",
        "Acties",
        "- Prijsopbouw sturen (Linda, vóór 15-12-2026)",
        "",
        "Open punten",
        "- Wie betaalt de extra rondes",
        "",
        "Volgend gesprek",
        "- 14 januari",
    ]
    target = tmp_path / "verslag.txt"
    ran = cli("report", workbook, "--id", LOGGED_ID, "--text", "-o", target)
    assert ok(ran) == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8") == printed


def test_the_report_pdf_to_standard_output(
    capsysbinary: pytest.CaptureFixture[bytes], workbook: Path
) -> None:
    from nlinkoop.cli.main import main

    assert main(["report", str(workbook), "--id", LOGGED_ID, "-o", "-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out.startswith(b"%PDF-")
    assert flat("Prijs vast tot eind 2027") in pdf_text(out)
    assert err.decode().startswith("wrote stdout (meeting 2, 1 page")  # not in the PDF


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["log", "report"])
def test_errors_are_one_line(cli: Cli, workbook: Path, tmp_path: Path, command: str) -> None:
    out = ["-o", str(tmp_path / "verslag.pdf")] if command == "report" else []
    unknown = one_line_error(cli(command, workbook, "--id", "zz", *out))
    no_rounds = one_line_error(cli(command, workbook, "--id", EMPTY_ID, *out))
    no_such = one_line_error(cli(command, workbook, "--id", LOGGED_ID, "--meeting", "3", *out))
    bad_number = cli(command, workbook, "--id", LOGGED_ID, "--meeting", "twee", *out)
    missing = cli(command, workbook, *out)

    assert unknown == "nlinkoop: no preparation with id zz in this workbook"
    assert no_rounds == 'nlinkoop: "Nog niet gesproken" has no meeting rounds'
    assert no_such == (
        'nlinkoop: meeting 3 does not exist in "Schoonmaak wijkcentra" (meetings: 1, 2)'
    )
    assert bad_number.returncode == 2 and "not a meeting number: 'twee'" in bad_number.stderr
    assert missing.returncode == 2 and "--id" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no report was written


def test_a_report_needs_a_target_or_text(cli: Cli, workbook: Path, tmp_path: Path) -> None:
    ran = cli("report", workbook, "--id", LOGGED_ID)
    assert ran.returncode == 2
    assert one_line_error(ran) == "nlinkoop report: give -o OUT.pdf (or --text for the e-mail text)"
    folder = tmp_path / "map"
    folder.mkdir()
    assert "a folder" in one_line_error(cli("report", workbook, "--id", LOGGED_ID, "-o", folder))
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("content", [b"", b"this is not a workbook" * 100])
def test_a_refused_file_gets_one_line(cli: Cli, tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    ran = cli("log", bad, "--id", "abc", "--json")
    assert ran.returncode == 1 and ran.stdout == ""
    assert str(bad) in one_line_error(ran)
    assert bad.read_bytes() == content


@pytest.mark.parametrize("command", [("log",), ("report", "--text")], ids=["log", "report"])
def test_an_older_file_is_read_as_it_is(cli: Cli, tmp_path: Path, command: tuple[str, ...]) -> None:
    """A colleague's v2 file has no meeting yet: the command says so and leaves the file alone."""
    shared = tmp_path / "gedeeld" / "werkboek.db"
    shared.parent.mkdir()
    shutil.copyfile(V2, shared)
    before = sha256(shared)

    error = one_line_error(cli(*command[:1], shared, "--id", "2c0fde0e", *command[1:]))

    assert error == 'nlinkoop: "Jaargesprek schoonmaak (fixture-a)" has no meeting rounds'
    assert sha256(shared) == before
    assert [p.name for p in shared.parent.iterdir()] == ["werkboek.db"]  # no backup: not upgraded


# --- as a real program ---------------------------------------------------------------------------


def test_the_real_program_on_the_example(example_db: Path, tmp_path: Path) -> None:
    before = sha256(example_db)
    result = run_nlinkoop("log", example_db, "--id", HELD_ID, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"] == "Verlenging contract bedrijfsrestaurant 2027–2029"
    assert data["meeting"]["held_on"] == "2026-10-14" and data["meetings"] == [1]
    assert {e["kind"] for e in data["entries"]} == {kind.value for kind in EntryKind}

    target = tmp_path / "verslag.pdf"
    written = run_nlinkoop("report", example_db, "--id", HELD_ID, "-o", target)
    assert written.returncode == 0, written.stderr
    text = pdf_text(target.read_bytes())
    assert "GESPREKSVERSLAG" in text and flat("Met: Smaakveld Catering B.V.") in text
    shared = [e["text"] for e in data["entries"] if e["shared"]]
    internal = [e["text"] for e in data["entries"] if not e["shared"]]
    assert shared and internal
    assert all(flat(line) in text for line in shared)
    assert not any(flat(line) in text for line in internal)
    assert sha256(example_db) == before


PROBE = """
import sys
from nlinkoop.app import run
code = run(["log", sys.argv[1], "--id", sys.argv[2], "--json"])
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(code, " ".join(loaded))
"""


def test_the_log_command_loads_no_qt_jsonschema_or_reportlab(workbook: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(workbook), LOGGED_ID],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    code, _, modules = result.stdout.strip().splitlines()[-1].partition(" ")
    assert code == "0"
    assert "sqlalchemy" in modules.split()  # the probe sees imports
    assert not {"PySide6", "shiboken6", "jsonschema", "alembic", "reportlab"} & set(modules.split())
