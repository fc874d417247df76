-- The day counts a transaction moved, written in one statement at its commit (issue 22): each bucket's net change in
-- the order given (the caller sorts by bucket, so every transaction locks these hot rows in one global order). An
-- increase makes a missing bucket; a decrease of a missing one (counts out of step, repaired by a rebuild) changes
-- nothing, as the single-row UPDATE it replaces did.
CREATE FUNCTION move_day_counts(departments uuid[], kinds text[], dues date[], yellows date[], deltas int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  FOR i IN 1 .. coalesce(array_length(deltas, 1), 0) LOOP
    IF deltas[i] > 0 THEN
      INSERT INTO deadline_day_counts AS c (department_id, subject_kind, due_on, yellow_from, n)
      VALUES (departments[i], kinds[i], dues[i], yellows[i], deltas[i])
      ON CONFLICT (department_id, subject_kind, due_on, yellow_from) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF deltas[i] < 0 THEN
      UPDATE deadline_day_counts SET n = n + deltas[i]
       WHERE department_id = departments[i] AND subject_kind = kinds[i] AND due_on = dues[i] AND yellow_from = yellows[i];
    END IF;
  END LOOP;
END;
$$;
