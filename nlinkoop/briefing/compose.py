"""What goes on the one A4 page, in which order, and how a long section is shortened.

Pure: a preparation and translated labels in, a `Briefing` of plain runs of text out. Drawing
(and measuring what fits) is `render`'s job; shortening a section at a word boundary with a
visible mark is decided here, so both halves agree on what "shortened" means.
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from nlinkoop.briefing.labels import BriefingLabels
from nlinkoop.domain import gate as legal_gate
from nlinkoop.domain.award import sensitivity
from nlinkoop.domain.common import Party, Priority
from nlinkoop.domain.conditions import Side
from nlinkoop.domain.dates import format_time
from nlinkoop.domain.money import format_euro
from nlinkoop.domain.pitch import PitchProfile
from nlinkoop.domain.portfolio import mismatch
from nlinkoop.domain.preparation import Preparation
from nlinkoop.domain.procedure_catalogue import Entry, facts_for, positioning
from nlinkoop.domain.procedures import Context
from nlinkoop.domain.wishes import wish_worth

# What one paragraph costs against a section's character budget besides its text: many short
# rows take room too.
PARAGRAPH_COST = 40
# The most of one text the page could ever show; longer text is cut before measuring.
MAX_TEXT = 12_000
# One-line header fields are clipped to a length that fits their line.
TITLE_LIMIT = 140
HEADER_LIMIT = 90
ATTENDEES_LIMIT = 260
FOOTER_LIMIT = 60
BASIS_ARTICLES = 3  # the header cites the first few articles of the procedure


@dataclass(frozen=True)
class Run:
    """A piece of text in one style. User text and template text are both plain text here."""

    text: str
    bold: bool = False
    italic: bool = False


Paragraph = tuple[Run, ...]


@dataclass(frozen=True)
class Section:
    """A titled part of the page; `key` names it for tests and for the report of cuts."""

    key: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    shortened: bool = False

    @property
    def size(self) -> int:
        """What the section costs against a character budget."""
        return sum(_length(p) + PARAGRAPH_COST for p in self.paragraphs)


@dataclass(frozen=True)
class BriefingInfo:
    """What the briefing needs besides the preparation: where it comes from, and when."""

    file_name: str
    generated_at: dt.datetime  # local time
    profile: PitchProfile | None = None  # the author's pitch profile, if the workbook has one


@dataclass(frozen=True)
class Briefing:
    """The page's content: a header, the sections in order of importance, a footer line."""

    title: str
    header: tuple[Paragraph, ...]
    opening: Section | None  # drawn full width above the two columns
    sections: tuple[Section, ...]
    footer: Paragraph
    labels: BriefingLabels
    header_shortened: bool = False
    columns: int = 2  # the sections' columns (the report to the supplier reads in one)

    @property
    def shortened(self) -> tuple[str, ...]:
        """The titles of the parts that were shortened, in page order."""
        titles = [self.labels.header] if self.header_shortened else []
        parts = ([self.opening] if self.opening else []) + list(self.sections)
        return (*titles, *(s.title for s in parts if s.shortened))

    def with_budget(self, budget: int) -> "Briefing":
        """Every section shortened to at most `budget` characters (see `shorten`)."""
        opening = shorten(self.opening, budget, self.labels.cut_mark) if self.opening else None
        sections = tuple(shorten(s, budget, self.labels.cut_mark) for s in self.sections)
        return replace(self, opening=opening, sections=sections)

    @property
    def largest_section(self) -> int:
        parts = ([self.opening] if self.opening else []) + list(self.sections)
        return max((s.size for s in parts), default=0)


def author_profile(prep: Preparation, profiles: Iterable[PitchProfile]) -> PitchProfile | None:
    """The pitch profile the preparation links to, if the workbook holds it."""
    return next((p for p in profiles if p.id == prep.profile_id), None)


