/**
 * Bulk intake of contacts from another system (issue #3, "Nothing lost"): a JSON batch or a CSV
 * file read with a saved column mapping. All or nothing: every row is read and checked first
 * (core/contacts/intake-csv.ts, intake-plan.ts); if any is rejected, a 422 lists every rejected
 * row with its line or index, its field and why, and nothing is saved. Otherwise every new
 * contact is saved in one transaction with its 'created' revision, and one audit event records
 * the batch. Idempotent on (source, externalId): a row sent before with the same content is a
 * duplicate, answered with the contact saved then; with other content it is rejected.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.js';
import { blankToNull } from '../../core/contacts/contact-rules.js';
import type { MaskedField } from '../../core/contacts/contact-text.js';
import { csvErrorOf, parseContactCsv, type CsvIntakeError } from '../../core/contacts/intake-csv.js';
import type { ContactMapping } from '../../core/contacts/intake-mapping.js';
import {
  planContactIntake,
  type IntakeContact,
  type IntakeIssue,
  type ReadyContact,
} from '../../core/contacts/intake-plan.js';
import type { Database } from '../../db/database.js';
import { withTenant } from '../../db/tenant-context.js';
import { insertAuditEvent } from '../audit/record-audit-event.js';
import { contactSnapshot } from '../contacts/contact-input.js';
import type { Locale } from '../http/locale.js';
import { FIELD_MESSAGES, fieldText, type FieldMessageCode } from '../http/messages.js';
import { Problem, type FieldError } from '../http/problem.js';
import { fieldErrorFromZodIssue } from '../http/zod-field-error.js';
import { selectTopics } from '../topics/queries/topics.js';
import { selectUnits } from '../units/queries/units.js';
import { findContactMappingByName } from './queries/contact-mappings.js';
import { insertContactBatch, type ContactBatchRow } from '../contacts/queries/insert-contact-batch.js';
import { refreshContactStatistics } from './queries/refresh-statistics.js';
import { lockExternalSource, selectExternalContacts } from './queries/external-contacts.js';
import { BulkContact, ContactMappingJson, CSV_ROWS_MAX, type BulkResult } from './schema.js';

/** Rows per INSERT statement: big enough to be fast, small enough for one JSON parameter. */
const INSERT_CHUNK = 2_000;

/** Where a rejected row is: a CSV line and column, or a JSON index and pointer. */
interface RowError {
  line: number | null;
  index: number | null;
  column: string | null;
  field: string | null;
  pointer: string;
  code: string;
  params?: Record<string, string | number>;
}

interface IntakeRun {
  db: Database;
  actor: Actor;
  source: string;
  format: 'json' | 'csv';
  mappingId: string | null;
  rows: IntakeContact[];
  /** Rows refused while reading, before the database was asked. */
  readErrors: RowError[];
  total: number;
  locate: (issue: IntakeIssue) => RowError;
  dryRun: boolean;
  locale: Locale;
  now: Date;
}

export interface ImportJsonOptions {
  db: Database;
  actor: Actor;
  source: string;
  contacts: readonly unknown[];
  dryRun: boolean;
  locale: Locale;
  now?: Date;
}

