import type { CallImportRow } from './queries/call-imports.js';
import type { QueueRow } from './queries/queues.js';

const count = (summary: Record<string, unknown>, key: string): number => {
  const value = summary[key];
  return typeof value === 'number' ? value : 0;
};

export function presentCallImport(row: CallImportRow) {
  return {
    id: row.id,
    source: row.source,
    format: row.format,
    mappingName: row.mapping_name,
    fileName: row.file_name,
    firstDay: row.first_day,
    lastDay: row.last_day,
    createdAt: new Date(row.created_at).toISOString(),
    createdBy: row.created_by,
    imported: count(row.summary, 'imported'),
    duplicates: count(row.summary, 'duplicates'),
    stillOpen: count(row.summary, 'stillOpen'),
  };
}

export function presentQueue(row: QueueRow) {
  return { id: row.id, name: row.name, label: row.label, groupId: row.group_id };
}
