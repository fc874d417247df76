-- Random inspections (双随机、一公开): subject and inspector pools, draw plans, visits, results, credit flags.

-- Subject pool (检查对象名录库): businesses, identified by USCC. Townships carry 9-digit codes under their county.
CREATE TABLE inspection_subjects (
  uscc           char(18) PRIMARY KEY,
  name           text NOT NULL,
  industry       text NOT NULL,
  township_code  char(9) NOT NULL CHECK (township_code ~ '^[1-9][0-9]{8}$'),
  township_name  text NOT NULL,
  county_code    char(6) NOT NULL,
  risk_level     text NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
  licence_types  text[] NOT NULL DEFAULT '{}',
  address        text NOT NULL DEFAULT '',
  source         text NOT NULL DEFAULT 'register' CHECK (source IN ('register', 'licences', 'demo')),
  active         boolean NOT NULL DEFAULT true,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_subjects_township ON inspection_subjects (township_code);

-- Inspector pool (执法人员名录库): the badge number (执法证号) is public and identifies an inspector in a published draw.
CREATE TABLE inspectors (
  id              uuid PRIMARY KEY,
  badge_no        text NOT NULL UNIQUE,
  name            text NOT NULL,
  department_id   uuid NOT NULL REFERENCES departments(id),
  user_id         uuid REFERENCES users(id),
  qualifications  text[] NOT NULL DEFAULT '{}',
  active          boolean NOT NULL DEFAULT true
);
CREATE INDEX inspectors_department ON inspectors (department_id);
CREATE UNIQUE INDEX inspectors_user ON inspectors (user_id) WHERE user_id IS NOT NULL;

-- Declared conflicts of interest (回避): an inspector never draws a business they are related to.
CREATE TABLE inspector_conflicts (
  inspector_id  uuid NOT NULL REFERENCES inspectors(id),
  uscc          char(18) NOT NULL,
  reason        text NOT NULL,
  declared_at   timestamptz NOT NULL,
  PRIMARY KEY (inspector_id, uscc)
);

-- A draw plan: drafted, published with a commitment to its seed (plan JSON frozen), then drawn (seed revealed).
CREATE TABLE inspection_plans (
  id                   uuid PRIMARY KEY,
  title                text NOT NULL,
  status               text NOT NULL CHECK (status IN ('draft', 'published', 'drawn')),
  lead_department_id   uuid NOT NULL REFERENCES departments(id),
  departments          jsonb NOT NULL,
  filter               jsonb NOT NULL,
  sampling             jsonb NOT NULL,
  stratify_by          text NOT NULL CHECK (stratify_by IN ('none', 'region', 'risk')),
  inspectors_per_visit integer NOT NULL CHECK (inspectors_per_visit BETWEEN 1 AND 5),
  created_by           uuid NOT NULL,
  created_at           timestamptz NOT NULL,
  seed_commitment      char(64),
  -- Kept secret until the draw when the platform generated it; NULL when the supervisor holds the seed.
  seed_secret          text,
  seed                 text,
  plan_json            jsonb,
  plan_digest          char(64),
  published_at         timestamptz,
  drawn_at             timestamptz,
  draw_digest          char(64),
  population_count     integer,
  sample_count         integer
);
CREATE INDEX inspection_plans_status ON inspection_plans (status, created_at DESC);

-- One visit per drawn business (进一次门、查多项事), whatever the number of departments.
CREATE TABLE inspection_visits (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES inspection_plans(id),
  uscc          char(18) NOT NULL,
  subject_name  text NOT NULL,
  stratum       text NOT NULL,
  position      integer NOT NULL,
  UNIQUE (plan_id, uscc),
  UNIQUE (plan_id, position)
);
CREATE INDEX inspection_visits_uscc ON inspection_visits (uscc);

-- One result record per department per visit; outcome NULL until the inspectors record it.
CREATE TABLE inspection_results (
  id              uuid PRIMARY KEY,
  visit_id        uuid NOT NULL REFERENCES inspection_visits(id),
  plan_id         uuid NOT NULL REFERENCES inspection_plans(id),
  uscc            char(18) NOT NULL,
  department_id   uuid NOT NULL REFERENCES departments(id),
  inspector_ids   uuid[] NOT NULL,
  checklist       jsonb NOT NULL,
  outcome         text CHECK (outcome IN ('compliant', 'problems', 'referred')),
  findings        text,
  checks          jsonb,
  serious         boolean NOT NULL DEFAULT false,
  rectify_days    integer,
  recorded_by     uuid,
  recorded_at     timestamptz,
  inspected_on    date,
  UNIQUE (visit_id, department_id)
);
CREATE INDEX inspection_results_uscc ON inspection_results (uscc, recorded_at DESC);
CREATE INDEX inspection_results_plan ON inspection_results (plan_id);

-- Credit flags (失信): withdraw commitment-based approval and fast lanes until ends_at, unless revoked on appeal.
CREATE TABLE credit_flags (
  id           uuid PRIMARY KEY,
  uscc         char(18),
  id_number    char(18),
  subject_name text NOT NULL,
  reason       text NOT NULL,
  source       text NOT NULL CHECK (source IN ('inspection', 'commitment', 'manual')),
  source_ref   text,
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL CHECK (ends_at > starts_at),
  status       text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'revoked')),
  created_by   uuid,
  created_at   timestamptz NOT NULL,
  revoked_at   timestamptz,
  CHECK (uscc IS NOT NULL OR id_number IS NOT NULL),
  UNIQUE (source, source_ref)
);
CREATE INDEX credit_flags_uscc ON credit_flags (uscc, ends_at) WHERE uscc IS NOT NULL;
CREATE INDEX credit_flags_id_number ON credit_flags (id_number, ends_at) WHERE id_number IS NOT NULL;

-- Appeals (信用修复/申诉): filed by the flagged party, decided by a supervisor; one open appeal per flag at a time.
CREATE TABLE credit_flag_appeals (
  id             uuid PRIMARY KEY,
  flag_id        uuid NOT NULL REFERENCES credit_flags(id),
  filed_by       uuid NOT NULL,
  statement      text NOT NULL,
  filed_at       timestamptz NOT NULL,
  decision       text CHECK (decision IN ('revoked', 'upheld')),
  decision_note  text,
  decided_by     uuid,
  decided_at     timestamptz
);
CREATE UNIQUE INDEX credit_flag_appeals_open ON credit_flag_appeals (flag_id) WHERE decision IS NULL;
