-- 特别程序 (《行政许可法》第四十五条): hearings, testing, expert review … on a case. The time they take does not count
-- toward the limit (the case's deadline is suspended from start to end); one open at a time per case.
CREATE TABLE special_procedures (
  id           uuid PRIMARY KEY,
  case_id      uuid NOT NULL REFERENCES cases(id),
  kind         text NOT NULL CHECK (kind IN ('hearing', 'tender', 'testing', 'appraisal', 'expertReview')),
  reason       text NOT NULL,
  started_at   timestamptz NOT NULL,
  started_by   uuid NOT NULL REFERENCES users(id),
  planned_end  date,
  ended_at     timestamptz,
  ended_by     uuid REFERENCES users(id),
  outcome      text,
  -- ended by a person, or by the platform (ended_by NULL) when the case ends otherwise
  CHECK (ended_at IS NOT NULL OR ended_by IS NULL)
);
CREATE INDEX special_procedures_case ON special_procedures (case_id, started_at);
CREATE UNIQUE INDEX special_procedures_one_open ON special_procedures (case_id) WHERE ended_at IS NULL;
