/**
 * The queued call in an Asterisk CDR (one Master.csv row, parsed by cdr-csv.ts), for PBXs whose
 * queue_log is not available. A CDR describes the whole call, not its time in the queue, so the
 * call it gives is coarser than the one queue_log gives (call-assembly.ts). Decisions:
 *
 * - A queue call is one whose last application was Queue (any case); its queue is the first
 *   comma-separated part of lastdata ("support,t,,,300" -> support). Any other row is skipped as
 *   `not_a_queue_call`, and so is a call that left the queue (timeout, key, empty queue) and went
 *   on in the dialplan (voicemail, a menu): the CDR keeps only the last application. An empty
 *   queue name is skipped as `no_queue_name`, one longer than a queue name may be (100) as
 *   `queue_name_too_long`.
 * - The call's id is its uniqueid. Rows without one (loguniqueid=no) are identified by channel
 *   and start: `${channel}@${start epoch seconds}`, unique since a channel name is unique while
 *   the channel lives.
 * - It entered at the CDR's start and ended at its end. The CDR starts when the call reaches the
 *   PBX, so the wait includes any greeting or menu before the queue.
 * - ANSWERED with a destination channel: answered by a queue member. Wait is start to answer
 *   (duration - billsec when the answer time is missing), talk is billsec. When the dialplan
 *   answers before Queue() (to play a greeting), the CDR's answer time is that answer, not the
 *   member's: the wait is then understated and the talk includes the time in the queue. Only
 *   queue_log can tell them apart.
 * - ANSWERED without a destination channel: the dialplan answered (a greeting) but no member was
 *   ever connected, so the caller gave up in the queue: abandoned, wait = duration. Counting it as
 *   answered would make such a PBX's availability 100%.
 * - NO ANSWER, CANCEL and BUSY: the caller hung up before anyone answered: abandoned, wait =
 *   duration. A CDR cannot tell a timeout or a key press from an abandon.
 * - FAILED, CONGESTION and UNKNOWN: the call never properly reached the queue: skipped as
 *   `failed_call`.
 * - answeredEnd is null: a CDR does not say who hung up.
 * - One row, one call. Asterisk 12 and later may write a row per member rung (ringall), each with
 *   the caller's uniqueid; those rows give calls with the same id, and keeping one of them (the
 *   answered one) is the importer's, which sees all the rows.
 * Pure.
 */
import { QUEUE_NAME_MAX_LENGTH, type CsvCall } from './call-csv.js';
import type { CdrRecord } from './cdr-csv.js';

/** A queued call from a CDR: the fields of a CSV call and when it ended. */
export interface CdrQueuedCall extends CsvCall {
  endedAt: Date;
}

/** Why a CDR gives no queued call; the importer counts each. */
export type CdrSkipReason = 'not_a_queue_call' | 'no_queue_name' | 'queue_name_too_long' | 'failed_call';

const wholeSeconds = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/** The queued call a CDR describes, or why it describes none (see the module comment). */
export function cdrQueuedCall(record: CdrRecord): { call: CdrQueuedCall } | { skip: CdrSkipReason } {
  if (record.lastApplication.trim().toLowerCase() !== 'queue') return { skip: 'not_a_queue_call' };
  const queue = (record.lastData.split(',')[0] ?? '').trim();
  if (queue === '') return { skip: 'no_queue_name' };
  if (queue.length > QUEUE_NAME_MAX_LENGTH) return { skip: 'queue_name_too_long' };

  const uniqueId = record.uniqueId?.trim() ?? '';
  const callId =
    uniqueId !== '' ? uniqueId : `${record.channel}@${Math.floor(record.start.getTime() / 1000)}`;
  const base = { callId, queue, enteredAt: record.start, endedAt: record.end, answeredEnd: null };

  switch (record.disposition) {
    case 'ANSWERED':
      if (record.destinationChannel.trim() !== '') {
        const wait =
          record.answer === null
            ? Math.max(0, record.durationSeconds - record.billableSeconds)
            : wholeSeconds(record.start, record.answer);
        return {
          call: { ...base, outcome: 'answered', waitSeconds: wait, talkSeconds: record.billableSeconds },
        };
      }
      return { call: { ...base, outcome: 'abandoned', waitSeconds: record.durationSeconds, talkSeconds: 0 } };
    case 'NO ANSWER':
    case 'CANCEL':
    case 'BUSY':
      return { call: { ...base, outcome: 'abandoned', waitSeconds: record.durationSeconds, talkSeconds: 0 } };
    case 'FAILED':
    case 'CONGESTION':
    case 'UNKNOWN':
      return { skip: 'failed_call' };
  }
}
