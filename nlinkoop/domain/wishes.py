"""Wishes (wensen) in a tender: their substantiation and what scoring on them is worth."""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from nlinkoop.domain.common import new_id, one_line

WISH_NAME_CHARACTERS = 50  # where a wish is named (award criteria, sensitivity), by this much

# A management-system certificate or safety certificate of the whole company: ISO 9001,
# ISO 14001, ISO 27001, EMAS, VCA (VCA*, VCA-P), and the words for a certificate. Award criteria
# must relate to the subject of the contract (Aanbestedingswet 2012 art. 2.115); such a
# certificate says something about the company, so it belongs in the suitability requirements.
_CERTIFICATE = re.compile(
    r"\bISO[\s/-]*(?:IEC[\s/-]*)?\d{4,5}|\bEMAS\b|\bVCA\b|\bNEN[\s-]*4400"
    r"|certifica|certificering|gecertificeerd|certified",
    re.IGNORECASE,
)


class WorthIt(StrEnum):
    """The buyer's verdict on a wish: is it worth what it costs?"""

    YES = "yes"
    DOUBT = "doubt"
    NO = "no"


@dataclass
class Wish:
    """One wish with its substantiation, its points and its worth in euros."""

    description: str = ""
    customer_value: str = ""
    organisational_development: str = ""
    process_quality: str = ""
    cost_to_score: Decimal | None = None  # what scoring costs, over the contract term
    points: int | None = None  # the points a tender can score on this wish
    euro_per_point: Decimal | None = None  # what one point is worth to us, in euros
    carried_over: bool = False
    worth_it: WorthIt | None = None
    enough: str = ""  # the level that is enough: the achievable 6
    aspiration: str = ""  # what we would love: the 7.5, apart from what is enough
    id: str = field(default_factory=new_id)

    @property
    def substantiated(self) -> bool:
        return any(
            s.strip()
            for s in (self.customer_value, self.organisational_development, self.process_quality)
        )


def wish_worth(points: int, euro_per_point: Decimal) -> Decimal:
    """What scoring on a wish is worth in euros: points times the euro value of one point."""
    return (Decimal(points) * euro_per_point).quantize(Decimal("0.01"))


def wish_name(wish: Wish) -> str:
    """The wish's description as a short one-line name; "" when it has none."""
    return one_line(wish.description, WISH_NAME_CHARACTERS)


def looks_like_certificate(name: str) -> bool:
    """Whether a wish or award criterion names a company certificate (ISO 14001, VCA, ...)."""
    return _CERTIFICATE.search(name) is not None
