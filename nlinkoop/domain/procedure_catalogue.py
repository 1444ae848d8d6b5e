"""The legal gate ("mag ik hier onderhandelen?"): what each Dutch procedure allows, as data.

One entry per `Procedure`: whether negotiation is allowed, what may and may not be negotiated,
the legal basis, the source, and when the entry was last checked. Every text the window can show
is kept in Dutch and English here, citations included (legal wording is not a UI label). Where a
fact is uncertain the entry says so and points the buyer to their own procurement policy. EU
thresholds change every two years, so each carries its validity period, and
`current_thresholds` tells when they have expired.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from nlinkoop.domain.procedures import Context, Procedure

CHECKED = dt.date(2026, 11, 27)  # the last time the entries below were compared with the law


@dataclass(frozen=True)
class Bilingual:
    """A text in Dutch and English."""

    nl: str
    en: str

    def text(self, language: str) -> str:
        """The text in `language` ("nl" or "en"); Dutch for any other code."""
        return self.en if language == "en" else self.nl


SOURCE = Bilingual(
    "Aanbestedingswet 2012 (zoals gewijzigd); PIANOo; Gids Proportionaliteit",
    "Procurement Act 2012 (as amended); PIANOo; Proportionality Guide",
)


class Negotiation(StrEnum):
    """Whether a procedure leaves room to negotiate."""

    YES = "yes"
    LIMITED = "limited"  # only on some points, or only as a dialogue
    OWN_POLICY = "own_policy"  # possible if the organisation's own policy and the request allow it
    NO = "no"  # only clarification of a tender


@dataclass(frozen=True)
class ProcedureFacts:
    """What one procedure allows, with where it comes from."""

    procedure: Procedure
    name: Bilingual
    negotiation: Negotiation
    may: Bilingual  # what may be negotiated or discussed
    may_not: Bilingual  # what may not
    legal_basis: Bilingual
    source: Bilingual = SOURCE
    checked: dt.date = CHECKED
    uncertain: Bilingual | None = None  # what is not certain, and where to look


@dataclass(frozen=True)
class Threshold:
    """A European threshold amount (excl. VAT) and the period it is valid in."""

    what: Bilingual
    amount: Decimal
    valid_from: dt.date
    valid_until: dt.date  # the last day it is valid


_CLARIFY_ONLY = Bilingual(
    "Alleen verduidelijken: je mag een inschrijver vragen een onduidelijke inschrijving toe te "
    "lichten, zolang de inschrijving zelf niet verandert.",
    "Only clarification: you may ask a tenderer to explain an unclear tender, as long as the "
    "tender itself does not change.",
)
_NO_TENDER_CHANGES = Bilingual(
    "Niet onderhandelen over een ingediende inschrijving: niet over prijs, voorwaarden of eisen.",
    "No negotiation on a submitted tender: not on price, terms or requirements.",
)
_NATIONAL = Bilingual(
    "Voor nationale procedures staat het verbod minder uitdrukkelijk in de wet; het volgt uit de "
    "beginselen van gelijke behandeling en transparantie. Kijk in je eigen inkoopbeleid.",
    "For national procedures the law says it less explicitly; it follows from equal treatment "
    "and transparency. Check your own procurement policy.",
)
_ARTICLE_2_55 = Bilingual("Aanbestedingswet 2012, art. 2.55", "Procurement Act 2012, art. 2.55")
_PRINCIPLES = Bilingual(
    "Aanbestedingswet 2012, deel 3; beginselen van gelijke behandeling en transparantie",
    "Procurement Act 2012, part 3; principles of equal treatment and transparency",
)
_PRIVATE_AWARD = Bilingual(
    "Aanbestedingswet 2012 (onderhandse gunning); je eigen inkoopbeleid",
    "Procurement Act 2012 (private award); your own procurement policy",
)

CATALOGUE: dict[Procedure, ProcedureFacts] = {
    facts.procedure: facts
    for facts in (
        ProcedureFacts(
            Procedure.OPEN_EUROPEAN,
            Bilingual("Openbare procedure (Europees)", "Open procedure (European)"),
            Negotiation.NO,
            _CLARIFY_ONLY,
            _NO_TENDER_CHANGES,
            _ARTICLE_2_55,
        ),
        ProcedureFacts(
            Procedure.OPEN_NATIONAL,
            Bilingual("Openbare procedure (nationaal)", "Open procedure (national)"),
            Negotiation.NO,
            _CLARIFY_ONLY,
            _NO_TENDER_CHANGES,
            _PRINCIPLES,
            uncertain=_NATIONAL,
        ),
        ProcedureFacts(
            Procedure.RESTRICTED_EUROPEAN,
            Bilingual("Niet-openbare procedure (Europees)", "Restricted procedure (European)"),
            Negotiation.NO,
            _CLARIFY_ONLY,
            _NO_TENDER_CHANGES,
            _ARTICLE_2_55,
        ),
        ProcedureFacts(
            Procedure.RESTRICTED_NATIONAL,
            Bilingual("Niet-openbare procedure (nationaal)", "Restricted procedure (national)"),
            Negotiation.NO,
            _CLARIFY_ONLY,
            _NO_TENDER_CHANGES,
            _PRINCIPLES,
            uncertain=_NATIONAL,
        ),
        ProcedureFacts(
            Procedure.COMPETITIVE_WITH_NEGOTIATION,
            Bilingual(
                "Mededingingsprocedure met onderhandeling",
                "Competitive procedure with negotiation",
            ),
            Negotiation.YES,
            Bilingual(
                "Onderhandelen over de eerste en latere inschrijvingen, in rondes, met alle "
                "inschrijvers gelijk.",
                "Negotiation on the initial and later tenders, in rounds, equally with all "
                "tenderers.",
            ),
            Bilingual(
                "Niet over de definitieve inschrijving; de minimumeisen en de gunningscriteria "
                "liggen vast.",
                "Not on the final tender; the minimum requirements and the award criteria are "
                "fixed.",
            ),
            Bilingual(
                "Aanbestedingswet 2012, art. 2.28 en 2.30",
                "Procurement Act 2012, art. 2.28 and 2.30",
            ),
        ),
        ProcedureFacts(
            Procedure.COMPETITIVE_DIALOGUE,
            Bilingual("Concurrentiegerichte dialoog", "Competitive dialogue"),
            Negotiation.LIMITED,
            Bilingual(
                "Een dialoog over oplossingen met de geselecteerde gegadigden; ook de stukken "
                "zelf kunnen ter sprake komen.",
                "A dialogue on solutions with the selected candidates; the documents themselves "
                "can be discussed too.",
            ),
            Bilingual(
                "Na de definitieve inschrijvingen alleen nog verduidelijken.",
                "After the final tenders, only clarification.",
            ),
            Bilingual(
                "Aanbestedingswet 2012 (concurrentiegerichte dialoog)",
                "Procurement Act 2012 (competitive dialogue)",
            ),
            uncertain=Bilingual(
                "Het precieze artikel staat hier niet; kijk bij twijfel in de wet of vraag je "
                "inkoopjurist.",
                "The exact article is not given here; when in doubt, check the law or ask your "
                "procurement lawyer.",
            ),
        ),
        ProcedureFacts(
            Procedure.INNOVATION_PARTNERSHIP,
            Bilingual("Innovatiepartnerschap", "Innovation partnership"),
            Negotiation.YES,
            Bilingual(
                "Onderhandelen over de inschrijvingen tijdens de procedure.",
                "Negotiation on the tenders during the procedure.",
            ),
            Bilingual(
                "Niet over de definitieve inschrijving, de minimumeisen en de gunningscriteria.",
                "Not on the final tender, the minimum requirements or the award criteria.",
            ),
            Bilingual(
                "Aanbestedingswet 2012 (innovatiepartnerschap)",
                "Procurement Act 2012 (innovation partnership)",
            ),
            uncertain=Bilingual(
                "Wat precies vastligt, hangt af van hoe de procedure is ingericht; kijk in de "
                "aankondiging en je inkoopbeleid.",
                "What exactly is fixed depends on how the procedure is set up; check the notice "
                "and your procurement policy.",
            ),
        ),
        ProcedureFacts(
            Procedure.NEGOTIATED_WITHOUT_NOTICE,
            Bilingual(
                "Onderhandelingsprocedure zonder aankondiging",
                "Negotiated procedure without prior publication",
            ),
            Negotiation.YES,
            Bilingual(
                "Onderhandelen, eventueel met één onderneming.",
                "Negotiation, possibly with a single undertaking.",
            ),
            Bilingual(
                "De procedure zelf mag alleen op de uitzonderingsgronden die de wet noemt; "
                "leg vast welke grond geldt.",
                "The procedure itself is only allowed on the exceptional grounds the law lists; "
                "record which ground applies.",
            ),
            Bilingual(
                "Aanbestedingswet 2012, art. 2.32 tot en met 2.37",
                "Procurement Act 2012, art. 2.32 to 2.37",
            ),
        ),
        ProcedureFacts(
            Procedure.CONCESSION,
            Bilingual("Concessie", "Concession"),
            Negotiation.YES,
            Bilingual(
                "De procedure is vrij in te richten, binnen gelijke behandeling, "
                "non-discriminatie en transparantie; onderhandelen kan.",
                "The procedure is free to organise within equal treatment, non-discrimination "
                "and transparency; negotiation is possible.",
            ),
            Bilingual(
                "Het voorwerp van de concessie, de gunningscriteria en de minimumeisen liggen "
                "vast.",
                "The subject of the concession, the award criteria and the minimum requirements "
                "are fixed.",
            ),
            Bilingual("Aanbestedingswet 2012, deel 2a", "Procurement Act 2012, part 2a"),
        ),
        ProcedureFacts(
            Procedure.MULTIPLE_PRIVATE,
            Bilingual("Meervoudig onderhandse procedure", "Multiple private procedure"),
            Negotiation.OWN_POLICY,
            Bilingual(
                "Mogelijk, als je het vooraf in de uitnodiging aankondigt en het voor alle "
                "genodigden gelijk doet.",
                "Possible, if you announce it in the invitation and do it equally for all "
                "invitees.",
            ),
            Bilingual(
                "Niet met één genodigde apart, en niet over eisen die je vooraf vastlegde.",
                "Not with one invitee alone, and not on requirements you fixed beforehand.",
            ),
            _PRIVATE_AWARD,
            uncertain=Bilingual(
                "Of en hoe je onderhandelt, bepaalt vooral je eigen inkoopbeleid: kijk daarin.",
                "Whether and how you negotiate depends mostly on your own procurement policy: "
                "check it.",
            ),
        ),
        ProcedureFacts(
            Procedure.SINGLE_PRIVATE,
            Bilingual("Enkelvoudig onderhandse procedure", "Single private procedure"),
            Negotiation.YES,
            Bilingual(
                "Vrij onderhandelen met de ene leverancier: er is geen concurrentie die je "
                "verstoort.",
                "Free negotiation with the one supplier: there is no competition to distort.",
            ),
            Bilingual(
                "Blijf sober, doelmatig en rechtmatig; de grenzen van je inkoopbeleid gelden.",
                "Stay frugal, effective and lawful; the limits of your procurement policy apply.",
            ),
            _PRIVATE_AWARD,
        ),
    )
}

# European thresholds for 2024-2025 (excl. VAT). Kept with their dates: after they expire the
# app says so, instead of showing old amounts as if they still held.
THRESHOLDS: tuple[Threshold, ...] = (
    Threshold(
        Bilingual(
            "Leveringen en diensten, centrale overheid",
            "Supplies and services, central government",
        ),
        Decimal("143000"),
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
    ),
    Threshold(
        Bilingual(
            "Leveringen en diensten, decentrale overheden",
            "Supplies and services, other public bodies",
        ),
        Decimal("221000"),
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
    ),
    Threshold(
        Bilingual("Werken", "Works"),
        Decimal("5538000"),
        dt.date(2024, 1, 1),
        dt.date(2025, 12, 31),
    ),
)


def facts_for(procedure: Procedure | None) -> ProcedureFacts | None:
    """The catalogue entry of a procedure (None when none is chosen)."""
    return None if procedure is None else CATALOGUE[procedure]


def current_thresholds(today: dt.date) -> tuple[Threshold, ...]:
    """The thresholds valid on `today`; empty when the catalogue's have expired."""
    return tuple(t for t in THRESHOLDS if t.valid_from <= today <= t.valid_until)


def positioning(context: Context, procedure: Procedure | None) -> bool:
    """Whether the buyer positions instead of negotiates: public, and the procedure says no.

    Positioning (publiek positioneren) means advising at the front of the process: the
    specifications, the requirements, the award criteria and the internal stakeholders.
    """
    facts = facts_for(procedure)
    return context is Context.PUBLIC and facts is not None and facts.negotiation is Negotiation.NO
