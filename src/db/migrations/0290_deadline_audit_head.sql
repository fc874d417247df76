-- A deadline's audit chain (`deadline:<id>`: urges, supervision's actions on it) gets the same subject-head check as
-- the other audited subjects (0150): the deadline's row carries its chain's latest seq and hash, moved by the trigger
-- in the statement that appends the entry, and verification compares them with the chain, so a deleted or rewritten
-- tail of a deadline's history, or the whole chain deleted while the deadline stays, is found.

ALTER TABLE deadlines ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
-- Most deadlines have no history of their own: verification reads the few that do without scanning them all.
CREATE INDEX deadlines_with_audit_head ON deadlines (id) WHERE audit_seq IS NOT NULL;

CREATE OR REPLACE FUNCTION audit_move_subject_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind text := split_part(NEW.chain, ':', 1);
  subject text := substr(NEW.chain, length(split_part(NEW.chain, ':', 1)) + 2);
  is_uuid boolean := subject ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
BEGIN
  CASE kind
    WHEN 'application' THEN IF is_uuid THEN
      UPDATE applications SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'licence' THEN IF is_uuid THEN
      UPDATE licences SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'ticket' THEN IF is_uuid THEN
      UPDATE tickets SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'disclosure' THEN IF is_uuid THEN
      UPDATE disclosure_requests SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'rating' THEN IF is_uuid THEN
      UPDATE ratings SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'inspection-plan' THEN IF is_uuid THEN
      UPDATE inspection_plans SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'inspection-result' THEN IF is_uuid THEN
      UPDATE inspection_results SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'credit-flag' THEN IF is_uuid THEN
      UPDATE credit_flags SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'catalog-item' THEN IF subject <> '' THEN
      UPDATE service_items SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE code = subject AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'catalog-bundle' THEN IF subject <> '' THEN
      UPDATE bundles SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE code = subject AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    WHEN 'deadline' THEN IF is_uuid THEN
      UPDATE deadlines SET audit_seq = NEW.seq, audit_hash = NEW.hash WHERE id = subject::uuid AND coalesce(audit_seq, 0) < NEW.seq;
    END IF;
    ELSE NULL; -- a chain without a subject row (catalog imports, signing keys): covered by the signed tree heads alone
  END CASE;
  RETURN NULL;
END $$;

-- Existing deadlines take the head of the chain they already have.
UPDATE deadlines s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'deadline:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'deadline:' || s.id::text;

CREATE OR REPLACE VIEW audit_subject_heads AS
  SELECT 'application:' || id::text AS chain, number::text AS label, audit_seq, audit_hash FROM applications
  UNION ALL
  SELECT 'licence:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM licences
  UNION ALL
  SELECT 'ticket:' || id::text AS chain, number::text AS label, audit_seq, audit_hash FROM tickets
  UNION ALL
  SELECT 'disclosure:' || id::text AS chain, number::text AS label, audit_seq, audit_hash FROM disclosure_requests
  UNION ALL
  SELECT 'rating:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM ratings
  UNION ALL
  SELECT 'inspection-plan:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM inspection_plans
  UNION ALL
  SELECT 'inspection-result:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM inspection_results
  UNION ALL
  SELECT 'credit-flag:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM credit_flags
  UNION ALL
  SELECT 'catalog-item:' || code::text AS chain, code::text AS label, audit_seq, audit_hash FROM service_items
  UNION ALL
  SELECT 'catalog-bundle:' || code::text AS chain, code::text AS label, audit_seq, audit_hash FROM bundles
  UNION ALL
  SELECT 'deadline:' || id::text AS chain, NULL::text AS label, audit_seq, audit_hash FROM deadlines;
