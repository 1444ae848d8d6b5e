"""The checklist: transactional patterns to avoid, relational principles to practise."""

from dataclasses import dataclass, field
from enum import StrEnum

from nlinkoop.domain.common import TextItem, new_id


class Pattern(StrEnum):
    """The five transactional patterns (transactioneel gedachtegoed)."""

    POWER_GAME = "power_game"  # machtsstrategie
    CARDS_TO_CHEST = "cards_to_chest"  # kaarten tegen de borst
    TACTICAL_DELAY = "tactical_delay"  # tactische vertraging
    PRESSURE = "pressure"  # onder druk zetten
    CHEAPEST = "cheapest"  # "alles 50% goedkoper"


class Principle(StrEnum):
    """The five relational principles (onderhandelen met de menselijke maat)."""

    OPENNESS = "openness"  # openheid bij aanvang
    TRUST = "trust"  # vertrouwen als vertrekpunt
    SIDE_BY_SIDE = "side_by_side"  # samen aan tafel
    INTERESTS = "interests"  # zicht op belangen, niet alleen op prijs
    UNCERTAINTIES = "uncertainties"  # onzekerheden benoemen


class PressureQuestion(StrEnum):
    """The three questions for moments of pressure (inkoopmoraal)."""

    MUST_REACT = "must_react"  # is het nodig dat ik reageer?
    FITS_ROLE = "fits_role"  # past dit bij wat ik hier vertegenwoordig?
    LARGER_WHOLE = "larger_whole"  # is dit goed voor het grotere geheel?


@dataclass
class PatternCheck:
    """Whether the buyer risks falling into a pattern, why, and what they will do instead."""

    pattern: Pattern
    risk: bool | None = None
    why: str = ""
    instead: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class PrincipleAction:
    """The concrete action the buyer will take to practise one principle."""

    principle: Principle
    action: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class PressureAnswer:
    """The buyer's own answer to one of the three pressure questions."""

    question: PressureQuestion
    answer: str = ""
    id: str = field(default_factory=new_id)


def _all_patterns() -> list[PatternCheck]:
    return [PatternCheck(pattern=p) for p in Pattern]


def _all_principles() -> list[PrincipleAction]:
    return [PrincipleAction(principle=p) for p in Principle]


def _all_questions() -> list[PressureAnswer]:
    return [PressureAnswer(question=q) for q in PressureQuestion]


@dataclass
class Checklist:
    """One entry per pattern, principle and pressure question, always in the fixed order."""

    patterns: list[PatternCheck] = field(default_factory=_all_patterns)
    principles: list[PrincipleAction] = field(default_factory=_all_principles)
    pressure: list[PressureAnswer] = field(default_factory=_all_questions)
    red_lines: list[TextItem] = field(default_factory=list)

    def pattern(self, key: Pattern) -> PatternCheck:
        return next(p for p in self.patterns if p.pattern == key)

    def principle(self, key: Principle) -> PrincipleAction:
        return next(p for p in self.principles if p.principle == key)
