import { z } from 'zod';
import { EXTERNAL_ID_MAX_LENGTH } from '../../core/contacts/intake-csv.js';
import {
  COLUMN_NAME_MAX,
  DURATION_UNITS,
  FIXABLE_FIELDS,
  INTAKE_FIELDS,
  MAPPING_NAME_MAX,
  SOURCE_NAME_MAX,
  VALUE_MAP_MAX_ENTRIES,
  CODED_FIELDS,
} from '../../core/contacts/intake-mapping.js';
import { DATE_FORMATS } from '../../core/contacts/intake-time.js';
import { CreateContactBody, MaskedPersonalData } from '../contacts/schema.js';

/** Contacts in one JSON batch; a larger export is sent as several batches. */
export const JSON_BATCH_MAX = 5_000;
/** Data lines in one CSV file (a year of a large contact centre's calls in a few files). */
export const CSV_ROWS_MAX = 100_000;
/** 5,000 contacts of about 1 kB each, with room for long summaries. */
export const JSON_BODY_LIMIT = 16 * 1024 * 1024;
export const CSV_BODY_LIMIT = 20 * 1024 * 1024;

/** The sending system's name, stored with every contact it sent. */
const SourceName = z.string().trim().min(1).max(SOURCE_NAME_MAX);

/** One contact of a JSON batch: the fields of POST /api/contacts and the source's own id for it. */
export const BulkContact = CreateContactBody.extend({
  externalId: z.string().trim().min(1).max(EXTERNAL_ID_MAX_LENGTH),
});
export type BulkContact = z.infer<typeof BulkContact>;

/**
 * The batch. Each contact is checked on its own (so that every rejected one is reported, not
 * the first), hence `unknown` here and BulkContact in the service.
 */
export const BulkContactsBody = z.strictObject({
  source: SourceName,
  contacts: z.array(z.unknown()).min(1).max(JSON_BATCH_MAX),
});

const DryRun = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => v === 'true');

export const BulkJsonQuery = z.strictObject({ dryRun: DryRun });

export const BulkCsvQuery = z.strictObject({
  /** The saved mapping's name (GET /api/contact-mappings). */
  mapping: z.string().trim().min(1).max(MAPPING_NAME_MAX),
  dryRun: DryRun,
});

const ColumnName = z.string().trim().min(1).max(COLUMN_NAME_MAX);
const fieldRecord = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<K, z.ZodOptional<V>>);

const ValueMap = z
  .record(ColumnName, z.string().trim().min(1).max(COLUMN_NAME_MAX))
  .refine((m) => Object.keys(m).length <= VALUE_MAP_MAX_ENTRIES, {
    params: { code: 'too_many_items', max: VALUE_MAP_MAX_ENTRIES },
  });

/** The shape of a mapping; what it means is checked by core/contacts/intake-mapping.ts. */
export const ContactMappingJson = z.strictObject({
  columns: fieldRecord(INTAKE_FIELDS, ColumnName),
  fixed: fieldRecord(FIXABLE_FIELDS, z.string().trim().min(1).max(COLUMN_NAME_MAX)).default({}),
  values: fieldRecord(
    [...(Object.keys(CODED_FIELDS) as (keyof typeof CODED_FIELDS)[]), 'topic'],
    ValueMap,
  ).default({}),
  dateFormat: z.enum(DATE_FORMATS).default('YYYY-MM-DD'),
  timeZone: z.string().trim().min(1).max(64).default('Europe/Stockholm'),
  durationUnit: z.enum(DURATION_UNITS).default('seconds'),
});

export const SaveContactMappingBody = z.strictObject({
  name: z.string().trim().min(1).max(MAPPING_NAME_MAX),
  source: SourceName,
  mapping: ContactMappingJson,
});
export type SaveContactMappingBody = z.infer<typeof SaveContactMappingBody>;

export const ContactMappingParams = z.strictObject({ id: z.uuid() });

export const ContactMapping = z.object({
  id: z.uuid(),
  name: z.string(),
  source: z.string(),
  mapping: ContactMappingJson,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ContactMappingJson = z.infer<typeof ContactMapping>;

export const ContactMappings = z.object({ mappings: z.array(ContactMapping) });

const MaskedRow = z.object({ externalId: z.string(), maskedPersonalData: MaskedPersonalData });

/** The answer to an import that saved (or found already saved) every row. */
export const ImportResult = z.object({
  dryRun: z.literal(false),
  imported: z.int(),
  duplicates: z.int(),
  contacts: z.array(z.object({ externalId: z.string(), id: z.uuid(), created: z.boolean() })),
  /** Rows whose free text had personal data masked, and the kinds found. */
  maskedPersonalData: z.array(MaskedRow),
});

/** A rejected row as a preview reports it: where it is, which field, and why in words. */
const RejectedRow = z.object({
  /** The CSV line (header = 1), or the index in the JSON batch (from 0). */
  line: z.int().nullable(),
  index: z.int().nullable(),
  /** The CSV column as the file names it (null for JSON, or when the whole line is at fault). */
  column: z.string().nullable(),
  /** The contact field: the mapping's name for CSV, the API's for JSON. */
  field: z.string().nullable(),
  /** As in the 422 answer: /csv/line/<n>/<column> or /body/contacts/<i>/<field>. */
  pointer: z.string(),
  code: z.string(),
  detail: z.string(),
});

/** The answer to ?dryRun=true: what the import would do. Nothing is saved. */
export const DryRunResult = z.object({
  dryRun: z.literal(true),
  rows: z.int(),
  /** New rows without errors; saved only when no row is rejected. */
  wouldImport: z.int(),
  duplicates: z.int(),
  rejected: z.array(RejectedRow),
  maskedPersonalData: z.array(MaskedRow),
});

export const BulkResult = z.union([ImportResult, DryRunResult]);
export type BulkResult = z.infer<typeof BulkResult>;
