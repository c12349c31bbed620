/** The literals read back as the same values on the test database (PGlite, or the server). */
import { describe, expect, it } from 'vitest';
import { intArrayLiteral, textArrayLiteral } from './pg-array.js';
import { testDatabase } from '../test/database.js';

const db = await testDatabase();

describe('array literals', () => {
  it('texts of every awkward kind come back as they were', async () => {
    const values = [
      '1772438400.303267',
      'SIP/kundtjanst-0000a1b2@2026',
      'with space',
      ' leading and trailing ',
      'comma,brace{}',
      'quote " and backslash \\',
      'NULL',
      'null',
      '',
      'åäö',
      null,
    ];
    const [row] = await db.transaction((c) =>
      c.query<{ a: (string | null)[] }>('SELECT $1::text[] AS a', [textArrayLiteral(values)]),
    );
    expect(row?.a).toEqual(values);
  });

  it('whole numbers, negative and large, and refuses what is not one', async () => {
    const values = [0, -5, 42, 2 ** 40];
    const [row] = await db.transaction((c) =>
      c.query<{ a: string[] }>('SELECT $1::int8[]::text[] AS a', [intArrayLiteral(values)]),
    );
    expect(row?.a).toEqual(values.map(String));
    expect(() => intArrayLiteral([1.5])).toThrow(RangeError);
    expect(() => intArrayLiteral([Number.NaN])).toThrow(RangeError);
  });
});
