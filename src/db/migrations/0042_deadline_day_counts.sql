-- Running (open, not suspended) deadlines counted per department, kind, due date and yellow date, kept in step with
-- the deadlines in the same transactions. Colour counts then read a few thousand rows, however many deadlines run:
-- red = due_on < today, yellow-or-red = yellow_from <= today.
CREATE TABLE deadline_day_counts (
  department_id uuid NOT NULL,
  subject_kind  text NOT NULL,
  due_on        date NOT NULL,
  yellow_from   date NOT NULL,
  n             bigint NOT NULL CHECK (n >= 0),
  PRIMARY KEY (department_id, subject_kind, due_on, yellow_from)
);

CREATE INDEX deadlines_suspended ON deadlines (department_id) WHERE status = 'suspended';
