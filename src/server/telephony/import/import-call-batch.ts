/**
 * Call records pushed by an integration (POST /api/telephony/calls): a JSON batch of queued calls
 * as the telephony platform knows them. All or nothing: every call is checked first and each
 * rejected one is reported at /body/calls/<index>/<field>; idempotent on (source, callid, queue,
 * ENTERQUEUE) like the file imports, so a batch sent twice adds nothing. The rollups of the days
 * touched are recomputed in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { calendarDayOfNumber } from '../../../core/calendar/local-day.js';
import { ANSWERED_ENDS, CALL_OUTCOMES } from '../../../core/telephony/call-mapping.js';
import type { Database } from '../../../db/database.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { Problem, type FieldError } from '../../http/problem.js';
import { fieldErrorFromZodIssue } from '../../http/zod-field-error.js';
import { readTelephonySettings } from '../queries/telephony-settings.js';
import { CallSink, type SinkCall } from './call-sink.js';
import { finishImport } from './finish-import.js';
import type { CallImportSummary, Importer } from './import-call-file.js';

export const CALL_BATCH_MAX = 10_000;

/** One pushed call. */
export const PushedCall = z
  .strictObject({
    callId: z.string().trim().min(1).max(200),
    queue: z.string().trim().min(1).max(100),
    enteredAt: z.iso.datetime({ offset: true }),
    outcome: z.enum(CALL_OUTCOMES),
    answeredEnd: z.enum(ANSWERED_ENDS).nullable().default(null),
    waitSeconds: z.number().int().min(0).max(86_400),
    talkSeconds: z.number().int().min(0).max(86_400).default(0),
    ringNoAnswerCount: z.number().int().min(0).max(1000).default(0),
  })
  .superRefine((call, ctx) => {
    if (call.outcome !== 'answered' && call.answeredEnd !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['answeredEnd'],
        params: { code: 'answered_end_without_answer' },
      });
    if (call.outcome !== 'answered' && call.talkSeconds > 0)
      ctx.addIssue({ code: 'custom', path: ['talkSeconds'], params: { code: 'talk_without_answer' } });
  });

export interface ImportCallBatchOptions {
  db: Database;
  actor: Importer;
  source: string;
  calls: readonly unknown[];
}

export async function importCallBatch(options: ImportCallBatchOptions): Promise<CallImportSummary> {
  const started = performance.now();
  const errors: FieldError[] = [];
  const calls: SinkCall[] = [];
  options.calls.forEach((raw, index) => {
    const parsed = PushedCall.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(fieldErrorFromZodIssue('body', { ...issue, path: ['calls', index, ...issue.path] }));
      }
      return;
    }
    const c = parsed.data;
    const enteredAt = new Date(c.enteredAt);
    calls.push({
      callId: c.callId,
      queue: c.queue,
      enteredAt,
      endedAt: new Date(enteredAt.getTime() + (c.waitSeconds + c.talkSeconds) * 1000),
      outcome: c.outcome,
      answeredEnd: c.outcome === 'answered' ? c.answeredEnd : null,
      waitSeconds: c.waitSeconds,
      talkSeconds: c.talkSeconds,
      ringNoAnswerCount: c.ringNoAnswerCount,
    });
  });
  if (errors.length > 0) throw new Problem(422, 'call_import_invalid', errors);

  const importId = randomUUID();
  return withTenantClient(options.db, options.actor.tenantId, async (client) => {
    const settings = await readTelephonySettings(client);
    const sink = new CallSink(client, options.actor.tenantId, options.source, importId, settings.timeZone);
    for (const call of calls) if (sink.push(call)) await sink.flush();
    await sink.finish();
    const summary: CallImportSummary = {
      importId: sink.firstDay !== null ? importId : null,
      format: 'api',
      source: options.source,
      fileName: null,
      fileSha256: null,
      dryRun: false,
      alreadyImportedAs: null,
      lines: calls.length,
      blankLines: 0,
      calls: calls.length,
      imported: sink.inserted,
      duplicates: sink.offeredToInsert - sink.inserted,
      duplicateLines: 0,
      completedFromEarlierFile: 0,
      stillOpen: 0,
      neverEnded: 0,
      customEvents: 0,
      turnedAway: 0,
      orphanEvents: 0,
      unterminated: 0,
      skipped: {},
      rejectedCount: 0,
      rejected: [],
      firstDay: sink.firstCallDay === null ? null : calendarDayOfNumber(sink.firstCallDay),
      lastDay: sink.lastCallDay === null ? null : calendarDayOfNumber(sink.lastCallDay),
      bytes: 0,
      durationMs: Math.round(performance.now() - started),
    };
    // A batch that changed nothing (sent again) leaves no import behind.
    if (sink.firstDay !== null) {
      await finishImport(client, {
        tenantId: options.actor.tenantId,
        changed:
          sink.firstDay !== null && sink.lastDay !== null ? { from: sink.firstDay, to: sink.lastDay } : null,
        thresholds: settings,
        summary,
        record: {
          id: importId,
          source: options.source,
          format: 'api',
          mappingName: null,
          fileName: null,
          fileSha256: null,
          userId: options.actor.userId,
        },
      });
    }
    return summary;
  });
}
