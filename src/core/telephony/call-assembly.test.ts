import { describe, expect, it } from 'vitest';
import { CallAssembler, type AssemblyState, type QueuedCall } from './call-assembly.js';
import { parseQueueLogLine } from './queue-log.js';

/** 2026-03-02 09:00:00 Stockholm (UTC+1) = 08:00:00Z. */
const T = 1772438400;

function feed(assembler: CallAssembler, lines: string[]): QueuedCall[] {
  const calls: QueuedCall[] = [];
  lines.forEach((text, i) => {
    const parsed = parseQueueLogLine(text, i + 1);
    if (!('event' in parsed)) throw new Error(parsed.rejection.reason);
    const call = assembler.push(parsed.event);
    if (call && !('reason' in call)) calls.push(call);
  });
  return calls;
}

describe('CallAssembler: one file', () => {
  it('assembles an answered call ended by the caller, counting two rings not answered', () => {
    const a = new CallAssembler();
    const calls = feed(a, [
      `${T}|1772438400.11|kundtjanst|NONE|ENTERQUEUE||0701234567|1`,
      `${T + 15}|1772438400.11|kundtjanst|Anna|RINGNOANSWER|15000`,
      `${T + 30}|1772438400.11|kundtjanst|Bo|RINGNOANSWER|15000`,
      `${T + 38}|1772438400.11|kundtjanst|Cecilia|CONNECT|38|1772438430.12|8`,
      `${T + 238}|1772438400.11|kundtjanst|Cecilia|COMPLETECALLER|38|200|1`,
    ]);
    expect(calls).toEqual([
      {
        callId: '1772438400.11',
        queue: 'kundtjanst',
        enteredAt: new Date('2026-03-02T08:00:00Z'),
        endedAt: new Date('2026-03-02T08:03:58Z'),
        outcome: 'answered',
        answeredEnd: 'completed_caller',
        agent: 'Cecilia',
        waitSeconds: 38,
        talkSeconds: 200,
        ringNoAnswerCount: 2,
      },
    ]);
    expect(a.counts).toEqual({
      events: 5,
      duplicates: 0,
      callsCompleted: 1,
      customEvents: 0,
      turnedAway: 0,
      orphanEvents: 0,
      unterminated: 0,
      transfersIn: 0,
      transfersJoined: 0,
    });
    expect(a.openCalls()).toEqual([]);
  });

  it.each([
    ['COMPLETEAGENT|20|90|1', 'answered', 'completed_agent', 20, 90],
    ['BLINDTRANSFER|200|kommun-intern|20|90|1', 'answered', 'transferred', 20, 90],
    ['ATTENDEDTRANSFER|BRIDGE|6f1c|20|90|1', 'answered', 'transferred', 20, 90],
    ['ATTENDEDTRANSFER|LINK|SIP/a|SIP/b|20|90|1', 'answered', 'transferred', 20, 90],
    ['TRANSFER|200|kommun-intern|20|90', 'answered', 'transferred', 20, 90],
  ])(
    'after CONNECT at 20 s, %s ends it %s / %s (wait %i s, talk %i s)',
    (end, outcome, answeredEnd, wait, talk) => {
      const [call] = feed(new CallAssembler(), [
        `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
        `${T + 20}|1.1|q|Anna|CONNECT|20|1.2|3`,
        `${T + 110}|1.1|q|Anna|${end}`,
      ]);
      expect(call).toMatchObject({
        outcome,
        answeredEnd,
        agent: 'Anna',
        waitSeconds: wait,
        talkSeconds: talk,
      });
    },
  );

  it.each([
    ['ABANDON|2|3|47', 'abandoned', 47, 'waittime from the event'],
    ['EXITWITHTIMEOUT|1|1|300', 'timeout', 300, 'waittime from the event'],
    ['EXITWITHTIMEOUT|1', 'timeout', 50, 'old line without waittime: 50 s from ENTERQUEUE'],
    ['EXITWITHKEY|0|1|1|12', 'exit_key', 12, 'key 0 pressed'],
    ['EXITWITHKEY|0|1', 'exit_key', 50, 'old line: 50 s from ENTERQUEUE'],
    ['EXITEMPTY|1|1|3', 'exit_empty', 3, 'nobody logged in'],
    ['WITHDRAW|1|1|30|callback', 'withdrawn', 30, 'withdrawn by AMI'],
  ])('%s ends an unanswered call %s, wait %i s (%s)', (end, outcome, wait) => {
    const [call] = feed(new CallAssembler(), [
      `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 15}|1.1|q|Anna|RINGNOANSWER|15000`,
      `${T + 20}|1.1|q|Anna|RINGCANCELED|5000`,
      `${T + 50}|1.1|q|NONE|${end}`,
    ]);
    expect(call).toMatchObject({
      outcome,
      answeredEnd: null,
      agent: null,
      waitSeconds: wait,
      talkSeconds: 0,
      ringNoAnswerCount: 1,
    });
  });

  it('takes the wait and member from the end when CONNECT is missing', () => {
    const [call] = feed(new CallAssembler(), [
      `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 95}|1.1|q|Bo|COMPLETEAGENT|25|70|1`,
    ]);
    expect(call).toMatchObject({ outcome: 'answered', agent: 'Bo', waitSeconds: 25, talkSeconds: 70 });
  });

  it('ignores and counts an exact duplicate line, but not a different line in the same second', () => {
    const a = new CallAssembler();
    const calls = feed(a, [
      `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 15}|1.1|q|Anna|RINGNOANSWER|15000`,
      `${T + 15}|1.1|q|Anna|RINGNOANSWER|15000`,
      `${T + 15}|1.1|q|Bo|RINGNOANSWER|15000`,
      `${T + 40}|1.1|q|NONE|ABANDON|1|1|40`,
      // The PBX restarts and writes the ENTERQUEUE and ABANDON again: no second call.
      `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 40}|1.1|q|NONE|ABANDON|1|1|40`,
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ outcome: 'abandoned', ringNoAnswerCount: 2, waitSeconds: 40 });
    expect(a.counts).toMatchObject({ events: 7, duplicates: 3, callsCompleted: 1, orphanEvents: 0 });
  });

  it('keys on (callid, queue): an overflow from one queue to another is two queued calls', () => {
    const calls = feed(new CallAssembler(), [
      `${T}|1.1|bygglov|NONE|ENTERQUEUE||070|1`,
      `${T + 120}|1.1|bygglov|NONE|EXITWITHTIMEOUT|1|1|120`,
      `${T + 121}|1.1|kundtjanst|NONE|ENTERQUEUE||070|4`,
      `${T + 151}|1.1|kundtjanst|Anna|CONNECT|30|1.5|4`,
      `${T + 251}|1.1|kundtjanst|Anna|COMPLETEAGENT|30|100|4`,
    ]);
    expect(calls.map((c) => [c.queue, c.outcome, c.waitSeconds])).toEqual([
      ['bygglov', 'timeout', 120],
      ['kundtjanst', 'answered', 30],
    ]);
  });

  it('counts custom events, orphans and a replaced ENTERQUEUE, and ignores member and queue events', () => {
    const a = new CallAssembler();
    const calls = feed(a, [
      `${T}|NONE|NONE|NONE|QUEUESTART|`,
      `${T}|MANAGER|q|Anna|ADDMEMBER|`,
      `${T}|1.1|q|NONE|DID|08123456`,
      `${T}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 5}|1.9|q|Anna|COMPLETECALLER|5|60|1`,
      `${T + 9}|1.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 19}|1.1|q|NONE|ABANDON|1|1|10`,
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ enteredAt: new Date((T + 9) * 1000), waitSeconds: 10 });
    expect(a.counts).toEqual({
      events: 7,
      duplicates: 0,
      callsCompleted: 1,
      customEvents: 1,
      turnedAway: 0,
      orphanEvents: 1,
      unterminated: 1,
      transfersIn: 0,
      transfersJoined: 0,
    });
  });
});

describe('CallAssembler: across files (rotation at midnight)', () => {
  /** 2026-03-02 23:59:30 Stockholm = 22:59:30Z. */
  const M = 1772492370;

  it('completes a call split across two files from the serialised state', () => {
    const first = new CallAssembler();
    expect(
      feed(first, [
        `${M}|1.7|q|NONE|ENTERQUEUE||070|1`,
        `${M + 20}|1.7|q|Anna|RINGNOANSWER|20000`,
        `${M + 25}|1.8|q|NONE|ENTERQUEUE||070|2`,
      ]),
    ).toEqual([]);
    const state: AssemblyState = JSON.parse(JSON.stringify(first.state())) as AssemblyState;
    expect(state.openCalls.map((c) => c.callId)).toEqual(['1.7', '1.8']);

    const second = new CallAssembler(state);
    const calls = feed(second, [
      // The rotated file repeats the last line of yesterday's: a duplicate, not a new call.
      `${M + 25}|1.8|q|NONE|ENTERQUEUE||070|2`,
      `${M + 45}|1.7|q|Bo|CONNECT|45|1.9|5`,
      `${M + 345}|1.7|q|Bo|BLINDTRANSFER|300|bygglov|45|300|1`,
    ]);
    expect(calls).toEqual([
      {
        callId: '1.7',
        queue: 'q',
        enteredAt: new Date('2026-03-02T22:59:30Z'),
        endedAt: new Date('2026-03-02T23:05:15Z'),
        outcome: 'answered',
        answeredEnd: 'transferred',
        agent: 'Bo',
        waitSeconds: 45,
        talkSeconds: 300,
        ringNoAnswerCount: 1,
      },
    ]);
    expect(second.counts).toMatchObject({ events: 3, duplicates: 1, callsCompleted: 1 });
    expect(second.openCalls()).toEqual([
      { callId: '1.8', queue: 'q', enteredAt: M + 25, ringNoAnswerCount: 0, connected: null },
    ]);
  });

  it('forgets lines older than the duplicate window (bounded memory)', () => {
    const a = new CallAssembler(undefined, { duplicateWindowSeconds: 100 });
    feed(a, [`${T}|NONE|NONE|NONE|QUEUESTART|`, `${T + 50}|1.1|q|NONE|ENTERQUEUE||070|1`]);
    expect(a.state().recentLines.map((r) => r.time)).toEqual([T, T + 50]);
    feed(a, [`${T + 150}|1.1|q|NONE|ABANDON|1|1|100`]);
    // 150 - 100 = 50: the line at T is out of the window, the one at T + 50 is not.
    expect(a.state().recentLines.map((r) => r.time)).toEqual([T + 50, T + 150]);
    feed(a, [`${T}|NONE|NONE|NONE|QUEUESTART|`]);
    expect(a.counts.duplicates).toBe(0);
  });

  it('drops open calls older than the importer allows, returning them for its report', () => {
    const a = new CallAssembler();
    feed(a, [`${T}|1.1|q|NONE|ENTERQUEUE||070|1`, `${T + 10}|1.2|q|NONE|ENTERQUEUE||070|2`]);
    expect(a.dropOpenCallsBefore(T + 10).map((c) => c.callId)).toEqual(['1.1']);
    expect(a.state().openCalls.map((c) => c.callId)).toEqual(['1.2']);
    // Its end arriving later is an orphan, not a call.
    expect(feed(a, [`${T + 20}|1.1|q|NONE|ABANDON|1|1|20`])).toEqual([]);
    expect(a.counts.orphanEvents).toBe(1);
  });

  it('rejects a state of an unknown version', () => {
    expect(
      () => new CallAssembler({ version: 2, openCalls: [], recentLines: [] } as unknown as AssemblyState),
    ).toThrow('unknown assembly state version 2');
  });
});

describe('CallAssembler: attended transfer into another queue (Asterisk 18/20, issue 12.7)', () => {
  // Caller X (…830) enters 1509, is answered after 12 s by 7009; 7009 calls queue 1510 (consult
  // call Y, …840) and completes the transfer: ATTENDEDTRANSFER under Y's id in 1509 (hold 12,
  // talk 65); X's CONNECT (hold 7) and COMPLETEAGENT (173 s) in 1510 with no ENTERQUEUE of X there.
  const X = '1717397390.239830';
  const Y = '1717397460.239840';
  const T = 1717397390;
  const enter = `${T}|${X}|1509|NONE|ENTERQUEUE||0700000001|1`;
  const connect = `${T + 12}|${X}|1509|PJSIP/7009|CONNECT|12|${X}1|3`;
  const consult = `${T + 70}|${Y}|1510|NONE|ENTERQUEUE||7009|1`;
  const ring = `${T + 74}|${Y}|1510|PJSIP/7011|RINGNOANSWER|4000`;
  const transfer = `${T + 77}|${Y}|1509|PJSIP/7009|ATTENDEDTRANSFER|BRIDGE|3c1e|12|65|1`;
  const connect2 = `${T + 77}|${X}|1510|PJSIP/7010|CONNECT|7|${Y}2|3`;
  const complete2 = `${T + 250}|${X}|1510|PJSIP/7010|COMPLETEAGENT|7|173|1`;

  function run(lines: string[]) {
    const a = new CallAssembler();
    const calls: QueuedCall[] = [];
    lines.forEach((text, i) => {
      const parsed = parseQueueLogLine(text, i + 1);
      if (!('event' in parsed)) throw new Error(parsed.rejection.reason);
      const result = a.push(parsed.event);
      calls.push(...a.takeCompleted());
      if (result && !('reason' in result)) calls.push(result);
    });
    return { a, calls };
  }
  const summary = (calls: QueuedCall[]) =>
    calls.map((c) => [
      c.callId,
      c.queue,
      c.enteredAt.getTime() / 1000 - T,
      c.outcome,
      c.answeredEnd,
      c.waitSeconds,
      c.talkSeconds,
      c.ringNoAnswerCount,
    ]);

  it('the transfer first: answered in both queues (waits 12 s and 7 s, 173 s of talk in the second), the consult entry is the caller’s', () => {
    const { a, calls } = run([enter, connect, consult, ring, transfer, connect2, complete2]);
    expect(summary(calls)).toEqual([
      [X, '1509', 0, 'answered', 'transferred', 12, 65, 0],
      [X, '1510', 70, 'answered', 'completed_agent', 7, 173, 1],
    ]);
    expect(a.openCalls()).toEqual([]);
    expect(a.counts).toMatchObject({ orphanEvents: 0, transfersIn: 1, transfersJoined: 1 });
  });

  it('the CONNECT in the second queue first: the first queue’s call ends as the caller enters the second', () => {
    const { a, calls } = run([enter, connect, consult, ring, connect2, transfer, complete2]);
    expect(summary(calls)).toEqual([
      // Talk in 1509 from its CONNECT (12 s) to the caller's entry in 1510 (70 s): 58 s.
      [X, '1509', 0, 'answered', 'transferred', 12, 58, 0],
      [X, '1510', 70, 'answered', 'completed_agent', 7, 173, 1],
    ]);
    expect(a.openCalls()).toEqual([]);
    expect(a.counts).toMatchObject({ orphanEvents: 0, transfersIn: 1, transfersJoined: 1 });
  });

  it('a CONNECT of a callid never seen is still an orphan (not a call)', () => {
    const { a, calls } = run([connect2, complete2]);
    expect(calls).toEqual([]);
    expect(a.counts.orphanEvents).toBe(2);
  });
});

/**
 * Wazo's LEAVEEMPTY, from the real rows of wazo-platform/xivo-dao's test_fill_leaveempty_calls_fallover
 * (xivo_dao/tests/test_stat_dao.py @ 710ee6b71bf8ccc54f9fe370d166ef5be63a3317, GPL-3.0-or-later):
 * callid 1681282818.209622, its UTC times as whole epoch seconds. The table has no data fields; they
 * are written as Asterisk writes them, from its times: CONNECT's holdtime 07:01:29 − 07:00:37 = 52 s,
 * COMPLETEAGENT's talk 07:06:48 − 07:01:29 = 319 s, EXITEMPTY's waittime 0 s. Wazo counts the
 * queue1 part as received with status leaveempty (not answered), wait LEAVEEMPTY − ENTERQUEUE.
 */
describe("CallAssembler: Wazo's LEAVEEMPTY", () => {
  const ID = '1681282818.209622';
  const ENTER = `1681282836|${ID}|queue1|NONE|ENTERQUEUE||0700000001|1`;
  const EXITEMPTY = `1681282837|${ID}|queue1|NONE|EXITEMPTY|1|1|0`;
  const LEAVEEMPTY = `1681282837|${ID}|queue1|NONE|LEAVEEMPTY`;
  const QUEUE2 = [
    `1681282837|${ID}|queue2|NONE|ENTERQUEUE||0700000001|1`,
    `1681282852|${ID}|queue2|Agent/1001|RINGNOANSWER|15000`,
    `1681282868|${ID}|queue2|Agent/1001|RINGNOANSWER|15000`,
    `1681282884|${ID}|queue2|Agent/1001|RINGNOANSWER|15000`,
    `1681282889|${ID}|queue2|Agent/1002|CONNECT|52|1681282884.209700|5`,
    `1681283208|${ID}|queue2|Agent/1002|COMPLETEAGENT|52|319|1`,
    `1681283208|${ID}|queue2|Agent/1002|WRAPUPSTART`,
  ];
  const queue2Answered = {
    queue: 'queue2',
    outcome: 'answered',
    waitSeconds: 52,
    talkSeconds: 319,
    ringNoAnswerCount: 3,
  };

  it('after EXITEMPTY (as Wazo writes it): the call left queue1 empty once, LEAVEEMPTY is a custom event', () => {
    const a = new CallAssembler();
    const calls = feed(a, [ENTER, EXITEMPTY, LEAVEEMPTY, ...QUEUE2]);
    expect(calls).toMatchObject([
      { callId: ID, queue: 'queue1', outcome: 'exit_empty', waitSeconds: 0, talkSeconds: 0 },
      queue2Answered,
    ]);
    expect(a.counts).toMatchObject({ callsCompleted: 2, customEvents: 2, orphanEvents: 0 });
    expect(a.openCalls()).toEqual([]);
  });

  it('alone (no EXITEMPTY): LEAVEEMPTY ends the call in queue1 as exit_empty, wait 1 s, not left open', () => {
    const a = new CallAssembler();
    const calls = feed(a, [ENTER, LEAVEEMPTY, ...QUEUE2]);
    expect(calls).toMatchObject([
      {
        callId: ID,
        queue: 'queue1',
        enteredAt: new Date('2023-04-12T07:00:36Z'),
        endedAt: new Date('2023-04-12T07:00:37Z'),
        outcome: 'exit_empty',
        answeredEnd: null,
        agent: null,
        waitSeconds: 1,
      },
      queue2Answered,
    ]);
    // WRAPUPSTART only: LEAVEEMPTY made a call, so it is not counted as a custom event.
    expect(a.counts).toMatchObject({ callsCompleted: 2, customEvents: 1 });
    expect(a.openCalls()).toEqual([]);
  });

  it('for a call answered meanwhile, LEAVEEMPTY changes nothing', () => {
    const a = new CallAssembler();
    const calls = feed(a, [
      `${T}|2.1|q|NONE|ENTERQUEUE||070|1`,
      `${T + 10}|2.1|q|Anna|CONNECT|10|2.2|4`,
      `${T + 11}|2.1|q|NONE|LEAVEEMPTY`,
      `${T + 70}|2.1|q|Anna|COMPLETECALLER|10|60|1`,
    ]);
    expect(calls).toMatchObject([{ outcome: 'answered', waitSeconds: 10, talkSeconds: 60 }]);
    expect(a.counts.customEvents).toBe(1);
  });
});
