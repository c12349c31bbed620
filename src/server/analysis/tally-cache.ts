/**
 * The analyses' tallies of each calendar month, kept in this process (issue #14.2). An entry is
 * keyed by everything its rows depend on: the tenant, the month and its change counter
 * (contact_month_versions, migration 0019, read in the same transaction before the contacts), the
 * part of the period in that month, the filters with the units and topics they were resolved to,
 * the asker's scope and the groupings counted. A write to a month raises its counter, so an entry
 * of the month before the write is never asked for again: no figure is ever older than the
 * contacts a request may see. Entries are dropped oldest first past a bound on the rows held.
 */
import type { TallyRow } from '../../core/analysis/tally.js';
import type { Database } from '../../db/database.js';

/** At about 200 bytes a row: some 20 MB. A year's analysis holds 1,000-4,000 rows. */
const MAX_ROWS = 100_000;

export class TallyCache {
  private readonly entries = new Map<string, readonly TallyRow[]>();
  private rows = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxRows = MAX_ROWS) {}

  get(key: string): readonly TallyRow[] | undefined {
    const rows = this.entries.get(key);
    if (rows) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, rows);
      this.hits += 1;
    } else this.misses += 1;
    return rows;
  }

  set(key: string, rows: readonly TallyRow[]): void {
    const old = this.entries.get(key);
    if (old) {
      this.rows -= old.length;
      this.entries.delete(key);
    }
    if (rows.length > this.maxRows) return;
    this.entries.set(key, rows);
    this.rows += rows.length;
    for (const [k, v] of this.entries) {
      if (this.rows <= this.maxRows) break;
      this.entries.delete(k);
      this.rows -= v.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.rows = 0;
  }
}

const caches = new WeakMap<Database, TallyCache>();

/** The cache of one database (one per process and database). */
export function tallyCacheOf(db: Database): TallyCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new TallyCache();
    caches.set(db, cache);
  }
  return cache;
}
