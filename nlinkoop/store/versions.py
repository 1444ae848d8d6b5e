"""Version vectors per field: which edits a stored value has seen, so copies merge by field.

Every record carries a `versions` column: JSON mapping a field name to its version vector, a map
from a replica (one open `Workbook`, a random id) to how many times that replica changed the
field. The key `_` holds the vector of every field not listed, so a new record is just
`{"_": {"r": 1, "@": t}}`. A save bumps the vector of each field it changes.

Comparing two copies of a field: if one vector includes the other (`covers`), that side has seen
every edit the other has, and its value wins; if neither does, both changed the field
independently: a conflict. Joining the vectors after a merge keeps the result ahead of both.

Each vector also holds, under `@` (never a replica id), the moment of the newest edit it has
seen, in milliseconds since 1970 UTC: the field's own stamp. A conflict goes to the newer
stamp, so the outcome depends only on the two edits, not on which record was saved last or in
which order copies are merged. A bump sets it to now, but always past the stamp it had, so an
edit is newer than every edit it has seen even when clocks disagree.
"""

import json
import secrets
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, timedelta

from nlinkoop.domain.common import utc_now

Vector = dict[str, int]
Versions = dict[str, Vector]

DEFAULT = "_"  # the vector of every field without its own entry
STAMP = "@"  # in a vector: the newest edit's moment (ms since 1970 UTC), not a replica
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
    return dump({DEFAULT: {replica: 1, STAMP: _milliseconds(utc_now())}})


def bump(versions: Versions, fields: Iterable[str], replica: str) -> Versions:
    """The versions after `replica` changed `fields` now."""
    now = _milliseconds(utc_now())
    bumped = dict(versions)
    for field in fields:
        vector = dict(of_field(versions, field))
        vector[replica] = vector.get(replica, 0) + 1
        vector[STAMP] = max(now, vector.get(STAMP, 0) + 1)  # after every edit it has seen
        bumped[field] = vector
    return bumped


def covers(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """Whether `a` has seen every edit `b` has."""
    return all(a.get(replica, 0) >= count for replica, count in b.items() if replica != STAMP)


def stamp(vector: Mapping[str, int]) -> datetime | None:
    """When the newest edit `vector` has seen was made (None: a vector from before stamps)."""
    moment = vector.get(STAMP)
    if moment is None:
        return None
    try:
        return _EPOCH + timedelta(milliseconds=moment)
    except OverflowError:
        return None  # a stamp no clock could give: as if there were none


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
    """Versions for these field vectors, the most common one stored once as the default.

    Between vectors equally common, the one whose text sorts first is the default: the result
    depends on the vectors only (not on the order of a set, which differs per process).
    """
    texts = [dump({"v": vector}) for vector in per_field.values()]
    if not texts:
        return {}
    common = max(sorted(set(texts)), key=texts.count)
    default = next(v for v, t in zip(per_field.values(), texts, strict=True) if t == common)
    result: Versions = {DEFAULT: dict(default)}
    for field, text in zip(per_field, texts, strict=True):
        if text != common:
            result[field] = dict(per_field[field])
    return result


def _milliseconds(moment: datetime) -> int:
    return (moment - _EPOCH) // timedelta(milliseconds=1)
