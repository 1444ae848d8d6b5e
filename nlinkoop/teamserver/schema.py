"""The teamserver's schema: one table of records, two group roles and row-level security.

Everything lives in the schema `nlinkoop` of the department's database. A workbook's record
(a preparation, a list item, a pitch profile, the procurement policy, a tombstone) is one row of
`nlinkoop.records`: its table (`kind`) and id, its stored row as JSON (`data`), its revision
(its versions, and when and by whom, as text: compared exactly when a laptop writes back what
it last saw), its preparation
(`prep`), who owns it and whether the whole team may read it. The server never merges: a
laptop pulls, merges with the file's own rules, and pushes a record only if the server still
holds what it merged with.

What the server enforces itself, whatever a client sends:

- `owner` is the login that first wrote the record (a trigger sets it; nobody changes it), and
  a list item or tombstone belongs to the owner of its preparation.
- A row is the record its data names: a laptop merges by the data (its `id`, a list item's
  `preparation_id`, a tombstone's `id` and `table_name`), so the trigger refuses data naming
  another record, takes an item's preparation and a tombstone's record from the data, and
  lets only a record's owner write its tombstone.
- `seq` orders every write: a trigger takes it under one advisory lock, so writes commit in
  the order of their numbers and "everything after N" never skips a write still under way.
- Row-level security: a buyer reads own rows, the team's rows (not pitch profiles: they stay
  personal) and the procurement policy, and writes only own rows; a team lead reads the same
  and also writes the procurement policy. Nobody may delete: a removal is a tombstone.

The schema is versioned like a workbook file: `MIGRATIONS[n]` upgrades version n to n + 1,
and `nlinkoop.meta` records the version, the server's id (a new id means a new server, and
each laptop pulls everything again) and the workbook schema its rows are stored in.
"""

import hashlib
import re
from collections.abc import Callable, Sequence

