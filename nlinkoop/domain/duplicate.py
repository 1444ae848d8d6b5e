"""Start a new preparation from an earlier one ("Dupliceren"): same content, no dates."""

import copy
import dataclasses
from typing import Any

from nlinkoop.domain.common import new_id, utc_now
from nlinkoop.domain.preparation import Meeting, Preparation
from nlinkoop.domain.reflection import Reflection


def duplicate(prep: Preparation, *, title_suffix: str) -> Preparation:
    """A deep copy of `prep` to prepare the next meeting with.

    Every record gets a new id (the preparation and each list item), so the copy never
    collides with the original when workbooks are merged. The pitch profile stays linked.

    Args:
        prep: the preparation to start from; it is not changed.
        title_suffix: appended to the title after a space (the UI passes "(kopie)").

    Returns:
        The copy: meeting date and times and the conversation date cleared, the reflection
        reset, new timestamps and no `updated_by`.
    """
    copied = copy.deepcopy(prep)
    _renew_ids(copied)
    copied.title = f"{prep.title} {title_suffix}".strip() if title_suffix else prep.title
    copied.meeting = Meeting(place=prep.meeting.place)
    copied.opportunity.conversation_date = None
    copied.reflection = Reflection()
    now = utc_now()
    copied.created_at = copied.updated_at = now
    copied.updated_by = ""
    return copied


def _renew_ids(obj: Any) -> None:
    """Give `obj` and every dataclass inside it (in fields and lists) a fresh `id`."""
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        if field.name == "id":
            obj.id = new_id()
        elif isinstance(value, list):
            for item in value:
                if dataclasses.is_dataclass(item):
                    _renew_ids(item)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            _renew_ids(value)
