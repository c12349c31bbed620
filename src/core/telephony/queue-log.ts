/**
 * One line of an Asterisk queue_log file (file backend) to a typed event, or a rejection with the
 * line number and the reason. Field order and arities follow ../shared/data/telephony/queue_log.md
 * (apps/app_queue.c and main/logger.c, where the code wins over the documentation page):
 *
 *     <epoch>|<callid>|<queuename>|<agent>|<EVENT>|<data1>|<data2>|...
 *
 * Pure and line by line, so a streaming importer can parse files of millions of lines with
 * bounded memory. Trailing empty fields are not significant (a param-less event still ends with
 * `|`, and some writers pad data1..data5), so they are dropped before the arity is checked.
 * RINGNOANSWER and RINGCANCELED carry milliseconds; every other time is in whole seconds. The time
 * field is whole epoch seconds; with a QueueLogClock (queue-log-time.ts) also the forms of the
 * realtime backend (fractional epochs, local dates and times).
 * Events written by the QueueLog() dialplan application or the AMI QueueLog action (QueueMetrics'
 * DID or INFO, Wazo's FULL or CLOSED, ...) are returned as `custom`, so the importer can count
 * them.
 */

import type { QueueLogClock } from './queue-log-time.js';

/** Fields every line has. `time` is epoch seconds in the PBX's clock. */
export interface QueueLogLine {
  /** 1-based line number in the file. */
  line: number;
  time: number;
  callId: string;
  queue: string;
  agent: string;
  /** The line as read (without the line break): exact duplicates are recognised by it. */
  raw: string;
}

export type QueueLogEventBody =
  | {
      type: 'ENTERQUEUE';
      url: string;
      callerIdNumber: string;
      /** Absent in Asterisk 1.4/1.6 lines (url|callerid only). */
      originalPosition: number | null;
      /** Only with log-caller-id-name=yes. */
      callerIdName: string | null;
    }
  | {
      type: 'CONNECT';
      holdSeconds: number;
      /** Absent before Asterisk 1.4. */
      memberUniqueId: string | null;
      /** Absent before Asterisk 1.8. */
      ringSeconds: number | null;
    }
  | {
      type: 'COMPLETECALLER' | 'COMPLETEAGENT';
      holdSeconds: number;
      talkSeconds: number;
      originalPosition: number | null;
    }
  | {
      type: 'ABANDON' | 'EXITWITHTIMEOUT' | 'EXITEMPTY';
      position: number;
      originalPosition: number | null;
      /** Absent in old EXITWITHTIMEOUT lines (position only). */
      waitSeconds: number | null;
    }
  | {
      type: 'EXITWITHKEY';
      key: string;
      position: number;
      originalPosition: number | null;
      /** Absent in old lines (key|position only). */
      waitSeconds: number | null;
    }
  | {
      type: 'WITHDRAW';
      position: number;
      originalPosition: number;
      waitSeconds: number;
      info: string;
    }
  | { type: 'RINGNOANSWER' | 'RINGCANCELED'; ringMilliseconds: number }
  | {
      type: 'BLINDTRANSFER' | 'TRANSFER';
      extension: string;
      context: string;
      holdSeconds: number;
      talkSeconds: number;
      /** Absent in pre-1.8 TRANSFER lines, and in the BLINDTRANSFER lines of Wazo's statcenter tests. */
      originalPosition: number | null;
    }
  | {
      type: 'ATTENDEDTRANSFER';
      method: 'BRIDGE' | 'APP' | 'LINK';
      /** The bridge id, the application, or the two linked channels joined by `|`. */
      target: string;
      holdSeconds: number;
      talkSeconds: number;
      /** Absent in the lines of Wazo's statcenter tests (BRIDGE|id|holdtime|calltime). */
      originalPosition: number | null;
    }
  | { type: 'AGENTDUMP' | 'SYSCOMPAT' | 'REMOVEMEMBER' | 'QUEUESTART' | 'CONFIGRELOAD' }
  | { type: 'ADDMEMBER'; paused: boolean }
  | { type: 'PAUSE' | 'UNPAUSE' | 'PAUSEALL' | 'UNPAUSEALL'; reason: string }
  | { type: 'PENALTY'; penalty: number }
  | { type: 'RINGINUSE'; ringInUse: boolean }
  | { type: 'AGENTLOGIN'; channel: string }
  | { type: 'AGENTLOGOFF'; channel: string; loginSeconds: number | null }
  | { type: 'OUTCALL' | 'AGENTCALLBACKLOGIN' | 'AGENTCALLBACKLOGOFF'; params: string[] }
  | { type: 'custom'; event: string; params: string[] };

