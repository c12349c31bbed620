import { z } from 'zod';
import { Day } from '../http/dates.js';
import { DURATION_UNITS } from '../../core/contacts/intake-cells.js';
import { DATE_FORMATS } from '../../core/contacts/intake-time.js';
import { CALL_FIELDS, INTERVAL_FIELDS } from '../../core/telephony/call-mapping.js';
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
  /** queue_log: callers turned away (FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_*), counted beside the calls. */
  turnedAway: z.number().int(),
  orphanEvents: z.number().int(),
  unterminated: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
  /** CDR: how the file's columns were read. */
  columnSet: z.string().optional(),
  /** CDR with a header row: the columns not read. */
  ignoredColumns: z.array(z.string()).optional(),
  /** CDR: queue rows read (a call rung to several members has one per member). */
  queueRows: z.number().int().optional(),
  intervals: z.number().int().optional(),
  intervalsImported: z.number().int().optional(),
  intervalsReplaced: z.number().int().optional(),
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

const Name = z.string().trim().min(1).max(100);

export const TelephonySettingsBody = z.strictObject({
  timeZone: z.string().trim().min(1).max(64),
  shortAbandonSeconds: z.number().int().min(0).max(600),
  answeredWithinSeconds: z.number().int().min(1).max(3600),
  emailDayStartMinute: z.number().int().min(0).max(1439),
  emailDayEndMinute: z.number().int().min(1).max(1440),
  emailLimitHours: z.number().gt(0).max(24),
});
export const TelephonySettingsJson = TelephonySettingsBody;

export const QueueJson = z.object({
  id: z.uuid(),
  name: z.string(),
  label: z.string().nullable(),
  groupId: z.uuid().nullable(),
});
export const QueueGroupJson = z.object({ id: z.uuid(), name: z.string() });
export const ScopesJson = z.object({ queues: z.array(QueueJson), groups: z.array(QueueGroupJson) });

export const IdParams = z.strictObject({ id: z.uuid() });
export const QueueGroupBody = z.strictObject({ name: Name });
export const QueueBody = z.strictObject({ label: Name.nullable(), groupId: z.uuid().nullable() });

export const ClosedDayJson = z.object({ day: z.string(), reason: z.string() });
export const ClosedDaysJson = z.object({ closedDays: z.array(ClosedDayJson) });
export const ClosedDayBody = z.strictObject({ day: Day, reason: z.string().trim().min(1).max(200) });
export const DayParams = z.strictObject({ day: Day });

export const VisitorQuery = z.strictObject({ from: Day, to: Day });
export const VisitorCountsJson = z.object({
  counts: z.array(
    z.object({ day: z.string(), visitors: z.number().int(), source: z.enum(['entered', 'imported']) }),
  ),
});
export const VisitorCountsBody = z.strictObject({
  /** A day's count replaces what was there; null clears it (the report then counts logged visits). */
  counts: z
    .array(z.strictObject({ day: Day, visitors: z.number().int().min(0).max(100_000).nullable() }))
    .min(1)
    .max(400)
    .superRefine((counts, ctx) => {
      // Each day once: the same day twice would make the result depend on the order (issue #11).
      const seen = new Set<string>();
      counts.forEach((c, index) => {
        if (seen.has(c.day))
          ctx.addIssue({ code: 'custom', path: [index, 'day'], params: { code: 'duplicate_day' } });
        seen.add(c.day);
      });
    }),
});

const ColumnName = z.string().trim().min(1).max(200);
const ValueMap = z
  .record(z.string().trim().min(1).max(200), z.string().trim().min(1).max(200))
  .refine((m) => Object.keys(m).length <= 500, { params: { code: 'too_many_items', max: 500 } });
const mappingCommon = {
  dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
  timeZone: z.string().trim().min(1).max(64).default('Europe/Stockholm'),
  durationUnit: z.enum(DURATION_UNITS).default('seconds'),
  fixedQueue: z.string().trim().min(1).max(100).optional(),
};
const columnsOf = <K extends string>(keys: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(keys.map((k) => [k, ColumnName.optional()])) as Record<
      K,
      z.ZodOptional<typeof ColumnName>
    >,
  );

/** The shape of a mapping; what it means is checked by core/telephony/call-mapping.ts. */
export const CallMappingJson = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('calls'),
    columns: columnsOf(CALL_FIELDS),
    outcomes: ValueMap.optional(),
    answeredEnds: ValueMap.optional(),
    ...mappingCommon,
  }),
  z.strictObject({ kind: z.literal('intervals'), columns: columnsOf(INTERVAL_FIELDS), ...mappingCommon }),
]);

export const SaveCallMappingBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  source: SourceName,
  mapping: CallMappingJson,
});

export const CallMappingItem = z.object({
  id: z.uuid(),
  name: z.string(),
  source: z.string(),
  kind: z.enum(['calls', 'intervals']),
  /** As saved (see SaveCallMappingBody's mapping). */
  mapping: z.looseObject({ kind: z.enum(['calls', 'intervals']) }),
  updatedAt: z.iso.datetime(),
});
export const CallMappingList = z.object({ mappings: z.array(CallMappingItem) });

export const PushCallsBody = z.strictObject({
  source: SourceName,
  /** Each call is checked on its own so that every rejected one is reported. */
  calls: z.array(z.unknown()).min(1).max(10_000),
});

export const ExplainCallsQuery = ImportCallsQuery.omit({ dryRun: true });

/** A dry run's sample of calls, each with the lines that made it (lots import calls --explain). */
export const CallFileExplanation = z.object({
  summary: CallImportSummary,
  calls: z.array(
    z.object({
      callId: z.string(),
      queue: z.string(),
      day: Day,
      outcome: z.enum(['answered', 'abandoned', 'timeout', 'exit_key', 'exit_empty', 'withdrawn']),
      answeredEnd: z.enum(['completed_caller', 'completed_agent', 'transferred']).nullable(),
      waitSeconds: z.number().int(),
      talkSeconds: z.number().int(),
      /** Why the call is in the sample: among the first 20, or one of up to 5 abandoned or transferred later. */
      sample: z.enum(['first', 'abandoned', 'transferred']),
      lines: z.array(z.object({ line: z.number().int(), text: z.string() })),
    }),
  ),
});
