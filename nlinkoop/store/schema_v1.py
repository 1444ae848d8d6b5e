"""The frozen DDL of schema version 1; never edit it (a file made with it must stay valid).

Generated once from `models.py` and kept as text, so that a new file (this DDL plus every
migration) and an upgraded old file have byte-identical `sqlite_schema` rows, which is what
the safe open compares. Later changes go in a migration in `migrations.py`.
"""

V1_DDL = """\
CREATE TABLE preparations (
    id TEXT NOT NULL,
    title TEXT NOT NULL,
    counterparty TEXT NOT NULL,
    organisation TEXT NOT NULL,
    internal_client TEXT NOT NULL,
    context TEXT NOT NULL,
    procedure TEXT,
    contract_value TEXT,
    contract_months INTEGER,
    profile_id TEXT,
    meeting_date TEXT,
    meeting_start TEXT,
    meeting_end TEXT,
    meeting_place TEXT NOT NULL,
    portfolio_kraljic TEXT,
    portfolio_supplier_view TEXT,
    portfolio_note TEXT NOT NULL,
    opportunity_conversation_date TEXT,
    opportunity_conversation_with TEXT NOT NULL,
    opportunity_lead TEXT NOT NULL,
    opportunity_notes TEXT NOT NULL,
    capacity_long_term TEXT NOT NULL,
    motivation_impact TEXT NOT NULL,
    motivation_professionalism TEXT NOT NULL,
    motivation_respect TEXT NOT NULL,
    motivation_fear TEXT NOT NULL,
    motivation_reframe TEXT NOT NULL,
    opening_come_to_do TEXT NOT NULL,
    opening_come_to_get TEXT NOT NULL,
    relationship_now TEXT NOT NULL,
    relationship_wanted TEXT NOT NULL,
    mandate_lead TEXT NOT NULL,
    mandate_decides TEXT NOT NULL,
    mandate_on_the_spot TEXT NOT NULL,
    mandate_approval TEXT NOT NULL,
    mandate_conduct TEXT NOT NULL,
    reflection_held_on TEXT,
    reflection_went_well TEXT NOT NULL,
    reflection_went_badly TEXT NOT NULL,
    reflection_agreed TEXT NOT NULL,
    reflection_lesson TEXT NOT NULL,
    reflection_train_next TEXT,
    award_method TEXT NOT NULL,
    award_price_points TEXT,
    award_formula TEXT NOT NULL,
    award_reference_price TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    deleted_at TEXT,
    progress INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE profiles (
    id TEXT NOT NULL,
    person TEXT NOT NULL,
    norms_values TEXT NOT NULL,
    principles TEXT NOT NULL,
    drivers TEXT NOT NULL,
    mission TEXT NOT NULL,
    pitch TEXT NOT NULL,
    check_durable TEXT NOT NULL,
    check_considered TEXT NOT NULL,
    check_systemic TEXT NOT NULL,
    check_forward_looking TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE participants (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    side TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_participants_preparation ON participants (preparation_id, position);
CREATE TABLE explicit_items (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    party TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_explicit_items_preparation ON explicit_items (preparation_id, position);
CREATE TABLE agenda_items (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    topic TEXT NOT NULL,
    minutes INTEGER,
    lead TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_agenda_items_preparation ON agenda_items (preparation_id, position);
CREATE TABLE field_entries (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_field_entries_preparation ON field_entries (preparation_id, position);
CREATE TABLE cost_lines (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    component TEXT NOT NULL,
    share_percent TEXT,
    amount TEXT,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_cost_lines_preparation ON cost_lines (preparation_id, position);
CREATE TABLE policy_goals (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_policy_goals_preparation ON policy_goals (preparation_id, position);
CREATE TABLE todos (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_todos_preparation ON todos (preparation_id, position);
CREATE TABLE alternatives (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    side TEXT NOT NULL,
    description TEXT NOT NULL,
    improve TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_alternatives_preparation ON alternatives (preparation_id, position);
CREATE TABLE criteria (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_criteria_preparation ON criteria (preparation_id, position);
CREATE TABLE topics (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    priority TEXT NOT NULL,
    hope TEXT NOT NULL,
    enough TEXT NOT NULL,
    if_you TEXT NOT NULL,
    then_we TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_topics_preparation ON topics (preparation_id, position);
CREATE TABLE interests (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    party TEXT NOT NULL,
    what TEXT NOT NULL,
    why TEXT NOT NULL,
    priority TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_interests_preparation ON interests (preparation_id, position);
CREATE TABLE uncertainties (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    what TEXT NOT NULL,
    whose TEXT NOT NULL,
    how_to_name TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_uncertainties_preparation ON uncertainties (preparation_id, position);
CREATE TABLE joint_options (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    value_for_us TEXT NOT NULL,
    value_for_them TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_joint_options_preparation ON joint_options (preparation_id, position);
CREATE TABLE questions (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_questions_preparation ON questions (preparation_id, position);
CREATE TABLE share_items (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_share_items_preparation ON share_items (preparation_id, position);
CREATE TABLE team_members (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    mandate TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_team_members_preparation ON team_members (preparation_id, position);
CREATE TABLE pattern_checks (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    pattern TEXT NOT NULL,
    risk INTEGER,
    why TEXT NOT NULL,
    "instead" TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_pattern_checks_preparation ON pattern_checks (preparation_id, position);
CREATE TABLE principle_actions (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    principle TEXT NOT NULL,
    action TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_principle_actions_preparation ON principle_actions (preparation_id, position);
CREATE TABLE pressure_answers (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_pressure_answers_preparation ON pressure_answers (preparation_id, position);
CREATE TABLE red_lines (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_red_lines_preparation ON red_lines (preparation_id, position);
CREATE TABLE wishes (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    customer_value TEXT NOT NULL,
    organisational_development TEXT NOT NULL,
    process_quality TEXT NOT NULL,
    cost_to_score TEXT,
    points INTEGER,
    euro_per_point TEXT,
    carried_over INTEGER NOT NULL,
    worth_it TEXT,
    enough TEXT NOT NULL,
    aspiration TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_wishes_preparation ON wishes (preparation_id, position);
CREATE TABLE award_criteria (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    points TEXT,
    euro_value TEXT,
    wish_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_award_criteria_preparation ON award_criteria (preparation_id, position);
CREATE TABLE sample_tenders (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    price TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_sample_tenders_preparation ON sample_tenders (preparation_id, position);
CREATE TABLE tender_scores (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    tender_id TEXT NOT NULL,
    criterion_id TEXT NOT NULL,
    percent TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_tender_scores_preparation ON tender_scores (preparation_id, position);
CREATE TABLE topic_outcomes (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    topic TEXT NOT NULL,
    aimed TEXT NOT NULL,
    agreed TEXT NOT NULL,
    topic_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_topic_outcomes_preparation ON topic_outcomes (preparation_id, position);
CREATE TABLE principle_reviews (
    id TEXT NOT NULL,
    preparation_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    principle TEXT NOT NULL,
    done INTEGER,
    note TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    versions TEXT NOT NULL,
    PRIMARY KEY (id),
    FOREIGN KEY(preparation_id) REFERENCES preparations (id) ON DELETE CASCADE
);
CREATE INDEX ix_principle_reviews_preparation ON principle_reviews (preparation_id, position);
CREATE TABLE tombstones (
    id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    versions TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL,
    PRIMARY KEY (id)
);
"""
