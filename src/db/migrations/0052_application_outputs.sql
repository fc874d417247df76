-- What an application has produced so far that later cases use (e.g. the USCC a registration assigned).
ALTER TABLE applications ADD COLUMN outputs jsonb NOT NULL DEFAULT '{}';
