import { describe, expect, it } from 'vitest';
import { isCallEvent, parseQueueLogLine, type QueueLogEvent } from './queue-log.js';

/** The event of a line that must parse, without the common fields. */
function body(text: string): Record<string, unknown> {
  const result = parseQueueLogLine(text, 7);
  if (!('event' in result)) throw new Error(`rejected: ${result.rejection.reason}`);
  const { line: _l, time: _t, callId: _c, queue: _q, agent: _a, raw: _r, ...rest } = result.event;
  return rest;
}

function event(text: string): QueueLogEvent {
  const result = parseQueueLogLine(text, 7);
  if (!('event' in result)) throw new Error(`rejected: ${result.rejection.reason}`);
  return result.event;
}

function reason(text: string): string {
  const result = parseQueueLogLine(text, 7);
  if (!('rejection' in result)) throw new Error('parsed');
  expect(result.rejection.line).toBe(7);
  return result.rejection.reason;
}

describe('parseQueueLogLine: common fields', () => {
  it('reads time, callid, queue and agent, and keeps the raw line without \\r', () => {
    expect(event('1772362800|1772362800.1042|kundtjanst|NONE|ENTERQUEUE||0701234567|1\r')).toEqual({
      line: 7,
      time: 1772362800,
      callId: '1772362800.1042',
      queue: 'kundtjanst',
      agent: 'NONE',
      raw: '1772362800|1772362800.1042|kundtjanst|NONE|ENTERQUEUE||0701234567|1',
      type: 'ENTERQUEUE',
      url: '',
      callerIdNumber: '0701234567',
      originalPosition: 1,
      callerIdName: null,
    });
  });

  it.each([
    ['', 'empty line'],
    ['   ', 'empty line'],
    ['1772362800|x|q|NONE', 'expected at least 5 fields (time|callid|queue|agent|event), found 4'],
    ['2026-03-01 10:00:00|x|q|NONE|ABANDON|1|1|5', 'time "2026-03-01 10:00:00" is not whole epoch seconds'],
    ['1772362800.5|x|q|NONE|ABANDON|1|1|5', 'time "1772362800.5" is not whole epoch seconds'],
    ['1772362800||q|NONE|ABANDON|1|1|5', 'callid is empty'],
    ['1772362800|x||NONE|ABANDON|1|1|5', 'queue is empty'],
    ['1772362800|x|q|NONE||1|1|5', 'event is empty'],
  ])('rejects %j: %s', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });
});