export type QueueLogEvent = QueueLogLine & QueueLogEventBody;

export type QueueLogEventType = QueueLogEventBody['type'];

export interface QueueLogRejection {
  line: number;
  reason: string;
}

export type QueueLogParse = { event: QueueLogEvent } | { rejection: QueueLogRejection };

/** Whether the event concerns one queued call (as opposed to members, queues or the logger). */
export function isCallEvent(event: QueueLogEvent): boolean {
  return CALL_EVENTS.has(event.type) && !NON_CALL_IDS.has(event.callId) && event.queue !== 'NONE';
}

const CALL_EVENTS = new Set<QueueLogEventType>([
  'ENTERQUEUE',
  'CONNECT',
  'COMPLETECALLER',
  'COMPLETEAGENT',
  'ABANDON',
  'EXITWITHTIMEOUT',
  'EXITWITHKEY',
  'EXITEMPTY',
  'WITHDRAW',
  'RINGNOANSWER',
  'RINGCANCELED',
  'AGENTDUMP',
  'SYSCOMPAT',
  'BLINDTRANSFER',
  'ATTENDEDTRANSFER',
  'TRANSFER',
]);

const NON_CALL_IDS = new Set(['NONE', 'REALTIME', 'MANAGER', 'CLI']);

/**
 * Why a caller was turned away: the queue did not take the call in (docs/metrics.md, "Callers
 * turned away"). Asterisk's Queue() does not log these itself: it ends with QUEUESTATUS FULL,
 * JOINEMPTY or JOINUNAVAIL and the dialplan (FreePBX, QueueMetrics setups) or the platform (Wazo:
 * FULL, JOINEMPTY, CLOSED, DIVERT_CA_RATIO, DIVERT_HOLDTIME) writes the event with QueueLog().
 * Events of a caller who was in the queue and left it (EXITWITHKEY, EXITEMPTY, Wazo's
 * LEAVEEMPTY) are not turned away: that call was offered.
 */
export type TurnedAwayReason = 'full' | 'join_empty' | 'join_unavailable' | 'closed' | 'diverted';

export const TURNED_AWAY_EVENTS: Readonly<Record<string, TurnedAwayReason>> = {
  FULL: 'full',
  JOINEMPTY: 'join_empty',
  JOINUNAVAIL: 'join_unavailable',
  CLOSED: 'closed',
  DIVERT_CA_RATIO: 'diverted',
  DIVERT_HOLDTIME: 'diverted',
};

/** The reason a custom event turned a caller away, or null (not such an event, or no caller). */
export function turnedAwayReason(event: QueueLogEvent): TurnedAwayReason | null {
  if (event.type !== 'custom' || NON_CALL_IDS.has(event.callId) || event.queue === 'NONE') return null;
  return Object.hasOwn(TURNED_AWAY_EVENTS, event.event) ? (TURNED_AWAY_EVENTS[event.event] ?? null) : null;
}

/** Thrown inside the parser for a field that does not read; becomes the line's rejection. */
class FieldError extends Error {}

const WHOLE = /^\d+$/;

/** The number of params allowed for each fixed-arity event: [minimum, maximum]. */
const ARITY: Record<string, readonly [number, number]> = {
  ENTERQUEUE: [0, 4],
  CONNECT: [1, 3],
  COMPLETECALLER: [2, 3],
  COMPLETEAGENT: [2, 3],
  ABANDON: [3, 3],
  EXITWITHTIMEOUT: [1, 3],
  EXITEMPTY: [3, 3],
  EXITWITHKEY: [2, 4],
  WITHDRAW: [3, Infinity],
  RINGNOANSWER: [1, 1],
  RINGCANCELED: [1, 1],
  AGENTDUMP: [0, 0],
  SYSCOMPAT: [0, 0],
  REMOVEMEMBER: [0, 0],
  QUEUESTART: [0, 0],
  CONFIGRELOAD: [0, 0],
  BLINDTRANSFER: [4, 5],
  TRANSFER: [4, 5],
  ATTENDEDTRANSFER: [4, 6],
  ADDMEMBER: [0, 1],
  PAUSE: [0, Infinity],
  UNPAUSE: [0, Infinity],
  PAUSEALL: [0, Infinity],
  UNPAUSEALL: [0, Infinity],
  PENALTY: [1, 1],
  RINGINUSE: [1, 1],
  AGENTLOGIN: [0, 1],
  AGENTLOGOFF: [1, 2],
  OUTCALL: [0, Infinity],
  AGENTCALLBACKLOGIN: [0, Infinity],
  AGENTCALLBACKLOGOFF: [0, Infinity],
};

