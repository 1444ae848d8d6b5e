"""The fixed texts of the briefing, translated by the caller.

The window translates with Qt, the command line with `nlinkoop.catalog`; the briefing itself
needs no Qt.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import partial
from typing import Any

from nlinkoop.catalog import Translate
from nlinkoop.domain.checklist import PressureQuestion, Principle
from nlinkoop.domain.common import Party, Priority
from nlinkoop.domain.conditions import Side
from nlinkoop.domain.portfolio import Mismatch
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.procedure_catalogue import Negotiation
from nlinkoop.domain.procedures import Context, Procedure
from nlinkoop.domain.wishes import WorthIt
from nlinkoop.vocabulary import (
    CONTEXTS,
    KRALJIC,
    PARTIES,
    PRINCIPLES,
    PRIORITIES,
    PROCEDURES,
    QT_TRANSLATE_NOOP,
    QUESTIONS,
    SUPPLIER_VIEWS,
    Choices,
)

CONTEXT = "Briefing"

_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Briefing", "Monday"),
    QT_TRANSLATE_NOOP("Briefing", "Tuesday"),
    QT_TRANSLATE_NOOP("Briefing", "Wednesday"),
    QT_TRANSLATE_NOOP("Briefing", "Thursday"),
    QT_TRANSLATE_NOOP("Briefing", "Friday"),
    QT_TRANSLATE_NOOP("Briefing", "Saturday"),
    QT_TRANSLATE_NOOP("Briefing", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Briefing", "January"),
    QT_TRANSLATE_NOOP("Briefing", "February"),
    QT_TRANSLATE_NOOP("Briefing", "March"),
    QT_TRANSLATE_NOOP("Briefing", "April"),
    QT_TRANSLATE_NOOP("Briefing", "May"),
    QT_TRANSLATE_NOOP("Briefing", "June"),
    QT_TRANSLATE_NOOP("Briefing", "July"),
    QT_TRANSLATE_NOOP("Briefing", "August"),
    QT_TRANSLATE_NOOP("Briefing", "September"),
    QT_TRANSLATE_NOOP("Briefing", "October"),
    QT_TRANSLATE_NOOP("Briefing", "November"),
    QT_TRANSLATE_NOOP("Briefing", "December"),
)


def _choices(choices: Choices) -> dict[Any, str]:
    return {value: text for text, value in choices}


def _names(table: Mapping[Any, tuple[str, str]], which: int) -> dict[Any, str]:
    return {key: texts[which] for key, texts in table.items()}


_WORTH_IT = {
    WorthIt.YES: QT_TRANSLATE_NOOP("Briefing", "worth it"),
    WorthIt.DOUBT: QT_TRANSLATE_NOOP("Briefing", "in doubt whether it is worth it"),
    WorthIt.NO: QT_TRANSLATE_NOOP("Briefing", "not worth it"),
}
_NEGOTIATION = {
    Negotiation.YES: QT_TRANSLATE_NOOP("Briefing", "room to negotiate"),
    Negotiation.LIMITED: QT_TRANSLATE_NOOP("Briefing", "limited room: a dialogue"),
    Negotiation.OWN_POLICY: QT_TRANSLATE_NOOP("Briefing", "room depends on your own policy"),
    Negotiation.NO: QT_TRANSLATE_NOOP("Briefing", "no negotiation, only clarification"),
}
_POSITIONING_REMINDERS = (
    QT_TRANSLATE_NOOP(
        "Briefing", "Advise at the front: the specifications, the requirements, the award criteria."
    ),
    QT_TRANSLATE_NOOP("Briefing", "Build trust with the internal client and other stakeholders."),
    QT_TRANSLATE_NOOP("Briefing", "Make the difference in the quality of the request."),
    QT_TRANSLATE_NOOP(
        "Briefing", "This conversation explores or clarifies: promise nothing on price or award."
    ),
)
_MISMATCH = {
    Mismatch.WE_NEED_THEM_MORE: QT_TRANSLATE_NOOP(
        "Briefing", "Vital to us, small to them: expect little priority."
    ),
    Mismatch.THEY_MAY_EXPLOIT: QT_TRANSLATE_NOOP(
        "Briefing", "Vital to us, and they may use that: know your alternative."
    ),
    Mismatch.THEY_NEED_US_MORE: QT_TRANSLATE_NOOP(
        "Briefing", "They need us more than we need them: use the room, don't squeeze."
    ),
}
_SIDES = {
    Side.OURS: QT_TRANSLATE_NOOP("Briefing", "Ours"),
    Side.THEIRS: QT_TRANSLATE_NOOP("Briefing", "Theirs (our estimate)"),
}


@dataclass(frozen=True)
class BriefingLabels:
    """Every fixed text on the page. The defaults are the English sources.

    Build a translated set with `BriefingLabels.translated(translate)`; `translate` is
    `QCoreApplication.translate` in the window and `nlinkoop.catalog.translator(lang)` on the
    command line.
    """

    # The catalogue's language code ("nl" in the Dutch one): picks the legal gate's own texts
    language: str = QT_TRANSLATE_NOOP("Briefing", "en")
    # The page and its header
    document: str = QT_TRANSLATE_NOOP("Briefing", "Briefing")
    untitled: str = QT_TRANSLATE_NOOP("Briefing", "Untitled preparation")
    no_date: str = QT_TRANSLATE_NOOP("Briefing", "date not set")
    attending: str = QT_TRANSLATE_NOOP("Briefing", "Attending")
    we: str = QT_TRANSLATE_NOOP("Briefing", "us")
    they: str = QT_TRANSLATE_NOOP("Briefing", "them")
    context: str = QT_TRANSLATE_NOOP("Briefing", "Context")
    procedure: str = QT_TRANSLATE_NOOP("Briefing", "Procedure")
    internal_client: str = QT_TRANSLATE_NOOP("Briefing", "Internal client")
    # Sections, in order of importance
    opening: str = QT_TRANSLATE_NOOP("Briefing", "Opening statement")
    come_to_do: str = QT_TRANSLATE_NOOP("Briefing", "What we come to do")
    come_to_get: str = QT_TRANSLATE_NOOP("Briefing", "What we come to get")
    interests: str = QT_TRANSLATE_NOOP("Briefing", "Key interests")
    uncertainties: str = QT_TRANSLATE_NOOP("Briefing", "Uncertainties to name")
    how_to_name: str = QT_TRANSLATE_NOOP("Briefing", "how we name it")
    agenda: str = QT_TRANSLATE_NOOP("Briefing", "Agenda")
    minutes: str = QT_TRANSLATE_NOOP("Briefing", "{n} min")
    topics: str = QT_TRANSLATE_NOOP("Briefing", "Topics and trade-offs")
    hope: str = QT_TRANSLATE_NOOP("Briefing", "hope for")
    enough: str = QT_TRANSLATE_NOOP("Briefing", "enough")
    if_you: str = QT_TRANSLATE_NOOP("Briefing", "if you")
    then_we: str = QT_TRANSLATE_NOOP("Briefing", "then we")
    alternatives: str = QT_TRANSLATE_NOOP("Briefing", "Alternatives")
    improve: str = QT_TRANSLATE_NOOP("Briefing", "to improve")
    wish: str = QT_TRANSLATE_NOOP("Briefing", "The one wish")
    enough_level: str = QT_TRANSLATE_NOOP("Briefing", "Enough (the achievable 6)")
    aspiration: str = QT_TRANSLATE_NOOP("Briefing", "Aspiration (the 7.5)")
    wish_decides: str = QT_TRANSLATE_NOOP(
        "Briefing",
        "This wish decides the award: {winner} wins; without it {other}, {cost} cheaper.",
    )
    wish_does_not_decide: str = QT_TRANSLATE_NOOP(
        "Briefing", "With or without this wish, {winner} wins."
    )
    positioning: str = QT_TRANSLATE_NOOP("Briefing", "Positioning, not negotiating")
    positioning_banner: str = QT_TRANSLATE_NOOP(
        "Briefing", "This procedure leaves nothing to negotiate: we position."
    )
    positioning_reminders: tuple[str, ...] = _POSITIONING_REMINDERS
    # "× ... per point", not "points": the command line has no plural forms ("1 points")
    wish_worth: str = QT_TRANSLATE_NOOP("Briefing", "{points} × {per_point} per point = {worth}")
    cost_to_score: str = QT_TRANSLATE_NOOP("Briefing", "costs {cost} to score")
    more_wishes: str = QT_TRANSLATE_NOOP(
        "Briefing", "More than one wish ({n} in all): temper to one"
    )
    carried_over: str = QT_TRANSLATE_NOOP("Briefing", "carried over from an earlier tender")
    principles: str = QT_TRANSLATE_NOOP("Briefing", "Relational principles: my actions")
    pressure: str = QT_TRANSLATE_NOOP("Briefing", "Under pressure")
    red_lines: str = QT_TRANSLATE_NOOP("Briefing", "Red lines")
    pitch: str = QT_TRANSLATE_NOOP("Briefing", "My pitch")
    portfolio: str = QT_TRANSLATE_NOOP("Briefing", "Portfolio position")
    for_us: str = QT_TRANSLATE_NOOP("Briefing", "For us (Kraljic)")
    for_them: str = QT_TRANSLATE_NOOP("Briefing", "How they see us")
    # The footer and the marks
    author: str = QT_TRANSLATE_NOOP("Briefing", "Author")
    made: str = QT_TRANSLATE_NOOP("Briefing", "Made")
    file: str = QT_TRANSLATE_NOOP("Briefing", "File")
    last_change: str = QT_TRANSLATE_NOOP("Briefing", "Last change")
    cut_mark: str = QT_TRANSLATE_NOOP("Briefing", "… more in workbook")
    header: str = QT_TRANSLATE_NOOP("Briefing", "Header")
    # Names of the vocabulary and of dates
    weekdays: tuple[str, ...] = _WEEKDAYS
    months: tuple[str, ...] = _MONTHS
    parties: Mapping[Party, str] = field(default_factory=partial(_choices, PARTIES))
    priorities: Mapping[Priority, str] = field(default_factory=partial(_choices, PRIORITIES))
    contexts: Mapping[Context, str] = field(default_factory=partial(_choices, CONTEXTS))
    procedures: Mapping[Procedure | None, str] = field(
        default_factory=partial(_choices, PROCEDURES)
    )
    principle_names: Mapping[Principle, str] = field(default_factory=partial(_names, PRINCIPLES, 0))
    questions: Mapping[PressureQuestion, str] = field(default_factory=partial(_names, QUESTIONS, 1))
    kraljic: Mapping[Kraljic, str] = field(default_factory=partial(_choices, KRALJIC))
    supplier_views: Mapping[SupplierView, str] = field(
        default_factory=partial(_choices, SUPPLIER_VIEWS)
    )
    worth_it: Mapping[WorthIt, str] = field(default_factory=_WORTH_IT.copy)
    sides: Mapping[Side, str] = field(default_factory=_SIDES.copy)
    negotiation: Mapping[Negotiation, str] = field(default_factory=_NEGOTIATION.copy)
    mismatch: Mapping[Mismatch, str] = field(default_factory=_MISMATCH.copy)

    @classmethod
    def translated(cls, translate: Translate) -> "BriefingLabels":
        """The labels in the language `translate` speaks."""
        english = cls()
        changes: dict[str, Any] = {}
        for spec in fields(cls):
            value = getattr(english, spec.name)
            context = _VOCABULARY_CONTEXT.get(spec.name, CONTEXT)
            if isinstance(value, str):
                changes[spec.name] = translate(context, value)
            elif isinstance(value, tuple):
                changes[spec.name] = tuple(translate(context, text) for text in value)
            else:
                changes[spec.name] = {k: translate(context, text) for k, text in value.items()}
        return replace(english, **changes)


# The names shared with the tabs are translated in the tabs' context.
_VOCABULARY_CONTEXT = {
    name: "TabTexts"
    for name in (
        "parties",
        "priorities",
        "contexts",
        "procedures",
        "principle_names",
        "questions",
        "kraljic",
        "supplier_views",
    )
}