describe('parseQueueLogLine: every event Asterisk writes', () => {
  const P = '1772362800|1772362800.1042|kundtjanst|Anna';
  it.each<[string, Record<string, unknown>, string]>([
    // Gotcha 1: ENTERQUEUE with 2, 3 and 4 params.
    [
      `${P}|ENTERQUEUE||0701234567`,
      {
        type: 'ENTERQUEUE',
        url: '',
        callerIdNumber: '0701234567',
        originalPosition: null,
        callerIdName: null,
      },
      'Asterisk 1.4: url|callerid',
    ],
    [
      `${P}|ENTERQUEUE||0701234567|3`,
      { type: 'ENTERQUEUE', url: '', callerIdNumber: '0701234567', originalPosition: 3, callerIdName: null },
      'current: url|callerid|origposition',
    ],
    [
      `${P}|ENTERQUEUE||0701234567|3|Anna_Berg`,
      {
        type: 'ENTERQUEUE',
        url: '',
        callerIdNumber: '0701234567',
        originalPosition: 3,
        callerIdName: 'Anna_Berg',
      },
      'log-caller-id-name=yes',
    ],
    [
      `${P}|ENTERQUEUE|||`,
      { type: 'ENTERQUEUE', url: '', callerIdNumber: '', originalPosition: null, callerIdName: null },
      'hidden number: all params empty',
    ],
    // CONNECT with 1, 2 and 3 params.
    [
      `${P}|CONNECT|12`,
      { type: 'CONNECT', holdSeconds: 12, memberUniqueId: null, ringSeconds: null },
      'Asterisk 1.2: holdtime',
    ],
    [
      `${P}|CONNECT|12|1772362812.1050`,
      { type: 'CONNECT', holdSeconds: 12, memberUniqueId: '1772362812.1050', ringSeconds: null },
      'Asterisk 1.4: + bridged uniqueid',
    ],
    [
      `${P}|CONNECT|12|1772362812.1050|4`,
      { type: 'CONNECT', holdSeconds: 12, memberUniqueId: '1772362812.1050', ringSeconds: 4 },
      '1.8+: + ringtime',
    ],
    [
      `${P}|COMPLETECALLER|12|185|1`,
      { type: 'COMPLETECALLER', holdSeconds: 12, talkSeconds: 185, originalPosition: 1 },
      'caller hung up',
    ],
    [
      `${P}|COMPLETEAGENT|12|185|2`,
      { type: 'COMPLETEAGENT', holdSeconds: 12, talkSeconds: 185, originalPosition: 2 },
      'agent hung up',
    ],
    [
      `${P}|ABANDON|2|3|47`,
      { type: 'ABANDON', position: 2, originalPosition: 3, waitSeconds: 47 },
      'abandon (gotcha 4: agent may be a member)',
    ],
    [
      `${P}|EXITWITHTIMEOUT|1|4|300`,
      { type: 'EXITWITHTIMEOUT', position: 1, originalPosition: 4, waitSeconds: 300 },
      'queue timeout',
    ],
    [
      `${P}|EXITWITHTIMEOUT|1`,
      { type: 'EXITWITHTIMEOUT', position: 1, originalPosition: null, waitSeconds: null },
      'old: position only',
    ],
    [
      `${P}|EXITWITHKEY|9|2|5|61`,
      { type: 'EXITWITHKEY', key: '9', position: 2, originalPosition: 5, waitSeconds: 61 },
      'key|position|origposition|waittime',
    ],
    [
      `${P}|EXITWITHKEY|9|2`,
      { type: 'EXITWITHKEY', key: '9', position: 2, originalPosition: null, waitSeconds: null },
      'old: key|position',
    ],
    [
      `${P}|EXITEMPTY|1|1|3`,
      { type: 'EXITEMPTY', position: 1, originalPosition: 1, waitSeconds: 3 },
      'leavewhenempty',
    ],
    [
      `${P}|WITHDRAW|1|2|30|moved to callback`,
      { type: 'WITHDRAW', position: 1, originalPosition: 2, waitSeconds: 30, info: 'moved to callback' },
      'AMI QueueWithdrawCaller with info',
    ],
    [
      `${P}|WITHDRAW|1|2|30`,
      { type: 'WITHDRAW', position: 1, originalPosition: 2, waitSeconds: 30, info: '' },
      'without info',
    ],
    // Gotcha 3: milliseconds.
    [`${P}|RINGNOANSWER|15000`, { type: 'RINGNOANSWER', ringMilliseconds: 15000 }, 'ringtime in ms'],
    [`${P}|RINGNOANSWER|0`, { type: 'RINGNOANSWER', ringMilliseconds: 0 }, 'zero ms (device refused)'],
    [
      `${P}|RINGCANCELED|3250`,
      { type: 'RINGCANCELED', ringMilliseconds: 3250 },
      'caller hung up while ringing',
    ],
    // Gotcha 2: param-less events end with |.
    [`${P}|AGENTDUMP|`, { type: 'AGENTDUMP' }, 'trailing |'],
    [`${P}|SYSCOMPAT|`, { type: 'SYSCOMPAT' }, 'trailing |'],
    [`${P}|AGENTDUMP`, { type: 'AGENTDUMP' }, 'no trailing |'],
    [
      `${P}|BLINDTRANSFER|200|kommun-intern|12|95|1`,
      {
        type: 'BLINDTRANSFER',
        extension: '200',
        context: 'kommun-intern',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: 1,
      },
      'Asterisk 12+',
    ],
    [
      `${P}|ATTENDEDTRANSFER|BRIDGE|6f1c2d0e-0a1b|12|95|1`,
      {
        type: 'ATTENDEDTRANSFER',
        method: 'BRIDGE',
        target: '6f1c2d0e-0a1b',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: 1,
      },
      'BRIDGE: 5 params',
    ],
    [
      `${P}|ATTENDEDTRANSFER|APP|VoiceMail|12|95|1`,
      {
        type: 'ATTENDEDTRANSFER',
        method: 'APP',
        target: 'VoiceMail',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: 1,
      },
      'APP: 5 params',
    ],
    [
      `${P}|ATTENDEDTRANSFER|LINK|SIP/a-01|SIP/b-02|12|95|1`,
      {
        type: 'ATTENDEDTRANSFER',
        method: 'LINK',
        target: 'SIP/a-01|SIP/b-02',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: 1,
      },
      'LINK: 6 params',
    ],
    // Wazo's statcenter acceptance tests (corpus/wazo-statcenter-agent-transfers.queue_log): no origposition.
    [
      `${P}|BLINDTRANSFER|1001|default|0|10`,
      {
        type: 'BLINDTRANSFER',
        extension: '1001',
        context: 'default',
        holdSeconds: 0,
        talkSeconds: 10,
        originalPosition: null,
      },
      'BLINDTRANSFER: 4 params (Wazo)',
    ],
    [
      `${P}|ATTENDEDTRANSFER|BRIDGE|foobar|0|10`,
      {
        type: 'ATTENDEDTRANSFER',
        method: 'BRIDGE',
        target: 'foobar',
        holdSeconds: 0,
        talkSeconds: 10,
        originalPosition: null,
      },
      'BRIDGE: 4 params (Wazo)',
    ],
    [
      `${P}|TRANSFER|200|kommun-intern|12|95|1`,
      {
        type: 'TRANSFER',
        extension: '200',
        context: 'kommun-intern',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: 1,
      },
      'pre-12 transfer',
    ],
    [
      `${P}|TRANSFER|200|kommun-intern|12|95`,
      {
        type: 'TRANSFER',
        extension: '200',
        context: 'kommun-intern',
        holdSeconds: 12,
        talkSeconds: 95,
        originalPosition: null,
      },
      'Asterisk 1.4 transfer without origposition',
    ],
    [`${P}|ADDMEMBER|`, { type: 'ADDMEMBER', paused: false }, 'added unpaused'],
    [`${P}|ADDMEMBER|PAUSED`, { type: 'ADDMEMBER', paused: true }, 'added paused'],
    [`${P}|REMOVEMEMBER|`, { type: 'REMOVEMEMBER' }, 'removed'],
    [`${P}|PAUSE|Lunch`, { type: 'PAUSE', reason: 'Lunch' }, 'pause with reason'],
    [`${P}|PAUSE|`, { type: 'PAUSE', reason: '' }, 'pause without reason'],
    [`${P}|UNPAUSE|Auto-Unpause`, { type: 'UNPAUSE', reason: 'Auto-Unpause' }, 'auto-unpause'],
    [`${P}|PAUSEALL|Möte`, { type: 'PAUSEALL', reason: 'Möte' }, 'pause all'],
    [`${P}|UNPAUSEALL|`, { type: 'UNPAUSEALL', reason: '' }, 'unpause all'],
    [`${P}|PENALTY|2`, { type: 'PENALTY', penalty: 2 }, 'new penalty'],
    [`${P}|RINGINUSE|1`, { type: 'RINGINUSE', ringInUse: true }, 'ringinuse on'],
    [`${P}|RINGINUSE|0`, { type: 'RINGINUSE', ringInUse: false }, 'ringinuse off'],
    [`${P}|AGENTLOGIN|SIP/anna-0001`, { type: 'AGENTLOGIN', channel: 'SIP/anna-0001' }, 'agent login'],
    [
      `${P}|AGENTLOGOFF|SIP/anna-0001|28800`,
      { type: 'AGENTLOGOFF', channel: 'SIP/anna-0001', loginSeconds: 28800 },
      'agent logoff',
    ],
    [`${P}|QUEUESTART|`, { type: 'QUEUESTART' }, 'logger start'],
    [`${P}|CONFIGRELOAD|`, { type: 'CONFIGRELOAD' }, 'logger reload'],
    [`${P}|OUTCALL|ANSWER|120|x`, { type: 'OUTCALL', params: ['ANSWER', '120', 'x'] }, 'QueueUpdate()'],
    [
      `${P}|AGENTCALLBACKLOGIN|200@from-internal`,
      { type: 'AGENTCALLBACKLOGIN', params: ['200@from-internal'] },
      'legacy callback login',
    ],
    [
      `${P}|AGENTCALLBACKLOGOFF|200@from-internal|3600|CommandLogoff`,
      { type: 'AGENTCALLBACKLOGOFF', params: ['200@from-internal', '3600', 'CommandLogoff'] },
      'legacy callback logoff',
    ],
    // Custom events from QueueLog() / AMI.
    [`${P}|DID|08123456`, { type: 'custom', event: 'DID', params: ['08123456'] }, 'QueueMetrics DID'],
    [`${P}|INFO|IVR|1|`, { type: 'custom', event: 'INFO', params: ['IVR', '1'] }, 'QueueMetrics INFO'],
    [`${P}|FULL|`, { type: 'custom', event: 'FULL', params: [] }, 'Wazo FULL'],
    [`${P}|CLOSED|`, { type: 'custom', event: 'CLOSED', params: [] }, 'Wazo CLOSED'],
  ])('%s', (line, expected, _why) => {
    expect(body(line)).toEqual(expected);
  });

  it('drops padding after the last param (DB-style data1..data5)', () => {
    expect(body('1772362800|1.2|q|Anna|COMPLETECALLER|12|185|1||')).toEqual({
      type: 'COMPLETECALLER',
      holdSeconds: 12,
      talkSeconds: 185,
      originalPosition: 1,
    });
  });
});

