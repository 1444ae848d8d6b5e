"""The product's fixed vocabulary: choice labels and checklist names, marked for translation.

Qt-free, so the window, the briefing and the command line share one wording. Each text is an
English source marked with `QT_TRANSLATE_NOOP` in the context `TabTexts` (where the tabs first
used them); the window translates with Qt, the command line with `nlinkoop.catalog`.
"""

from nlinkoop.domain.checklist import Pattern, PressureQuestion, Principle
from nlinkoop.domain.common import Party, Priority
from nlinkoop.domain.conditions import ExplicitKind, FieldKind, Side, ToDoKind
from nlinkoop.domain.preparation import Kraljic, SupplierView
from nlinkoop.domain.procedures import Authority, Context, ContractKind, Procedure

Choices = list[tuple[str, object]]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for translation in `context` (typed: PySide6's returns `object`)."""
    return text


SIDES: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Our side"), Side.OURS),
    (QT_TRANSLATE_NOOP("TabTexts", "Their side"), Side.THEIRS),
]
PARTIES: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Us"), Party.US),
    (QT_TRANSLATE_NOOP("TabTexts", "Supplier"), Party.SUPPLIER),
    (QT_TRANSLATE_NOOP("TabTexts", "Internal client"), Party.INTERNAL_CLIENT),
    (QT_TRANSLATE_NOOP("TabTexts", "Others"), Party.OTHER),
]
PRIORITIES: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Must have"), Priority.MUST_HAVE),
    (QT_TRANSLATE_NOOP("TabTexts", "Important"), Priority.IMPORTANT),
    (QT_TRANSLATE_NOOP("TabTexts", "Nice to have"), Priority.NICE_TO_HAVE),
]
EXPLICIT_KINDS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Value"), ExplicitKind.VALUE),
    (QT_TRANSLATE_NOOP("TabTexts", "Condition"), ExplicitKind.CONDITION),
    (QT_TRANSLATE_NOOP("TabTexts", "Concern"), ExplicitKind.CONCERN),
]
FIELD_KINDS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Market"), FieldKind.MARKET),
    (QT_TRANSLATE_NOOP("TabTexts", "Supplier"), FieldKind.SUPPLIER),
    (QT_TRANSLATE_NOOP("TabTexts", "Alternative"), FieldKind.ALTERNATIVE),
]
TODO_KINDS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Reflect"), ToDoKind.REFLECT),
    (QT_TRANSLATE_NOOP("TabTexts", "Spar"), ToDoKind.SPAR),
    (QT_TRANSLATE_NOOP("TabTexts", "Read"), ToDoKind.READ),
    (QT_TRANSLATE_NOOP("TabTexts", "Train"), ToDoKind.TRAIN),
]
CONTEXTS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Commercial"), Context.COMMERCIAL),
    (QT_TRANSLATE_NOOP("TabTexts", "Public (Procurement Act)"), Context.PUBLIC),
]
PROCEDURES: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not chosen yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Open procedure (European)"), Procedure.OPEN_EUROPEAN),
    (QT_TRANSLATE_NOOP("TabTexts", "Open procedure (national)"), Procedure.OPEN_NATIONAL),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Restricted procedure (European)"),
        Procedure.RESTRICTED_EUROPEAN,
    ),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Restricted procedure (national)"),
        Procedure.RESTRICTED_NATIONAL,
    ),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Competitive procedure with negotiation"),
        Procedure.COMPETITIVE_WITH_NEGOTIATION,
    ),
    (QT_TRANSLATE_NOOP("TabTexts", "Competitive dialogue"), Procedure.COMPETITIVE_DIALOGUE),
    (QT_TRANSLATE_NOOP("TabTexts", "Innovation partnership"), Procedure.INNOVATION_PARTNERSHIP),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Negotiated procedure without prior publication"),
        Procedure.NEGOTIATED_WITHOUT_NOTICE,
    ),
    (QT_TRANSLATE_NOOP("TabTexts", "Concession"), Procedure.CONCESSION),
    (QT_TRANSLATE_NOOP("TabTexts", "Multiple private procedure"), Procedure.MULTIPLE_PRIVATE),
    (QT_TRANSLATE_NOOP("TabTexts", "Single private procedure"), Procedure.SINGLE_PRIVATE),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Running contract: option or extension"),
        Procedure.OPTION_OR_EXTENSION,
    ),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Running contract: change during the term"),
        Procedure.CONTRACT_CHANGE,
    ),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Call-off: framework with one party"),
        Procedure.CALL_OFF_SINGLE,
    ),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Call-off: framework with several parties"),
        Procedure.CALL_OFF_MULTIPLE,
    ),
]
CONTRACT_KINDS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not chosen yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Supplies and services"), ContractKind.SUPPLIES_SERVICES),
    (QT_TRANSLATE_NOOP("TabTexts", "Works"), ContractKind.WORKS),
    (
        QT_TRANSLATE_NOOP("TabTexts", "Social and other specific services"),
        ContractKind.SOCIAL_SERVICES,
    ),
]
AUTHORITIES: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not chosen yet"), None),
    (
        QT_TRANSLATE_NOOP(
            "TabTexts", "Other contracting authority (municipality, school board, ...)"
        ),
        Authority.OTHER,
    ),
    (QT_TRANSLATE_NOOP("TabTexts", "The State (central government)"), Authority.CENTRAL),
    (QT_TRANSLATE_NOOP("TabTexts", "Utility (special sectors)"), Authority.UTILITY),
]
OPTIONS_INCLUDED: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not said yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Yes, options and extensions included"), True),
    (QT_TRANSLATE_NOOP("TabTexts", "No, without options and extensions"), False),
]
RISKS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Not sure yet"), None),
    (QT_TRANSLATE_NOOP("TabTexts", "Yes, I see a risk"), True),
    (QT_TRANSLATE_NOOP("TabTexts", "No"), False),
]

