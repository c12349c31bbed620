/**
 * Imports one file of call records: an Asterisk queue_log, an Asterisk CDR CSV (Master.csv) or a
 * CSV export read with a saved column mapping. The file streams through with bounded memory
 * (a chunk of lines, the calls still open, one chunk of calls on its way to the database).
 *
 * - All or nothing: the whole file is one transaction. A line that cannot be read is reported
 *   with its number and the reason, reading goes on to find every such line, and then nothing is
 *   saved (422). `dryRun` reads and checks the file and saves nothing either way.
 * - Idempotent: a call already stored (same source, queue, callid and ENTERQUEUE time) is a
 *   duplicate and adds nothing; exact duplicate lines (a PBX restart) are skipped; the same file
 *   again (same SHA-256 for the source) is answered with the earlier import and changes nothing.
 * - queue_log across files: the calls still open at the end of a file (rotation at midnight) are
 *   kept with the source and completed by the next file; reported as still open, never counted.
 *   A call open for more than a day after the last line of a file never ends (a PBX crash): it is
 *   dropped and reported.
 * - The rollups of the days touched (and the day before, for calls crossing midnight) are
 *   recomputed in the same transaction, so reports never see a half-imported file.
 */
import { randomUUID } from 'node:crypto';
import { calendarDayOfNumber } from '../../../core/calendar/local-day.js';
import {
  CallAssembler,
  EMPTY_ASSEMBLY_STATE,
  type AssemblyState,
} from '../../../core/telephony/call-assembly.js';
import Papa from 'papaparse';
import { delimiterOf } from '../../../core/contacts/intake-csv.js';
import {
  callRowReader,
  checkCallMapping,
  type CallMapping,
  type CallRowReader,
} from '../../../core/telephony/call-csv.js';
import { parseQueueLogLine } from '../../../core/telephony/queue-log.js';
import { QueueLogClock } from '../../../core/telephony/queue-log-time.js';
import type { Database, SqlClient } from '../../../db/database.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { Problem, type FieldError } from '../../http/problem.js';
import { lockCallSource, saveCallSourceState } from '../queries/call-source-state.js';
import { findImportByFile } from '../queries/call-imports.js';
import { findCallMappingByName } from '../queries/call-mappings.js';
import { readTelephonySettings } from '../queries/telephony-settings.js';
import { CallSink, type SinkCall } from './call-sink.js';
import { finishImport } from './finish-import.js';
import { readCdr } from './read-cdr.js';
import { IntervalSink } from './interval-sink.js';
import { readLineBatches, type FileTap } from './read-file.js';

export const CALL_FILE_FORMATS = ['asterisk-queue-log', 'asterisk-cdr', 'csv'] as const;
export type CallFileFormat = (typeof CALL_FILE_FORMATS)[number];

/** Rejected lines listed in a summary or a 422; the count says how many there were in all. */
export const REJECTIONS_LISTED = 1_000;
/** An open call whose ENTERQUEUE is this long before the file's last line never ends. */
const OPEN_CALL_MAX_SECONDS = 86_400;

export interface CallImportSummary {
  importId: string | null;
  format: CallFileFormat | 'api';
  source: string;
  fileName: string | null;
  fileSha256: string | null;
  dryRun: boolean;
  /** Set when the same file was imported before: nothing was changed. */
  alreadyImportedAs: string | null;
  lines: number;
  blankLines: number;
  /** Calls the file completed (queued calls: one per callid, queue and ENTERQUEUE). */
  calls: number;
  imported: number;
  /** Calls the database already had. */
  duplicates: number;
  duplicateLines: number;
  /** Calls entered in an earlier file and ended in this one. */
  completedFromEarlierFile: number;
  /** Calls entered but not yet ended at the end of the file: completed by the next file. */
  stillOpen: number;
  /** Calls entered more than a day before the file's last line that never ended: dropped. */
  neverEnded: number;
  customEvents: number;
  /** queue_log: callers turned away (FULL, JOINEMPTY, ...): not calls, counted beside them. */
  turnedAway: number;
  orphanEvents: number;
  unterminated: number;
  /** Records that are not queued calls, by reason (CDR: calls that never went to a queue). */
  skipped: Record<string, number>;
  /** CDR: how the file's columns were read ("cdr_csv, 17 columns (uniqueid)", "header row, 26 columns"). */
  columnSet?: string;
  /** CDR with a header row: the columns Lots does not read. */
  ignoredColumns?: string[];
  /** CDR: the queue rows read (a call rung to several members has a row per member). */
  queueRows?: number;
  /** CSV of intervals: rows read, new intervals, and intervals whose figures replaced earlier ones. */
  intervals?: number;
  intervalsImported?: number;
  intervalsReplaced?: number;
  rejectedCount: number;
  rejected: { line: number; reason: string }[];
  firstDay: string | null;
  lastDay: string | null;
  bytes: number;
  durationMs: number;
}

