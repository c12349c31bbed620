import { z } from 'zod';
import { CALL_FILE_FORMATS } from './import/import-call-file.js';

const DryRun = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

/** A source's name: calls are identified within it ('asterisk' unless another is given). */
export const SourceName = z.string().trim().min(1).max(60);

export const ImportCallsQuery = z.strictObject({
  format: z.enum(CALL_FILE_FORMATS),
  /** For format=csv: the saved call mapping's name (it also names the source). */
  mapping: z.string().trim().min(1).max(100).optional(),
  source: SourceName.optional(),
  /** The file's name as the user chose it, shown in the import history. */
  fileName: z.string().trim().min(1).max(255).optional(),
  dryRun: DryRun,
});

export const CallImportSummary = z.object({
  importId: z.uuid().nullable(),
  format: z.enum([...CALL_FILE_FORMATS, 'api']),
  source: z.string(),
  fileName: z.string().nullable(),
  fileSha256: z.string().nullable(),
  dryRun: z.boolean(),
  alreadyImportedAs: z.uuid().nullable(),
  lines: z.number().int(),
  blankLines: z.number().int(),
  calls: z.number().int(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  duplicateLines: z.number().int(),
  completedFromEarlierFile: z.number().int(),
  stillOpen: z.number().int(),
  neverEnded: z.number().int(),
  customEvents: z.number().int(),
  orphanEvents: z.number().int(),
  unterminated: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
  intervals: z.number().int().optional(),
  rejectedCount: z.number().int(),
  rejected: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  bytes: z.number().int(),
  durationMs: z.number().int(),
});

export const CallImportListItem = z.object({
  id: z.uuid(),
  source: z.string(),
  format: z.enum([...CALL_FILE_FORMATS, 'api']),
  mappingName: z.string().nullable(),
  fileName: z.string().nullable(),
  firstDay: z.string().nullable(),
  lastDay: z.string().nullable(),
  createdAt: z.iso.datetime(),
  /** Who imported it; null when it was run from the command line. */
  createdBy: z.string().nullable(),
  imported: z.number().int(),
  duplicates: z.number().int(),
  stillOpen: z.number().int(),
});
export const CallImportList = z.object({ imports: z.array(CallImportListItem) });