/** POST /api/contacts/bulk: each contact as POST /api/contacts takes it, plus its externalId. */
export async function importJsonContacts(options: ImportJsonOptions): Promise<BulkResult> {
  const rows: IntakeContact[] = [];
  const readErrors: RowError[] = [];
  options.contacts.forEach((item, index) => {
    const parsed = BulkContact.safeParse(item, { reportInput: true });
    const context = `body/contacts/${index}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const e = fieldErrorFromZodIssue(context, issue);
        readErrors.push({
          ...jsonLocation(index, String(issue.path[0] ?? '')),
          pointer: e.pointer,
          code: e.code,
          ...(e.params ? { params: e.params } : {}),
        });
      }
      return;
    }
    const c = parsed.data;
    // isFailureDemand decides whether failureReason applies; a reason alone is ambiguous (as in POST /api/contacts).
    if (c.isFailureDemand === undefined && c.failureReason !== undefined) {
      readErrors.push({ ...jsonLocation(index, 'isFailureDemand'), code: 'required' });
      return;
    }
    rows.push({
      ref: index,
      externalId: c.externalId,
      channel: c.channel,
      startedAt: new Date(c.startedAt),
      durationSeconds: c.durationSeconds,
      need: c.need,
      problemKind: c.problemKind,
      topic: { id: c.topicId },
      concernsExistingCase: c.concernsExistingCase,
      caseReference: blankToNull(c.caseReference),
      resolution: c.resolution,
      forwardedToUnit: c.forwardedToUnitId ? { id: c.forwardedToUnitId } : null,
      forwardDone: blankToNull(c.forwardDone),
      forwardExpected: blankToNull(c.forwardExpected),
      failure:
        c.isFailureDemand === undefined
          ? null
          : { isFailureDemand: c.isFailureDemand, reason: c.failureReason ?? null },
      citizenGender: c.citizenGender,
      citizenAgeBand: c.citizenAgeBand,
      citizenDistrict: blankToNull(c.citizenDistrict),
      summary: c.summary,
      receivedAt: c.receivedAt ? new Date(c.receivedAt) : null,
    });
  });
  return runIntake({
    db: options.db,
    actor: options.actor,
    source: options.source,
    format: 'json',
    mappingId: null,
    rows,
    readErrors,
    total: options.contacts.length,
    locate: (issue) => ({
      ...jsonLocation(issue.ref, API_FIELD[issue.field] ?? issue.field),
      code: issue.code,
      ...(issue.params ? { params: issue.params } : {}),
    }),
    dryRun: options.dryRun,
    locale: options.locale,
    now: options.now ?? new Date(),
  });
}

/** Intake fields that POST /api/contacts names otherwise. */
const API_FIELD: Partial<Record<string, string>> = { topic: 'topicId', forwardedToUnit: 'forwardedToUnitId' };

function jsonLocation(index: number, field: string): Omit<RowError, 'code'> {
  return {
    line: null,
    index,
    column: null,
    field,
    pointer: `/body/contacts/${index}${field ? `/${field}` : ''}`,
  };
}

export interface ImportCsvOptions {
  db: Database;
  actor: Actor;
  mappingName: string;
  csv: string;
  dryRun: boolean;
  locale: Locale;
  now?: Date;
}

/** POST /api/contacts/bulk.csv?mapping=<name>: the file read with the saved mapping. */
export async function importCsvContacts(options: ImportCsvOptions): Promise<BulkResult> {
  const { db, actor } = options;
  const saved = await withTenant(db, actor.tenantId, (tx) =>
    findContactMappingByName(tx, actor.tenantId, options.mappingName),
  );
  if (!saved)
    throw new Problem(400, 'validation_failed', [
      { pointer: '/querystring/mapping', code: 'contact_mapping_unknown' },
    ]);
  const mapping: ContactMapping = ContactMappingJson.parse(saved.mapping);
  const parsed = parseContactCsv(options.csv, mapping);
  if (parsed.total > CSV_ROWS_MAX) throw new Problem(413, 'contact_import_too_large');
  return runIntake({
    db,
    actor,
    source: saved.source,
    format: 'csv',
    mappingId: saved.id,
    rows: parsed.rows,
    readErrors: parsed.errors.map(csvLocation),
    total: parsed.total,
    locate: (issue) => csvLocation(csvErrorOf(issue, mapping)),
    dryRun: options.dryRun,
    locale: options.locale,
    now: options.now ?? new Date(),
  });
}

const escapePointer = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

function csvLocation(e: CsvIntakeError): RowError {
  return {
    line: e.line,
    index: null,
    column: e.column,
    field: e.field,
    pointer: `/csv/line/${e.line}${e.column ? `/${escapePointer(e.column)}` : ''}`,
    code: e.code,
    ...(e.params ? { params: e.params } : {}),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Batches from this size refresh the planner statistics first (refresh-statistics.ts). */
const ANALYZE_FROM_ROWS = 1_000;

async function runIntake(run: IntakeRun): Promise<BulkResult> {
  const { db, actor, source } = run;
  const { tenantId, userId } = actor;
  if (!run.dryRun && run.rows.length >= ANALYZE_FROM_ROWS) await refreshContactStatistics(db);
  return withTenant(db, tenantId, async (tx) => {
    if (!run.dryRun) await lockExternalSource(tx, tenantId, source);
    const topics = await selectTopics(tx, tenantId);
    const units = await selectUnits(tx, tenantId, { includeArchived: true });
    const existing = await selectExternalContacts(
      tx,
      tenantId,
      source,
      run.rows.map((r) => r.externalId),
    );
    const { plan, issues } = planContactIntake({
      rows: run.rows,
      topics: topics.map((t) => ({ ...t, retired: t.retiredAt !== null })),
      units: units.map((u) => ({ ...u, archived: u.archivedAt !== null })),
      existing,
      fingerprint: sha256,
      now: run.now,
    });
    const errors = [...run.readErrors, ...issues.map(run.locate)].sort(
      (a, b) => (a.line ?? a.index ?? 0) - (b.line ?? b.index ?? 0),
    );
    const masked = maskedRows([...plan.creates, ...plan.duplicates]);

    if (run.dryRun)
      return {
        dryRun: true,
        rows: run.total,
        wouldImport: plan.creates.length,
        duplicates: plan.duplicates.length,
        rejected: errors.map((e) => ({
          line: e.line,
          index: e.index,
          column: e.column,
          field: e.field,
          pointer: e.pointer,
          code: e.code,
          detail: detailOf(e, run.locale),
        })),
        maskedPersonalData: masked,
      };
    if (errors.length > 0)
      throw new Problem(
        422,
        'contact_import_invalid',
        errors.map((e): FieldError => ({
          pointer: e.pointer,
          code: e.code,
          ...(e.params ? { params: e.params } : {}),
        })),
      );

    const ids = new Map<number, string>();
    const values = plan.creates.map((c) => {
      const id = randomUUID();
      ids.set(c.ref, id);
      return batchRow(id, c, userId, source);
    });
    for (let at = 0; at < values.length; at += INSERT_CHUNK)
      await insertContactBatch(tx, tenantId, values.slice(at, at + INSERT_CHUNK));
    if (values.length > 0)
      await insertAuditEvent(tx, {
        tenantId,
        actorUserId: userId,
        action: 'contacts.imported',
        entityType: 'contact_import',
        entityId: randomUUID(),
        // Counts and ids only: the contacts themselves have their own revisions.
        details: {
          source,
          format: run.format,
          mappingId: run.mappingId,
          imported: values.length,
          duplicates: plan.duplicates.length,
        },
      });
    const contacts = [
      ...plan.creates.map((c) => ({
        ref: c.ref,
        externalId: c.externalId,
        id: ids.get(c.ref) ?? '',
        created: true,
      })),
      ...plan.duplicates.map((d) => ({ ref: d.ref, externalId: d.externalId, id: d.id, created: false })),
    ]
      .sort((a, b) => a.ref - b.ref)
      .map(({ ref: _ref, ...c }) => c);
    return {
      dryRun: false,
      imported: plan.creates.length,
      duplicates: plan.duplicates.length,
      contacts,
      maskedPersonalData: masked,
    };
  });
}

function maskedRows(rows: readonly { ref: number; externalId: string; masked: MaskedField[] }[]) {
  return [...rows]
    .filter((r) => r.masked.length > 0)
    .sort((a, b) => a.ref - b.ref)
    .map((r) => ({ externalId: r.externalId, maskedPersonalData: r.masked }));
}

function batchRow(id: string, c: ReadyContact, userId: string, source: string): ContactBatchRow {
  const f = c.fields;
  return {
    id,
    logged_by_user_id: userId,
    channel: f.channel,
    started_at: f.startedAt.toISOString(),
    duration_seconds: f.durationSeconds,
    need: f.need,
    problem_kind: f.problemKind,
    topic_id: c.topicId,
    owner_unit_id: c.ownerUnitId,
    concerns_existing_case: f.concernsExistingCase,
    case_reference: f.caseReference,
    resolution: f.resolution,
    forwarded_to_unit_id: f.forwardedToUnitId,
    forward_done: f.forwardDone,
    forward_expected: f.forwardExpected,
    is_failure_demand: f.isFailureDemand,
    failure_reason: f.failureReason,
    is_failure_demand_overridden: c.isFailureDemandOverridden,
    citizen_gender: f.citizenGender,
    citizen_age_band: f.citizenAgeBand,
    citizen_district: f.citizenDistrict,
    summary: f.summary,
    received_at: f.receivedAt ? f.receivedAt.toISOString() : null,
    created_at: null,
    external_source: source,
    external_id: c.externalId,
    external_fingerprint: c.fingerprint,
    after: contactSnapshot({
      ...f,
      topicId: c.topicId,
      ownerUnitId: c.ownerUnitId,
      isFailureDemandOverridden: c.isFailureDemandOverridden,
    }),
  };
}

const isFieldMessageCode = (code: string): code is FieldMessageCode => code in FIELD_MESSAGES;

function detailOf(e: RowError, locale: Locale): string {
  return isFieldMessageCode(e.code) ? fieldText(e.code, locale, e.params) : e.code;
}
