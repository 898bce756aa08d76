-- quotewire records in DuckDB (0.10 or later): one table per flat record kind,
-- columns in the order of the CSV header (`quotewire --emit KIND --format csv`), so that
--   COPY quotes FROM 'quotes.csv' (HEADER, allow_quoted_nulls false)
-- loads them as they are: empty unquoted fields are NULL, quoted ones text (without
-- allow_quoted_nulls false, DuckDB reads an empty quotation, "", as NULL).
-- Offsets count characters (Unicode scalar values), end-exclusive. Columns added by
-- --keep and --provenance come after `article`: add them here first, in the same order.

CREATE TABLE quotes (
    article            VARCHAR          NOT NULL,
    start_char         INTEGER          NOT NULL,
    end_char           INTEGER          NOT NULL,
    text               VARCHAR          NOT NULL,
    kind               VARCHAR          NOT NULL,
    speaker_name       VARCHAR,
    speaker_title      VARCHAR,
    speaker_type       VARCHAR,
    speaker_id         VARCHAR,
    speaker_mention    VARCHAR,
    speaker_start_char INTEGER,
    speaker_end_char   INTEGER,
    cue                VARCHAR,
    sentence           INTEGER          NOT NULL,
    rule               VARCHAR,
    confidence         DOUBLE           NOT NULL,
    statement          INTEGER,
    act                VARCHAR,
    -- A partial quotation may open where the statement holding it begins: kind tells them apart.
    PRIMARY KEY (article, start_char, kind)
);

CREATE TABLE mentions (
    article    VARCHAR NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    id         VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,
    form       VARCHAR NOT NULL,
    kind       VARCHAR,
    rule       VARCHAR NOT NULL,
    PRIMARY KEY (article, start_char)
);

CREATE TABLE sentences (
    article    VARCHAR NOT NULL,
    sentence   INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    PRIMARY KEY (article, sentence)
);
