"""Version vectors per field: which edits a stored value has seen, so copies merge by field.

Every record carries a `versions` column: JSON mapping a field name to its version vector, a map
from a replica (one open `Workbook`, a random id) to how many times that replica changed the
field. The key `_` holds the vector of every field not listed, so a new record is just
`{"_": {"r": 1}}`. A save bumps the vector of each field it changes.

Comparing two copies of a field: if one vector includes the other (`covers`), that side has seen
every edit the other has, and its value wins; if neither does, both changed the field
independently: a conflict. Joining the vectors after a merge keeps the result ahead of both.
"""

import json
import secrets
from collections.abc import Iterable, Mapping

Vector = dict[str, int]
Versions = dict[str, Vector]

DEFAULT = "_"  # the vector of every field without its own entry


def new_replica() -> str:
    """A random id for one open workbook (collisions are astronomically unlikely)."""
    return secrets.token_hex(6)


def parse(text: str | None) -> Versions:
    """The versions stored in a record; anything unreadable counts as no history at all."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(field): {str(r): int(n) for r, n in vector.items() if isinstance(n, int)}
        for field, vector in data.items()
        if isinstance(vector, dict)
    }


def dump(versions: Versions) -> str:
    return json.dumps(versions, separators=(",", ":"), sort_keys=True)


def of_field(versions: Versions, field: str) -> Vector:
    """The vector of one field."""
    return versions.get(field) or versions.get(DEFAULT) or {}


def created(replica: str) -> str:
    """The versions of a record this replica just made."""
    return dump({DEFAULT: {replica: 1}})


def bump(versions: Versions, fields: Iterable[str], replica: str) -> Versions:
    """The versions after `replica` changed `fields`."""
    bumped = dict(versions)
    for field in fields:
        vector = dict(of_field(versions, field))
        vector[replica] = vector.get(replica, 0) + 1
        bumped[field] = vector
    return bumped


def covers(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether `a` has seen every edit `b` has."""
    return all(a.get(replica, 0) >= count for replica, count in b.items())


def join(a: Mapping[str, int], b: Mapping[str, int]) -> Vector:
    """The vector that has seen exactly the edits of both."""
    joined = dict(a)
    for replica, count in b.items():
        joined[replica] = max(joined.get(replica, 0), count)
    return joined


def join_all(vectors: Iterable[Mapping[str, int]]) -> Vector:
    joined: Vector = {}
    for vector in vectors:
        joined = join(joined, vector)
    return joined


def compact(per_field: Mapping[str, Vector]) -> Versions:
    """Versions for these field vectors, the most common one stored once as the default."""
    texts = [dump({"v": vector}) for vector in per_field.values()]
    if not texts:
        return {}
    common = max(set(texts), key=texts.count)
    default = next(v for v, t in zip(per_field.values(), texts, strict=True) if t == common)
    result: Versions = {DEFAULT: dict(default)}
    for field, text in zip(per_field, texts, strict=True):
        if text != common:
            result[field] = dict(per_field[field])
    return result
