-- Reads a county's supervisor makes at province scale (100 counties, millions of deadlines):
-- the rollups of one department over a few periods, found by department first instead of by walking every
-- department's rows of those periods;
CREATE INDEX deadline_rollups_department ON deadline_rollups (department_id, period_kind, period_start);
-- the running and suspended clocks of one region's tree (`region_code LIKE '430104%'`: a prefix range, hence the
-- pattern operator class), so a county's red and yellow pages and its suspended count read that county's rows
-- only, not every running clock of the province.
CREATE INDEX deadlines_live_region ON deadlines (region_code varchar_pattern_ops, status, due_on, id) WHERE status <> 'closed';
-- the departments of a region's tree, which the day counts and rollups of a region are read through
CREATE INDEX departments_region ON departments (region_code varchar_pattern_ops);
-- A window's queue: the applications of a region's tree in one stage, as their authority's region or as the window
-- they were routed to (异地代收代办); the two combine (BitmapOr) so a county's submitted tab reads that county's
-- few waiting applications instead of every waiting application of the province.
CREATE INDEX applications_authority_queue ON applications (authority_region varchar_pattern_ops, status);
CREATE INDEX applications_window_region_queue ON applications (window_region varchar_pattern_ops, status);
