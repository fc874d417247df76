-- Applications (办件), their cases (子件, one per item), attachments, joint site checks,
-- guide exceptions (清单之外 with supervisor approval) and commitment follow-up checks.
CREATE SEQUENCE application_number_seq;

CREATE TABLE applications (
  id                 uuid PRIMARY KEY,
  number             text NOT NULL UNIQUE,
  status             text NOT NULL CHECK (status IN ('draft', 'submitted', 'correction', 'accepted', 'refused', 'concluded', 'delivered', 'withdrawn')),
  version            integer NOT NULL DEFAULT 1,
  title              text NOT NULL,
  bundle_code        text,
  bundle_version_id  uuid,
  applicant_user_id  uuid REFERENCES users(id),
  -- who the application is for: kind, name, idNumber, uscc, orgName, phone
  applicant          jsonb NOT NULL,
  applicant_id_number char(18),
  applicant_uscc     char(18),
  submitted_by       uuid NOT NULL REFERENCES users(id),
  channel            text NOT NULL CHECK (channel IN ('online', 'agent', 'window')),
  authorisation      jsonb,
  idempotency_key    text,
  request_hash       text,
  answers            jsonb NOT NULL DEFAULT '{}',
  form               jsonb NOT NULL DEFAULT '{}',
  authority_region   char(6) NOT NULL,
  pickup             jsonb NOT NULL,
  accepted_by        uuid REFERENCES users(id),
  accepted_at        timestamptz,
  accepting_department_id uuid REFERENCES departments(id),
  accepting_region   char(6),
  cross_region       boolean NOT NULL DEFAULT false,
  acceptance_checks  jsonb,
  correction         jsonb,
  correction_count   integer NOT NULL DEFAULT 0,
  refusal            jsonb,
  pending            jsonb NOT NULL DEFAULT '[]',
  delivery           jsonb,
  created_at         timestamptz NOT NULL,
  submitted_at       timestamptz,
  concluded_at       timestamptz,
  delivered_at       timestamptz,
  updated_at         timestamptz NOT NULL,
  UNIQUE (submitted_by, idempotency_key)
);
CREATE INDEX applications_applicant ON applications (applicant_user_id, created_at DESC);
CREATE INDEX applications_window_queue ON applications (status, submitted_at) WHERE status IN ('submitted', 'correction', 'concluded');

CREATE TABLE cases (
  id                    uuid PRIMARY KEY,
  application_id        uuid NOT NULL REFERENCES applications(id),
  seq                   integer NOT NULL,
  item_code             text NOT NULL,
  item_version_id       uuid NOT NULL,
  item_name             text NOT NULL,
  department_id         uuid NOT NULL REFERENCES departments(id),
  region_code           char(6) NOT NULL,
  status                text NOT NULL CHECK (status IN ('pending', 'blocked', 'accepted', 'reviewing', 'siteCheck', 'correction', 'approved', 'denied', 'cancelled')),
  version               integer NOT NULL DEFAULT 1,
  promised_days         integer NOT NULL,
  immediate             boolean NOT NULL,
  mode                  text NOT NULL CHECK (mode IN ('standard', 'commitment', 'auto')),
  produces_licence_type text,
  -- item codes of the same application whose result this case needs (e.g. the business licence's USCC)
  depends_on            text[] NOT NULL DEFAULT '{}',
  authorised_to_window  boolean NOT NULL DEFAULT true,
  decided_on_platform   boolean NOT NULL DEFAULT true,
  started_at            timestamptz,
  reviewed_at           timestamptz,
  reviewed_by           uuid REFERENCES users(id),
  site_check_id         uuid,
  more_request          jsonb,
  more_count            integer NOT NULL DEFAULT 0,
  decision_reasons      text,
  decided_at            timestamptz,
  decided_by            uuid REFERENCES users(id),
  decided_by_rule       jsonb,
  decided_without_review boolean NOT NULL DEFAULT false,
  commitment            jsonb,
  licence_id            text,
  licence_error         text,
  delivered_at          timestamptz,
  UNIQUE (application_id, seq),
  UNIQUE (application_id, item_code)
);
CREATE INDEX cases_application ON cases (application_id, seq);
CREATE INDEX cases_inbox ON cases (department_id, status) WHERE status IN ('accepted', 'reviewing', 'siteCheck', 'correction');
CREATE INDEX cases_without_review ON cases (department_id) WHERE decided_without_review;

CREATE TABLE attachments (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  kind            text NOT NULL CHECK (kind IN ('upload', 'licence')),
  upload_id       uuid REFERENCES uploads(id),
  sha256          char(64),
  licence_id      text,
  licence_type    text,
  -- every material spec this attachment satisfies, as 'itemCode:materialCode'
  material_keys   text[] NOT NULL CHECK (cardinality(material_keys) > 0),
  round           integer NOT NULL DEFAULT 0,
  added_by        uuid NOT NULL REFERENCES users(id),
  added_at        timestamptz NOT NULL,
  CHECK ((kind = 'upload') = (upload_id IS NOT NULL)),
  CHECK ((kind = 'licence') = (licence_id IS NOT NULL))
);
CREATE INDEX attachments_application ON attachments (application_id);

-- 联合勘验: one visit, several departments' cases, one result per case.
CREATE TABLE site_checks (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  case_ids        uuid[] NOT NULL,
  scheduled_for   timestamptz NOT NULL,
  address         text NOT NULL,
  requested_by    uuid NOT NULL REFERENCES users(id),
  requested_at    timestamptz NOT NULL,
  -- { caseId: { result, note, by, at } }
  results         jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX site_checks_application ON site_checks (application_id);

-- 清单之外无材料: anything outside the guide needs a supervisor's approval, and is counted per department.
CREATE TABLE guide_exceptions (
  id              uuid PRIMARY KEY,
  application_id  uuid NOT NULL REFERENCES applications(id),
  case_id         uuid REFERENCES cases(id),
  department_id   uuid NOT NULL REFERENCES departments(id),
  context         text NOT NULL CHECK (context IN ('correction', 'refusal', 'requestMore')),
  cited           text NOT NULL,
  reason          text NOT NULL,
  requested_by    uuid NOT NULL REFERENCES users(id),
  requested_at    timestamptz NOT NULL,
  status          text NOT NULL CHECK (status IN ('requested', 'approved', 'rejected')),
  decided_by      uuid REFERENCES users(id),
  decided_at      timestamptz,
  decision_note   text,
  used_at         timestamptz
);
CREATE INDEX guide_exceptions_department ON guide_exceptions (department_id, status);

-- 告知承诺: approval on the signed commitment, verified afterwards.
CREATE TABLE commitment_checks (
  id              uuid PRIMARY KEY,
  case_id         uuid NOT NULL UNIQUE REFERENCES cases(id),
  department_id   uuid NOT NULL REFERENCES departments(id),
  status          text NOT NULL CHECK (status IN ('open', 'confirmed', 'breached')),
  created_at      timestamptz NOT NULL,
  done_at         timestamptz,
  done_by         uuid REFERENCES users(id),
  note            text
);
CREATE INDEX commitment_checks_open ON commitment_checks (department_id) WHERE status = 'open';
