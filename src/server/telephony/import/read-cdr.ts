/** One line of an Asterisk CDR CSV file to a queued call, a skip (not a queue call) or a rejection. */
import { cdrQueuedCall, type CdrQueuedCall } from '../../../core/telephony/cdr-calls.js';
import { parseCdrCsvLine } from '../../../core/telephony/cdr-csv.js';
import type { SinkCall } from './call-sink.js';

export type CdrLineResult = { call: SinkCall } | { skip: string } | { rejection: string };

export function readCdrLine(text: string, line: number, timeZone: string): CdrLineResult {
  const parsed = parseCdrCsvLine(text, line, { timeZone });
  if ('rejection' in parsed) return { rejection: parsed.rejection.reason };
  const result = cdrQueuedCall(parsed.record);
  if ('skip' in result) return { skip: result.skip };
  const call: CdrQueuedCall = result.call;
  return { call: { ...call, ringNoAnswerCount: 0 } };
}
