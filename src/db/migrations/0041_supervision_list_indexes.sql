-- Keyset lists ordered by (due_on, id) and drill-down counts answered from the indexes alone.
DROP INDEX deadlines_open_due;
CREATE INDEX deadlines_open_due ON deadlines (due_on, id) INCLUDE (department_id, yellow_from) WHERE status = 'open';
DROP INDEX deadlines_open_dept;
CREATE INDEX deadlines_open_dept ON deadlines (department_id, due_on, id) INCLUDE (yellow_from, assignee_id) WHERE status = 'open';
