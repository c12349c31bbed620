/**
 * The opaque paging cursor of contact lists: the (startedAt, id) of the last contact on a page,
 * as base64url JSON. Lists are ordered by startedAt, then id, both descending, so the pair is
 * unique and the next page starts strictly after it, even among contacts with the same start.
 */
import { z } from 'zod';
import { Problem } from '../http/problem.js';

export interface ContactCursor {
  startedAt: Date;
  id: string;
}

const CursorJson = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeCursor({ startedAt, id }: ContactCursor): string {
  return Buffer.from(JSON.stringify([startedAt.toISOString(), id])).toString('base64url');
}

/** The cursor, or a 400 naming the query parameter when it was not made by encodeCursor. */
export function decodeCursor(cursor: string): ContactCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorJson.safeParse(parsed);
  if (!result.success)
    throw new Problem(400, 'validation_failed', [{ pointer: '/querystring/cursor', code: 'invalid_format' }]);
  return { startedAt: new Date(result.data[0]), id: result.data[1] };
}
