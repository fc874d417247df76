-- 好差评 (ratings): handlings that can be rated, ratings, rectifications of bad ratings, appeals.

-- Local settings (edit window, rectification working days); a missing key means the REFERENCE default.
CREATE TABLE rating_settings (
  key         text PRIMARY KEY,
  value       jsonb NOT NULL,
  updated_at  timestamptz NOT NULL,
  updated_by  uuid REFERENCES users(id)
);

-- What one rating is about: one item delivered online (一事一评) or one visit to a window (一次一评).
CREATE TABLE rating_handlings (
  id              uuid PRIMARY KEY,
  channel         text NOT NULL CHECK (channel IN ('online', 'window')),
  -- 'case:<id>' for a delivered item, 'visit:<id>' for a window visit: a handling is invited once.
  source_key      text NOT NULL UNIQUE,
  application_id  uuid,
  item_code       text,
  item_name       text NOT NULL,
  department_id   uuid NOT NULL REFERENCES departments(id),
  region_code     char(6) NOT NULL,
  rater_user_id   uuid REFERENCES users(id),
  rater_name      text,
  rater_phone     text,
  -- the business the rater acted for (the enterprise file lists its ratings)
  rater_uscc      char(18),
  -- a short code printed or shown on the counter pad so that a visitor without an account can rate
  rating_code     text UNIQUE,
  recorded_by     uuid REFERENCES users(id),
  handled_at      timestamptz NOT NULL,
  created_at      timestamptz NOT NULL
);
CREATE INDEX rating_handlings_rater ON rating_handlings (rater_user_id, created_at DESC);

CREATE TABLE ratings (
  id              uuid PRIMARY KEY,
  handling_id     uuid NOT NULL UNIQUE REFERENCES rating_handlings(id),
  channel         text NOT NULL CHECK (channel IN ('online', 'window')),
  department_id   uuid NOT NULL REFERENCES departments(id),
  item_code       text,
  item_name       text NOT NULL,
  rater_user_id   uuid REFERENCES users(id),
  rater_name      text,
  rater_phone     text,
  rater_uscc      char(18),
  real_name       boolean NOT NULL,
  level           smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
  indicators      jsonb NOT NULL,
  comment         text,
  rated_at        timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  editable_until  timestamptz NOT NULL,
  status          text NOT NULL DEFAULT 'valid' CHECK (status IN ('valid', 'voided')),
  void_reason     text,
  voided_at       timestamptz,
  voided_by       uuid REFERENCES users(id)
);
CREATE INDEX ratings_period ON ratings (rated_at);
CREATE INDEX ratings_department ON ratings (department_id, rated_at);
CREATE INDEX ratings_uscc ON ratings (rater_uscc) WHERE rater_uscc IS NOT NULL;

-- 差评整改: one live rectification per bad rating (a withdrawn one may be followed by a new one after an edit).
CREATE TABLE rectifications (
  id                  uuid PRIMARY KEY,
  rating_id           uuid NOT NULL REFERENCES ratings(id),
  department_id       uuid NOT NULL REFERENCES departments(id),
  status              text NOT NULL CHECK (status IN ('open', 'answered', 'closed', 'withdrawn', 'voided')),
  follow_up_required  boolean NOT NULL,
  opened_at           timestamptz NOT NULL,
  working_days        integer NOT NULL,
  due_date            date,
  finding             text,
  action              text,
  answered_at         timestamptz,
  answered_by         uuid REFERENCES users(id),
  on_time             boolean,
  follow_up_method    text CHECK (follow_up_method IN ('phone', 'sms', 'visit', 'online')),
  follow_up_result    text CHECK (follow_up_result IN ('satisfied', 'basic', 'dissatisfied', 'unreachable')),
  follow_up_note      text,
  followed_up_at      timestamptz,
  followed_up_by      uuid REFERENCES users(id),
  closed_at           timestamptz
);
CREATE UNIQUE INDEX rectifications_live ON rectifications (rating_id) WHERE status IN ('open', 'answered');
CREATE INDEX rectifications_department ON rectifications (department_id, status, opened_at DESC);

-- 申诉复核: the department asks the supervisor to void a mistaken or malicious rating.
CREATE TABLE rating_appeals (
  id             uuid PRIMARY KEY,
  rating_id      uuid NOT NULL REFERENCES ratings(id),
  department_id  uuid NOT NULL REFERENCES departments(id),
  reason_kind    text NOT NULL CHECK (reason_kind IN ('mistaken', 'malicious')),
  explanation    text NOT NULL,
  filed_by       uuid NOT NULL REFERENCES users(id),
  filed_at       timestamptz NOT NULL,
  status         text NOT NULL CHECK (status IN ('pending', 'upheld', 'rejected')),
  decision_note  text,
  decided_by     uuid REFERENCES users(id),
  decided_at     timestamptz
);
CREATE UNIQUE INDEX rating_appeals_pending ON rating_appeals (rating_id) WHERE status = 'pending';
CREATE INDEX rating_appeals_status ON rating_appeals (status, filed_at);
