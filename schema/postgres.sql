-- quotewire records in PostgreSQL (11 or later): one table per flat record kind, columns in
-- the order of the CSV header (`quotewire --emit KIND --format csv`), so that
--   \copy quotes FROM 'quotes.csv' WITH (FORMAT csv, HEADER)
-- loads them as they are: empty unquoted fields are NULL, quoted ones text.
-- Offsets count characters (Unicode scalar values), end-exclusive. Columns added by
-- --keep and --provenance come after `article`: add them here first, in the same order.

CREATE TABLE quotes (
    article            TEXT             NOT NULL,
    start_char         INTEGER          NOT NULL,
    end_char           INTEGER          NOT NULL,
    text               TEXT             NOT NULL,
    kind               TEXT             NOT NULL,
    speaker_name       TEXT,
    speaker_title      TEXT,
    speaker_type       TEXT,
    speaker_id         TEXT,
    speaker_mention    TEXT,
    speaker_start_char INTEGER,
    speaker_end_char   INTEGER,
    cue                TEXT,
    sentence           INTEGER          NOT NULL,
    rule               TEXT,
    confidence         DOUBLE PRECISION NOT NULL,
    statement          INTEGER,
    act                TEXT,
    -- A partial quotation may open where the statement holding it begins: kind tells them apart.
    PRIMARY KEY (article, start_char, kind)
);

CREATE TABLE mentions (
    article    TEXT    NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    id         TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    type       TEXT    NOT NULL,
    form       TEXT    NOT NULL,
    kind       TEXT,
    rule       TEXT    NOT NULL,
    PRIMARY KEY (article, start_char)
);

CREATE TABLE sentences (
    article    TEXT    NOT NULL,
    sentence   INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       TEXT    NOT NULL,
    PRIMARY KEY (article, sentence)
);