/** Who imports: a user (the API) or nobody in particular (userId null: the command line). */
export interface Importer {
  tenantId: string;
  userId: string | null;
}

export interface ImportCallFileOptions {
  db: Database;
  actor: Importer;
  format: CallFileFormat;
  /** Whose calls these are; defaults to 'asterisk' for the Asterisk formats, the mapping's for CSV. */
  source?: string | undefined;
  /** For format 'csv': the saved mapping's name. */
  mappingName?: string | undefined;
  fileName?: string | undefined;
  input: AsyncIterable<Uint8Array>;
  dryRun?: boolean | undefined;
  onProgress?: ((bytes: number) => void) | undefined;
  /** Called with every call the file completes and the numbers of the lines that made it (--explain). */
  onCall?: ((call: SinkCall, lines: number[]) => void) | undefined;
  /**
   * queue_log: read the file by itself, not after the source's earlier files (their open calls and
   * recent lines): --explain shows how a file reads even when it was imported before.
   */
  readAlone?: boolean | undefined;
}

/** Thrown inside the transaction to roll back a file seen before; never leaves this module. */
class SeenBefore extends Error {
  constructor(
    readonly importId: string,
    readonly summary: Record<string, unknown>,
  ) {
    super('file imported before');
  }
}

/** The counts of what a file holds, from the summary an earlier import of it stored. */
const FILE_COUNTS = [
  'lines',
  'blankLines',
  'calls',
  'duplicateLines',
  'completedFromEarlierFile',
  'stillOpen',
  'neverEnded',
  'customEvents',
  'turnedAway',
  'orphanEvents',
  'unterminated',
  'queueRows',
] as const;

const numberOr = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);

function earlierCounts(earlier: Record<string, unknown>): Partial<CallImportSummary> {
  const counts: Partial<CallImportSummary> = {};
  for (const key of FILE_COUNTS) if (typeof earlier[key] === 'number') counts[key] = earlier[key];
  const skipped = earlier['skipped'];
  if (skipped && typeof skipped === 'object') counts.skipped = skipped as Record<string, number>;
  for (const key of ['firstDay', 'lastDay', 'columnSet'] as const) {
    if (typeof earlier[key] === 'string') counts[key] = earlier[key];
  }
  return counts;
}

/** Thrown inside the transaction to roll back a dry run. */
class DryRunDone extends Error {}

