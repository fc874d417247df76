-- 依申请公开: requests for government information, their third-party consultations, and the register.

CREATE SEQUENCE disclosure_number_seq;

CREATE TABLE disclosure_requests (
  id                  uuid PRIMARY KEY,
  number              text NOT NULL UNIQUE,
  applicant_user_id   uuid REFERENCES users(id),
  applicant_kind      text NOT NULL CHECK (applicant_kind IN ('citizen', 'organisation')),
  applicant_name      text NOT NULL,
  applicant_id_code   text,
  applicant_phone     text,
  applicant_address   text,
  department_id       uuid NOT NULL REFERENCES departments(id),
  region_code         char(6) NOT NULL,
  description         text NOT NULL,
  purpose             text,
  format              text NOT NULL CHECK (format IN ('paper', 'electronic')),
  delivery            text NOT NULL CHECK (delivery IN ('online', 'email', 'post', 'pickup')),
  status              text NOT NULL CHECK (status IN ('received', 'consulting', 'answered')),
  received_at         timestamptz NOT NULL,
  due_date            date,
  extended_at         timestamptz,
  extension_days      integer,
  extension_reason    text,
  answer_type         text CHECK (answer_type IN ('disclosed', 'partly-disclosed', 'not-held', 'not-disclosable')),
  answer_text         text,
  legal_basis         text,
  answered_at         timestamptz,
  answered_by         uuid REFERENCES users(id),
  on_the_spot         boolean,
  on_time             boolean,
  version             integer NOT NULL DEFAULT 1
);
CREATE INDEX disclosure_requests_department ON disclosure_requests (department_id, received_at DESC);
CREATE INDEX disclosure_requests_applicant ON disclosure_requests (applicant_user_id, received_at DESC);

-- 征求第三方意见: the clock stops from sending until the reply (or the end of the consultation).
CREATE TABLE disclosure_consultations (
  id           uuid PRIMARY KEY,
  request_id   uuid NOT NULL REFERENCES disclosure_requests(id),
  third_party  text NOT NULL,
  question     text NOT NULL,
  sent_at      timestamptz NOT NULL,
  sent_by      uuid REFERENCES users(id),
  replied_at   timestamptz,
  opinion      text CHECK (opinion IN ('agrees', 'objects', 'no-reply')),
  opinion_note text
);
CREATE UNIQUE INDEX disclosure_consultations_open ON disclosure_consultations (request_id) WHERE replied_at IS NULL;
