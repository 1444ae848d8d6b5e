"""Draw the briefing on exactly one A4 page with reportlab, shrinking and shortening to fit.

Fitting is deliberate: the page is laid out dry (measured, not drawn) at the largest font size
first; if it overflows, the size steps down to a legible minimum, and only then are the longest
sections shortened with a visible mark. User text is data, never markup: every text is cleaned
(control characters out, characters the font lacks made visible) and escaped before it reaches
a reportlab `Paragraph`.
"""

import io
import math
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from nlinkoop import __version__
from nlinkoop.briefing.compose import Briefing, Run, Section
from nlinkoop.fileio import write_atomic
from nlinkoop.resources import resource_path

SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5)  # body font sizes to try, largest first
REPLACEMENT = "\ufffd"  # shown for a character the font has no glyph for
LONG_WORD = 200  # a "word" longer than this gets a break opportunity
MAX_PAGE = 30_000  # more characters than the page holds at the smallest size
FILL_BAR = 1.04  # the predicted fill (see `_Demand`) up to which a size is tried first

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
GUTTER = 6 * mm
GREY = Color(0.93, 0.93, 0.93)  # light enough to print as a tint behind black text
DARK = Color(0.2, 0.2, 0.2)

FONT, BOLD, ITALIC = "nlinkoop-Sans", "nlinkoop-Sans-Bold", "nlinkoop-Sans-Oblique"
_FONT_FILES = {
    FONT: "fonts/DejaVuSans.ttf",
    BOLD: "fonts/DejaVuSans-Bold.ttf",
    ITALIC: "fonts/DejaVuSans-Oblique.ttf",
}
_NO_BULLETS = frozenset({"opening", "agenda", "wish", "pitch", "portfolio"})


@dataclass(frozen=True)
class Rendered:
    """A finished briefing: the PDF and how it was made to fit.

    Attributes:
        pdf: the PDF file's bytes, always one A4 page.
        font_size: the body font size used, in points.
        shortened: the titles of the parts cut with a mark, in page order (empty: all fits).
    """

    pdf: bytes
    font_size: float
    shortened: tuple[str, ...]


def render(briefing: Briefing) -> Rendered:
    """Lay the briefing out on one page and draw it."""
    _fonts()  # registered once per process; cheap after that
    cleaned = _Cleaner()
    page = _largest_fitting(briefing, cleaned)
    if page is None:
        page = _shortened(briefing, cleaned, SIZES[-1])
    if not page.fits():  # titles and marks alone always fit: drawing less would lose text
        raise RuntimeError("the briefing does not fit on one page even with every section cut")
    return Rendered(pdf=page.draw(), font_size=page.size, shortened=page.briefing.shortened)


def write(briefing: Briefing, target: Path) -> Rendered:
    """Render and write the PDF to `target` atomically (never a half-written file).

    Raises:
        OSError: the folder is not writable, the disk is full, and so on.
    """
    rendered = render(briefing)
    write_atomic(target, rendered.pdf)
    return rendered


# --- Fitting ---------------------------------------------------------------------------------


def _largest_fitting(briefing: Briefing, cleaned: "_Cleaner") -> "_Page | None":
    """The page at the largest font size at which everything fits; None if none does.

    The search starts at an estimate from the amount of text and tries a larger size only if
    the page has room for it, so a typical briefing is laid out once or twice.
    """
    pages: dict[int, _Page] = {}

    def fits(index: int) -> bool:
        if index not in pages:
            pages[index] = _Page(briefing, SIZES[index], cleaned)
        return pages[index].fits()

    index = _estimate(briefing)
    if fits(index):
        while index > 0 and _may_fit_larger(pages[index], SIZES[index - 1]) and fits(index - 1):
            index -= 1
        return pages[index]
    while index < len(SIZES) - 1:
        index += 1
        if fits(index):
            return pages[index]
    return None


def _may_fit_larger(page: "_Page", larger: float) -> bool:
    """Whether the page has room enough to be worth laying out at a larger size.

    Text area grows with the square of the size; allowing for luck in line breaks, a page with
    less spare room than 85% of that growth will not fit, so it is not tried.
    """
    return page.spare >= 0.85 * ((larger / page.size) ** 2 - 1)


