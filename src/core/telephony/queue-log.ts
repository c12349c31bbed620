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
 * RINGNOANSWER and RINGCANCELED carry milliseconds; every other time is in whole seconds.
 * Events written by the QueueLog() dialplan application or the AMI QueueLog action (QueueMetrics'
 * DID or INFO, Wazo's FULL or CLOSED, ...) are returned as `custom`, so the importer can count
 * them.
 */

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
      /** Absent in pre-1.8 TRANSFER lines. */
      originalPosition: number | null;
    }
  | {
      type: 'ATTENDEDTRANSFER';
      method: 'BRIDGE' | 'APP' | 'LINK';
      /** The bridge id, the application, or the two linked channels joined by `|`. */
      target: string;
      holdSeconds: number;
      talkSeconds: number;
      originalPosition: number;
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
  BLINDTRANSFER: [5, 5],
  TRANSFER: [4, 5],
  ATTENDEDTRANSFER: [5, 6],
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
export function parseQueueLogLine(text: string, line: number): QueueLogParse {
  const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
  const reject = (reason: string): QueueLogParse => ({ rejection: { line, reason } });
  if (raw.trim() === '') return reject('empty line');
  const fields = raw.split('|');
  if (fields.length < 5) {
    return reject(`expected at least 5 fields (time|callid|queue|agent|event), found ${fields.length}`);
  }
  const [timeText, callId, queue, agent, eventName] = fields as [string, string, string, string, string];
  if (!WHOLE.test(timeText)) return reject(`time "${timeText}" is not whole epoch seconds`);
  if (callId === '') return reject('callid is empty');
  if (queue === '') return reject('queue is empty');
  if (eventName === '') return reject('event is empty');
  const params = fields.slice(5);
  while (params.length > 0 && params[params.length - 1] === '') params.pop();

  const base: QueueLogLine = { line, time: Number(timeText), callId, queue, agent, raw };
  const arity = ARITY[eventName];
  if (!arity) return { event: Object.assign(base, { type: 'custom' as const, event: eventName, params }) };
  const [min, max] = arity;
  if (params.length < min || params.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return reject(`${eventName} expects ${expected} fields after the event, found ${params.length}`);
  }
  try {
    // Object.assign, not spread: spreading into a new object is several times slower in V8, and
    // this runs once per line of files with millions of lines.
    return { event: Object.assign(base, readBody(eventName, params)) };
  } catch (error) {
    if (error instanceof FieldError) return reject(`${eventName} ${error.message}`);
    throw error;
  }
}

function readBody(eventName: string, p: string[]): QueueLogEventBody {
  const text = (i: number): string => p[i] ?? '';
  const whole = (i: number, name: string): number => {
    const value = text(i);
    if (!WHOLE.test(value)) throw new FieldError(`${name} "${value}" is not a whole number`);
    return Number(value);
  };
  const optionalWhole = (i: number, name: string): number | null => (text(i) === '' ? null : whole(i, name));
  const rest = (from: number): string => p.slice(from).join('|');

  switch (eventName) {
    case 'ENTERQUEUE':
      return {
        type: 'ENTERQUEUE',
        url: text(0),
        callerIdNumber: text(1),
        originalPosition: optionalWhole(2, 'origposition'),
        callerIdName: p.length > 3 ? text(3) : null,
      };
    case 'CONNECT':
      return {
        type: 'CONNECT',
        holdSeconds: whole(0, 'holdtime'),
        memberUniqueId: text(1) === '' ? null : text(1),
        ringSeconds: optionalWhole(2, 'ringtime'),
      };
    case 'COMPLETECALLER':
    case 'COMPLETEAGENT':
      return {
        type: eventName,
        holdSeconds: whole(0, 'holdtime'),
        talkSeconds: whole(1, 'calltime'),
        originalPosition: optionalWhole(2, 'origposition'),
      };
    case 'ABANDON':
    case 'EXITWITHTIMEOUT':
    case 'EXITEMPTY':
      return {
        type: eventName,
        position: whole(0, 'position'),
        originalPosition: optionalWhole(1, 'origposition'),
        waitSeconds: optionalWhole(2, 'waittime'),
      };
    case 'EXITWITHKEY':
      return {
        type: 'EXITWITHKEY',
        key: text(0),
        position: whole(1, 'position'),
        originalPosition: optionalWhole(2, 'origposition'),
        waitSeconds: optionalWhole(3, 'waittime'),
      };
    case 'WITHDRAW':
      return {
        type: 'WITHDRAW',
        position: whole(0, 'position'),
        originalPosition: whole(1, 'origposition'),
        waitSeconds: whole(2, 'waittime'),
        info: rest(3),
      };
    case 'RINGNOANSWER':
    case 'RINGCANCELED':
      return { type: eventName, ringMilliseconds: whole(0, 'ringtime (ms)') };
    case 'BLINDTRANSFER':
    case 'TRANSFER':
      return {
        type: eventName,
        extension: text(0),
        context: text(1),
        holdSeconds: whole(2, 'holdtime'),
        talkSeconds: whole(3, 'calltime'),
        originalPosition: optionalWhole(4, 'origposition'),
      };
    case 'ATTENDEDTRANSFER': {
      const method = text(0);
      const targetFields = method === 'LINK' ? 2 : 1;
      if (method !== 'BRIDGE' && method !== 'APP' && method !== 'LINK') {
        throw new FieldError(`method "${method}" is not BRIDGE, APP or LINK`);
      }
      if (p.length !== 4 + targetFields) {
        throw new FieldError(`${method} expects ${4 + targetFields} fields, found ${p.length}`);
      }
      const at = 1 + targetFields;
      return {
        type: 'ATTENDEDTRANSFER',
        method,
        target: p.slice(1, at).join('|'),
        holdSeconds: whole(at, 'holdtime'),
        talkSeconds: whole(at + 1, 'calltime'),
        originalPosition: whole(at + 2, 'origposition'),
      };
    }
    case 'AGENTDUMP':
    case 'SYSCOMPAT':
    case 'REMOVEMEMBER':
    case 'QUEUESTART':
    case 'CONFIGRELOAD':
      return { type: eventName };
    case 'ADDMEMBER':
      if (text(0) !== '' && text(0) !== 'PAUSED') {
        throw new FieldError(`"${text(0)}" is neither PAUSED nor empty`);
      }
      return { type: 'ADDMEMBER', paused: text(0) === 'PAUSED' };
    case 'PAUSE':
    case 'UNPAUSE':
    case 'PAUSEALL':
    case 'UNPAUSEALL':
      return { type: eventName, reason: rest(0) };
    case 'PENALTY':
      return { type: 'PENALTY', penalty: whole(0, 'penalty') };
    case 'RINGINUSE':
      if (text(0) !== '0' && text(0) !== '1') throw new FieldError(`"${text(0)}" is not 0 or 1`);
      return { type: 'RINGINUSE', ringInUse: text(0) === '1' };
    case 'AGENTLOGIN':
      return { type: 'AGENTLOGIN', channel: text(0) };
    case 'AGENTLOGOFF':
      return { type: 'AGENTLOGOFF', channel: text(0), loginSeconds: optionalWhole(1, 'logintime') };
    case 'OUTCALL':
    case 'AGENTCALLBACKLOGIN':
    case 'AGENTCALLBACKLOGOFF':
      return { type: eventName, params: p };
    default:
      throw new Error(`no reader for ${eventName}`);
  }
}
