import { parseTopicCsv, type CsvLineError } from '../../core/topics/topic-csv.js';
import { planTopicImport, type TopicImportPlan } from '../../core/topics/topic-import-plan.js';
import type { Database, Tx } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { Problem, type FieldError } from '../http/problem.js';
import { selectUnits } from '../units/queries/units.js';
import {
  insertTopic,
  lockTopicTree,
  selectTopics,
  updateTopicRow,
  type TopicChanges,
} from './queries/topics.js';
import type { ImportTopicsResponse } from './schema.js';

export interface ImportTopicsOptions {
  db: Database;
  tenantId: string;
  actorUserId: string | null;
  csv: string;
}

/**
 * Imports a catalogue file, all or nothing: every row is checked against the catalogue as it is
 * (under the catalogue lock), and either the whole plan is applied in one transaction or a 400
 * lists every rejected row as `/csv/line/<n>/<column>`. Matching is by path, so importing the
 * same file again changes nothing, and topics missing from the file are never deleted. Each
 * topic created or changed gets an audit event like a change made in the interface.
 */
export async function importTopics({
  db,
  tenantId,
  actorUserId,
  csv,
}: ImportTopicsOptions): Promise<ImportTopicsResponse> {
  const parsed = parseTopicCsv(csv);
  return withTenant(db, tenantId, async (tx) => {
    await lockTopicTree(tx, tenantId);
    const topics = await selectTopics(tx, tenantId);
    const units = await selectUnits(tx, tenantId, { includeArchived: true });
    const { plan, errors } = planTopicImport({
      topics: topics.map((t) => ({ ...t, retired: t.retiredAt !== null })),
      units: units.map((u) => ({ ...u, archived: u.archivedAt !== null })),
      rows: parsed.rows,
    });
    const all = [...parsed.errors, ...errors].sort((a, b) => a.line - b.line);
    if (all.length > 0) throw new Problem(400, 'topic_import_invalid', all.map(fieldErrorOf));
    await applyPlan(tx, tenantId, actorUserId, plan);
    return { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
  });
}

function fieldErrorOf(error: CsvLineError): FieldError {
  const pointer = `/csv/line/${error.line}${error.column ? `/${error.column}` : ''}`;
  return { pointer, code: error.code, ...(error.params ? { params: error.params } : {}) };
}

async function applyPlan(
  tx: Tx,
  tenantId: string,
  actorUserId: string | null,
  plan: TopicImportPlan,
): Promise<void> {
  const now = new Date();
  const idsByKey = new Map<string, string>();
  for (const create of plan.creates) {
    const parentId =
      create.parent === null
        ? null
        : 'id' in create.parent
          ? create.parent.id
          : idsByKey.get(create.parent.key);
    if (parentId === undefined) throw new Error('import plan names a parent before creating it');
    const topic = await insertTopic(tx, {
      tenantId,
      parentId,
      name: create.name,
      ownerUnitId: create.ownerUnitId,
      defaultFailureReason: create.defaultFailureReason,
      retiredAt: create.retired ? now : null,
      searchWords: create.searchWords,
    });
    idsByKey.set(create.key, topic.id);
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId,
      action: 'topic.created',
      entityType: 'topic',
      entityId: topic.id,
      details: {
        source: 'import',
        parentId,
        ownerUnitId: create.ownerUnitId,
        defaultFailureReason: create.defaultFailureReason,
        ...(create.retired ? { retired: true } : {}),
        ...(create.searchWords.length > 0 ? { searchWords: create.searchWords } : {}),
      },
    });
  }
  for (const update of plan.updates) {
    const { retired, ...rest } = update.changes;
    const changes: TopicChanges = {
      ...rest,
      ...(retired === undefined ? {} : { retiredAt: retired ? now : null }),
    };
    await updateTopicRow(tx, tenantId, update.id, changes);
    await insertAuditEvent(tx, {
      tenantId,
      actorUserId,
      action: 'topic.updated',
      entityType: 'topic',
      entityId: update.id,
      details: { source: 'import', changed: Object.keys(update.changes), ...update.changes },
    });
  }
}