def compose(prep: Preparation, labels: BriefingLabels, info: BriefingInfo) -> Briefing:
    """The briefing of one preparation: empty sections are left out, nothing else."""
    header, header_cut = _header(prep, labels, info.generated_at.date())
    title = prep.title.strip() if _visible(prep.title) else labels.untitled
    title, title_cut = clip(title, TITLE_LIMIT, labels.cut_mark)
    opening = _section("opening", labels.opening, _opening(prep, labels))
    sections = [
        _section("positioning", labels.positioning, _positioning(prep, labels)),
        _section("interests", labels.interests, _interests(prep, labels)),
        _section("uncertainties", labels.uncertainties, _uncertainties(prep, labels)),
        _section("agenda", labels.agenda, _agenda(prep, labels)),
        _section("topics", labels.topics, _topics(prep, labels)),
        _section("alternatives", labels.alternatives, _alternatives(prep, labels)),
        _section("wish", labels.wish, _wish(prep, labels)),
        _section("principles", labels.principles, _principles(prep, labels)),
        _section("pressure", labels.pressure, _pressure(prep, labels)),
        _section("red_lines", labels.red_lines, _red_lines(prep)),
        _section("pitch", labels.pitch, _pitch(info.profile)),
        _section("portfolio", labels.portfolio, _portfolio(prep, labels)),
    ]
    footer, footer_cut = _footer(prep, labels, info)
    return Briefing(
        title=title,
        header=header,
        opening=opening,
        sections=tuple(s for s in sections if s is not None),
        footer=footer,
        labels=labels,
        header_shortened=header_cut or title_cut or footer_cut,
    )


def clip(text: str, limit: int, mark: str) -> tuple[str, bool]:
    """`text` cut to at most `limit` characters at a word boundary, with `mark` after the cut.

    A single word longer than the limit is cut inside the word.

    Returns:
        The text, and whether it was cut.
    """
    if len(text) <= limit:
        return text, False
    head = text[: max(limit, 0)]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > limit // 2:
        head = head[:space]
    return f"{head.rstrip()} {mark}".lstrip(), True


def shorten(section: Section, budget: int, mark: str) -> Section:
    """The section cut to about `budget` characters, at a word boundary, with a visible mark.

    Paragraphs are kept in order while they fit; the one that crosses the budget is cut and
    ends with `mark`; the paragraphs after it are left out (the mark says there is more). With
    no budget at all the section keeps its title and shows only the mark, so it is never lost.
    """
    if section.size <= budget:
        return section
    kept: list[Paragraph] = []
    left = budget
    for paragraph in section.paragraphs:
        cost = _length(paragraph) + PARAGRAPH_COST
        if cost <= left:
            kept.append(paragraph)
            left -= cost
            continue
        cut = _cut_paragraph(paragraph, left - PARAGRAPH_COST, mark)
        if cut is not None:
            kept.append(cut)
        break
    if len(kept) == 0 or kept[-1][-1].text.strip() != mark:
        kept.append((Run(mark, italic=True),))
    return replace(section, paragraphs=tuple(kept), shortened=True)


def _cut_paragraph(paragraph: Paragraph, room: int, mark: str) -> Paragraph | None:
    """The paragraph's first `room` characters ending in the mark, or None if too little fits."""
    if room < 20:  # not even a few words: better to leave it out and show only the mark
        return None
    runs: list[Run] = []
    for run in paragraph:
        if len(run.text) <= room:
            runs.append(run)
            room -= len(run.text)
            continue
        text, _ = clip(run.text, room, "")
        if text:
            runs.append(replace(run, text=text))
        break
    runs.append(Run(" " + mark, italic=True))
    return tuple(runs)


def _section(key: str, title: str, paragraphs: Iterable[Paragraph]) -> Section | None:
    """A section of the paragraphs that hold text; None when there are none."""
    kept: list[Paragraph] = []
    shortened = False
    for paragraph in paragraphs:
        runs = tuple(r for r in paragraph if r.text)
        if not any(r.text.strip() for r in runs):
            continue
        safe: list[Run] = []
        for run in runs:
            text, cut = clip(run.text, MAX_TEXT, "")
            shortened = shortened or cut
            safe.append(replace(run, text=text))
        kept.append(tuple(safe))
    if not kept:
        return None
    return Section(key=key, title=title, paragraphs=tuple(kept), shortened=shortened)


def _visible(text: str) -> bool:
    """Whether the text has a character that shows (not only spaces and control characters)."""
    return any(c.isprintable() and not c.isspace() for c in text)


