-- The serial part of an application's, a ticket's and a disclosure request's number is padded with zeros to its width
-- (000123) and grows past it when the sequence does (1000000). lpad() alone cuts a longer value down to the width: the
-- millionth application platform-wide would have been numbered like the hundred-thousandth, and every application
-- after it on the same day in the same county would have collided with it (and a province's hotline would have hit
-- the same after 100,000 tickets).
CREATE FUNCTION next_serial(seq regclass, width int) RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT lpad(v::text, greatest(width, length(v::text)), '0') FROM nextval(seq) AS v
$$;
