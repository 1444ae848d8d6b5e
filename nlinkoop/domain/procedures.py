"""The procurement context and the Dutch procedures a public buyer works within."""

from enum import StrEnum


class Context(StrEnum):
    """Commercial (free to negotiate) or public (bound by the Aanbestedingswet)."""

    COMMERCIAL = "commercial"
    PUBLIC = "public"


class Procedure(StrEnum):
    """The procedures of the Aanbestedingswet 2012 a preparation can record."""

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
