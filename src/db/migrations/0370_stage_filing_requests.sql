-- A stage filing keeps the request that filed it: a retry with the same Idempotency-Key is answered with the first
-- filing (and the materials the zone's 区域评估 stood in for), a key reused for another request is refused.
ALTER TABLE project_stage_filings ADD COLUMN request_hash text;
ALTER TABLE project_stage_filings ADD COLUMN covered_by_zone text[] NOT NULL DEFAULT '{}';