def _length(paragraph: Paragraph) -> int:
    return sum(len(r.text) for r in paragraph)


def _joined(*parts: str, sep: str = " · ") -> str:
    return sep.join(p.strip() for p in parts if p.strip())


# --- The header and the footer ---------------------------------------------------------------


def _header(
    prep: Preparation, labels: BriefingLabels, today: dt.date
) -> tuple[tuple[Paragraph, ...], bool]:
    mark = labels.cut_mark
    cuts: list[bool] = []

    def fit(text: str, limit: int = HEADER_LIMIT) -> str:
        clipped, cut = clip(text.strip(), limit, mark)
        cuts.append(cut)
        return clipped

    meeting = prep.meeting
    when = long_date(meeting.date, labels) if meeting.date else labels.no_date
    times = "–".join(t for t in (format_time(meeting.start), format_time(meeting.end)) if t)
    counterparty = fit(prep.counterparty)
    moment = _joined(when, times, fit(meeting.place), sep="  ·  ")
    first = (Run(counterparty, bold=True), Run(("  ·  " if counterparty else "") + moment))
    people = {side: _people(prep, side) for side in Side}
    attending = _joined(
        f"{labels.we}: {people[Side.OURS]}" if people[Side.OURS] else "",
        f"{labels.they}: {people[Side.THEIRS]}" if people[Side.THEIRS] else "",
        sep="  ·  ",
    )
    second = (Run(f"{labels.attending}: ", bold=True), Run(fit(attending, ATTENDEES_LIMIT)))
    gate = legal_gate.answer(prep, None, today, labels.language)
    blocks = [check.text for check in gate.checks if check.level is legal_gate.Level.BLOCK]
    context = labels.contexts[prep.context]
    setting = [Run(f"{labels.context}: ", bold=True), Run(context)]
    if prep.context is Context.PUBLIC:
        setting += [Run(f"  ·  {labels.procedure}: ", bold=True)]
        setting += [Run(labels.procedures[prep.procedure])]
        facts = facts_for(prep.procedure)
        if facts is not None and not blocks:  # a blocked procedure has no room to speak of
            room = f"{labels.negotiation[facts.negotiation]} ({_basis(facts, labels.language)})"
            setting += [Run(" – "), Run(room, italic=True)]
    if prep.internal_client.strip():
        setting += [Run(f"  ·  {labels.internal_client}: ", bold=True)]
        setting += [Run(fit(prep.internal_client, ATTENDEES_LIMIT))]
    stance: Paragraph = ()
    if positioning(prep.context, prep.procedure):
        stance = (Run(labels.positioning_banner, bold=True),)
    if blocks:  # the value rules the procedure out: that comes before anything else
        stance = (Run(f"✗ {blocks[0]}", bold=True),)
    lines = (first, second if attending else (), tuple(setting), stance)
    return tuple(line for line in lines if line), any(cuts)


def _basis(facts: Entry, language: str) -> str:
    """The first articles of an entry, for the header's one line (the gate shows them all)."""
    refs = facts.article_numbers
    shown = ", ".join(refs[:BASIS_ARTICLES]) + (", …" if len(refs) > BASIS_ARTICLES else "")
    return f"{facts.articles[0].law.text(language)}, art. {shown}"


def _people(prep: Preparation, side: Side) -> str:
    names = []
    for person in prep.participants:
        if person.side is side and person.name.strip():
            role = f" ({person.role.strip()})" if person.role.strip() else ""
            names.append(person.name.strip() + role)
    return ", ".join(names)


def _footer(
    prep: Preparation, labels: BriefingLabels, info: BriefingInfo
) -> tuple[Paragraph, bool]:
    author = info.profile.person if info.profile else prep.updated_by
    author, author_cut = clip(author.strip(), FOOTER_LIMIT, labels.cut_mark)
    file_name, file_cut = clip(info.file_name, FOOTER_LIMIT, labels.cut_mark)
    changed = prep.updated_at.astimezone()
    changer, changer_cut = clip(prep.updated_by.strip(), FOOTER_LIMIT, labels.cut_mark)
    last_change = _short_moment(changed) + (f" ({changer})" if changer else "")
    runs: list[Run] = []
    for name, value in (
        (labels.author, author),
        (labels.made, _short_moment(info.generated_at)),
        (labels.file, file_name),
        (labels.last_change, last_change),
    ):
        if value:
            runs += [Run(("   " if runs else "") + f"{name}: ", bold=True), Run(value)]
    return tuple(runs), author_cut or file_cut or changer_cut


