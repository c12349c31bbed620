import { describe, expect, it } from 'vitest';
import { analyzeDatabase } from './maintenance.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();

describe('analyzeDatabase', () => {
  it('gives the planner the tables as they are now, not as they were when empty', async () => {
    await db.script(
      'CREATE TABLE stats_probe (id int PRIMARY KEY); INSERT INTO stats_probe SELECT generate_series(1, 5000)',
    );
    const estimate = async () =>
      (await db.script("SELECT reltuples::int AS n FROM pg_class WHERE relname = 'stats_probe'"))[0]?.[0]?.[
        'n'
      ];
    expect(await estimate()).not.toBe(5000);
    await analyzeDatabase(db);
    expect(await estimate()).toBe(5000);
  });
});
