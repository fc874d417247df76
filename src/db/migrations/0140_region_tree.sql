-- 行政区划 as a tree down to townships (9 digits) and villages (12 digits). A region's subtree is exactly the codes
-- that start with its prefix (province 43, city 4311, county 431127, township 431127100, village all 12 digits),
-- so any table holding a region code is filtered to a subtree with `region_code LIKE prefix || '%'`, no join.
-- The check below keeps the tree and the prefix rule from disagreeing.
CREATE FUNCTION region_prefix(code text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN length(code) > 6 THEN code
    WHEN right(code, 4) = '0000' THEN left(code, 2)
    WHEN right(code, 2) = '00' THEN left(code, 4)
    ELSE code
  END
$$;

ALTER TABLE departments DROP CONSTRAINT departments_region_code_fkey;
ALTER TABLE users DROP CONSTRAINT users_region_code_fkey;
ALTER TABLE service_item_versions DROP CONSTRAINT service_item_versions_region_code_fkey;
ALTER TABLE regions DROP CONSTRAINT regions_parent_code_fkey;
ALTER TABLE regions DROP CONSTRAINT regions_code_check;
ALTER TABLE regions DROP CONSTRAINT regions_level_check;

ALTER TABLE regions ALTER COLUMN code TYPE varchar(12), ALTER COLUMN parent_code TYPE varchar(12);
ALTER TABLE departments ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE users ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE service_item_versions ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE applications ALTER COLUMN authority_region TYPE varchar(12), ALTER COLUMN accepting_region TYPE varchar(12);
ALTER TABLE cases ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE deadlines ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE calendar_changes ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE calendar_region_days ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE rating_handlings ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE tickets ALTER COLUMN region_code TYPE varchar(12);
ALTER TABLE disclosure_requests ALTER COLUMN region_code TYPE varchar(12);

ALTER TABLE regions
  ADD CONSTRAINT regions_code_check CHECK (code ~ '^[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?$'),
  ADD CONSTRAINT regions_level_check CHECK (level IN ('province', 'city', 'county', 'township', 'village')),
  ADD CONSTRAINT regions_parent_code_fkey FOREIGN KEY (parent_code) REFERENCES regions(code),
  ADD CONSTRAINT regions_below_parent CHECK (
    parent_code IS NULL OR (code <> parent_code AND code LIKE region_prefix(parent_code) || '%')
  );
ALTER TABLE departments ADD CONSTRAINT departments_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions(code);
ALTER TABLE users ADD CONSTRAINT users_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions(code);
ALTER TABLE service_item_versions ADD CONSTRAINT service_item_versions_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions(code);

-- Every staff account works in a region and a department; their reads are bounded by both.
UPDATE users u SET region_code = d.region_code FROM departments d WHERE u.kind = 'staff' AND u.region_code IS NULL AND d.id = u.department_id;
ALTER TABLE users ADD CONSTRAINT users_staff_placed CHECK (kind <> 'staff' OR (region_code IS NOT NULL AND department_id IS NOT NULL));

-- 异地代收代办: the window an application is routed to (where identity and formal completeness are checked), which may
-- lie outside the region of the authority that decides it. An application belongs to both regions.
ALTER TABLE applications ADD COLUMN window_region varchar(12);
UPDATE applications SET window_region = COALESCE(accepting_region, authority_region);
ALTER TABLE applications ALTER COLUMN window_region SET NOT NULL;
CREATE INDEX applications_window_region ON applications (window_region, status) WHERE window_region <> authority_region;
