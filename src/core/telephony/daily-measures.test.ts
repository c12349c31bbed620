import { describe, expect, it } from 'vitest';
import type { AnsweredEnd, CallOutcome, QueuedCall } from './call-assembly.js';
import { dailyMeasures, groupCalls, share } from './daily-measures.js';

let next = 0;
/** A call entering at the UTC instant, ending when the wait (and talk) is over. */
function call(
  enteredAt: string,
  outcome: CallOutcome,
  waitSeconds: number,
  extra: Partial<QueuedCall> = {},
): QueuedCall {
  const start = new Date(enteredAt);
  const answeredEnd: AnsweredEnd | null = outcome === 'answered' ? 'completed_caller' : null;
  const talkSeconds = outcome === 'answered' ? 100 : 0;
  next += 1;
  return {
    callId: `1772438400.${next}`,
    queue: 'kundtjanst',
    enteredAt: start,
    endedAt: new Date(start.getTime() + (waitSeconds + talkSeconds) * 1000),
    outcome,
    answeredEnd,
    agent: outcome === 'answered' ? 'Anna' : null,
    waitSeconds,
    talkSeconds,
    ringNoAnswerCount: 0,
    ...extra,
  };
}

/** Monday 2026-03-02, 09:00 in Stockholm (UTC+1). */
const MORNING = '2026-03-02T08:00:00Z';
const ONE_QUEUE = { day: '2026-03-02', queues: ['kundtjanst'] };

describe('dailyMeasures: one queue', () => {
  // Ten calls: 6 answered (waits 0, 59, 60, 120, 121, 300), 2 abandoned (5, 45),
  // 1 timeout (300), 1 exit with key (30).
  const calls = [
    call(MORNING, 'answered', 0),
    call(MORNING, 'answered', 59, { answeredEnd: 'completed_agent' }),
    call(MORNING, 'answered', 60),
    call(MORNING, 'answered', 120, { answeredEnd: 'transferred' }),
    call(MORNING, 'answered', 121),
    call(MORNING, 'answered', 300),
    call(MORNING, 'abandoned', 5),
    call(MORNING, 'abandoned', 45),
    call(MORNING, 'timeout', 300),
    call(MORNING, 'exit_key', 30),
  ];

  it('with the default thresholds (0 s short abandon, 2 minutes)', () => {
    expect(dailyMeasures(calls, ONE_QUEUE)).toEqual({
      day: '2026-03-02',
      offered: 10, // every call has an outcome; no abandon is shorter than 0 s
      answered: 6,
      abandoned: 2,
      timeout: 1,
      exitKey: 1,
      exitEmpty: 0,
      withdrawn: 0,
      shortAbandons: 0,
      turnedAway: 0,
      answeredEnds: { completed_caller: 4, completed_agent: 1, transferred: 1 },
      availability: 0.6, // 6 / 10
      answeredWaitSeconds: 660, // 0 + 59 + 60 + 120 + 121 + 300
      abandonedWaitSeconds: 50, // 5 + 45
      meanWaitAnsweredSeconds: 110, // 660 / 6
      meanWaitAbandonedSeconds: 25, // 50 / 2
      answeredWaitUnder60: 2, // 0, 59
      answeredWait60To120: 2, // 60, 120: both ends included
      answeredWaitOver120: 2, // 121, 300
      answeredWithin: 4, // <= 120: 0, 59, 60, 120
      answeredWithinShare: 0.4, // 4 / 10 offered
    });
  });

  it('a 10 s short-abandon threshold removes the 5 s abandon from offered and abandoned', () => {
    const m = dailyMeasures(calls, { ...ONE_QUEUE, shortAbandonSeconds: 10 });
    expect(m).toMatchObject({
      offered: 9, // 10 - 1
      abandoned: 1,
      shortAbandons: 1,
      abandonedWaitSeconds: 45,
      meanWaitAbandonedSeconds: 45,
      answeredWithin: 4,
    });
    expect(m.availability).toBeCloseTo(6 / 9, 12); // 0.666…
    expect(m.answeredWithinShare).toBeCloseTo(4 / 9, 12);
  });

  it('the threshold is "shorter than": a 45 s threshold keeps the 45 s abandon', () => {
    expect(dailyMeasures(calls, { ...ONE_QUEUE, shortAbandonSeconds: 45 })).toMatchObject({
      offered: 9,
      abandoned: 1,
      shortAbandons: 1,
    });
  });

  it('a 60 s answered-within threshold counts waits 0, 59 and 60: 3 of 10', () => {
    expect(dailyMeasures(calls, { ...ONE_QUEUE, answeredWithinSeconds: 60 })).toMatchObject({
      answeredWithin: 3,
      answeredWithinShare: 0.3,
    });
  });

  it('gives null, not 0 or NaN, for shares and means with an empty denominator', () => {
    expect(dailyMeasures([], ONE_QUEUE)).toMatchObject({
      offered: 0,
      availability: null,
      meanWaitAnsweredSeconds: null,
      meanWaitAbandonedSeconds: null,
      answeredWithinShare: null,
    });
    // Only abandons: availability 0 / 1 = 0, but no answered wait to average.
    expect(dailyMeasures([call(MORNING, 'abandoned', 20)], ONE_QUEUE)).toMatchObject({
      offered: 1,
      availability: 0,
      meanWaitAnsweredSeconds: null,
      meanWaitAbandonedSeconds: 20,
    });
    expect(share(0, 0)).toBeNull();
  });

  it('ignores calls of other queues', () => {
    const other = call(MORNING, 'answered', 10, { queue: 'bygglov' });
    expect(dailyMeasures([other], ONE_QUEUE).offered).toBe(0);
  });

  it('rejects negative thresholds', () => {
    expect(() => dailyMeasures([], { ...ONE_QUEUE, shortAbandonSeconds: -1 })).toThrow(RangeError);
    expect(() => dailyMeasures([], { ...ONE_QUEUE, answeredWithinSeconds: -1 })).toThrow(RangeError);
  });
});

