-- The first administrator of a new county is created before any department exists (`banshi admin create`), and an
-- administrator's reach is their region's tree: staff need a region always, a department unless they administer.
ALTER TABLE users DROP CONSTRAINT users_staff_placed;
ALTER TABLE users ADD CONSTRAINT users_staff_placed
  CHECK (kind <> 'staff' OR (region_code IS NOT NULL AND (department_id IS NOT NULL OR roles = ARRAY['admin']::text[])));
