/**
 * The queued calls in an Asterisk CDR file (Master.csv rows, parsed by cdr-csv.ts), for PBXs whose
 * queue_log is not available. A CDR describes the whole call, not its time in the queue, so the
 * call it gives is coarser than the one queue_log gives (call-assembly.ts). docs/metrics.md
 * ("Asterisk CDR") states the rules:
 *
 * - A queue row is one whose last application was Queue (any case); its queue is the first
 *   comma-separated part of lastdata ("support,t,,,300" -> support). Any other row is skipped as
 *   `not_a_queue_call` before anything else in it is looked at (a FAILED or BUSY row of another
 *   application may lack its end), and so is a call that left the queue and went on in the
 *   dialplan (voicemail, a menu): the CDR keeps only the last application. An empty queue name is
 *   skipped as `no_queue_name`, one longer than a queue name may be (100) as `queue_name_too_long`;
 *   FAILED, CONGESTION and UNKNOWN rows never reached a member: skipped as `failed_call`.
 * - One call, many rows: a queue that rings several members (ringall) writes a row per member
 *   rung, all with the caller's uniqueid (and linkedid), members rung later with a later start.
 *   The rows of one call are those of the same queue with the same uniqueid (else linkedid; else,
 *   for files without either, the same caller channel with overlapping times). `CdrCallGrouper`
 *   merges them into one queued call:
 *   - it entered at the earliest start and ended at the latest end;
 *   - it is answered when any of its rows was answered by a person: ANSWERED with a destination
 *     channel. Its wait runs from the call's first start to the earliest such answer (the answer
 *     time, or start + duration - billsec without one), its talk is the greatest billsec of those
 *     rows. ANSWERED without a destination channel is the dialplan answering (a greeting), not a
 *     person;
 *   - otherwise it is abandoned (a CDR cannot tell a timeout or a key press from an abandon),
 *     with the wait from its first start to its last end.
 *   The CDR starts when the call reaches the PBX, so a wait includes any greeting or menu before
 *   the queue; when the dialplan answers before Queue() the member's answer time is unknown. Only
 *   queue_log can tell them apart.
 * - The call's id is its uniqueid (else linkedid, else `${channel}@${first start epoch seconds}`).
 * - answeredEnd is null: a CDR does not say who hung up.
 * Pure.
 */
import { QUEUE_NAME_MAX_LENGTH, type CsvCall } from './call-csv.js';
import { cdrField, type CdrColumnSet, type CdrRecord } from './cdr-csv.js';
/** A queued call from a CDR: the fields of a CSV call and when it ended. */
export interface CdrQueuedCall extends CsvCall {
  endedAt: Date;
}

/** Why a CDR gives no queued call; the importer counts each. */
export type CdrSkipReason = 'not_a_queue_call' | 'no_queue_name' | 'queue_name_too_long' | 'failed_call';

const wholeSeconds = (fromMs: number, toMs: number) => Math.max(0, Math.round((toMs - fromMs) / 1000));

/**
 * Why a row gives no queued call, from its lastapp, lastdata and disposition alone (so that a row
 * of no interest is never refused for what else it lacks); null for a queue row.
 */
export function cdrRowSkip(
  lastApplication: string,
  lastData: string,
  disposition: string,
): CdrSkipReason | null {
  if (lastApplication.trim().toLowerCase() !== 'queue') return 'not_a_queue_call';
  const queue = queueOf(lastData);
  if (queue === '') return 'no_queue_name';
  if (queue.length > QUEUE_NAME_MAX_LENGTH) return 'queue_name_too_long';
  const d = disposition.trim();
  if (d === 'FAILED' || d === 'CONGESTION' || d === 'UNKNOWN') return 'failed_call';
  return null;
}

/** cdrRowSkip on a row split into fields, read with the file's column set. */
export function cdrFieldsSkip(fields: readonly string[], columns: CdrColumnSet): CdrSkipReason | null {
  return cdrRowSkip(
    cdrField(fields, columns, 'lastapp'),
    cdrField(fields, columns, 'lastdata'),
    cdrField(fields, columns, 'disposition'),
  );
}

const queueOf = (lastData: string) => (lastData.split(',')[0] ?? '').trim();

/** The queued call one row describes on its own (a call of one row), or why it describes none. */
export function cdrQueuedCall(record: CdrRecord): { call: CdrQueuedCall } | { skip: CdrSkipReason } {
  const skip = cdrRowSkip(record.lastApplication, record.lastData, record.disposition);
  if (skip) return { skip };
  const grouper = new CdrCallGrouper();
  grouper.push(record);
  const [call] = grouper.finish();
  return { call: (call as CdrCall).call };
}

