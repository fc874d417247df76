-- Ranked postings for one-gram queries (the common case: two-character terms such as 食品, 户口): one row per
-- gram and published version, carrying the best field the gram occurs in (1 name, 2 keywords, 3 department) and the
-- name length, so a btree scan returns the top hits in rank order and stops after the first page, however
-- frequent the term is.
CREATE TABLE catalog_search_postings (
  gram        text NOT NULL,
  tier        smallint NOT NULL CHECK (tier IN (1, 2, 3)),
  name_len    integer NOT NULL,
  code        text NOT NULL,
  subject     text NOT NULL,
  version_id  uuid NOT NULL REFERENCES catalog_search(version_id) ON DELETE CASCADE,
  PRIMARY KEY (gram, version_id)
);
CREATE INDEX catalog_search_postings_rank ON catalog_search_postings (gram, tier, name_len, code);
CREATE INDEX catalog_search_postings_version ON catalog_search_postings (version_id);

-- The embedded engine has no autovacuum to flush a GIN pending list: insert straight into the index instead.
ALTER INDEX catalog_search_grams SET (fastupdate = off);