_V1 = """
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{buyer}') THEN
        CREATE ROLE {buyer} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{lead}') THEN
        CREATE ROLE {lead} NOLOGIN IN ROLE {buyer};
    END IF;
END $$;

CREATE SCHEMA nlinkoop;
REVOKE ALL ON SCHEMA nlinkoop FROM PUBLIC;
GRANT USAGE ON SCHEMA nlinkoop TO {buyer};

CREATE TABLE nlinkoop.meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
GRANT SELECT ON nlinkoop.meta TO {buyer};

CREATE SEQUENCE nlinkoop.seq;

CREATE TABLE nlinkoop.records (
    kind text NOT NULL,
    id text NOT NULL,
    prep text,
    owner name NOT NULL DEFAULT session_user,
    team boolean NOT NULL DEFAULT false,
    revision text NOT NULL,
    data jsonb NOT NULL,
    seq bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, id)
);
CREATE INDEX records_seq ON nlinkoop.records (seq);
CREATE INDEX records_prep ON nlinkoop.records (prep);

-- Runs as the schema's owner (SECURITY DEFINER), so it sees a preparation the writer may
-- not read, and takes the sequence the writer may not touch.
-- A laptop merges a row by what its data names (its id, a list item's preparation_id, a
-- tombstone's id and table_name), never by these columns: so the data must name the row's
-- own record, and an item's preparation and a tombstone's record come from the data.
CREATE FUNCTION nlinkoop.stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, nlinkoop AS $$
DECLARE
    prep_owner name;
    prep_team boolean;
    removed_owner name;
    removed_prep text;
BEGIN
    PERFORM pg_advisory_xact_lock(7244311);  -- writes commit in the order of their seq
    NEW.seq := nextval('nlinkoop.seq');
    NEW.changed_at := now();
    IF TG_OP = 'UPDATE' THEN
        NEW.owner := OLD.owner;
        NEW.kind := OLD.kind;
        NEW.id := OLD.id;
        NEW.prep := OLD.prep;
    ELSE
        NEW.owner := session_user;
    END IF;
    IF NEW.data->>'id' IS DISTINCT FROM NEW.id THEN
        RAISE EXCEPTION 'the data of % % names another record', NEW.kind, NEW.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.kind = 'policy' THEN
        NEW.team := true;
        NEW.prep := NULL;
    ELSIF NEW.kind = 'profiles' THEN
        NEW.team := false;
        NEW.prep := NULL;
    ELSIF NEW.kind = 'preparations' THEN
        NEW.prep := NEW.id;
    ELSIF TG_OP = 'UPDATE' THEN  -- an item stays in its preparation, a removal on its record
        IF NEW.data->'preparation_id' IS DISTINCT FROM OLD.data->'preparation_id'
                OR NEW.data->'table_name' IS DISTINCT FROM OLD.data->'table_name' THEN
            RAISE EXCEPTION 'the data of % % names another record', NEW.kind, NEW.id
                USING ERRCODE = 'check_violation';
        END IF;
    ELSE  -- a new list item, or a tombstone
        IF NEW.kind = 'tombstones' THEN  -- only the owner of a record removes it
            SELECT owner, prep INTO removed_owner, removed_prep
                FROM nlinkoop.records WHERE kind = NEW.data->>'table_name' AND id = NEW.id;
            IF FOUND AND removed_owner <> NEW.owner THEN
                RAISE EXCEPTION 'not your record: %', NEW.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            NEW.prep := removed_prep;  -- NULL: a record the server never had
        ELSE
            NEW.prep := NEW.data->>'preparation_id';
        END IF;
        NEW.team := false;
        IF NEW.prep IS NOT NULL THEN
            SELECT owner, team INTO prep_owner, prep_team
                FROM nlinkoop.records WHERE kind = 'preparations' AND id = NEW.prep;
            IF FOUND THEN
                IF prep_owner <> NEW.owner THEN
                    RAISE EXCEPTION 'not your preparation: %', NEW.prep
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                NEW.team := prep_team;
            END IF;
        END IF;
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION nlinkoop.stamp() FROM PUBLIC;

CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON nlinkoop.records
    FOR EACH ROW EXECUTE FUNCTION nlinkoop.stamp();

ALTER TABLE nlinkoop.records ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON nlinkoop.records TO {buyer};

CREATE POLICY read ON nlinkoop.records FOR SELECT TO {buyer}
    USING (owner = current_user OR kind = 'policy' OR (team AND kind <> 'profiles'));
CREATE POLICY add_own ON nlinkoop.records FOR INSERT TO {buyer}
    WITH CHECK (owner = current_user AND kind <> 'policy');
CREATE POLICY change_own ON nlinkoop.records FOR UPDATE TO {buyer}
    USING (owner = current_user AND kind <> 'policy')
    WITH CHECK (owner = current_user AND kind <> 'policy');
CREATE POLICY lead_policy ON nlinkoop.records FOR ALL TO {lead}
    USING (kind = 'policy') WITH CHECK (kind = 'policy');

-- The newest write number the server ever gave: a laptop that pulled further than this
-- talks to a server restored from an older backup, and pulls everything again.
CREATE FUNCTION nlinkoop.last_seq() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, nlinkoop AS $$
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM nlinkoop.seq
$$;
REVOKE ALL ON FUNCTION nlinkoop.last_seq() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION nlinkoop.last_seq() TO {buyer};
"""

# Each entry upgrades the server schema from its index to the next version (0: empty); it is
# given the database's group roles (`roles`).
MIGRATIONS: Sequence[Callable[[str, str], str]] = (
    lambda buyer, lead: _V1.format(buyer=buyer, lead=lead),
)
SERVER_VERSION = len(MIGRATIONS)  # the server schema this build creates and syncs with


def roles(database: str) -> tuple[str, str]:
    """The group roles of buyers and team leads of one database.

    Roles belong to the whole PostgreSQL instance, so each department's database has roles
    of its own (`nlinkoop_inkoop_buyer`, `nlinkoop_inkoop_lead`): a buyer of one department
    is no member of another's. A database name that is not plain lower case gets a hash.
    """
    base = database
    if not re.fullmatch(r"[a-z0-9_]{1,40}", database):
        base = hashlib.sha256(database.encode()).hexdigest()[:12]
    return f"nlinkoop_{base}_buyer", f"nlinkoop_{base}_lead"
