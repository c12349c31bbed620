/**
 * The end of every import of calls, whatever their format: the rollups of the days it changed
 * (and the day before, for calls that crossed midnight) recomputed, the import recorded with its
 * summary, and an audit event; in the import's transaction.
 */
import { calendarDayOfNumber } from '../../../core/calendar/local-day.js';
import type { SqlClient } from '../../../db/database.js';
import { insertAuditEventSql } from '../../audit/record-audit-event.js';
import { insertCallImport, type NewCallImport } from '../queries/call-imports.js';
import { recomputeCallRollups, type RollupThresholds } from '../queries/recompute-call-rollups.js';
import type { CallImportSummary } from './import-call-file.js';

export interface FinishImportOptions {
  tenantId: string;
  /** The days (days since 1970-01-01) the import inserted or changed; null when none. */
  changed: { from: number; to: number } | null;
  thresholds: RollupThresholds;
  record: Omit<NewCallImport, 'summary' | 'firstDay' | 'lastDay'>;
  summary: CallImportSummary;
}

export async function finishImport(client: SqlClient, o: FinishImportOptions): Promise<void> {
  if (o.changed) {
    await recomputeCallRollups(
      client,
      calendarDayOfNumber(o.changed.from - 1),
      calendarDayOfNumber(o.changed.to),
      o.thresholds,
    );
  }
  await insertCallImport(client, {
    ...o.record,
    summary: { ...o.summary },
    firstDay: o.summary.firstDay,
    lastDay: o.summary.lastDay,
  });
  await insertAuditEventSql(client, {
    tenantId: o.tenantId,
    actorUserId: o.record.userId,
    action: 'calls.imported',
    entityType: 'call_import',
    entityId: o.record.id,
    // Counts only: the calls themselves are in the import.
    details: {
      source: o.record.source,
      format: o.record.format,
      imported: o.summary.imported,
      duplicates: o.summary.duplicates,
    },
  });
}
