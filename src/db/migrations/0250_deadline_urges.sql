-- 督办: a supervisor or department head urges the handler of a yellow or red deadline, with a message.
-- Each urge is kept here (who, when, what) and appended to the deadline's audit chain (deadline:<id>).
CREATE TABLE deadline_urges (
  id           uuid PRIMARY KEY,
  deadline_id  uuid NOT NULL REFERENCES deadlines(id),
  urged_by     uuid NOT NULL REFERENCES users(id),
  urged_at     timestamptz NOT NULL,
  colour       text NOT NULL CHECK (colour IN ('yellow', 'red')),
  message      text NOT NULL,
  -- who was told: the assignee, or the department's reviewers when nobody holds it yet
  notified     uuid[] NOT NULL DEFAULT '{}'
);
CREATE INDEX deadline_urges_deadline ON deadline_urges (deadline_id, urged_at);
