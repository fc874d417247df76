-- A construction zone (园区, for 区域评估) and the administrative region of its administration (e.g. 湖南蓝山经济开发区,
-- 431127400, to which items are delegated) are one place: the zone names its region, at most one zone per region.
ALTER TABLE construction_zones ADD COLUMN admin_region varchar(12) REFERENCES regions(code);
CREATE UNIQUE INDEX construction_zones_admin_region ON construction_zones (admin_region) WHERE admin_region IS NOT NULL;
