-- A transaction that used a kept copy of rarely changing reference data (the calendar's latest revision, the yellow
-- rule) checks in its commit statement that the copy is still current. When it is not, the transaction fails as a
-- serialization failure and is run again, having forgotten the copy (src/db: keptReferences).
CREATE FUNCTION expect_current(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION 'kept reference data changed: %', what USING ERRCODE = '40001';
  END IF;
END
$$;