export async function importCallFile(options: ImportCallFileOptions): Promise<CallImportSummary> {
  const started = performance.now();
  const mapping = options.format === 'csv' ? await loadMapping(options) : null;
  const source = options.source ?? mapping?.source ?? 'asterisk';
  const importId = randomUUID();
  const tap: FileTap = { bytes: 0, sha256: null };
  const summary: CallImportSummary = {
    importId: null,
    format: options.format,
    source,
    fileName: options.fileName ?? null,
    fileSha256: null,
    dryRun: options.dryRun === true,
    alreadyImportedAs: null,
    lines: 0,
    blankLines: 0,
    calls: 0,
    imported: 0,
    duplicates: 0,
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
    firstDay: null,
    lastDay: null,
    bytes: 0,
    durationMs: 0,
  };
  const reject = (line: number, reason: string) => {
    summary.rejectedCount += 1;
    if (summary.rejected.length < REJECTIONS_LISTED) summary.rejected.push({ line, reason });
  };

  try {
    await withTenantClient(options.db, options.actor.tenantId, async (client) => {
      const settings = await readTelephonySettings(client);
      const sink = new CallSink(client, options.actor.tenantId, source, importId, settings.timeZone);
      let intervals: IntervalSink | null = null;
      const lines = readLineBatches(options.input, tap, options.onProgress);
      try {
        if (options.format === 'asterisk-queue-log') {
          await readQueueLog(
            client,
            source,
            lines,
            sink,
            summary,
            reject,
            settings.timeZone,
            options.onCall,
            options.readAlone === true,
          );
        } else if (options.format === 'asterisk-cdr') {
          await readCdr(lines, {
            sink,
            summary,
            reject,
            rejectedCount: () => summary.rejectedCount,
            timeZone: settings.timeZone,
            onCall: options.onCall && ((c) => options.onCall?.({ ...c.call, ringNoAnswerCount: 0 }, c.lines)),
          });
        } else {
          intervals = new IntervalSink(client, source, importId, settings.timeZone);
          await readCsv(lines, mapping as CallMapping, sink, intervals, summary, reject, options.onCall);
        }
      } finally {
        // Whatever happened, no statement may still be running when the transaction ends.
        await sink.settle().catch(() => undefined);
      }
      await sink.finish();
      if (intervals && summary.rejectedCount === 0) {
        await intervals.flush();
        summary.intervals = intervals.read;
        summary.intervalsImported = intervals.inserted;
        summary.intervalsReplaced = intervals.replaced;
      }

      summary.bytes = tap.bytes;
      summary.fileSha256 = tap.sha256;
      summary.imported = sink.inserted;
      summary.duplicates = sink.offeredToInsert - sink.inserted;
      summary.firstDay = sink.firstCallDay === null ? null : calendarDayOfNumber(sink.firstCallDay);
      summary.lastDay = sink.lastCallDay === null ? null : calendarDayOfNumber(sink.lastCallDay);
      // What a real run would do, for a dry run as for a real one: a file with unreadable lines
      // saves nothing; the same file again changes nothing.
      if (summary.rejectedCount > 0) {
        summary.imported = 0;
        summary.duplicates = 0;
        if (summary.dryRun) throw new DryRunDone();
        throw rejectionProblem(summary);
      }
      if (tap.sha256) {
        const earlier = await findImportByFile(client, source, tap.sha256);
        if (earlier) throw new SeenBefore(earlier.id, earlier.summary);
      }
      if (summary.dryRun) throw new DryRunDone();

      const changedFrom = minOf(sink.firstDay, intervals?.firstDay ?? null);
      const changedTo = maxOf(sink.lastDay, intervals?.lastDay ?? null);
      summary.importId = importId;
      summary.durationMs = Math.round(performance.now() - started);
      await finishImport(client, {
        tenantId: options.actor.tenantId,
        changed: changedFrom !== null && changedTo !== null ? { from: changedFrom, to: changedTo } : null,
        thresholds: settings,
        summary,
        record: {
          id: importId,
          source,
          format: options.format,
          mappingName: mapping ? (options.mappingName ?? null) : null,
          fileName: summary.fileName,
          fileSha256: tap.sha256,
          userId: options.actor.userId,
        },
      });
    });
  } catch (error) {
    if (error instanceof SeenBefore) {
      // The file as the earlier import read it: reading it again after it (its repeated-line
      // window and open calls now in the source's state) would count other figures.
      return {
        ...summary,
        ...earlierCounts(error.summary),
        importId: null,
        alreadyImportedAs: error.importId,
        dryRun: summary.dryRun,
        imported: 0,
        duplicates: numberOr(error.summary['calls'], summary.calls),
        durationMs: Math.round(performance.now() - started),
      };
    }
    if (error instanceof DryRunDone) {
      return { ...summary, durationMs: Math.round(performance.now() - started) };
    }
    throw error;
  }
  return summary;
}

