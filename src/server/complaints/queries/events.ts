/** The history of a case (0027, complaint_events): appended, never changed. */
import type { SqlClient } from '../../../db/database.js';

export interface NewEvent {
  kind: 'registered' | 'state' | 'answer' | 'answer_sent' | 'unit' | 'improvement' | 'categories';
  byUserId: string | null;
  fromState?: string | null;
  toState?: string | null;
  note?: string | null;
}

export async function appendEvent(client: SqlClient, complaintId: string, e: NewEvent): Promise<void> {
  await client.run(
    `INSERT INTO complaint_events (tenant_id, complaint_id, seq, by_user_id, kind, from_state, to_state, note)
     VALUES (lots_current_tenant(), $1::uuid,
             (SELECT coalesce(max(seq), 0) + 1 FROM complaint_events WHERE tenant_id = lots_current_tenant() AND complaint_id = $1::uuid),
             $2::uuid, $3, $4, $5, $6)`,
    [complaintId, e.byUserId, e.kind, e.fromState ?? null, e.toState ?? null, e.note ?? null],
  );
}

export interface EventRow {
  seq: number;
  at: Date;
  byUserId: string | null;
  byName: string | null;
  kind: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
}

export async function readEvents(client: SqlClient, complaintId: string): Promise<EventRow[]> {
  return client.query<EventRow>(
    `SELECT e.seq, e.at, e.by_user_id AS "byUserId", u.display_name AS "byName", e.kind,
            e.from_state AS "fromState", e.to_state AS "toState", e.note
       FROM complaint_events e LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.id = e.by_user_id
      WHERE e.tenant_id = lots_current_tenant() AND e.complaint_id = $1::uuid ORDER BY e.seq`,
    [complaintId],
  );
}
