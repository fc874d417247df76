-- Deadlines of cases, tickets, rectifications, disclosure requests … and their yellow/red cards.
-- due_on and yellow_from are computed from the working-day calendar when a deadline is tracked or changed,
-- so that a colour is a comparison of an indexed date with today, never a walk over every row.
CREATE TABLE deadlines (
  id                uuid PRIMARY KEY,
  subject_kind      text NOT NULL,
  subject_id        text NOT NULL,
  title             text NOT NULL,
  department_id     uuid NOT NULL REFERENCES departments(id),
  assignee_id       uuid REFERENCES users(id),
  window_id         text,
  region_code       char(6) NOT NULL,
  started_at        timestamptz NOT NULL,
  accepted_on       date NOT NULL,
  working_days      integer NOT NULL CHECK (working_days >= 0),
  legal_days        integer CHECK (legal_days >= 0),
  immediate         boolean NOT NULL DEFAULT false,
  extension_days    integer NOT NULL DEFAULT 0,
  suspensions       jsonb NOT NULL DEFAULT '[]',
  extensions        jsonb NOT NULL DEFAULT '[]',
  history           jsonb NOT NULL DEFAULT '[]',
  calendar_revision integer NOT NULL,
  calendar_version  text NOT NULL,
  calendar_missing  boolean NOT NULL DEFAULT false,
  missing_years     integer[] NOT NULL DEFAULT '{}',
  status            text NOT NULL CHECK (status IN ('open', 'suspended', 'closed')),
  due_on            date,
  yellow_from       date,
  -- 0 nothing sent, 1 yellow card sent, 2 red card sent; a scanner raises it with the notification in one transaction
  notified_level    smallint NOT NULL DEFAULT 0,
  revision          integer NOT NULL DEFAULT 1,
  closed_at         timestamptz,
  closed_on         date,
  used_days         integer,
  on_time           boolean,
  created_at        timestamptz NOT NULL,
  updated_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX deadlines_subject_live ON deadlines (subject_kind, subject_id) WHERE status <> 'closed';
CREATE INDEX deadlines_subject ON deadlines (subject_kind, subject_id, created_at DESC);
-- colour counts: red = due_on < today; yellow-or-red = yellow_from <= today (yellow_from <= due_on always)
CREATE INDEX deadlines_open_due ON deadlines (due_on, department_id) WHERE status = 'open';
CREATE INDEX deadlines_open_yellow ON deadlines (yellow_from, department_id) WHERE status = 'open';
-- lists by department, person and window, ordered by due date
CREATE INDEX deadlines_open_dept ON deadlines (department_id, due_on, id) WHERE status = 'open';
CREATE INDEX deadlines_open_assignee ON deadlines (assignee_id, due_on, id) WHERE status = 'open';
CREATE INDEX deadlines_open_window ON deadlines (window_id, due_on, id) WHERE status = 'open';
CREATE INDEX deadlines_live_dept ON deadlines (department_id, status) WHERE status <> 'closed';
-- scanners: only the rows whose card has not been sent yet
CREATE INDEX deadlines_scan_red ON deadlines (due_on) WHERE status = 'open' AND notified_level < 2;
CREATE INDEX deadlines_scan_yellow ON deadlines (yellow_from) WHERE status = 'open' AND notified_level < 1;
CREATE INDEX deadlines_missing ON deadlines (department_id, accepted_on) WHERE calendar_missing AND status <> 'closed';

-- Efficiency statistics, maintained when a deadline closes (weekly and quarterly buckets).
CREATE TABLE deadline_rollups (
  period_kind        text NOT NULL CHECK (period_kind IN ('week', 'quarter')),
  period_start       date NOT NULL,
  department_id      uuid NOT NULL REFERENCES departments(id),
  subject_kind       text NOT NULL,
  closed_count       bigint NOT NULL DEFAULT 0,
  on_time_count      bigint NOT NULL DEFAULT 0,
  immediate_count    bigint NOT NULL DEFAULT 0,
  used_days_sum      bigint NOT NULL DEFAULT 0,
  promised_days_sum  bigint NOT NULL DEFAULT 0,
  -- only deadlines that have a legal limit: compression = 1 - promised/legal over these
  legal_count        bigint NOT NULL DEFAULT 0,
  legal_days_sum     bigint NOT NULL DEFAULT 0,
  legal_promised_sum bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (period_kind, period_start, department_id, subject_kind)
);

CREATE TABLE supervision_settings (
  key   text PRIMARY KEY,
  value jsonb NOT NULL
);
INSERT INTO supervision_settings (key, value) VALUES ('yellow_rule', '{"minDays": 1, "fraction": 0.2}');
