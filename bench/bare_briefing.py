"""Baseline for `nlinkoop briefing`: import SQLAlchemy's ORM and reportlab, draw one A4 page.

Usage: python bench/bare_briefing.py OUT.pdf CHARACTERS. The page holds about as much text as
the example's briefing (CHARACTERS), in DejaVu Sans at one size: laid out once, no fitting.
"""

import sys
from pathlib import Path

import sqlalchemy.orm  # noqa: F401 - the import is part of what the baseline costs
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
TEXT = (
    "De leverancier wil zekerheid over volume en indexatie; wij willen vaste gezichten per pand "
    "en minder klachten over sanitair. Social return en duurzaam inkopen blijven voorwaarde."
)
WORDS = TEXT.split()


def page(target: Path, characters: int) -> None:
    """Write one A4 page with about `characters` characters of text to `target`."""
    for name, file in (("DejaVu", "DejaVuSans.ttf"), ("DejaVu-Bold", "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    style = ParagraphStyle("body", fontName="DejaVu", fontSize=6.5, leading=7.8)
    heading = ParagraphStyle("head", fontName="DejaVu-Bold", fontSize=8, leading=10)
    story, written, n = [], 0, 0
    while written < characters:
        text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(40))
        story.append(Paragraph(f"Onderdeel {n + 1}", heading) if n % 5 == 0 else None)
        story.append(Paragraph(text, style))
        written, n = written + len(text), n + 1
    margin = 28
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=margin, rightMargin=margin)
    doc.topMargin = doc.bottomMargin = margin
    doc.build([flowable for flowable in story if flowable is not None])


if __name__ == "__main__":
    page(Path(sys.argv[1]), int(sys.argv[2]))
