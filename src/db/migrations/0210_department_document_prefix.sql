-- 发文代字: the prefix of a department's document numbers (蓝审批服务受字〔2026〕第1号). Unset, it is derived from the
-- region's first character and the department's short name; a locality with its own 发文代字 sets it here.
ALTER TABLE departments ADD COLUMN document_prefix text;
