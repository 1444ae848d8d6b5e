"""The procurement context and the Dutch procedures a public buyer works within."""

from enum import StrEnum


class Context(StrEnum):
    """Commercial (free to negotiate) or public (bound by the Aanbestedingswet)."""

    COMMERCIAL = "commercial"
    PUBLIC = "public"


class Procedure(StrEnum):
    """The procedures of the Aanbestedingswet 2012, and the situations of a running contract."""

    OPEN_EUROPEAN = "open_european"
    OPEN_NATIONAL = "open_national"
    RESTRICTED_EUROPEAN = "restricted_european"
    RESTRICTED_NATIONAL = "restricted_national"
    COMPETITIVE_WITH_NEGOTIATION = "competitive_with_negotiation"
    COMPETITIVE_DIALOGUE = "competitive_dialogue"
    INNOVATION_PARTNERSHIP = "innovation_partnership"
    NEGOTIATED_WITHOUT_NOTICE = "negotiated_without_notice"
    CONCESSION = "concession"
    MULTIPLE_PRIVATE = "multiple_private"
    SINGLE_PRIVATE = "single_private"
    # A contract that was already awarded: the meeting is about its performance.
    OPTION_OR_EXTENSION = "option_or_extension"  # from the original tender documents
    CONTRACT_CHANGE = "contract_change"  # a modification during the term (Aw 2.163a-g)
    CALL_OFF_SINGLE = "call_off_single"  # under a framework agreement with one party
    CALL_OFF_MULTIPLE = "call_off_multiple"  # under a framework agreement with several


class ContractKind(StrEnum):
    """What is bought, as the European thresholds tell it apart."""

    WORKS = "works"
    SUPPLIES_SERVICES = "supplies_services"
    SOCIAL_SERVICES = "social_services"  # social and other specific services (Aw art. 2.6a)


class Authority(StrEnum):
    """Who buys, as the European thresholds tell it apart."""

    CENTRAL = "central"  # de Staat (Aw art. 2.2)
    OTHER = "other"  # aanbestedende diensten anders dan de Staat (art. 2.3): municipalities, ...
    UTILITY = "utility"  # a speciale-sectorbedrijf (deel 3)
