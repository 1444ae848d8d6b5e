"""The report to the supplier (*gespreksverslag*): one page in the briefing's style, or text.

Issue 19's report, built from a meeting round's log (`domain/meeting_log.py`): the agreements,
the actions with who and by when, the open points and the next meeting. What the domain keeps
internal (trades, signals, quotes, lines marked internal) never gets here: the content comes
from `report_content`, which leaves it out. The page is drawn by the briefing's own `render`:
the same fonts, escaping and fitting, so a long report shrinks and is cut with a visible mark,
and user text is never markup.
"""

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace

from nlinkoop.briefing.compose import Briefing, Paragraph, Run, Section, clip, long_date
from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.catalog import Translate
from nlinkoop.domain.meeting_log import LogEntry, MeetingRound, ReportContent, report_content
from nlinkoop.domain.preparation import Preparation
from nlinkoop.vocabulary import QT_TRANSLATE_NOOP

CONTEXT = "Report"
TITLE_LIMIT = 120  # characters of the preparation's title in the page's title


@dataclass(frozen=True)
class ReportLabels:
    """Every fixed text of the report; the defaults are the English sources."""

    document: str = QT_TRANSLATE_NOOP("Report", "Meeting report")
    meeting: str = QT_TRANSLATE_NOOP("Report", "Meeting {n}")
    with_: str = QT_TRANSLATE_NOOP("Report", "With")
    attending: str = QT_TRANSLATE_NOOP("Report", "Attending")
    agreements: str = QT_TRANSLATE_NOOP("Report", "Agreements")
    actions: str = QT_TRANSLATE_NOOP("Report", "Actions")
    open_points: str = QT_TRANSLATE_NOOP("Report", "Open points")
    next_meeting: str = QT_TRANSLATE_NOOP("Report", "Next meeting")
    by: str = QT_TRANSLATE_NOOP("Report", "by {date}")
    nothing: str = QT_TRANSLATE_NOOP("Report", "Nothing was logged to report.")

    @classmethod
    def translated(cls, translate: Translate) -> "ReportLabels":
        """The labels in the language `translate` speaks."""
        english = cls()
        return replace(
            english, **{f.name: translate(CONTEXT, getattr(english, f.name)) for f in fields(cls)}
        )


def compose_report(
    prep: Preparation,
    meeting: MeetingRound,
    entries: Iterable[LogEntry],
    labels: ReportLabels,
    page: BriefingLabels,
) -> Briefing:
    """The report's page: ready for the briefing's `render`.

    Args:
        prep: the preparation the meeting belongs to.
        meeting: the round reported on.
        entries: the log; only this round's shareable entries are used.
        labels: the report's texts.
        page: the briefing's texts (dates, the cut mark), in the same language.
    """
    content = report_content(meeting, entries)
    title, title_cut = clip(prep.title.strip() or page.untitled, TITLE_LIMIT, page.cut_mark)
    found = tuple(
        Section(key, heading, tuple((Run(line),) for line in lines))
        for key, heading, lines in _parts(content, labels)
    ) or (Section("nothing", labels.document, ((Run(labels.nothing),),)),)
    return Briefing(
        title=title,
        header=_header(prep, meeting, labels, page),
        opening=None,
        sections=found,
        footer=(Run(prep.organisation.strip()),) if prep.organisation.strip() else (),
        labels=replace(page, document=labels.document),
        header_shortened=title_cut,
        columns=1,  # a letter to the supplier reads down the page
    )


def report_text(
    prep: Preparation,
    meeting: MeetingRound,
    entries: Iterable[LogEntry],
    labels: ReportLabels,
    page: BriefingLabels,
) -> str:
    """The report as plain text, to paste into an e-mail (the same content as the page)."""
    content = report_content(meeting, entries)
    title = prep.title.strip() or page.untitled
    parts = [f"{labels.document}: {title}", *_header_texts(prep, meeting, labels, page)]
    found = _parts(content, labels)
    for _, heading, lines in found:
        parts += ["", heading, *(f"- {line}" for line in lines)]
    if not found:
        parts += ["", labels.nothing]
    return "\n".join(parts) + "\n"


def _parts(content: ReportContent, labels: ReportLabels) -> list[tuple[str, str, list[str]]]:
    """The report's parts that have lines: (key, heading, lines), in the page's order."""
    found = [
        ("agreements", labels.agreements, _lines(content.agreements, labels)),
        ("actions", labels.actions, _lines(content.actions, labels)),
        ("open_points", labels.open_points, _lines(content.open_points, labels)),
        (
            "next_meeting",
            labels.next_meeting,
            [content.next_meeting] if content.next_meeting else [],
        ),
    ]
    return [(key, heading, lines) for key, heading, lines in found if lines]


def _lines(entries: Iterable[LogEntry], labels: ReportLabels) -> list[str]:
    """One line an entry: its text, then who and by when (an action)."""
    lines = []
    for entry in entries:
        details = [entry.owner.strip()] if entry.owner.strip() else []
        if entry.due is not None:
            details.append(labels.by.format(date=f"{entry.due:%d-%m-%Y}"))
        text = entry.text.strip()
        lines.append(f"{text} ({', '.join(details)})" if details else text)
    return [line for line in lines if line]


def _header_texts(
    prep: Preparation, meeting: MeetingRound, labels: ReportLabels, page: BriefingLabels
) -> list[str]:
    when = long_date(meeting.held_on, page) if meeting.held_on else page.no_date
    texts = [f"{labels.meeting.format(n=meeting.number)} · {when}"]
    if prep.counterparty.strip():
        texts.append(f"{labels.with_}: {prep.counterparty.strip()}")
    if meeting.attendees.strip():
        texts.append(f"{labels.attending}: {meeting.attendees.strip()}")
    return texts


def _header(
    prep: Preparation, meeting: MeetingRound, labels: ReportLabels, page: BriefingLabels
) -> tuple[Paragraph, ...]:
    return tuple((Run(text),) for text in _header_texts(prep, meeting, labels, page))