describe('parseQueueLogLine: wrong arity or field', () => {
  const P = '1772362800|1772362800.1042|kundtjanst|Anna';
  it.each([
    [`${P}|ABANDON|1|1`, 'ABANDON expects 3 fields after the event, found 2'],
    [`${P}|ABANDON|1|1|5|9`, 'ABANDON expects 3 fields after the event, found 4'],
    [`${P}|CONNECT|`, 'CONNECT expects 1 to 3 fields after the event, found 0'],
    [`${P}|CONNECT|x`, 'CONNECT holdtime "x" is not a whole number'],
    [`${P}|CONNECT|-3`, 'CONNECT holdtime "-3" is not a whole number'],
    [`${P}|RINGNOANSWER|1.5`, 'RINGNOANSWER ringtime (ms) "1.5" is not a whole number'],
    [`${P}|AGENTDUMP|x`, 'AGENTDUMP expects 0 fields after the event, found 1'],
    [`${P}|WITHDRAW|1|2`, 'WITHDRAW expects at least 3 fields after the event, found 2'],
    [`${P}|ATTENDEDTRANSFER|PARK|x|1|2|3`, 'ATTENDEDTRANSFER method "PARK" is not BRIDGE, APP or LINK'],
    [`${P}|ATTENDEDTRANSFER|LINK|a|1|2`, 'ATTENDEDTRANSFER LINK expects 5 or 6 fields, found 4'],
    [`${P}|ATTENDEDTRANSFER|BRIDGE|a|b|1|2|3`, 'ATTENDEDTRANSFER BRIDGE expects 4 or 5 fields, found 6'],
    [`${P}|BLINDTRANSFER|200|kommun-intern|12`, 'BLINDTRANSFER expects 4 to 5 fields after the event, found 3'],
    [`${P}|ADDMEMBER|YES`, 'ADDMEMBER "YES" is neither PAUSED nor empty'],
    [`${P}|RINGINUSE|2`, 'RINGINUSE "2" is not 0 or 1'],
  ])('%s: %s', (line, expected) => {
    expect(reason(line)).toBe(expected);
  });
});

describe('isCallEvent', () => {
  it.each([
    ['1772362800|1.2|kundtjanst|NONE|ENTERQUEUE||070|1', true],
    ['1772362800|1.2|kundtjanst|Anna|RINGNOANSWER|15000', true],
    ['1772362800|NONE|NONE|NONE|QUEUESTART|', false],
    ['1772362800|MANAGER|kundtjanst|Anna|ADDMEMBER|', false],
    ['1772362800|1.2|NONE|Agent/1001|AGENTLOGIN|SIP/anna', false],
    ['1772362800|1.2|kundtjanst|NONE|DID|08123456', false],
  ])('%s: %s', (line, expected) => {
    expect(isCallEvent(event(line))).toBe(expected);
  });
});
