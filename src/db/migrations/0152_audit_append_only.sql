-- The audit log is append-only in the database itself: the platform's own role can insert entries and tree heads,
-- and can set an entry's seal once (NULL -> the tree head that covers it), but every other UPDATE, every DELETE and
-- TRUNCATE is refused, whatever the code asks for.
--
-- An operator with the owner role (or a superuser) can still disable these triggers (ALTER TABLE ... DISABLE
-- TRIGGER, session_replication_role = replica) and edit, cut or rewrite the log. That is not prevented here; it is
-- caught: every tree head is signed with the platform's audit key (SM2) and published at
-- /api/v1/public/audit/heads, and anyone who kept a copy (`banshi audit verify --heads FILE`) finds an edited entry
-- (its leaf no longer fits the signed Merkle root), a cut-off tail or a deleted tree head (the database's log is
-- shorter than a head they hold) and a rewritten history (a fork: the same size, another root). The subjects' own
-- heads (0150) catch a cut or rewritten tail that no tree head covers yet.
CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'audit_entries' THEN
    IF OLD.seal_id IS NULL AND NEW.seal_id IS NOT NULL
       AND (NEW.id, NEW.chain, NEW.seq, NEW.at, NEW.body, NEW.prev_hash, NEW.hash)
           IS NOT DISTINCT FROM (OLD.id, OLD.chain, OLD.seq, OLD.at, OLD.body, OLD.prev_hash, OLD.hash) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_seals_append_only BEFORE UPDATE OR DELETE ON audit_seals FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_keys_append_only BEFORE UPDATE OR DELETE ON audit_keys FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
