-- Personal data class of each data element: decides how its values are masked for roles that do not need them.
ALTER TABLE catalog_data_elements ADD COLUMN personal_class text NOT NULL DEFAULT 'none'
  CHECK (personal_class IN ('idNumber', 'phone', 'address', 'name', 'none'));
UPDATE catalog_data_elements SET personal_class = CASE type WHEN 'idNumber' THEN 'idNumber' WHEN 'phone' THEN 'phone' WHEN 'address' THEN 'address' ELSE 'none' END;
