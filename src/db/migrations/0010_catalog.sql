-- The service catalog: data elements, abolished certificates, items and bundles with immutable published versions,
-- and a search index over published versions.

-- 数据元: a field with one meaning across items (企业名称, 统一社会信用代码 …).
CREATE TABLE catalog_data_elements (
  code        text PRIMARY KEY CHECK (code ~ '^[a-z][A-Za-z0-9]*$'),
  name        text NOT NULL,
  type        text NOT NULL CHECK (type IN ('text', 'uscc', 'idNumber', 'phone', 'date', 'number', 'enum', 'address')),
  options     text[] NOT NULL DEFAULT '{}',
  min_value   numeric,
  max_value   numeric,
  max_length  integer,
  description text NOT NULL DEFAULT ''
);

-- 已取消的证明事项 and how each is now satisfied; no guide may require one.
CREATE TABLE catalog_abolished_certificates (
  code          text PRIMARY KEY,
  name          text NOT NULL UNIQUE,
  aliases       text[] NOT NULL DEFAULT '{}',
  replaced_by   text NOT NULL CHECK (replaced_by IN ('dataCheck', 'commitment', 'licenceReuse')),
  licence_type  text,
  how           text NOT NULL,
  basis         text NOT NULL,
  abolished_on  date NOT NULL
);

-- An item's identity is its basic item code; its content lives in versions.
CREATE TABLE service_items (
  id          uuid PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL
);

CREATE TABLE service_item_versions (
  id                    uuid PRIMARY KEY,
  item_id               uuid NOT NULL REFERENCES service_items(id),
  version               integer NOT NULL CHECK (version > 0),
  status                text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  code                  text NOT NULL,
  implementation_code   text NOT NULL,
  name                  text NOT NULL,
  kind                  text NOT NULL,
  department_id         uuid NOT NULL REFERENCES departments(id),
  region_code           char(6) NOT NULL REFERENCES regions(code),
  level                 text NOT NULL,
  handling              text NOT NULL CHECK (handling IN ('immediate', 'promised')),
  legal_days            integer NOT NULL CHECK (legal_days >= 0),
  promised_days         integer NOT NULL CHECK (promised_days >= 0),
  visits_needed         integer NOT NULL CHECK (visits_needed >= 0),
  online_capable        boolean NOT NULL,
  authorised_to_window  boolean NOT NULL,
  decided_on_platform   boolean NOT NULL,
  commitment_allowed    boolean NOT NULL,
  produces_licence_type text,
  -- the rest of the guide (legal basis, fees, place, conditions, steps, materials, form fields, rules): one immutable document
  guide                 jsonb NOT NULL,
  content_hash          text NOT NULL,
  created_at            timestamptz NOT NULL,
  created_by            uuid REFERENCES users(id),
  published_at          timestamptz,
  published_by          uuid REFERENCES users(id),
  retired_at            timestamptz,
  UNIQUE (item_id, version)
);
-- at most one draft and one published version per item
CREATE UNIQUE INDEX service_item_versions_one_draft ON service_item_versions (item_id) WHERE status = 'draft';
CREATE UNIQUE INDEX service_item_versions_one_published ON service_item_versions (item_id) WHERE status = 'published';
CREATE INDEX service_item_versions_published_dept ON service_item_versions (department_id) WHERE status = 'published';
CREATE INDEX service_item_versions_published_code ON service_item_versions (code) WHERE status = 'published';

CREATE TABLE bundles (
  id          uuid PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL
);

CREATE TABLE bundle_versions (
  id            uuid PRIMARY KEY,
  bundle_id     uuid NOT NULL REFERENCES bundles(id),
  version       integer NOT NULL CHECK (version > 0),
  status        text NOT NULL CHECK (status IN ('draft', 'published', 'retired')),
  code          text NOT NULL,
  name          text NOT NULL,
  audience      text NOT NULL CHECK (audience IN ('citizen', 'enterprise', 'both')),
  -- description, members (items, conditions, dependencies, stages), questionnaire, limits
  definition    jsonb NOT NULL,
  content_hash  text NOT NULL,
  created_at    timestamptz NOT NULL,
  created_by    uuid REFERENCES users(id),
  published_at  timestamptz,
  published_by  uuid REFERENCES users(id),
  retired_at    timestamptz,
  UNIQUE (bundle_id, version)
);
CREATE UNIQUE INDEX bundle_versions_one_draft ON bundle_versions (bundle_id) WHERE status = 'draft';
CREATE UNIQUE INDEX bundle_versions_one_published ON bundle_versions (bundle_id) WHERE status = 'published';

-- Applications keep the version they were filed against, so a version that left draft never changes again:
-- only its status may move forward (published → retired) and its retirement time be set.
CREATE FUNCTION catalog_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF (to_jsonb(NEW) - 'status' - 'retired_at') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'retired_at')
     OR NEW.status = 'draft'
     OR (OLD.status = 'retired' AND NEW.status <> 'retired') THEN
    RAISE EXCEPTION 'catalog version % is % and cannot change', OLD.id, OLD.status USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER service_item_versions_immutable BEFORE UPDATE ON service_item_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_versions_immutable();
CREATE TRIGGER bundle_versions_immutable BEFORE UPDATE ON bundle_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_versions_immutable();

CREATE FUNCTION catalog_versions_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'catalog version % is % and cannot be deleted', OLD.id, OLD.status USING ERRCODE = 'P0001';
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER service_item_versions_no_delete BEFORE DELETE ON service_item_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_versions_no_delete();
CREATE TRIGGER bundle_versions_no_delete BEFORE DELETE ON bundle_versions
  FOR EACH ROW EXECUTE FUNCTION catalog_versions_no_delete();

-- Search over published items and bundles. No extension: each row carries the single characters and character
-- bigrams of its name, keywords and department in a GIN-indexed text[]; a query term's grams are matched with @>,
-- then ranked by where the term occurs (name above keywords above department).
CREATE TABLE catalog_search (
  version_id  uuid PRIMARY KEY,
  subject     text NOT NULL CHECK (subject IN ('item', 'bundle')),
  code        text NOT NULL,
  name        text NOT NULL,
  -- normalised (NFKC, lower case, punctuation as spaces) texts the ranking compares terms with
  name_text        text NOT NULL,
  keywords_text    text NOT NULL,
  department_text  text NOT NULL,
  grams       text[] NOT NULL
);
CREATE INDEX catalog_search_grams ON catalog_search USING gin (grams);
