"""Start a new preparation from an earlier one ("Dupliceren"): the content, no dates or meetings."""

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
        reset, no meeting rounds and no log (a new preparation has had no meeting yet), new
        timestamps and no `updated_by`.
    """
    copied = copy.deepcopy(dataclasses.replace(prep, meetings=[], log=[]))
    renewed: dict[str, str] = {}
    _renew_ids(copied, renewed)
    _relink(copied, renewed)
    copied.title = f"{prep.title} {title_suffix}".strip() if title_suffix else prep.title
    copied.meeting = Meeting(place=prep.meeting.place)
    copied.opportunity.conversation_date = None
    copied.reflection = Reflection()
    now = utc_now()
    copied.created_at = copied.updated_at = now
    copied.updated_by = ""
    return copied


def _records(obj: Any) -> list[Any]:
    """`obj` and every dataclass inside it (in fields and lists), depth first."""
    found = [obj]
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        for item in value if isinstance(value, list) else [value]:
            if dataclasses.is_dataclass(item) and not isinstance(item, type):
                found.extend(_records(item))
    return found


def _renew_ids(obj: Any, renewed: dict[str, str]) -> None:
    """Give every record a fresh `id`, noting old id -> new id in `renewed`."""
    for record in _records(obj):
        if hasattr(record, "id"):
            renewed[record.id] = record.id = new_id()


def _relink(obj: Any, renewed: dict[str, str]) -> None:
    """Point links between records of the copy (`wish_id`, `tender_id`, ...) at the new ids.

    A link to something outside the preparation (its pitch profile) stays as it is.
    """
    for record in _records(obj):
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if field.name.endswith("_id") and isinstance(value, str) and value in renewed:
                setattr(record, field.name, renewed[value])