def _estimate(briefing: Briefing) -> int:
    """The index in SIZES of the largest size the text is predicted to fit at.

    The prediction counts lines paragraph by paragraph from the text's real widths (measured
    once at 1 pt: widths grow in proportion to the size), so it lands within a few percent of
    the layout. A guess too large costs one more layout; a guess too small would leave the
    larger size to `_may_fit_larger`, so the bar is set above 1: on the example's briefings, at
    any budget, the predicted fill at the largest size that fits is at most 1.0, and at the next
    larger size mostly over 1.04.
    """
    demand = _Demand(briefing)
    for index, size in enumerate(SIZES):
        if demand.fill(size) <= FILL_BAR:
            return index
    return len(SIZES) - 1


def _widths(paragraph: Sequence[Run]) -> tuple[float, ...]:
    """The widths at 1 pt of a paragraph's lines as written (a newline starts another)."""
    lines = [0.0]
    for run in paragraph:
        font = BOLD if run.bold else ITALIC if run.italic else FONT
        for number, part in enumerate(run.text.split("\n")):
            if number:
                lines.append(0.0)
            lines[-1] += pdfmetrics.stringWidth(part, font, 1)
    return tuple(lines)


def column_width(width: float, count: int) -> float:
    """The width of each of `count` columns side by side in `width`, a gutter between them."""
    return float((width - GUTTER * (count - 1)) / count)


def _lines(widths: Sequence[float], size: float, room: float) -> int:
    """About how many lines text of these widths takes at `size` (4% lost at line ends)."""
    return sum(max(1, math.ceil(width * size * 1.04 / room)) for width in widths)


class _Demand:
    """What the briefing asks of the page, measured once; `fill` scales it to a size."""

    def __init__(self, briefing: Briefing) -> None:
        self._title = _widths((Run(briefing.title),))
        self._header = [_widths(line) for line in briefing.header]
        self._footer = _widths(briefing.footer)
        self._opening = None if briefing.opening is None else self._section(briefing.opening)
        self._sections = [self._section(section) for section in briefing.sections]
        self._bullets = [section.key not in _NO_BULLETS for section in briefing.sections]
        self._columns = briefing.columns

    @staticmethod
    def _section(section: Section) -> tuple[tuple[float, ...], list[tuple[float, ...]]]:
        return _widths((Run(section.title),)), [_widths(p) for p in section.paragraphs]

    def fill(self, size: float) -> float:
        """The predicted share of the columns the sections take at `size`."""
        width = PAGE_WIDTH - 2 * MARGIN
        column = column_width(width, self._columns)
        leading, heading = size * 1.22, (size + 1) * 1.2
        title = min(size + 6, 15)
        used = 9 + _lines(self._title, title, width) * title * 1.15  # kicker and title
        used += sum(_lines(w, size + 0.5, width) for w in self._header) * (size + 0.5) * 1.25
        used += size * 0.6 + _lines(self._footer, 6.5, width) * 8 + 6
        if self._opening is not None:
            title_widths, paragraphs = self._opening
            room = width - 14  # the box's padding
            used += 7 + _lines(title_widths, size + 1, room) * heading + size * 0.6
            used += sum(_lines(w, size, room) * leading + size * 0.25 for w in paragraphs)
        columns = self._columns * (PAGE_HEIGHT - 2 * MARGIN - used)
        if columns <= 0:
            return float("inf")
        needed = 0.0
        for (title_widths, paragraphs), bullet in zip(self._sections, self._bullets, strict=True):
            room = column - (size * 0.95 if bullet else 0)
            needed += _lines(title_widths, size + 1, column) * heading + size * 1.45
            needed += sum(_lines(w, size, room) * leading + size * 0.25 for w in paragraphs)
        return float(needed / columns)


