/** The record of each import of call records, with its summary. */
import type { SqlClient } from '../../../db/database.js';

export interface NewCallImport {
  id: string;
  source: string;
  format: 'asterisk-queue-log' | 'asterisk-cdr' | 'csv' | 'api';
  mappingName: string | null;
  fileName: string | null;
  fileSha256: string | null;
  summary: Record<string, unknown>;
  firstDay: string | null;
  lastDay: string | null;
  /** Null: the command line. */
  userId: string | null;
}

export async function insertCallImport(client: SqlClient, row: NewCallImport): Promise<void> {
  await client.query(
    `INSERT INTO call_imports (tenant_id, id, source, format, mapping_name, file_name, file_sha256,
       summary, first_day, last_day, created_by_user_id)
     VALUES (lots_current_tenant(), $1, $2, $3, $4, $5, $6, $7::jsonb, $8::date, $9::date, $10)`,
    [
      row.id,
      row.source,
      row.format,
      row.mappingName,
      row.fileName,
      row.fileSha256,
      JSON.stringify(row.summary),
      row.firstDay,
      row.lastDay,
      row.userId,
    ],
  );
}

/** The import that brought the same file (by SHA-256) for the source before, if any. */
export async function findImportByFile(
  client: SqlClient,
  source: string,
  sha256: string,
): Promise<{ id: string; summary: Record<string, unknown> } | null> {
  const rows = await client.query<{ id: string; summary: Record<string, unknown> }>(
    `SELECT id, summary FROM call_imports
      WHERE tenant_id = lots_current_tenant() AND source = $1 AND file_sha256 = $2`,
    [source, sha256],
  );
  return rows[0] ?? null;
}

export interface CallImportRow {
  id: string;
  source: string;
  format: NewCallImport['format'];
  mapping_name: string | null;
  file_name: string | null;
  summary: Record<string, unknown>;
  first_day: string | null;
  last_day: string | null;
  created_at: Date;
  /** Null: the command line. */
  created_by: string | null;
}

/**
 * The latest imports, newest first, with the importer's display name; with `createdBy`, only
 * those that account made.
 */
export async function listCallImports(
  client: SqlClient,
  limit: number,
  createdBy: string | null = null,
): Promise<CallImportRow[]> {
  return client.query<CallImportRow>(
    `SELECT i.id, i.source, i.format, i.mapping_name, i.file_name, i.summary, i.first_day::text,
            i.last_day::text, i.created_at, u.display_name AS created_by
       FROM call_imports i LEFT JOIN users u ON u.tenant_id = i.tenant_id AND u.id = i.created_by_user_id
      WHERE i.tenant_id = lots_current_tenant()
        AND ($2::uuid IS NULL OR i.created_by_user_id = $2::uuid)
      ORDER BY i.created_at DESC, i.id LIMIT $1`,
    [limit, createdBy],
  );
}
