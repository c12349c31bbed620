import { describe, expect, it } from 'vitest';
import { formatScope, parseScope } from './scope.js';

const ID = '0b9f1c3e-2a4d-4e5f-8a6b-7c8d9e0f1a2b';

describe('parseScope', () => {
  it('reads all, a group and a queue, and writes them back the same', () => {
    for (const text of ['all', `group:${ID}`, `queue:${ID}`]) {
      const scope = parseScope(text);
      expect(scope).not.toBeNull();
      expect(formatScope(scope as NonNullable<typeof scope>)).toBe(text);
    }
  });

  it('lower-cases the id: the same group however it was typed', () => {
    expect(parseScope(`group:${ID.toUpperCase()}`)).toEqual({ kind: 'group', id: ID });
  });

  it('refuses other kinds, a missing id and an id that is not a uuid', () => {
    for (const text of ['', 'ALL', `unit:${ID}`, 'group:', 'group:12', `queue:${ID}:x`, ` all`]) {
      expect(parseScope(text), text).toBeNull();
    }
  });
});