type Reject = (line: number, reason: string) => void;

async function readQueueLog(
  client: SqlClient,
  source: string,
  batches: AsyncIterable<string[]>,
  sink: CallSink,
  summary: CallImportSummary,
  reject: Reject,
  timeZone: string,
  onCall?: (call: SinkCall, lines: number[]) => void,
  readAlone = false,
): Promise<void> {
  const stored = readAlone ? null : await lockCallSource(client, source);
  const clock = new QueueLogClock(timeZone);
  const state = (stored ?? EMPTY_ASSEMBLY_STATE) as AssemblyState;
  const assembler = new CallAssembler(state);
  const carried = new Set(state.openCalls.map((c) => `${c.callId}\u0000${c.queue}\u0000${c.enteredAt}`));
  let lineNumber = 0;
  let latest = -Infinity;
  // --explain only: the lines of each open call, by callid and queue.
  const callLines = onCall ? new Map<string, number[]>() : null;
  for await (const lines of batches) {
    for (const text of lines) {
      lineNumber += 1;
      if (text.trim() === '') {
        summary.blankLines += 1;
        continue;
      }
      summary.lines += 1;
      const parsed = parseQueueLogLine(text, lineNumber, clock);
      if ('rejection' in parsed) {
        reject(parsed.rejection.line, parsed.rejection.reason);
        continue;
      }
      if (parsed.event.time > latest) latest = parsed.event.time;
      if (callLines && parsed.event.callId !== 'NONE') {
        const key = `${parsed.event.callId}\u0000${parsed.event.queue}`;
        const seen = callLines.get(key);
        if (seen) seen.push(lineNumber);
        else callLines.set(key, [lineNumber]);
      }
      const result = assembler.push(parsed.event);
      // Most lines complete nothing: no array per line for them (a million-call file has millions).
      if (result === null && !assembler.hasCompleted) continue;
      // A transfer into another queue can complete a call beside the event's own result.
      const completed = assembler.hasCompleted ? assembler.takeCompleted() : [];
      if (result && 'reason' in result) {
        if (summary.rejectedCount === 0) await sink.pushTurnedAway(result);
      } else if (result) {
        completed.push(result);
      }
      for (const call of completed) {
        summary.calls += 1;
        if (callLines && onCall) {
          const key = `${call.callId}\u0000${call.queue}`;
          const own = callLines.get(key) ?? [];
          callLines.delete(key);
          onCall(call, own.includes(lineNumber) ? own : [...own, lineNumber]);
        }
        if (carried.size > 0) {
          const key = `${call.callId}\u0000${call.queue}\u0000${call.enteredAt.getTime() / 1000}`;
          if (carried.delete(key)) summary.completedFromEarlierFile += 1;
        }
        // Once a line is rejected nothing will be saved: keep reading to report every such line.
        if (summary.rejectedCount === 0 && sink.push(call)) await sink.flush();
      }
    }
  }
  if (Number.isFinite(latest)) {
    summary.neverEnded = assembler.dropOpenCallsBefore(latest - OPEN_CALL_MAX_SECONDS).length;
  }
  const counts = assembler.counts;
  summary.duplicateLines = counts.duplicates;
  summary.customEvents = counts.customEvents;
  summary.turnedAway = counts.turnedAway;
  summary.orphanEvents = counts.orphanEvents;
  summary.unterminated = counts.unterminated;
  summary.stillOpen = assembler.openCalls().length;
  if (!readAlone) await saveCallSourceState(client, source, assembler.state());
}

/** The 422 of a file with lines that cannot be read: each line as /file/line/<n>. */
export function rejectionProblem(summary: Pick<CallImportSummary, 'rejected' | 'rejectedCount'>): Problem {
  const errors: FieldError[] = summary.rejected.map((r) => ({
    pointer: `/file/line/${r.line}`,
    code: 'line_rejected',
    params: { reason: r.reason },
  }));
  if (summary.rejectedCount > summary.rejected.length) {
    errors.push({
      pointer: '/file',
      code: 'more_lines_rejected',
      params: { count: summary.rejectedCount - summary.rejected.length },
    });
  }
  return new Problem(422, 'call_import_invalid', errors);
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));

