"""Write `tests/store/fixtures/vN.db`: a real workbook of the current schema version N.

Run once for every released schema version, from the repository root:

    .venv/bin/python -m tests.store.make_fixtures

and commit the new file. Existing fixtures are never overwritten: they are the files users of
that version have, and `test_migrations.py` opens (and so upgrades) every one of them.
"""

import sys
from pathlib import Path

from nlinkoop.domain.common import TextItem
from nlinkoop.domain.preparation import Preparation
from nlinkoop.store.migrations import SCHEMA_VERSION
from nlinkoop.store.workbook import Workbook
from tests.store.builders import fixed_id, full_policy, full_preparation, full_profile

FIXTURES = Path(__file__).with_name("fixtures")

# What every fixture holds; test_migrations.py checks these survive any upgrade.
PROFILE_ID = fixed_id("fixture/profile")
PREPARATION_IDS = (fixed_id("fixture-a/preparation"), fixed_id("fixture-b/preparation"))
DELETED_ID = fixed_id("fixture-deleted/preparation")
POLICY_NAME = "Inkoopbeleid (fixture)"  # from v2 on, the workbook's procurement policy


def fixture_path(version: int) -> Path:
    return FIXTURES / f"v{version}.db"


def build(path: Path) -> None:
    """A workbook with two filled preparations, one deleted preparation and a profile.

    From v2 on also the procurement policy, and the preparations' contract kind, authority and
    whether their value counts options (`full_preparation` fills them). From v3 on also two
    meeting rounds and a log in each preparation, a topic's limit and the round a reflection
    was drafted from.
    """
    profile = full_profile("fixture")
    first = full_preparation("fixture-a", profile_id=profile.id)
    second = full_preparation("fixture-b")
    second.title = "Onderhoud liften (Liftco)"
    second.capacity.policy_goals.append(TextItem("Geen ongevallen", fixed_id("fixture/goal")))
    deleted = Preparation(title="Weggegooid", id=DELETED_ID, updated_by="fixture")
    with Workbook.create(path, user="fixture") as workbook:
        workbook.save_all([first, second, deleted], [profile], full_policy(POLICY_NAME))
        workbook.delete(deleted.id)


def main() -> int:
    target = fixture_path(SCHEMA_VERSION)
    if target.exists():
        print(f"{target} exists; fixtures of released versions never change", file=sys.stderr)
        return 1
    FIXTURES.mkdir(exist_ok=True)
    build(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
