-- The improvement verdict on volume (issue #13): a recurring cycle the user names for an
-- improvement (a quarterly invoice run: 13 weeks, and a day one run went out), so that the after
-- weeks are compared with the before weeks in the same place of the cycle
-- (src/core/improvements/improvement-verdict.ts). Before snapshots taken from now on also hold
-- each week's count of all contacts ("allContacts"); older ones are completed when read.
-- Keep to PostgreSQL 15.

ALTER TABLE improvements
  ADD COLUMN cycle_weeks integer CHECK (cycle_weeks BETWEEN 2 AND 52),
  ADD COLUMN cycle_starts_on date,
  ADD CONSTRAINT improvements_cycle CHECK ((cycle_weeks IS NULL) = (cycle_starts_on IS NULL));