/**
 * Parses one line (without its line break; a trailing `\r` is ignored) numbered `line` (1-based).
 */
export function parseQueueLogLine(text: string, line: number, clock?: QueueLogClock): QueueLogParse {
  const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (raw.trim() === '') return { rejection: { line, reason: 'empty line' } };
  const fields = raw.split('|');
  if (fields.length < 5) {
    return {
      rejection: {
        line,
        reason: `expected at least 5 fields (time|callid|queue|agent|event), found ${fields.length}`,
      },
    };
  }
  const timeText = fields[0] as string;
  const callId = fields[1] as string;
  const queue = fields[2] as string;
  const agent = fields[3] as string;
  const eventName = fields[4] as string;
  const time = clock ? clock.read(timeText) : WHOLE.test(timeText) ? Number(timeText) : null;
  if (time === null) {
    return {
      rejection: {
        line,
        reason: clock
          ? `time "${timeText}" is not epoch seconds nor a date and time YYYY-MM-DD HH:MM:SS[.ffffff]`
          : `time "${timeText}" is not whole epoch seconds`,
      },
    };
  }
  if (callId === '') return { rejection: { line, reason: 'callid is empty' } };
  if (queue === '') return { rejection: { line, reason: 'queue is empty' } };
  if (eventName === '') return { rejection: { line, reason: 'event is empty' } };
  // The params are fields 5.. without trailing empty ones; `count` of them, read in place.
  let count = fields.length - 5;
  while (count > 0 && fields[4 + count] === '') count -= 1;

  const base: QueueLogLine = { line, time, callId, queue, agent, raw };
  const arity = ARITY[eventName];
  if (!arity) {
    return { event: { ...base, type: 'custom', event: eventName, params: fields.slice(5, 5 + count) } };
  }
  const [min, max] = arity;
  if (count < min || count > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return {
      rejection: { line, reason: `${eventName} expects ${expected} fields after the event, found ${count}` },
    };
  }
  try {
    return { event: readEvent(base, eventName, fields, count) };
  } catch (error) {
    if (error instanceof FieldError) return { rejection: { line, reason: `${eventName} ${error.message}` } };
    throw error;
  }
}

// Readers of param i (field 5 + i), as module functions: this runs once per line of files with
// millions of lines, and closures or spreading per line made it several times slower.
function param(f: readonly string[], count: number, i: number): string {
  return i < count ? (f[5 + i] as string) : '';
}

function whole(f: readonly string[], count: number, i: number, name: string): number {
  const value = param(f, count, i);
  if (!WHOLE.test(value)) throw new FieldError(`${name} "${value}" is not a whole number`);
  return Number(value);
}

function optionalWhole(f: readonly string[], count: number, i: number, name: string): number | null {
  return param(f, count, i) === '' ? null : whole(f, count, i, name);
}

function restOf(f: readonly string[], count: number, from: number): string {
  return f.slice(5 + from, 5 + count).join('|');
}

