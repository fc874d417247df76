-- Guidance: one-time notices (一次性告知单) as issued, and guide accuracy feedback.

-- A Notice as it was issued: the answers and the derived content are kept, so the HTML and PDF
-- rendered later show exactly what the applicant was told, even after the guide has a new version.
CREATE TABLE notices (
  id            uuid PRIMARY KEY,
  subject_kind  text NOT NULL CHECK (subject_kind IN ('bundle', 'item')),
  subject_code  text NOT NULL,
  -- the catalog version the notice was derived from (bundle version or item version)
  version_id    uuid NOT NULL,
  answers       jsonb NOT NULL,
  content       jsonb NOT NULL,
  -- the signed-in applicant it was made for (their licences decide reuse); NULL for an anonymous visitor
  user_id       uuid REFERENCES users(id),
  created_at    timestamptz NOT NULL
);
CREATE INDEX notices_user ON notices (user_id, created_at DESC) WHERE user_id IS NOT NULL;

-- 指南纠错: an applicant or a clerk flags a guide as wrong or unclear; its owner department answers within a deadline
-- (tracked by supervision with subject kind 'guide-feedback').
CREATE TABLE guide_feedback (
  id               uuid PRIMARY KEY,
  item_code        text NOT NULL,
  item_version_id  uuid NOT NULL,
  item_name        text NOT NULL,
  department_id    uuid NOT NULL REFERENCES departments(id),
  reporter_id      uuid NOT NULL REFERENCES users(id),
  reporter_kind    text NOT NULL CHECK (reporter_kind IN ('applicant', 'staff')),
  step             text NOT NULL,
  kind             text NOT NULL CHECK (kind IN ('wrong', 'unclear')),
  part             text NOT NULL,
  material_code    text,
  description      text NOT NULL,
  application_id   uuid,
  status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
  response         text,
  handled_by       uuid REFERENCES users(id),
  handled_at       timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX guide_feedback_item ON guide_feedback (item_code, status);
CREATE INDEX guide_feedback_department ON guide_feedback (department_id, status, created_at DESC);
CREATE INDEX guide_feedback_reporter ON guide_feedback (reporter_id, created_at DESC);
