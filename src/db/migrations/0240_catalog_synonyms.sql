-- What people type for what the catalog calls it (开饭店 → 开餐饮店, 理发店 → 公共场所卫生许可): kept by the bureau,
-- each change in the audit log (chain catalog-synonyms). A query containing a term also searches for its target.
CREATE TABLE catalog_synonyms (
  term        text PRIMARY KEY,
  target      text NOT NULL,
  updated_by  uuid REFERENCES users(id),
  updated_at  timestamptz NOT NULL
);

INSERT INTO catalog_synonyms (term, target, updated_at) VALUES
  ('开饭店', '开餐饮店', now()),
  ('开餐馆', '开餐饮店', now()),
  ('开小吃店', '开餐饮店', now()),
  ('理发店', '公共场所卫生许可', now()),
  ('美发店', '公共场所卫生许可', now()),
  ('美容院', '公共场所卫生许可', now()),
  ('生孩子', '新生儿出生', now()),
  ('办执照', '营业执照', now());

-- use counts for ranking search results and 高频事项
CREATE INDEX cases_item_code ON cases (item_code);
CREATE INDEX applications_bundle_code ON applications (bundle_code) WHERE bundle_code IS NOT NULL;
