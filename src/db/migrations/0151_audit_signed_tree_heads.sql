-- Seals become signed tree heads in the way certificate-transparency logs make them (RFC 6962/9162): each covers the
-- whole log so far (tree_size entries, in the order they were sealed), its root is the SM3 Merkle root over all of
-- them, and it is signed with the platform's SM2 audit key, whose public key is published. Consecutive heads are
-- consistent (the earlier tree is a prefix of the later), which anyone can check with a consistency proof.
--
-- The earlier seals were an HMAC under the master key, which nobody outside could check: they are dropped, and the
-- first signed tree head covers their entries.
UPDATE audit_entries SET seal_id = NULL WHERE seal_id IS NOT NULL;
DELETE FROM audit_seals;
ALTER TABLE audit_seals
  ADD COLUMN tree_size bigint NOT NULL,
  -- the roots of the tree's perfect subtrees, largest first (64 hex digits each): the next head starts from here
  ADD COLUMN frontier text NOT NULL,
  ADD CONSTRAINT audit_seals_tree_size UNIQUE (tree_size);
COMMENT ON COLUMN audit_seals.entry_count IS 'entries this head added to the tree';
COMMENT ON COLUMN audit_seals.prev_root IS 'root of the previous tree head (SM3 of nothing for the first)';
COMMENT ON COLUMN audit_seals.signature IS 'SM2 signature (DER, hex) of the 50-byte RFC 6962 TreeHeadSignature, see README';

-- The audit keys that signed tree heads, published at /.well-known/banshi-audit-keys.json (the private key is
-- derived from the master key and never stored).
CREATE TABLE audit_keys (
  key_id      text PRIMARY KEY,
  public_key  text NOT NULL,
  created_at  timestamptz NOT NULL
);
