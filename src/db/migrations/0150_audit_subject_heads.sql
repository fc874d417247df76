-- Every audited subject knows the head of its own chain: the row of an application, a licence, a ticket, a
-- disclosure request, a rating, an inspection plan or result, a credit flag, a catalog item or bundle carries the seq
-- and hash of its chain's latest entry. A trigger moves it in the very statement that appends the entry (also when the
-- entry is a CTE of the statement that creates the subject), so no module has to remember to. Verification compares
-- each head with its chain: a deleted or rewritten tail, or a whole chain deleted while its subject stays, is found.

ALTER TABLE applications ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE licences ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE tickets ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE disclosure_requests ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE ratings ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE inspection_plans ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE inspection_results ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE credit_flags ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE service_items ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);
ALTER TABLE bundles ADD COLUMN audit_seq integer, ADD COLUMN audit_hash char(64);

CREATE FUNCTION audit_move_subject_head() RETURNS trigger LANGUAGE plpgsql AS $$
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
    ELSE NULL; -- a chain without a subject row (catalog imports, signing keys): covered by the signed tree heads alone
  END CASE;
  RETURN NULL;
END $$;

CREATE TRIGGER audit_entries_subject_head AFTER INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_move_subject_head();

-- Existing subjects take the head of the chain they already have.
UPDATE applications s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'application:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'application:' || s.id::text;
UPDATE licences s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'licence:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'licence:' || s.id::text;
UPDATE tickets s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'ticket:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'ticket:' || s.id::text;
UPDATE disclosure_requests s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'disclosure:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'disclosure:' || s.id::text;
UPDATE ratings s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'rating:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'rating:' || s.id::text;
UPDATE inspection_plans s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'inspection-plan:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'inspection-plan:' || s.id::text;
UPDATE inspection_results s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'inspection-result:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'inspection-result:' || s.id::text;
UPDATE credit_flags s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'credit-flag:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'credit-flag:' || s.id::text;
UPDATE service_items s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'catalog-item:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'catalog-item:' || s.code::text;
UPDATE bundles s SET audit_seq = h.seq, audit_hash = h.hash
  FROM (SELECT DISTINCT ON (chain) chain, seq, hash FROM audit_entries WHERE chain LIKE 'catalog-bundle:%' ORDER BY chain, seq DESC) h
  WHERE h.chain = 'catalog-bundle:' || s.code::text;

-- Every subject's head as verification reads it: its chain, a label people know it by (an application's number), and the head.
CREATE VIEW audit_subject_heads AS
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
  SELECT 'catalog-bundle:' || code::text AS chain, code::text AS label, audit_seq, audit_hash FROM bundles;
