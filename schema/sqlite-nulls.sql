-- After `.import --csv`: sqlite3 imports an empty CSV field as '' (text), never NULL; this
-- makes the nullable columns of schema/sqlite.sql NULL where quotewire wrote no value. (A
-- non-empty text is never '' in these columns, so nothing else changes.)
UPDATE quotes SET
    speaker_name       = NULLIF(speaker_name, ''),
    speaker_title      = NULLIF(speaker_title, ''),
    speaker_type       = NULLIF(speaker_type, ''),
    speaker_id         = NULLIF(speaker_id, ''),
    speaker_mention    = NULLIF(speaker_mention, ''),
    speaker_start_char = NULLIF(speaker_start_char, ''),
    speaker_end_char   = NULLIF(speaker_end_char, ''),
    cue                = NULLIF(cue, ''),
    rule               = NULLIF(rule, ''),
    statement          = NULLIF(statement, ''),
    act                = NULLIF(act, '');
UPDATE mentions SET
    kind = NULLIF(kind, '');