describe('dailyMeasures: the day in the tenant time zone', () => {
  // Summer time starts on Sunday 2026-03-29 at 01:00 UTC (02:00 -> 03:00 local).
  const calls = [
    call('2026-03-28T22:59:59Z', 'answered', 10), // 23:59:59 on Saturday 28 (UTC+1)
    call('2026-03-28T23:30:00Z', 'answered', 10), // 00:30 on Sunday 29 (UTC+1)
    call('2026-03-29T01:30:00Z', 'answered', 10), // 03:30 on Sunday 29 (UTC+2)
    call('2026-03-29T21:59:59Z', 'abandoned', 10), // 23:59:59 on Sunday 29 (UTC+2)
    call('2026-03-29T22:00:00Z', 'answered', 10), // 00:00 on Monday 30 (UTC+2)
  ];

  it.each([
    ['2026-03-28', 1, 1],
    ['2026-03-29', 3, 2], // a 23-hour day: 28T23:00Z to 29T22:00Z
    ['2026-03-30', 1, 1],
  ])('%s in Stockholm: %i offered, %i answered', (day, offered, answered) => {
    expect(dailyMeasures(calls, { day, queues: ['kundtjanst'] })).toMatchObject({ offered, answered });
  });

  it('uses the given zone: in UTC the 22:00Z call is still on the 29th', () => {
    expect(
      dailyMeasures(calls, { day: '2026-03-29', queues: ['kundtjanst'], timeZone: 'UTC' }),
    ).toMatchObject({ offered: 3, answered: 2 }); // 01:30Z, 21:59:59Z, 22:00Z
  });
});

