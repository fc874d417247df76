-- The complete subtrees of the audit log's Merkle tree with at least 256 leaves (level 8 and up), stored by the sealer
-- as they complete (about one row per 128 entries): an inclusion or consistency proof reads O(log n) of them and hashes
-- at most a few hundred leaves, instead of rebuilding the tree from every entry. A node is a cache of what the entries
-- and the signed heads already fix: a wrong or missing node can only make a proof fail to check (or be computed from
-- the leaves), never make a false proof check. Heads sealed before this migration have no nodes; their proofs hash
-- the leaves instead.
CREATE TABLE audit_tree_nodes (
  level     smallint NOT NULL,
  position  bigint NOT NULL,
  -- SM3 of the subtree of leaves [position * 2^level, (position + 1) * 2^level), 64 hex digits
  hash      char(64) NOT NULL,
  seal_id   bigint NOT NULL,
  PRIMARY KEY (level, position)
);

CREATE TRIGGER audit_tree_nodes_append_only BEFORE UPDATE OR DELETE ON audit_tree_nodes FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_tree_nodes_no_truncate BEFORE TRUNCATE ON audit_tree_nodes FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