def long_date(day: dt.date, labels: BriefingLabels) -> str:
    """A date as the page writes it ("Tuesday 8 December 2026", in the labels' language)."""
    weekday = labels.weekdays[day.weekday()]
    month = labels.months[day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def _short_moment(moment: dt.datetime) -> str:
    return f"{moment:%d-%m-%Y %H:%M}"


# --- The sections ----------------------------------------------------------------------------


def _opening(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    for label, text in (
        (labels.come_to_do, prep.opening.come_to_do),
        (labels.come_to_get, prep.opening.come_to_get),
    ):
        if text.strip():
            yield (Run(f"{label}: ", bold=True), Run(text.strip()))


def _interests(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    order = {party: n for n, party in enumerate(Party)}
    rank = {priority: n for n, priority in enumerate(Priority)}
    interests = sorted(prep.interests, key=lambda i: (order[i.party], rank[i.priority]))
    for interest in interests:
        if not interest.what.strip():
            continue
        runs = [Run(f"{labels.parties[interest.party]}: ", bold=True), Run(interest.what.strip())]
        if interest.priority is Priority.MUST_HAVE:
            runs.append(Run(f" [{labels.priorities[interest.priority].lower()}]", bold=True))
        if interest.why.strip():
            runs.append(Run(" – " + interest.why.strip(), italic=True))
        yield tuple(runs)


def _uncertainties(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    for item in prep.uncertainties:
        if not item.what.strip():
            continue
        runs = [Run(f"{labels.parties[item.whose]}: ", bold=True), Run(item.what.strip())]
        if item.how_to_name.strip():
            runs += [Run(f" – {labels.how_to_name}: ", italic=True), Run(item.how_to_name.strip())]
        yield tuple(runs)


def _agenda(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    items = [a for a in prep.opportunity.agenda if a.topic.strip()]
    for number, item in enumerate(items, start=1):
        extra = _joined(
            labels.minutes.format(n=item.minutes) if item.minutes else "", item.lead, sep=", "
        )
        runs = [Run(f"{number}. ", bold=True), Run(item.topic.strip())]
        if extra:
            runs.append(Run(f" ({extra})", italic=True))
        yield tuple(runs)


def _topics(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    rank = {priority: n for n, priority in enumerate(Priority)}
    for topic in sorted(prep.capacity.topics, key=lambda t: rank[t.priority]):
        if not topic.name.strip():
            continue
        runs = [Run(topic.name.strip(), bold=True)]
        runs.append(Run(f" [{labels.priorities[topic.priority].lower()}]", bold=True))
        for label, text in ((labels.hope, topic.hope), (labels.enough, topic.enough)):
            if text.strip():
                runs += [Run(f"  {label}: ", italic=True), Run(text.strip())]
        if topic.if_you.strip() or topic.then_we.strip():
            runs += _exchange(labels.if_you, topic.if_you.strip().rstrip(",;"), "  ")
            runs += _exchange(labels.then_we, topic.then_we.strip(), ", ")
        yield tuple(runs)


def _exchange(label: str, text: str, before: str) -> list[Run]:
    """One half of "if you ..., then we ...": the label is left out if the text starts with it."""
    said = text.split(maxsplit=1)[0].lower() if text else ""
    if said and said == label.split(maxsplit=1)[0].lower():
        return [Run(before + text)]
    return [Run(f"{before}{label} ", italic=True), Run(text or "…")]


def _alternatives(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    ordered = sorted(prep.capacity.alternatives, key=lambda a: a.side is not Side.OURS)
    for alternative in ordered:
        if not (alternative.description.strip() or alternative.improve.strip()):
            continue
        runs = [Run(f"{labels.sides[alternative.side]}: ", bold=True)]
        runs.append(Run(alternative.description.strip()))
        if alternative.improve.strip():
            runs += [Run(f" – {labels.improve}: ", italic=True), Run(alternative.improve.strip())]
        yield tuple(runs)


def _wish(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    wishes = [w for w in prep.wishes if w.description.strip()]
    if not wishes:
        return
    wish = wishes[0]
    yield (Run(wish.description.strip(), bold=True),)
    facts: list[str] = []
    if wish.points is not None and wish.euro_per_point is not None:
        worth = format_euro(wish_worth(wish.points, wish.euro_per_point))
        facts.append(
            labels.wish_worth.format(
                points=wish.points, per_point=format_euro(wish.euro_per_point), worth=worth
            )
        )
    if wish.cost_to_score is not None:
        facts.append(labels.cost_to_score.format(cost=format_euro(wish.cost_to_score)))
    if wish.worth_it is not None:
        facts.append(labels.worth_it[wish.worth_it])
    if wish.carried_over:
        facts.append(labels.carried_over)
    if facts:
        yield (Run(_joined(*facts, sep="; ")),)
    for label, level in ((labels.enough_level, wish.enough), (labels.aspiration, wish.aspiration)):
        if level.strip():
            yield (Run(f"{label}: ", bold=True), Run(level.strip()))
    value = _joined(wish.customer_value, wish.organisational_development, wish.process_quality)
    if value:
        yield (Run(value, italic=True),)
    yield from _wish_effect(prep, wish.id, labels)
    if len(wishes) > 1:
        yield (Run(labels.more_wishes.format(n=len(wishes)), bold=True),)


def _wish_effect(prep: Preparation, wish_id: str, labels: BriefingLabels) -> Iterator[Paragraph]:
    """Whether the wish decides who wins among the sample tenders, and what that costs."""
    criterion = next((c for c in prep.award.criteria if c.wish_id == wish_id), None)
    if criterion is None:
        return
    effect = sensitivity(prep.award, criterion.id)
    cost = effect.extra_cost
    if effect.winner is None or effect.winner_without is None or cost is None:
        return  # no tenders, or a tie for first place: no winner to name
    if effect.changes_winner:
        text = labels.wish_decides.format(
            winner=effect.winner.name,
            other=effect.winner_without.name,
            cost=format_euro(cost),
        )
    else:
        text = labels.wish_does_not_decide.format(winner=effect.winner.name)
    yield (Run(text, bold=effect.changes_winner),)


def _positioning(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    """The reminders of positioning, when the procedure leaves nothing to negotiate."""
    if positioning(prep.context, prep.procedure):
        for reminder in labels.positioning_reminders:
            yield (Run(reminder),)


def _principles(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    for item in prep.checklist.principles:
        runs = [Run(labels.principle_names[item.principle], bold=True)]
        if item.action.strip():
            runs.append(Run(": " + item.action.strip()))
        yield tuple(runs)


def _pressure(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    for answer in prep.checklist.pressure:
        runs = [Run(labels.questions[answer.question], bold=True)]
        if answer.answer.strip():
            runs.append(Run(" " + answer.answer.strip()))
        yield tuple(runs)


def _red_lines(prep: Preparation) -> Iterator[Paragraph]:
    for line in prep.checklist.red_lines:
        yield (Run(line.text.strip()),)


def _pitch(profile: PitchProfile | None) -> Iterator[Paragraph]:
    """The author's whole pitch: it shrinks and is cut (with the mark) like any section."""
    if profile is not None and profile.pitch.strip():
        yield (Run(profile.pitch.strip(), italic=True),)


def _portfolio(prep: Preparation, labels: BriefingLabels) -> Iterator[Paragraph]:
    portfolio = prep.portfolio
    positions = []
    if portfolio.kraljic is not None:
        positions += [Run(f"{labels.for_us}: ", bold=True), Run(labels.kraljic[portfolio.kraljic])]
    if portfolio.supplier_view is not None:
        view = labels.supplier_views[portfolio.supplier_view]
        positions += [Run(("  ·  " if positions else "") + f"{labels.for_them}: ", bold=True)]
        positions += [Run(view)]
    if positions:
        yield tuple(positions)
    found = mismatch(portfolio)
    if found is not None:
        yield (Run(labels.mismatch[found], bold=True),)
    if portfolio.note.strip() and positions:
        yield (Run(portfolio.note.strip(), italic=True),)
