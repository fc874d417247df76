-- 告知承诺 followed up: each check is due within a number of working days (its deadline lives in the deadline
-- engine, so it turns yellow and red like a case); a breach records what happened to the licence issued on the
-- commitment (suspended pending rectification, or the approval revoked).
ALTER TABLE commitment_checks ADD COLUMN due_on date;
ALTER TABLE commitment_checks ADD COLUMN licence_action text CHECK (licence_action IN ('suspend', 'revoke'));
ALTER TABLE commitment_checks ADD COLUMN licence_id uuid;
