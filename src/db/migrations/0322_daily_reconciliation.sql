-- The platform reconciles each paying region's day by itself once (requested_by NULL); two server processes running
-- the daily job at the same moment cannot both record it.
CREATE UNIQUE INDEX payment_reconciliations_daily ON payment_reconciliations (day, region_code) WHERE requested_by IS NULL;
