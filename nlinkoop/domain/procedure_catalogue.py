"""What each procedure allows, looked up by `Procedure`: a small view on the gate's data file.

The content lives in `resources/legal/gate.toml` (read by `legal.py`); the whole answer for a
preparation, with the value checks, is `gate.answer`. This module gives the parts of the app that
only need an entry (the briefing's procedure line, the tips, positioning) a lookup by procedure.
The file is read when an entry is first asked for, not when this module is imported.
"""

from collections.abc import Iterator, Mapping

from nlinkoop.domain.legal import Bilingual, Entry, Negotiation, legal_data
from nlinkoop.domain.procedures import Context, Procedure

__all__ = ["CATALOGUE", "Bilingual", "Entry", "Negotiation", "facts_for", "positioning"]


class _Catalogue(Mapping[Procedure, Entry]):
    """The entries of the data file by procedure, read on first use."""

    def __getitem__(self, procedure: Procedure) -> Entry:
        return legal_data().entries[procedure]

    def __iter__(self) -> Iterator[Procedure]:
        return iter(legal_data().entries)

    def __len__(self) -> int:
        return len(legal_data().entries)


CATALOGUE: Mapping[Procedure, Entry] = _Catalogue()


def facts_for(procedure: Procedure | None) -> Entry | None:
    """The entry of a procedure (None when none is chosen)."""
    return None if procedure is None else CATALOGUE[procedure]


def positioning(context: Context, procedure: Procedure | None) -> bool:
    """Whether the buyer positions instead of negotiates: public, and the procedure says no.

    Positioning (publiek positioneren) means advising at the front of the process: the
    specifications, the requirements, the award criteria and the internal stakeholders.
    """
    facts = facts_for(procedure)
    return context is Context.PUBLIC and facts is not None and facts.negotiation is Negotiation.NO
