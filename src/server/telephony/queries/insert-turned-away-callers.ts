/**
 * Callers turned away (docs/metrics.md, "Callers turned away") in one statement; the same
 * (source, callid, queue, time) stored already is skipped (a file imported again).
 */
import type { SqlClient } from '../../../db/database.js';
import { intArrayLiteral, textArrayLiteral } from '../../../db/pg-array.js';

export interface TurnedAwayColumns {
  queueIds: string[];
  callIds: string[];
  /** Epoch seconds. */
  at: number[];
  /** Local day as days since 1970-01-01. */
  dayNumbers: number[];
  reasons: string[];
}

/** Resolves to the number of callers written (new ones). */
export async function insertTurnedAwayCallers(
  client: SqlClient,
  tenantId: string,
  source: string,
  importId: string,
  c: TurnedAwayColumns,
): Promise<number> {
  if (c.callIds.length === 0) return 0;
  return client.run(
    `INSERT INTO turned_away_callers (tenant_id, source, queue_id, call_id, at, day, reason, import_id)
     SELECT $1::uuid, $2, q, c, to_timestamp(e), date '1970-01-01' + d, r, $3::uuid
       FROM unnest($4::uuid[], $5::text[], $6::int8[], $7::int4[], $8::text[]) AS u (q, c, e, d, r)
     ON CONFLICT (tenant_id, source, call_id, queue_id, at) DO NOTHING`,
    [
      tenantId,
      source,
      importId,
      textArrayLiteral(c.queueIds),
      textArrayLiteral(c.callIds),
      intArrayLiteral(c.at),
      intArrayLiteral(c.dayNumbers),
      textArrayLiteral(c.reasons),
    ],
  );
}
