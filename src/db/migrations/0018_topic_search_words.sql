-- A topic's search words (issue #13): everyday words for it ("soptunna" for waste collection),
-- which the guides' topic search matches as well as the names. Edited in the catalogue and in
-- its CSV file; see src/core/topics/search-words.ts. Keep to PostgreSQL 15.

ALTER TABLE topics
  ADD COLUMN search_words text[] NOT NULL DEFAULT '{}',
  ADD CONSTRAINT topics_search_words_count CHECK (cardinality(search_words) <= 30);
