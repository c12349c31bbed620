/**
 * The two one-round-trip helpers of the hot paths (Database.script and the transaction prelude)
 * behave the same on PGlite and on the server: a script is one implicit transaction, a prelude
 * runs inside the transaction it begins, and a failure leaves the connection usable.
 */
import { describe, expect, it } from 'vitest';
import { tenantPrelude } from './tenant-context.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();
const TENANT = '6f1c7f0e-3b7a-4c43-9a51-0c3f1f1a2b3c';

describe('Database.script', () => {
  it('runs its statements in one implicit transaction and returns the rows of each', async () => {
    const results = await db.script(
      `${tenantPrelude(TENANT)}; SELECT current_user AS who, lots_current_tenant() AS tenant`,
    );
    expect(results).toHaveLength(2);
    expect(results[1]).toEqual([{ who: 'lots_app', tenant: TENANT }]);
    // The local settings ended with the script.
    const [after] = await db.script(`SELECT current_user AS who, lots_current_tenant() AS tenant`);
    expect(after?.[0]?.['who']).not.toBe('lots_app');
    expect(after?.[0]?.['tenant']).toBeNull();
  });

  it('a failing statement rolls the whole script back and the next call works', async () => {
    await expect(db.script(`${tenantPrelude(TENANT)}; SELECT 1 / 0`)).rejects.toThrow(/division by zero/);
    const [rows] = await db.script(`SELECT current_user AS who, lots_current_tenant() AS tenant`);
    expect(rows?.[0]?.['who']).not.toBe('lots_app');
    expect(rows?.[0]?.['tenant']).toBeNull();
  });
});

describe('Database.transaction with a prelude', () => {
  it('gives the prelude rows to fn, and its settings hold until the end of the transaction', async () => {
    const seen = await db.transaction(
      async (client, prelude) => {
        const [row] = await client.query<{ who: string; tenant: string }>(
          'SELECT current_user AS who, lots_current_tenant() AS tenant',
        );
        return { prelude, row };
      },
      { prelude: tenantPrelude(TENANT, '40 + 2 AS answer') },
    );
    // The rows of each prelude statement, BEGIN not counted.
    expect(seen.prelude).toHaveLength(1);
    expect(seen.prelude[0]?.[0]?.['answer']).toBe(42);
    expect(seen.row).toEqual({ who: 'lots_app', tenant: TENANT });
    const [after] = await db.script('SELECT lots_current_tenant() AS tenant');
    expect(after?.[0]?.['tenant']).toBeNull();
  });

  it('rolls back when fn throws after the prelude, and the connection stays usable', async () => {
    await expect(
      db.transaction(
        async (client) => {
          await client.query("SELECT set_config('app.probe', 'inside', true)");
          throw new Error('stop');
        },
        { prelude: tenantPrelude(TENANT) },
      ),
    ).rejects.toThrow('stop');
    const value = await db.transaction(async (client) => {
      const [row] = await client.query<{ probe: string | null }>(
        "SELECT nullif(current_setting('app.probe', true), '') AS probe",
      );
      return row?.probe ?? null;
    });
    expect(value).toBeNull();
  });
});

describe('SqlClient.commitWith', () => {
  it('runs its script and commits: the rows of each statement, and the change is kept', async () => {
    await db.script('CREATE TABLE IF NOT EXISTS commit_probe (v text)');
    const rows = await db.transaction(async (client) => {
      await client.query('INSERT INTO commit_probe VALUES ($1)', ['first']);
      return client.commitWith(
        "INSERT INTO commit_probe VALUES ('second') RETURNING v; SELECT count(*)::int AS n FROM commit_probe",
      );
    });
    expect(rows).toEqual([[{ v: 'second' }], [{ n: 2 }]]);
    const [after] = await db.script('SELECT v FROM commit_probe ORDER BY v');
    expect(after).toEqual([{ v: 'first' }, { v: 'second' }]);
  });

  it('a failing statement rolls the whole transaction back', async () => {
    await db.script('CREATE TABLE IF NOT EXISTS rollback_probe (v int CHECK (v > 0))');
    await expect(
      db.transaction(async (client) => {
        await client.query('INSERT INTO rollback_probe VALUES (1)');
        return client.commitWith('INSERT INTO rollback_probe VALUES (-1)');
      }),
    ).rejects.toThrow(/check constraint/);
    const [after] = await db.script('SELECT count(*)::int AS n FROM rollback_probe');
    expect(after).toEqual([{ n: 0 }]);
  });
});

describe('tenantPrelude', () => {
  it('refuses anything but a uuid, since the id is written into the SQL text', () => {
    expect(() => tenantPrelude("x'); DROP TABLE contacts; --")).toThrow(/uuid/);
    expect(tenantPrelude(TENANT)).toContain(`'${TENANT}'`);
  });
});
