-- 生效日期: a draft published for a later date waits as a draft with its date; on that date (by the server's clock) it
-- becomes the item's current version. Editing the draft cancels the schedule.
ALTER TABLE service_item_versions ADD COLUMN effective_on date, ADD COLUMN scheduled_by uuid REFERENCES users(id);
CREATE INDEX service_item_versions_scheduled ON service_item_versions (effective_on) WHERE status = 'draft' AND effective_on IS NOT NULL;
