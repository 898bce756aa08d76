-- Typed queries over the loaded tables, the same text for PostgreSQL, SQLite and DuckDB;
-- .ci/db-expected.py computes the same figures from the JSON Lines. One row each: name|value.
SELECT 'quotes', count(*) FROM quotes;
SELECT 'mentions', count(*) FROM mentions;
SELECT 'sentences', count(*) FROM sentences;
SELECT 'late_quotes', count(*) FROM quotes WHERE start_char > 1000;
SELECT 'no_speaker', count(*) FROM quotes WHERE speaker_name IS NULL;
SELECT 'no_speaker_start', count(*) FROM quotes WHERE speaker_start_char IS NULL;
SELECT 'speaker_before', count(*) FROM quotes WHERE speaker_end_char <= start_char;
SELECT 'confident', count(*) FROM quotes WHERE confidence >= 0.8;
SELECT 'quote_chars', sum(end_char - start_char) FROM quotes;
SELECT 'place_chars', sum(end_char - start_char) FROM mentions WHERE type = 'place';
SELECT 'no_kind', count(*) FROM mentions WHERE kind IS NULL;
SELECT 'sentence_chars', sum(end_char - start_char) FROM sentences;
SELECT 'last_paragraph', max(paragraph) FROM sentences;
SELECT 'in_sentences', count(*) FROM quotes q JOIN sentences s ON s.article = q.article AND s.sentence = q.sentence;
SELECT 'top_speaker', speaker_name || ':' || count(*) FROM quotes WHERE speaker_name IS NOT NULL
    GROUP BY speaker_name ORDER BY count(*) DESC, speaker_name LIMIT 1;
SELECT 'statements', count(*) FROM quotes WHERE kind IN ('direct', 'indirect');
SELECT 'in_statement', count(*) FROM quotes WHERE statement IS NOT NULL;
SELECT 'people', count(*) FROM quotes WHERE speaker_type = 'person';
SELECT 'speech', count(*) FROM quotes WHERE act = 'speech';
SELECT 'no_act', count(*) FROM quotes WHERE act IS NULL;