# (name, one-line explanation) of each checklist entry, in the domain's fixed order
PATTERNS: dict[Pattern, tuple[str, str]] = {
    Pattern.POWER_GAME: (
        QT_TRANSLATE_NOOP("TabTexts", "Power strategy"),
        QT_TRANSLATE_NOOP("TabTexts", "Treating the meeting as a game with a winner and a loser."),
    ),
    Pattern.CARDS_TO_CHEST: (
        QT_TRANSLATE_NOOP("TabTexts", "Cards close to the chest"),
        QT_TRANSLATE_NOOP(
            "TabTexts", "Sharing as little as possible, because information is power."
        ),
    ),
    Pattern.TACTICAL_DELAY: (
        QT_TRANSLATE_NOOP("TabTexts", "Tactical delay"),
        QT_TRANSLATE_NOOP(
            "TabTexts", "Letting the other side bid or speak first, to gain an advantage."
        ),
    ),
    Pattern.PRESSURE: (
        QT_TRANSLATE_NOOP("TabTexts", "Putting on pressure"),
        QT_TRANSLATE_NOOP("TabTexts", "Forcing concessions with deadlines, threats or haste."),
    ),
    Pattern.CHEAPEST: (
        QT_TRANSLATE_NOOP("TabTexts", '"Everything 50% cheaper"'),
        QT_TRANSLATE_NOOP(
            "TabTexts",
            "The lowest price as the goal, apart from value, context and the whole life cycle.",
        ),
    ),
}
PRINCIPLES: dict[Principle, tuple[str, str]] = {
    Principle.OPENNESS: (
        QT_TRANSLATE_NOOP("TabTexts", "Openness at the start"),
        QT_TRANSLATE_NOOP("TabTexts", "Say what you come to do and what you come to get."),
    ),
    Principle.TRUST: (
        QT_TRANSLATE_NOOP("TabTexts", "Trust as the starting point"),
        QT_TRANSLATE_NOOP(
            "TabTexts", "Being transparent brings understanding and room for creative solutions."
        ),
    ),
    Principle.SIDE_BY_SIDE: (
        QT_TRANSLATE_NOOP("TabTexts", "Side by side at the table, not opposite each other"),
        QT_TRANSLATE_NOOP("TabTexts", "You are entering a long-term contract together."),
    ),
    Principle.INTERESTS: (
        QT_TRANSLATE_NOOP("TabTexts", "Interests in view, not just price"),
        QT_TRANSLATE_NOOP("TabTexts", "Talk about value, considerations and trade-offs."),
    ),
    Principle.UNCERTAINTIES: (
        QT_TRANSLATE_NOOP("TabTexts", "Naming uncertainties"),
        QT_TRANSLATE_NOOP(
            "TabTexts",
            "Saying what is uncertain takes pressure away and makes room to work together.",
        ),
    ),
}
QUESTIONS: dict[PressureQuestion, tuple[str, str]] = {
    PressureQuestion.MUST_REACT: (
        QT_TRANSLATE_NOOP("TabTexts", "Do I need to react?"),
        QT_TRANSLATE_NOOP("TabTexts", "Is it necessary that I react, or do I let this go?"),
    ),
    PressureQuestion.FITS_ROLE: (
        QT_TRANSLATE_NOOP("TabTexts", "Does this fit my role?"),
        QT_TRANSLATE_NOOP(
            "TabTexts", "Does this fit what I represent here and what I want to contribute?"
        ),
    ),
    PressureQuestion.LARGER_WHOLE: (
        QT_TRANSLATE_NOOP("TabTexts", "Is this good for the whole?"),
        QT_TRANSLATE_NOOP(
            "TabTexts",
            "Is this good for the larger whole, or am I keeping something alive that chafes?",
        ),
    ),
}

KRALJIC: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Routine"), Kraljic.ROUTINE),
    (QT_TRANSLATE_NOOP("TabTexts", "Leverage"), Kraljic.LEVERAGE),
    (QT_TRANSLATE_NOOP("TabTexts", "Bottleneck"), Kraljic.BOTTLENECK),
    (QT_TRANSLATE_NOOP("TabTexts", "Strategic"), Kraljic.STRATEGIC),
]
SUPPLIER_VIEWS: Choices = [
    (QT_TRANSLATE_NOOP("TabTexts", "Nuisance"), SupplierView.NUISANCE),
    (QT_TRANSLATE_NOOP("TabTexts", "Exploitable"), SupplierView.EXPLOITABLE),
    (QT_TRANSLATE_NOOP("TabTexts", "Development"), SupplierView.DEVELOPMENT),
    (QT_TRANSLATE_NOOP("TabTexts", "Core"), SupplierView.CORE),
]