def _shortened(briefing: Briefing, cleaned: "_Cleaner", size: float) -> "_Page":
    """The page with the largest character budget per section that fits at `size`."""
    # A budget of 0 keeps titles and marks only; no page holds more than MAX_PAGE characters.
    low, high = 0, min(briefing.largest_section, MAX_PAGE)
    best = _Page(briefing.with_budget(0), size, cleaned)
    while high - low > max(20, low // 50):  # within 2%: a few words more or less
        middle = (low + high) // 2
        page = _Page(briefing.with_budget(middle), size, cleaned)
        if page.fits():
            best, low = page, middle + 1
        else:
            high = middle - 1
    return best


# --- Text ------------------------------------------------------------------------------------


class _Cleaner:
    """Turns a text into safe Paragraph markup for one font."""

    def __init__(self) -> None:
        self._known = _shared_glyphs()
        self._replacement = REPLACEMENT if ord(REPLACEMENT) in self._known else "?"
        self._table = _CharTable(self._known, self._replacement)  # what `text` does per character
        self._markup: dict[tuple[Run, ...], str] = {}  # the page is laid out more than once

    def text(self, text: str) -> str:
        """The text with control characters removed and unknown characters made visible.

        Control and invisible format characters (NUL, escape, bidi overrides, joiners) go;
        a character the font lacks becomes a visible replacement character. Characters beyond
        U+FFFF count as lacking even where the font has them: reportlab cannot write them into
        the PDF's text map, so they would vanish from copying and searching.
        """
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
        return _breakable(text.translate(self._table))

    def markup(self, runs: Sequence[Run]) -> str:
        """Paragraph markup for runs of plain text: escaped first, then styled."""
        key = tuple(runs)
        if key not in self._markup:
            self._markup[key] = self._markup_of(key)
        return self._markup[key]

    def _markup_of(self, runs: Sequence[Run]) -> str:
        parts = []
        for run in runs:
            body = _escape(self.text(run.text)).replace("\n", "<br/>")
            if run.bold:
                body = f"<b>{body}</b>"
            if run.italic:
                body = f"<i>{body}</i>"
            parts.append(body)
        return "".join(parts)


class _CharTable(dict[int, str | None]):
    """A `str.translate` table filled as characters come: keep, drop (None) or replace."""

    def __init__(self, known: frozenset[int], replacement: str) -> None:
        super().__init__()
        self._known, self._replacement = known, replacement

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        if char == "\n":
            kept: str | None = char
        elif unicodedata.category(char) in {"Cc", "Cf"}:
            kept = None
        elif code in self._known and code <= 0xFFFF:
            kept = char
        else:
            kept = self._replacement
        self[code] = kept
        return kept


def _escape(text: str) -> str:
    """`xml.sax.saxutils.escape` without importing it (it pulls in urllib and http)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _breakable(text: str) -> str:
    """The text with a space every LONG_WORD characters of a word that has none.

    No real word is that long; without a break reportlab measures such a "word" letter by
    letter, which takes seconds for a pasted blob.
    """
    if len(text) < LONG_WORD or max(map(len, text.split()), default=0) < LONG_WORD:
        return text
    words = []
    for word in text.split(" "):
        while len(word) > LONG_WORD:
            words.append(word[:LONG_WORD])
            word = word[LONG_WORD:]
        words.append(word)
    return " ".join(words)


@cache
def _shared_glyphs() -> frozenset[int]:
    """The code points every shipped font can draw (computed once per process)."""
    glyphs = [set(font.face.charToGlyph) for font in _fonts().values()]
    return frozenset(set.intersection(*glyphs))


@cache
def _fonts() -> dict[str, TTFont]:
    """Register the shipped fonts once per process."""
    fonts = {}
    for name, relative in _FONT_FILES.items():
        font = TTFont(name, str(resource_path(relative)))
        pdfmetrics.registerFont(font)
        fonts[name] = font
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    return fonts


# --- Layout ----------------------------------------------------------------------------------


class _Heading(Flowable):  # type: ignore[misc]
    """A section title with a thin rule under it, kept with the first lines after it."""

    def __init__(self, paragraph: Paragraph, gap: float) -> None:
        super().__init__()
        self._paragraph = paragraph
        self._gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self._paragraph.wrap(available_width, available_height)
        self.width, self.height = available_width, height + self._gap
        return self.width, self.height

    def draw(self) -> None:
        self._paragraph.drawOn(self.canv, 0, self._gap)
        self.canv.setLineWidth(0.6)
        self.canv.setStrokeColor(black)
        self.canv.line(0, self._gap * 0.6, self.width, self._gap * 0.6)


class _Lookahead:
    """A story read lazily, with room to look one flowable ahead and to put split parts back."""

    def __init__(self, story: Iterator[Flowable]) -> None:
        self._story = story
        self._ahead: list[Flowable] = []

    def _fill(self, count: int) -> None:
        while len(self._ahead) < count:
            flowable = next(self._story, None)
            if flowable is None:
                return
            self._ahead.append(flowable)

    def __bool__(self) -> bool:
        self._fill(1)
        return bool(self._ahead)

    def __len__(self) -> int:  # at most 2: all `_flow` needs to know
        self._fill(2)
        return len(self._ahead)

    def __getitem__(self, index: int) -> Flowable:
        self._fill(index + 1)
        return self._ahead[index]

    def pop_first(self) -> None:
        self._ahead.pop(0)

    def replace_first(self, parts: list[Flowable]) -> None:
        self._ahead[0:1] = parts


@dataclass
class _Placed:
    flowable: Flowable
    x: float
    y: float


class _Page:
    """The page at one font size: measure (`fits`) and draw (`draw`)."""

    def __init__(self, briefing: Briefing, size: float, cleaned: _Cleaner) -> None:
        self.briefing, self.size, self._clean = briefing, size, cleaned
        leading = size * 1.22
        self._body = ParagraphStyle(
            "body",
            fontName=FONT,
            fontSize=size,
            leading=leading,
            spaceAfter=size * 0.25,
            bulletFontName=FONT,
        )
        self._bullet = ParagraphStyle(
            "bullet", parent=self._body, leftIndent=size * 0.95, bulletIndent=0, bulletFontSize=size
        )
        self._heading = ParagraphStyle(
            "heading", fontName=BOLD, fontSize=size + 1, leading=(size + 1) * 1.2
        )
        title_size = min(size + 6, 15)
        self._title = ParagraphStyle(
            "title", fontName=BOLD, fontSize=title_size, leading=title_size * 1.15
        )
        self._kicker = ParagraphStyle("kicker", fontName=BOLD, fontSize=7, leading=9)
        self._header = ParagraphStyle(
            "header", fontName=FONT, fontSize=size + 0.5, leading=(size + 0.5) * 1.25
        )
        self._footer = ParagraphStyle(
            "footer", fontName=FONT, fontSize=6.5, leading=8, textColor=DARK
        )
        self._placed: list[_Placed] = []
        self.spare = 0.0  # the share of the columns left empty, once it fits
        self._fits = self._layout()

    def fits(self) -> bool:
        return self._fits

    def draw(self) -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT)
        canvas.setTitle(self._clean.text(self.briefing.title))
        canvas.setSubject(self._clean.text(self.briefing.labels.document))
        canvas.setCreator(f"nlinkoop {__version__}")
        canvas.setProducer(f"nlinkoop {__version__}")
        for placed in self._placed:
            placed.flowable.drawOn(canvas, placed.x, placed.y)
        canvas.setLineWidth(0.4)
        canvas.setStrokeColor(DARK)
        rule = MARGIN + self._footer_height + 2
        canvas.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    # The page from the top: header, opening box, the columns; the footer at the bottom.
    def _layout(self) -> bool:
        width = PAGE_WIDTH - 2 * MARGIN
        top = PAGE_HEIGHT - MARGIN
        for flowable in self._header_flowables():
            top = self._put(flowable, MARGIN, top, width)
        top -= self.size * 0.6
        if self.briefing.opening is not None:
            top = self._put(self._opening_box(self.briefing.opening, width), MARGIN, top, width)
            top -= self.size * 0.6
        footer = Paragraph(self._clean.markup(self.briefing.footer), self._footer)
        _, self._footer_height = footer.wrap(width, PAGE_HEIGHT)
        self._placed.append(_Placed(footer, MARGIN, MARGIN))
        bottom = MARGIN + self._footer_height + 6
        if top - bottom < 4 * self.size:
            return False
        count = self.briefing.columns
        column = column_width(width, count)
        # Built as the columns take them: what overflows is never parsed or measured.
        story = (f for s in self.briefing.sections for f in self._section_flowables(s))
        columns = [(MARGIN + n * (column + GUTTER), column) for n in range(count)]
        return self._flow(story, columns, top, bottom)

    def _put(self, flowable: Flowable, x: float, top: float, width: float) -> float:
        _, height = flowable.wrap(width, PAGE_HEIGHT)
        self._placed.append(_Placed(flowable, x, top - height))
        return float(top - height - flowable.getSpaceAfter())

    def _flow(
        self,
        story: Iterator[Flowable],
        columns: list[tuple[float, float]],
        top: float,
        bottom: float,
    ) -> bool:
        """Place the story in the columns, splitting paragraphs; False if it overflows."""
        queue = _Lookahead(story)
        heights: dict[int, float] = {}  # a paragraph measured for keep-with-next, by id

        def measure(flowable: Flowable, width: float, room: float) -> float:
            if id(flowable) not in heights:
                heights[id(flowable)] = float(flowable.wrap(width, room)[1])
            return heights[id(flowable)]

        for x, width in columns:
            heights.clear()  # a new column may have another width
            y = top
            while queue:
                flowable = queue[0]
                room = y - bottom
                before = flowable.getSpaceBefore() if y < top else 0
                height = measure(flowable, width, room - before)
                needed = height + before
                if isinstance(flowable, _Heading) and len(queue) > 1:
                    needed += min(measure(queue[1], width, room), 2.5 * self.size * 1.22)
                if needed <= room:
                    self._placed.append(_Placed(flowable, x, y - before - height))
                    y -= before + height + flowable.getSpaceAfter()
                    queue.pop_first()
                    continue
                if isinstance(flowable, _Heading):
                    break
                parts = flowable.split(width, room - before)
                if len(parts) < 2:
                    break
                queue.replace_first(parts)
            else:  # all placed: what is left in this column and the ones after it
                unused = columns.index((x, width)) + 1
                spare = (y - bottom) + (len(columns) - unused) * (top - bottom)
                self.spare = spare / (len(columns) * (top - bottom))
                return True
        return False

    def _header_flowables(self) -> list[Flowable]:
        briefing = self.briefing
        kicker = Paragraph(
            _escape(self._clean.text(briefing.labels.document.upper())), self._kicker
        )
        title = Paragraph(_escape(self._clean.text(briefing.title)), self._title)
        lines = [Paragraph(self._clean.markup(line), self._header) for line in briefing.header]
        return [kicker, title, *lines]

    def _opening_box(self, section: Section, width: float) -> Table:
        heading = Paragraph(_escape(self._clean.text(section.title)), self._heading)
        body = [Paragraph(self._clean.markup(p), self._body) for p in section.paragraphs]
        box = Table([[[heading, *body]]], colWidths=[width])
        box.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), GREY),
                    ("LINEBEFORE", (0, 0), (0, -1), 2.5, black),
                    ("FONTNAME", (0, 0), (-1, -1), FONT),  # else Table sets Helvetica
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return box

    def _section_flowables(self, section: Section) -> list[Flowable]:
        heading = Paragraph(_escape(self._clean.text(section.title)), self._heading)
        flowables: list[Flowable] = [_Heading(heading, gap=self.size * 0.45)]
        flowables[0].spaceBefore = self.size * 0.7
        flowables[0].spaceAfter = self.size * 0.3
        style = self._body if section.key in _NO_BULLETS else self._bullet
        bullet = None if section.key in _NO_BULLETS else "•"
        for paragraph in section.paragraphs:
            markup = self._clean.markup(paragraph)
            flowables.append(Paragraph(markup, style, bulletText=bullet))
        return flowables
