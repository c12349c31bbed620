/**
 * An Asterisk CDR CSV file (Master.csv, or a custom layout with a header row) to queued calls:
 * the column set decided once from the header or the first rows (src/core/telephony/cdr-csv.ts),
 * every row checked against it, rows that are not queue calls counted as skipped before anything
 * else in them is checked, and the rows of one call merged (src/core/telephony/cdr-calls.ts).
 */
import { CdrCallGrouper, cdrFieldsSkip, type CdrCall } from '../../../core/telephony/cdr-calls.js';
import {
  cdrHeaderColumnSet,
  detectCdrColumns,
  isCdrHeader,
  parseCdrFields,
  splitCsvLine,
  type CdrColumnSet,
} from '../../../core/telephony/cdr-csv.js';
import type { CallSink } from './call-sink.js';

/** Rows looked at to decide a file's column set when it has no header. */
export const CDR_SAMPLE_ROWS = 500;

export interface CdrReadCounts {
  lines: number;
  blankLines: number;
  calls: number;
  skipped: Record<string, number>;
  columnSet?: string;
  ignoredColumns?: string[];
  /** Queue rows read (a call has one per member rung). */
  queueRows?: number;
}

export interface CdrReadOptions {
  sink: CallSink;
  summary: CdrReadCounts;
  reject: (line: number, reason: string) => void;
  rejectedCount: () => number;
  timeZone: string;
  /** Called with every call merged, with the lines that made it (for --explain). */
  onCall?: ((call: CdrCall) => void) | undefined;
}

interface Row {
  line: number;
  fields: string[];
}

export async function readCdr(batches: AsyncIterable<string[]>, o: CdrReadOptions): Promise<void> {
  const { summary, reject } = o;
  let lineNumber = 0;
  let columns: CdrColumnSet | null = null;
  let refused = false;
  let headerSeen = false;
  const sample: Row[] = [];
  const grouper = new CdrCallGrouper();

  const emit = async (calls: CdrCall[]) => {
    for (const c of calls) {
      summary.calls += 1;
      o.onCall?.(c);
      if (o.rejectedCount() === 0 && o.sink.push({ ...c.call, ringNoAnswerCount: 0 })) await o.sink.flush();
    }
  };
  const handle = async (row: Row, set: CdrColumnSet) => {
    if (row.fields.length !== set.width) {
      reject(
        row.line,
        `expected ${set.width} columns (the file's column set: ${set.label}), found ${row.fields.length}`,
      );
      return;
    }
    const skip = cdrFieldsSkip(row.fields, set);
    if (skip) {
      summary.skipped[skip] = (summary.skipped[skip] ?? 0) + 1;
      return;
    }
    const parsed = parseCdrFields(row.fields, row.line, { columns: set, timeZone: o.timeZone });
    if ('rejection' in parsed) {
      reject(parsed.rejection.line, parsed.rejection.reason);
      return;
    }
    summary.queueRows = (summary.queueRows ?? 0) + 1;
    await emit(grouper.push(parsed.record));
  };
  const decide = async () => {
    if (columns || refused || sample.length === 0) return;
    const detected = detectCdrColumns(
      sample.map((r) => r.fields),
      sample[0]?.line ?? 1,
    );
    if ('error' in detected) {
      refused = true;
      reject(sample[0]?.line ?? 1, detected.error);
      return;
    }
    columns = detected.columns;
    summary.columnSet = columns.label;
    for (const row of sample) await handle(row, columns);
    sample.length = 0;
  };

  for await (const lines of batches) {
    for (const text of lines) {
      lineNumber += 1;
      const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
      if (raw.trim() === '') {
        summary.blankLines += 1;
        continue;
      }
      const fields = splitCsvLine(raw);
      if (!headerSeen) {
        headerSeen = true;
        if (fields && isCdrHeader(fields)) {
          const named = cdrHeaderColumnSet(fields);
          if ('error' in named) {
            refused = true;
            reject(lineNumber, named.error);
          } else {
            columns = named.columns;
            summary.columnSet = columns.label;
            summary.ignoredColumns = columns.ignored;
          }
          continue;
        }
      }
      summary.lines += 1;
      if (refused) continue;
      if (!fields) {
        reject(lineNumber, 'a quoted field is not closed');
        continue;
      }
      const row = { line: lineNumber, fields };
      if (columns) {
        await handle(row, columns);
      } else {
        sample.push(row);
        if (sample.length >= CDR_SAMPLE_ROWS) await decide();
      }
    }
  }
  await decide();
  await emit(grouper.finish());
}
