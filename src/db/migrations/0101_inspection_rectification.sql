-- Problems found are fixed within a deadline (tracked by supervision); the inspector confirms the fix.
ALTER TABLE inspection_results ADD COLUMN rectified_at timestamptz;
ALTER TABLE inspection_results ADD COLUMN rectification_note text;