describe('dailyMeasures: queue group', () => {
  const GROUP = { day: '2026-03-02', queues: ['kundtjanst', 'bygglov'] };

  it('counts an overflowing call once: answered when any segment was, waits summed up to the first answer (issue 12.1)', () => {
    const calls = [
      // Times out of bygglov after 120 s, then answered in kundtjanst after 40 s more.
      call(MORNING, 'timeout', 120, { callId: 'A', queue: 'bygglov', ringNoAnswerCount: 2 }),
      call('2026-03-02T08:02:01Z', 'answered', 40, { callId: 'A', ringNoAnswerCount: 1 }),
      // Answered in kundtjanst (talk 60 s), transferred into bygglov and abandoned there: a person
      // answered the caller, so the call is answered, with the wait before that answer (10 s).
      call(MORNING, 'answered', 10, { callId: 'B', talkSeconds: 60 }),
      call('2026-03-02T08:05:00Z', 'abandoned', 30, { callId: 'B', queue: 'bygglov' }),
      // Only in a queue outside the group.
      call(MORNING, 'answered', 10, { callId: 'C', queue: 'skola' }),
    ];
    expect(dailyMeasures(calls, GROUP)).toMatchObject({
      offered: 2, // A and B
      answered: 2, // A, wait 120 + 40 = 160; B, wait 10 (the 30 s after its answer are not queue time before it)
      abandoned: 0,
      timeout: 0,
      availability: 1,
      meanWaitAnsweredSeconds: 85, // (160 + 10) / 2
      meanWaitAbandonedSeconds: null,
      answeredWaitOver120: 1,
      answeredWithin: 1,
    });
    expect(groupCalls(calls, GROUP.queues).find((c) => c.callId === 'B')).toMatchObject({
      outcome: 'answered',
      waitSeconds: 10,
      talkSeconds: 60,
    });
    // Per queue, the same calls count in each queue they entered.
    expect(dailyMeasures(calls, { ...GROUP, queues: ['bygglov'] })).toMatchObject({
      offered: 2,
      timeout: 1,
      abandoned: 1,
    });
    expect(groupCalls(calls, GROUP.queues).find((c) => c.callId === 'A')).toMatchObject({
      segments: 2,
      ringNoAnswerCount: 3,
      enteredAt: new Date(MORNING),
    });
  });

  it('segments entered and ended at the same instant: an answered one decides, never the order of the rows', () => {
    const END = '2026-03-02T08:05:00Z';
    const tied = [
      call(MORNING, 'answered', 41, { callId: 'T', talkSeconds: 200, endedAt: new Date(END) }),
      call(MORNING, 'abandoned', 41, { callId: 'T', queue: 'bygglov', endedAt: new Date(END) }),
    ];
    for (const calls of [tied, [...tied].reverse()]) {
      expect(groupCalls(calls, GROUP.queues)).toEqual([
        expect.objectContaining({ outcome: 'answered', waitSeconds: 82, talkSeconds: 200 }),
      ]);
    }
  });

  it('puts an overflow across midnight on the day its first queue was entered', () => {
    const calls = [
      call('2026-03-02T22:59:00Z', 'timeout', 90, { callId: 'N', queue: 'bygglov' }), // 23:59 local
      call('2026-03-02T23:00:31Z', 'answered', 20, { callId: 'N' }), // 00:00:31 on the 3rd
    ];
    expect(dailyMeasures(calls, GROUP)).toMatchObject({ offered: 1, answered: 1 });
    expect(dailyMeasures(calls, { ...GROUP, day: '2026-03-03' })).toMatchObject({ offered: 0 });
  });
});

describe('dailyMeasures: callers turned away (issue 12.8, hand-worked)', () => {
  // Monday 2026-03-02 (UTC+1). In kundtjanst: 4 calls offered (3 answered, 1 abandoned).
  // Turned away: t1 FULL from kundtjanst at 09:00, and again at 09:01 (one caller: counted once);
  // t2 JOINEMPTY from kundtjanst at 23:30 local (still Monday); t3 CLOSED from kundtjanst on
  // Tuesday 00:10 local (another day); t4 FULL from bygglov, then entered kundtjanst (overflow):
  // turned away in bygglov, but not in the group of both queues, which took the call in.
  const calls = [
    call(MORNING, 'answered', 10),
    call(MORNING, 'answered', 20),
    call(MORNING, 'answered', 30),
    call(MORNING, 'abandoned', 40),
    call('2026-03-02T08:30:05Z', 'answered', 15, { callId: 't4' }),
  ];
  const at = (iso: string) => new Date(iso);
  const turnedAway = [
    { callId: 't1', queue: 'kundtjanst', at: at('2026-03-02T08:00:00Z'), reason: 'full' as const },
    { callId: 't1', queue: 'kundtjanst', at: at('2026-03-02T08:01:00Z'), reason: 'full' as const },
    { callId: 't2', queue: 'kundtjanst', at: at('2026-03-02T22:30:00Z'), reason: 'join_empty' as const },
    { callId: 't3', queue: 'kundtjanst', at: at('2026-03-02T23:10:00Z'), reason: 'closed' as const },
    { callId: 't4', queue: 'bygglov', at: at('2026-03-02T08:30:00Z'), reason: 'full' as const },
  ];

  it('counts each caller once per queue and day, beside offered; availability unchanged', () => {
    const m = dailyMeasures(calls, { day: '2026-03-02', queues: ['kundtjanst'], turnedAway });
    expect(m).toMatchObject({ offered: 5, answered: 4, abandoned: 1, turnedAway: 2, availability: 0.8 });
    expect(dailyMeasures(calls, { day: '2026-03-03', queues: ['kundtjanst'], turnedAway }).turnedAway).toBe(
      1,
    );
  });

  it('a caller turned away by one queue and taken in by another of the group is not turned away by the group', () => {
    expect(dailyMeasures(calls, { day: '2026-03-02', queues: ['bygglov'], turnedAway }).turnedAway).toBe(1);
    const group = dailyMeasures(calls, { day: '2026-03-02', queues: ['kundtjanst', 'bygglov'], turnedAway });
    expect(group).toMatchObject({ offered: 5, turnedAway: 2 });
  });

  it('without turned-away callers the count is 0', () => {
    expect(dailyMeasures(calls, ONE_QUEUE).turnedAway).toBe(0);
  });
});