/** The event of a line whose fixed arity has been checked; FieldError for a field that does not read. */
function readEvent(b: QueueLogLine, eventName: string, f: readonly string[], n: number): QueueLogEvent {
  const { line, time, callId, queue, agent, raw } = b;
  switch (eventName) {
    case 'ENTERQUEUE':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'ENTERQUEUE',
        url: param(f, n, 0),
        callerIdNumber: param(f, n, 1),
        originalPosition: optionalWhole(f, n, 2, 'origposition'),
        callerIdName: n > 3 ? param(f, n, 3) : null,
      };
    case 'CONNECT': {
      const member = param(f, n, 1);
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'CONNECT',
        holdSeconds: whole(f, n, 0, 'holdtime'),
        memberUniqueId: member === '' ? null : member,
        ringSeconds: optionalWhole(f, n, 2, 'ringtime'),
      };
    }
    case 'COMPLETECALLER':
    case 'COMPLETEAGENT':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: eventName,
        holdSeconds: whole(f, n, 0, 'holdtime'),
        talkSeconds: whole(f, n, 1, 'calltime'),
        originalPosition: optionalWhole(f, n, 2, 'origposition'),
      };
    case 'ABANDON':
    case 'EXITWITHTIMEOUT':
    case 'EXITEMPTY':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: eventName,
        position: whole(f, n, 0, 'position'),
        originalPosition: optionalWhole(f, n, 1, 'origposition'),
        waitSeconds: optionalWhole(f, n, 2, 'waittime'),
      };
    case 'EXITWITHKEY':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'EXITWITHKEY',
        key: param(f, n, 0),
        position: whole(f, n, 1, 'position'),
        originalPosition: optionalWhole(f, n, 2, 'origposition'),
        waitSeconds: optionalWhole(f, n, 3, 'waittime'),
      };
    case 'WITHDRAW':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'WITHDRAW',
        position: whole(f, n, 0, 'position'),
        originalPosition: whole(f, n, 1, 'origposition'),
        waitSeconds: whole(f, n, 2, 'waittime'),
        info: restOf(f, n, 3),
      };
    case 'RINGNOANSWER':
    case 'RINGCANCELED':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: eventName,
        ringMilliseconds: whole(f, n, 0, 'ringtime (ms)'),
      };
    case 'BLINDTRANSFER':
    case 'TRANSFER':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: eventName,
        extension: param(f, n, 0),
        context: param(f, n, 1),
        holdSeconds: whole(f, n, 2, 'holdtime'),
        talkSeconds: whole(f, n, 3, 'calltime'),
        originalPosition: optionalWhole(f, n, 4, 'origposition'),
      };
    case 'ATTENDEDTRANSFER': {
      const method = param(f, n, 0);
      const targetFields = method === 'LINK' ? 2 : 1;
      if (method !== 'BRIDGE' && method !== 'APP' && method !== 'LINK') {
        throw new FieldError(`method "${method}" is not BRIDGE, APP or LINK`);
      }
      if (n !== 3 + targetFields && n !== 4 + targetFields) {
        throw new FieldError(`${method} expects ${3 + targetFields} or ${4 + targetFields} fields, found ${n}`);
      }
      const at = 1 + targetFields;
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'ATTENDEDTRANSFER',
        method,
        target: f.slice(6, 5 + at).join('|'),
        holdSeconds: whole(f, n, at, 'holdtime'),
        talkSeconds: whole(f, n, at + 1, 'calltime'),
        originalPosition: optionalWhole(f, n, at + 2, 'origposition'),
      };
    }
    case 'AGENTDUMP':
    case 'SYSCOMPAT':
    case 'REMOVEMEMBER':
    case 'QUEUESTART':
    case 'CONFIGRELOAD':
      return { line, time, callId, queue, agent, raw, type: eventName };
    case 'ADDMEMBER': {
      const paused = param(f, n, 0);
      if (paused !== '' && paused !== 'PAUSED')
        throw new FieldError(`"${paused}" is neither PAUSED nor empty`);
      return { line, time, callId, queue, agent, raw, type: 'ADDMEMBER', paused: paused === 'PAUSED' };
    }
    case 'PAUSE':
    case 'UNPAUSE':
    case 'PAUSEALL':
    case 'UNPAUSEALL':
      return { line, time, callId, queue, agent, raw, type: eventName, reason: restOf(f, n, 0) };
    case 'PENALTY':
      return { line, time, callId, queue, agent, raw, type: 'PENALTY', penalty: whole(f, n, 0, 'penalty') };
    case 'RINGINUSE': {
      const value = param(f, n, 0);
      if (value !== '0' && value !== '1') throw new FieldError(`"${value}" is not 0 or 1`);
      return { line, time, callId, queue, agent, raw, type: 'RINGINUSE', ringInUse: value === '1' };
    }
    case 'AGENTLOGIN':
      return { line, time, callId, queue, agent, raw, type: 'AGENTLOGIN', channel: param(f, n, 0) };
    case 'AGENTLOGOFF':
      return {
        line,
        time,
        callId,
        queue,
        agent,
        raw,
        type: 'AGENTLOGOFF',
        channel: param(f, n, 0),
        loginSeconds: optionalWhole(f, n, 1, 'logintime'),
      };
    case 'OUTCALL':
    case 'AGENTCALLBACKLOGIN':
    case 'AGENTCALLBACKLOGOFF':
      return { line, time, callId, queue, agent, raw, type: eventName, params: f.slice(5, 5 + n) };
    default:
      throw new Error(`no reader for ${eventName}`);
  }
}
