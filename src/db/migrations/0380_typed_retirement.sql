-- Retiring an item or a bundle is 事项精简 of a named kind, with its basis; 下放 and 委托 name the receiving body.
-- The catalog's retire goes through the same record, so the 四减 report counts every retirement.
ALTER TABLE streamlining_actions
  ADD COLUMN subject text NOT NULL DEFAULT 'item' CHECK (subject IN ('item', 'bundle')),
  ADD COLUMN basis text NOT NULL DEFAULT '',
  ADD COLUMN receiving_department_id uuid REFERENCES departments(id),
  ADD COLUMN retired boolean NOT NULL DEFAULT false;
-- for every action recorded from now on (rows from before the typed retirement keep what they had)
ALTER TABLE streamlining_actions ADD CONSTRAINT streamlining_basis_given CHECK (basis <> '') NOT VALID;
ALTER TABLE streamlining_actions ADD CONSTRAINT streamlining_receiver_named CHECK (action NOT IN ('delegate', 'entrust') OR receiving_department_id IS NOT NULL) NOT VALID;
ALTER TABLE streamlining_actions ADD CONSTRAINT streamlining_merge_target CHECK (action <> 'merge' OR merged_into IS NOT NULL) NOT VALID;
