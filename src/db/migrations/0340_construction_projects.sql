-- 工程建设项目: a project (with its 投资项目代码) ties the filings of its approval stages together; 联合审图 and
-- 联合验收 are one round of every department concerned; 区域评估 results recorded once for a zone stand in for the
-- materials they cover for every project in the zone.
CREATE TABLE construction_zones (
  code        text PRIMARY KEY,
  name        text NOT NULL,
  region_code char(6) NOT NULL REFERENCES regions(code),
  area_km2    numeric(10, 2),
  created_at  timestamptz NOT NULL
);

CREATE TABLE zone_assessments (
  id          uuid PRIMARY KEY,
  zone_code   text NOT NULL REFERENCES construction_zones(code),
  kind        text NOT NULL,
  title       text NOT NULL,
  conclusion  text NOT NULL,
  -- the materials the results stand in for: ["XK01101001:eia-report", …]
  covers      text[] NOT NULL,
  valid_until date,
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_at timestamptz NOT NULL,
  UNIQUE (zone_code, kind)
);

CREATE TABLE construction_projects (
  id                uuid PRIMARY KEY,
  project_code      text NOT NULL UNIQUE,
  name              text NOT NULL,
  address           text NOT NULL,
  region_code       char(6) NOT NULL REFERENCES regions(code),
  zone_code         text REFERENCES construction_zones(code),
  bundle_code       text NOT NULL,
  applicant_user_id uuid NOT NULL REFERENCES users(id),
  applicant_name    text NOT NULL,
  applicant_uscc    char(18),
  building_area     numeric(12, 2),
  created_at        timestamptz NOT NULL
);
CREATE INDEX construction_projects_applicant ON construction_projects (applicant_user_id);
CREATE INDEX construction_projects_region ON construction_projects (region_code);

-- the running number of 投资项目代码 per year and region
CREATE TABLE project_code_serials (
  year        int NOT NULL,
  region_code char(6) NOT NULL,
  last        int NOT NULL,
  PRIMARY KEY (year, region_code)
);

-- each stage's filing is an application of the stage's items; a refused or withdrawn one may be followed by another
CREATE TABLE project_stage_filings (
  project_id     uuid NOT NULL REFERENCES construction_projects(id),
  stage_key      text NOT NULL,
  application_id uuid NOT NULL UNIQUE REFERENCES applications(id),
  filed_at       timestamptz NOT NULL,
  PRIMARY KEY (project_id, application_id)
);
CREATE INDEX project_stage_filings_stage ON project_stage_filings (project_id, stage_key);

CREATE TABLE drawing_reviews (
  id              uuid PRIMARY KEY,
  project_id      uuid NOT NULL REFERENCES construction_projects(id),
  departments     text[] NOT NULL,
  round           int NOT NULL CHECK (round IN (1, 2)),
  status          text NOT NULL CHECK (status IN ('reviewing', 'revising', 'passed', 'failed')),
  upload_ids      uuid[] NOT NULL,
  opened_at       timestamptz NOT NULL,
  concluded_at    timestamptz,
  version         int NOT NULL DEFAULT 1
);
-- one drawing set under review per project at a time
CREATE UNIQUE INDEX drawing_reviews_open ON drawing_reviews (project_id) WHERE status IN ('reviewing', 'revising');

CREATE TABLE drawing_review_opinions (
  review_id       uuid NOT NULL REFERENCES drawing_reviews(id),
  round           int NOT NULL,
  department_code text NOT NULL,
  verdict         text NOT NULL CHECK (verdict IN ('pass', 'revise', 'reject')),
  opinion         text NOT NULL,
  reviewer_id     uuid NOT NULL REFERENCES users(id),
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (review_id, round, department_code)
);

CREATE TABLE joint_acceptances (
  id               uuid PRIMARY KEY,
  project_id       uuid NOT NULL UNIQUE REFERENCES construction_projects(id),
  departments      text[] NOT NULL,
  scheduled_for    timestamptz NOT NULL,
  place            text NOT NULL,
  scheduled_by     uuid NOT NULL REFERENCES users(id),
  status           text NOT NULL CHECK (status IN ('scheduled', 'issued')),
  certificate_no   text,
  licence_id       uuid,
  -- the e-licence's identifier and signed QR payload, printed on the certificate's PDF
  licence_identifier text,
  licence_payload  text,
  issued_at        timestamptz,
  issued_by        uuid REFERENCES users(id)
);

CREATE TABLE joint_acceptance_findings (
  acceptance_id   uuid NOT NULL REFERENCES joint_acceptances(id),
  department_code text NOT NULL,
  verdict         text NOT NULL CHECK (verdict IN ('pass', 'fail')),
  findings        text NOT NULL,
  inspector_id    uuid NOT NULL REFERENCES users(id),
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (acceptance_id, department_code)
);