/** The saved mapping of a CSV import, checked; 400 when missing, unknown or no longer valid. */
async function loadMapping(
  options: ImportCallFileOptions,
): Promise<(CallMapping & { source: string }) | null> {
  if (!options.mappingName) {
    throw new Problem(400, 'validation_failed', [{ pointer: '/querystring/mapping', code: 'required' }]);
  }
  const name = options.mappingName;
  const row = await withTenantClient(options.db, options.actor.tenantId, (c) =>
    findCallMappingByName(c, name),
  );
  if (!row)
    throw new Problem(400, 'call_mapping_unknown', [
      { pointer: '/querystring/mapping', code: 'invalid_choice' },
    ]);
  const mapping = row.mapping as unknown as CallMapping;
  if (checkCallMapping(mapping).length > 0) {
    throw new Problem(400, 'call_mapping_unknown', [
      { pointer: '/querystring/mapping', code: 'invalid_format' },
    ]);
  }
  return { ...mapping, source: row.source };
}

/**
 * A CSV export read with a saved mapping: line 1 is the header (after any blank lines); a quoted
 * field may span lines, and a record is numbered by its first line. Delimiter as in the contact
 * intake (semicolon, comma or tab, from the header).
 */
async function readCsv(
  batches: AsyncIterable<string[]>,
  mapping: CallMapping,
  sink: CallSink,
  intervals: IntervalSink,
  summary: CallImportSummary,
  reject: Reject,
  onCall?: (call: SinkCall, lines: number[]) => void,
): Promise<void> {
  let lineNumber = 0;
  let delimiter: string | null = null;
  let reader: CallRowReader | null = null;
  let record = '';
  let recordLine = 0;
  let quotes = 0;
  const handle = async (text: string, line: number) => {
    if (text.trim() === '') {
      summary.blankLines += 1;
      return;
    }
    if (delimiter === null) delimiter = delimiterOf(text);
    const cells = Papa.parse<string[]>(text, { delimiter }).data[0] ?? [];
    if (!reader) {
      const made = callRowReader(mapping, cells);
      if ('headerErrors' in made) {
        for (const e of made.headerErrors) reject(1, e.detail);
        return;
      }
      reader = made;
      return;
    }
    summary.lines += 1;
    const result = reader.read(cells, line);
    if ('skip' in result) {
      summary.blankLines += 1;
    } else if ('errors' in result) {
      for (const e of result.errors) reject(line, e.column ? `${e.column}: ${e.detail}` : e.detail);
    } else if (summary.rejectedCount > 0) {
      // Nothing will be saved: only count what the file holds.
      if ('call' in result) summary.calls += 1;
    } else if ('call' in result) {
      summary.calls += 1;
      const { call } = result;
      const ended = new Date(call.enteredAt.getTime() + (call.waitSeconds + call.talkSeconds) * 1000);
      onCall?.({ ...call, endedAt: ended, ringNoAnswerCount: 0 }, [line]);
      if (sink.push({ ...call, endedAt: ended, ringNoAnswerCount: 0 })) await sink.flush();
    } else if (intervals.push(result.interval)) {
      await intervals.flush();
    }
  };
  for await (const lines of batches) {
    for (const text of lines) {
      lineNumber += 1;
      if (record === '') recordLine = lineNumber;
      record = record === '' ? text : `${record}\n${text}`;
      for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 34) quotes += 1;
      if (quotes % 2 === 1) continue;
      await handle(record, recordLine);
      record = '';
      quotes = 0;
    }
  }
  if (record !== '') reject(recordLine, 'a quoted field is not closed before the end of the file');
  if (!reader && summary.rejectedCount === 0) reject(1, 'the file has no header line');
}
