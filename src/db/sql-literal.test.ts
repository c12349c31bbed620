/**
 * The literals of the hot paths' scripts: each value comes back from PostgreSQL exactly as it
 * went in, and no text, however hostile, changes the statement around it.
 */
import { describe, expect, it } from 'vitest';
import { sqlLiteral } from './sql-literal.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();
const roundTrip = async (value: Parameters<typeof sqlLiteral>[0], type: string) =>
  (await db.script(`SELECT ${sqlLiteral(value, type)} AS v`))[0]?.[0]?.['v'];

describe('sqlLiteral', () => {
  it('text of any kind reads back the same, quotes, backslashes and all', async () => {
    for (const text of [
      '',
      "Robert'); DROP TABLE contacts; --",
      String.raw`C:\temp\x27 \' $$ $tag$`,
      'Åsa på Öresundsvägen 🙂, "citat" och \n radbrytning',
    ]) {
      expect(await roundTrip(text, 'text')).toBe(text);
    }
    const [tables] = await db.script("SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'contacts'");
    expect(tables).toEqual([{ n: 1 }]);
  });

  it('the text is hex digits in the statement, nothing else', () => {
    expect(sqlLiteral("a'b", 'text')).toBe("convert_from(decode('612762', 'hex'), 'UTF8')::text");
  });

  it('uuids, numbers, booleans, instants, null and json keep their types', async () => {
    const id = '6f1c7f0e-3b7a-4c43-9a51-0c3f1f1a2b3c';
    expect(await roundTrip(id, 'uuid')).toBe(id);
    expect(await roundTrip(420, 'integer')).toBe(420);
    expect(await roundTrip(true, 'boolean')).toBe(true);
    expect(await roundTrip(null, 'uuid')).toBeNull();
    const instant = new Date('2026-03-29T01:30:00.123Z');
    expect(await roundTrip(instant, 'timestamp with time zone')).toEqual(instant);
    expect(await roundTrip(JSON.stringify({ summary: "it's" }), 'jsonb')).toEqual({ summary: "it's" });
  });

  it('refuses what cannot be written safely', () => {
    expect(() => sqlLiteral(Number.NaN, 'integer')).toThrow(/finite/);
    expect(() => sqlLiteral(new Date('x'), 'timestamp with time zone')).toThrow(/date/);
    expect(() => sqlLiteral('x', 'text; DROP TABLE contacts')).toThrow(/type/);
  });
});
