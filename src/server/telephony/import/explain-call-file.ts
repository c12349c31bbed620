/**
 * `lots import calls --explain` and POST /api/telephony/imports/explain: a dry run of a file that
 * shows, for a sample of its calls, the lines that made each call (number and text), its outcome,
 * wait, talk and day, so an administrator can check a new platform's file by eye before trusting
 * the figures. The sample: the first 20 calls, then up to 5 abandoned and up to 5 transferred
 * calls from the rest of the file. The file is read by itself (not after the source's earlier
 * files), so a file imported before is explained as it reads. It reads the file twice (the import's own dry run, which
 * decides every call exactly as a real run would, then the sampled lines' text), so the caller
 * passes a way to open it again. Nothing is saved.
 */
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { readTelephonySettings } from '../queries/telephony-settings.js';
import type { SinkCall } from './call-sink.js';
import { importCallFile, type CallImportSummary, type ImportCallFileOptions } from './import-call-file.js';
import { readLineBatches } from './read-file.js';

export const EXPLAIN_FIRST = 20;
export const EXPLAIN_EACH = 5;
/** Lines shown per call (a ring-all CDR call can have a row per member). */
const LINES_PER_CALL = 20;

export interface ExplainedCall {
  callId: string;
  queue: string;
  day: string;
  outcome: SinkCall['outcome'];
  answeredEnd: SinkCall['answeredEnd'];
  waitSeconds: number;
  talkSeconds: number;
  /** Why it is in the sample. */
  sample: 'first' | 'abandoned' | 'transferred';
  lines: { line: number; text: string }[];
}

export interface CallFileExplanation {
  summary: CallImportSummary;
  calls: ExplainedCall[];
}

export async function explainCallFile(
  options: Omit<ImportCallFileOptions, 'input' | 'dryRun' | 'onCall'> & {
    open: () => AsyncIterable<Uint8Array>;
  },
): Promise<CallFileExplanation> {
  const { timeZone } = await withTenantClient(options.db, options.actor.tenantId, readTelephonySettings);
  const picked: { call: SinkCall; lines: number[]; sample: ExplainedCall['sample'] }[] = [];
  let abandoned = 0;
  let transferred = 0;
  const { open, ...rest } = options;
  const summary = await importCallFile({
    ...rest,
    input: open(),
    dryRun: true,
    readAlone: true,
    onCall: (call, lines) => {
      let sample: ExplainedCall['sample'] | null = null;
      if (picked.length < EXPLAIN_FIRST) sample = 'first';
      else if (call.outcome === 'abandoned' && abandoned < EXPLAIN_EACH) sample = 'abandoned';
      else if (call.answeredEnd === 'transferred' && transferred < EXPLAIN_EACH) sample = 'transferred';
      if (sample === 'abandoned') abandoned += 1;
      if (sample === 'transferred') transferred += 1;
      if (sample) picked.push({ call, lines: lines.slice(0, LINES_PER_CALL), sample });
    },
  });
  const wanted = new Set(picked.flatMap((p) => p.lines));
  const texts = new Map<number, string>();
  let n = 0;
  for await (const batch of readLineBatches(open(), { bytes: 0, sha256: null })) {
    for (const text of batch) {
      n += 1;
      if (wanted.has(n)) texts.set(n, text);
    }
  }
  return {
    summary,
    calls: picked.map(({ call, lines, sample }) => ({
      callId: call.callId,
      queue: call.queue,
      day: calendarDayOf(call.enteredAt, timeZone),
      outcome: call.outcome,
      answeredEnd: call.answeredEnd,
      waitSeconds: call.waitSeconds,
      talkSeconds: call.talkSeconds,
      sample,
      lines: lines.map((line) => ({ line, text: texts.get(line) ?? '' })),
    })),
  };
}
