"""The report to the supplier, read back with pypdf: every shared line, no internal one, user
text as text, one page (issue 19's report, from the log's rules)."""

import datetime as dt
import io

import pypdf
import pytest

from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.briefing.render import render
from nlinkoop.briefing.report import ReportLabels, compose_report, report_text
from nlinkoop.catalog import translator
from nlinkoop.domain.meeting_log import EntryKind, LogEntry, MeetingRound
from nlinkoop.domain.preparation import Preparation
from tests.briefing.test_render import HOSTILE, assert_nothing_active, flat

START = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)
MEETING = MeetingRound(
    number=2,
    held_on=dt.date(2026, 12, 8),
    attendees="Sanne de Vries, Linda Mulder",
    next_meeting="14 januari 2027, de prijsopbouw",
    id="r2",
)
SHARED = [
    (EntryKind.AGREEMENT, "Prijs vast tot eind 2027"),
    (EntryKind.ACTION, "Prijsopbouw per wijk sturen"),
    (EntryKind.OPEN_POINT, "Wie betaalt de extra rondes"),
]
INTERNAL = [
    (EntryKind.SIGNAL, "Linda twijfelt over de capaciteit"),
    (EntryKind.QUOTE, "We willen jullie echt houden"),
    (EntryKind.GIVE, "Langere looptijd aangeboden"),
    (EntryKind.GET, "Drie procent korting gekregen"),
]


def logged() -> list[LogEntry]:
    entries = [
        LogEntry(round_id="r2", kind=kind, text=text, at=START + dt.timedelta(minutes=n))
        for n, (kind, text) in enumerate(SHARED + INTERNAL)
    ]
    entries[1].owner, entries[1].due = "Linda", dt.date(2026, 12, 12)
    entries.append(
        LogEntry(round_id="r2", kind=EntryKind.ACTION, text="Budget intern navragen", internal=True)
    )
    entries.append(LogEntry(round_id="r1", kind=EntryKind.AGREEMENT, text="Vorige keer"))
    return entries


def prep() -> Preparation:
    return Preparation(
        title="Onderhandelingsronde schoonmaak",
        counterparty="Reinwaard Facilitaire Diensten B.V.",
        organisation="Gemeente Waalmeer",
    )


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_page_holds_every_shared_line_and_no_internal_one(language: str) -> None:
    translate = translator(language)
    labels, page = ReportLabels.translated(translate), BriefingLabels.translated(translate)
    rendered = render(compose_report(prep(), MEETING, logged(), labels, page))
    shown = flat(pdf_text(rendered.pdf))
    for _, text in SHARED:
        assert flat(text) in shown
    assert flat("Linda, ") in shown and "12-12-2026" in shown  # who and by when
    assert flat("14 januari 2027, de prijsopbouw") in shown
    for _, text in [*INTERNAL, (EntryKind.ACTION, "Budget intern navragen")]:
        assert flat(text) not in shown
    assert flat("Vorige keer") not in shown  # another round
    assert labels.document.upper() in pdf_text(rendered.pdf)


def test_the_dutch_report_speaks_dutch() -> None:
    translate = translator("nl")
    labels = ReportLabels.translated(translate)
    text = report_text(prep(), MEETING, logged(), labels, BriefingLabels.translated(translate))
    assert text.startswith("Gespreksverslag: Onderhandelingsronde schoonmaak\n")
    assert "Afspraken\n- Prijs vast tot eind 2027" in text
    assert "- Prijsopbouw per wijk sturen (Linda, vóór 12-12-2026)" in text
    assert "dinsdag 8 december 2026" in text


def test_the_text_for_an_email_holds_the_same_and_nothing_internal() -> None:
    text = report_text(prep(), MEETING, logged(), ReportLabels(), BriefingLabels())
    for _, line in SHARED:
        assert line in text
    for _, line in INTERNAL:
        assert line not in text
    assert "Budget intern navragen" not in text and "Vorige keer" not in text
    assert "Next meeting\n- 14 januari 2027, de prijsopbouw" in text


def test_a_round_with_nothing_to_report_says_so() -> None:
    only_ours = [e for e in logged() if e.kind in (EntryKind.SIGNAL, EntryKind.QUOTE)]
    empty = MeetingRound(id="r2")
    page = render(compose_report(prep(), empty, only_ours, ReportLabels(), BriefingLabels()))
    assert "Nothing was logged to report." in pdf_text(page.pdf)
    assert "Nothing was logged to report." in report_text(
        prep(), empty, only_ours, ReportLabels(), BriefingLabels()
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_markup_in_a_logged_line_is_shown_literally(hostile: str) -> None:
    entries = [LogEntry(round_id="r2", kind=EntryKind.AGREEMENT, text=hostile)]
    rendered = render(compose_report(prep(), MEETING, entries, ReportLabels(), BriefingLabels()))
    assert flat(hostile) in flat(pdf_text(rendered.pdf))
    assert_nothing_active(rendered.pdf)


def test_a_long_log_fits_one_page_with_a_visible_cut() -> None:
    entries = [
        LogEntry(round_id="r2", kind=EntryKind.AGREEMENT, text=f"Afspraak {n}: " + "tekst " * 40)
        for n in range(120)
    ]
    rendered = render(compose_report(prep(), MEETING, entries, ReportLabels(), BriefingLabels()))
    assert rendered.shortened  # said, and marked on the page
    assert "more in workbook" in pdf_text(rendered.pdf)


def test_the_report_reads_down_the_whole_width_of_the_page() -> None:
    """A letter to the supplier, not a briefing: one column, so a long line is not cut in two.

    In the briefing's two columns (about 85 mm each) this agreement took three lines.
    """
    line = "Vanaf 1 maart reinigen jullie de sporthallen op dinsdag en vrijdag"
    entries = [LogEntry(round_id="r2", kind=EntryKind.AGREEMENT, text=line, at=START)]
    page = BriefingLabels.translated(translator("nl"))
    report = compose_report(
        prep(), MEETING, entries, ReportLabels.translated(translator("nl")), page
    )
    assert report.columns == 1
    assert any(line in row for row in pdf_text(render(report).pdf).splitlines())
