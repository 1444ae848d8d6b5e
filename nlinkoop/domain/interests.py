"""Interests per party, uncertainties to name, and options for joint value."""

from dataclasses import dataclass, field

from nlinkoop.domain.common import Party, Priority, new_id


@dataclass
class Interest:
    """What a party wants, and the value behind it."""

    party: Party = Party.US
    what: str = ""
    why: str = ""
    priority: Priority = Priority.IMPORTANT
    id: str = field(default_factory=new_id)


@dataclass
class Uncertainty:
    """Something uncertain, for whom, and how we will name it openly in the meeting."""

    what: str = ""
    whose: Party = Party.US
    how_to_name: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class JointOption:
    """A way to make the pie bigger before dividing it."""

    description: str = ""
    value_for_us: str = ""
    value_for_them: str = ""
    id: str = field(default_factory=new_id)
