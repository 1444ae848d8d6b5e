"""The purchasing pitch (inkooppitch): a buyer's compass in words, reusable across meetings."""

from dataclasses import dataclass, field
from datetime import datetime

from nlinkoop.domain.common import new_id, utc_now


@dataclass
class PitchProfile:
    """One person's pitch, stored once per person and linked from their preparations."""

    person: str = ""
    norms_values: str = ""
    principles: str = ""
    drivers: str = ""
    mission: str = ""
    pitch: str = ""
    check_durable: str = ""  # duurzaam: rests on values, not on the situation
    check_considered: str = ""  # doordacht: comes from reflection
    check_systemic: str = ""  # systemisch: accounts for the whole field of forces
    check_forward_looking: str = ""  # vooruitziend: anticipates resistance and change
    id: str = field(default_factory=new_id)
    created_at: datetime = field(default_factory=utc_now)
    updated_at: datetime = field(default_factory=utc_now)
    updated_by: str = ""