/** A call merged from its rows, with the lines that made it (for --explain). */
export interface CdrCall {
  call: CdrQueuedCall;
  /** The lines of its rows, in file order (the first 20). */
  lines: number[];
  rows: number;
}

/** The rows of one call so far. */
interface OpenCall {
  key: string;
  queue: string;
  id: string | null;
  channel: string;
  firstStart: number;
  lastEnd: number;
  /** Earliest answer by a person (epoch ms), or null. */
  answeredAt: number | null;
  talkSeconds: number;
  lines: number[];
  rows: number;
}

/** A call is complete once a row starting this long after its last end has been read. */
const GROUP_WINDOW_MS = 86_400_000;
const LINES_KEPT = 20;

/**
 * Merges the queue rows of a file into calls (see the module comment). Rows are pushed in file
 * order (skipped rows never); `push` returns the calls that can no longer get a row: those whose
 * last end is more than a day before the latest start read, so memory holds about a day of calls.
 * `finish` returns the rest.
 */
export class CdrCallGrouper {
  private readonly open = new Map<string, OpenCall>();
  private latestStart = -Infinity;
  private pushed = 0;

  push(record: CdrRecord): CdrCall[] {
    const queue = queueOf(record.lastData);
    const uniqueId = record.uniqueId?.trim() ?? '';
    const linkedId = record.linkedId?.trim() ?? '';
    const id = uniqueId !== '' ? uniqueId : linkedId !== '' ? linkedId : null;
    const key = `${id === null ? `channel\u0000${record.channel}` : `id\u0000${id}`}\u0000${queue}`;
    const start = record.start.getTime();
    const end = Math.max(start, record.end.getTime());
    const done: CdrCall[] = [];
    let call = this.open.get(key);
    // Without an id, a channel name is reused only after its call ended: a row starting after the
    // call's last end is another call.
    if (call && id === null && start > call.lastEnd) {
      done.push(close(call));
      this.open.delete(key);
      call = undefined;
    }
    if (!call) {
      call = {
        key,
        queue,
        id,
        channel: record.channel,
        firstStart: start,
        lastEnd: end,
        answeredAt: null,
        talkSeconds: 0,
        lines: [],
        rows: 0,
      };
      this.open.set(key, call);
    }
    call.firstStart = Math.min(call.firstStart, start);
    call.lastEnd = Math.max(call.lastEnd, end);
    call.rows += 1;
    if (call.lines.length < LINES_KEPT) call.lines.push(record.line);
    if (record.disposition === 'ANSWERED' && record.destinationChannel.trim() !== '') {
      const answeredAt =
        record.answer === null
          ? start + Math.max(0, record.durationSeconds - record.billableSeconds) * 1000
          : record.answer.getTime();
      call.answeredAt = call.answeredAt === null ? answeredAt : Math.min(call.answeredAt, answeredAt);
      call.talkSeconds = Math.max(call.talkSeconds, record.billableSeconds);
    }
    if (start > this.latestStart) this.latestStart = start;
    this.pushed += 1;
    if (this.pushed % 1000 === 0) done.push(...this.closeBefore(this.latestStart - GROUP_WINDOW_MS));
    return done;
  }

  /** Every call still open. */
  finish(): CdrCall[] {
    const rest = [...this.open.values()].map(close);
    this.open.clear();
    return rest;
  }

  private closeBefore(limit: number): CdrCall[] {
    const done: CdrCall[] = [];
    for (const [key, call] of this.open) {
      if (call.lastEnd < limit) {
        done.push(close(call));
        this.open.delete(key);
      }
    }
    return done;
  }
}

function close(open: OpenCall): CdrCall {
  const enteredAt = new Date(open.firstStart);
  const callId = open.id ?? `${open.channel}@${Math.floor(open.firstStart / 1000)}`;
  const base = { callId, queue: open.queue, enteredAt, endedAt: new Date(open.lastEnd), answeredEnd: null };
  const call: CdrQueuedCall =
    open.answeredAt === null
      ? {
          ...base,
          outcome: 'abandoned',
          waitSeconds: wholeSeconds(open.firstStart, open.lastEnd),
          talkSeconds: 0,
        }
      : {
          ...base,
          outcome: 'answered',
          waitSeconds: wholeSeconds(open.firstStart, open.answeredAt),
          talkSeconds: open.talkSeconds,
        };
  return { call, lines: open.lines, rows: open.rows };
}
