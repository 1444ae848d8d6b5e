"""Making a domain object equal to another in place, so whatever holds its parts keeps them.

When a colleague's changes are merged into the preparation on screen, the window takes the
stored version into the objects it already shows: the tables, the undo history and an open
cell editor keep pointing at the same rows.
"""

import dataclasses
from typing import Any


def update_in_place(target: Any, source: Any) -> set[str]:
    """Make the dataclass `target` equal to `source`, keeping `target`'s nested objects.

    Nested dataclasses are updated field by field. A list of rows with an `id` keeps the row
    objects whose id is still in `source` (updated, in `source`'s order), takes the new rows
    and drops the others. Any other value is replaced when it differs.

    Returns:
        The names of `target`'s own fields that changed.
    """
    changed: set[str] = set()
    for field in dataclasses.fields(target):
        name = field.name
        old, new = getattr(target, name), getattr(source, name)
        if dataclasses.is_dataclass(old) and type(old) is type(new):
            if update_in_place(old, new):
                changed.add(name)
        elif isinstance(old, list) and isinstance(new, list) and _keyed(old) and _keyed(new):
            if sync_rows(old, new):
                changed.add(name)
        elif type(old) is not type(new) or old != new:
            setattr(target, name, new)
            changed.add(name)
    return changed


def sync_rows(rows: list[Any], source: list[Any]) -> bool:
    """Make the list `rows` equal to `source` in place, matching rows by `id`; True if changed."""
    kept = {row.id: row for row in rows}
    merged = []
    changed = [row.id for row in rows] != [row.id for row in source]
    for new in source:
        old = kept.get(new.id)
        if old is None or type(old) is not type(new):
            merged.append(new)
            changed = True
        else:
            changed = bool(update_in_place(old, new)) or changed
            merged.append(old)
    rows[:] = merged
    return changed


def _keyed(rows: list[Any]) -> bool:
    """Whether every item is a dataclass with an `id` (an empty list counts as such)."""
    return all(dataclasses.is_dataclass(row) and hasattr(row, "id") for row in rows)
