-- A licence exists because a case was approved (origin 'decision', case_id set), or because an administrator of the
-- issuing department registered one issued outside the platform (origin 'registration', with the reason).
ALTER TABLE licences ADD COLUMN origin text NOT NULL DEFAULT 'decision';
ALTER TABLE licences ADD COLUMN registration_reason text;
UPDATE licences SET origin = 'registration' WHERE case_id IS NULL;
ALTER TABLE licences ALTER COLUMN origin DROP DEFAULT;
ALTER TABLE licences ADD CONSTRAINT licences_origin_check
  CHECK ((origin = 'decision' AND case_id IS NOT NULL) OR origin = 'registration');

-- A random salt per version, part of the signed content digest: the digest in a QR code cannot be checked against
-- guessed personal numbers. Versions signed before have none.
ALTER TABLE licence_versions ADD COLUMN salt text;
