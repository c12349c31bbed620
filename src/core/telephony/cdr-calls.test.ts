import { describe, expect, it } from 'vitest';
import { CdrCallGrouper, cdrQueuedCall, type CdrQueuedCall } from './cdr-calls.js';
import { parseCdrCsvLine, type CdrRecord } from './cdr-csv.js';

/**
 * A call to queue "support" answered by Anna: 09:00:00 to 09:04:18 Stockholm (UTC+1), answered at
 * 09:00:38, with loguniqueid=yes (17 columns).
 */
const ANSWERED_LINE =
  '"","0701234567","100","from-pstn","""Anna Berg"" <0701234567>","SIP/trunk-00000a1b",' +
  '"SIP/anna-00000a1c","Queue","support,t,,,300","2026-03-02 09:00:00","2026-03-02 09:00:38",' +
  '"2026-03-02 09:04:18",258,220,"ANSWERED","DOCUMENTATION","1772438400.11"';

function parse(text: string): CdrRecord {
  const parsed = parseCdrCsvLine(text, 1);
  if (!('record' in parsed)) throw new Error(parsed.rejection.reason);
  return parsed.record;
}

const answered = parse(ANSWERED_LINE);
/** The same call given up in the queue after 95 seconds: no answer time, no member channel. */
const unanswered: CdrRecord = {
  ...answered,
  destinationChannel: '',
  answer: null,
  end: new Date('2026-03-02T08:01:35Z'),
  durationSeconds: 95,
  billableSeconds: 0,
  disposition: 'NO ANSWER',
};

function call(record: CdrRecord): CdrQueuedCall {
  const result = cdrQueuedCall(record);
  if (!('call' in result)) throw new Error(`skipped: ${result.skip}`);
  return result.call;
}

describe('cdrQueuedCall: dispositions', () => {
  it('ANSWERED with a member channel -> answered: wait start to answer, talk billsec, who hung up unknown', () => {
    expect(call(answered)).toEqual({
      callId: '1772438400.11',
      queue: 'support',
      enteredAt: new Date('2026-03-02T08:00:00Z'),
      endedAt: new Date('2026-03-02T08:04:18Z'),
      outcome: 'answered',
      answeredEnd: null,
      waitSeconds: 38, // 09:00:38 - 09:00:00
      talkSeconds: 220, // billsec
    });
  });

  it('ANSWERED without an answer time -> wait = duration - billsec (258 - 220): the same span', () => {
    expect(call({ ...answered, answer: null })).toMatchObject({ outcome: 'answered', waitSeconds: 38 });
  });

  it('ANSWERED with the answer at the start -> wait 0, never negative', () => {
    expect(call({ ...answered, answer: answered.start }).waitSeconds).toBe(0);
    expect(call({ ...answered, answer: new Date('2026-03-02T07:59:59Z') }).waitSeconds).toBe(0);
  });

  it('ANSWERED without a member channel -> abandoned: the dialplan answered (a greeting), no member did', () => {
    expect(call({ ...answered, destinationChannel: '', billableSeconds: 258 })).toMatchObject({
      outcome: 'abandoned',
      waitSeconds: 258, // the whole call
      talkSeconds: 0,
      answeredEnd: null,
    });
  });

  it.each(['NO ANSWER', 'CANCEL', 'BUSY'] as const)(
    '%s -> abandoned, wait = duration: the caller hung up before anyone answered',
    (disposition) => {
      expect(call({ ...unanswered, disposition })).toEqual({
        callId: '1772438400.11',
        queue: 'support',
        enteredAt: new Date('2026-03-02T08:00:00Z'),
        endedAt: new Date('2026-03-02T08:01:35Z'),
        outcome: 'abandoned',
        answeredEnd: null,
        waitSeconds: 95,
        talkSeconds: 0,
      });
    },
  );

  it('NO ANSWER after a member rang (a member channel, no answer) -> still abandoned', () => {
    expect(call({ ...unanswered, destinationChannel: 'SIP/anna-00000a1c' }).outcome).toBe('abandoned');
  });

  it.each(['FAILED', 'CONGESTION', 'UNKNOWN'] as const)(
    '%s -> skipped as failed_call: the call never properly reached the queue',
    (disposition) => {
      expect(cdrQueuedCall({ ...unanswered, disposition })).toEqual({ skip: 'failed_call' });
    },
  );
});

describe('cdrQueuedCall: identity', () => {
  it('the uniqueid column is the call id', () => {
    expect(call(answered).callId).toBe('1772438400.11');
  });

  it('16 columns (loguniqueid=no) -> channel@start epoch seconds', () => {
    const record = parse(ANSWERED_LINE.slice(0, ANSWERED_LINE.lastIndexOf(',')));
    expect(record.uniqueId).toBeNull();
    expect(call(record).callId).toBe('SIP/trunk-00000a1b@1772438400'); // 2026-03-02T08:00:00Z
  });

  it('an empty or blank uniqueid -> channel@start, as if the column were absent', () => {
    expect(call({ ...answered, uniqueId: '' }).callId).toBe('SIP/trunk-00000a1b@1772438400');
    expect(call({ ...answered, uniqueId: '  ' }).callId).toBe('SIP/trunk-00000a1b@1772438400');
  });

  it('a start with milliseconds is the epoch second it falls in', () => {
    const start = new Date('2026-03-02T08:00:00.900Z');
    expect(call({ ...answered, uniqueId: null, start }).callId).toBe('SIP/trunk-00000a1b@1772438400');
  });
});

describe('cdrQueuedCall: queue calls and the queue name', () => {
  it.each([
    ['support,t,,,300: options after the name', 'support,t,,,300', 'support'],
    ['the name alone', 'support', 'support'],
    ['spaces around the name', '  support  ,t', 'support'],
    ['100 characters: the longest queue name', 'q'.repeat(100), 'q'.repeat(100)],
  ])('%s', (_case, lastData, queue) => {
    expect(call({ ...answered, lastData }).queue).toBe(queue);
  });

  it.each([
    ['empty lastdata', ''],
    ['options without a name', ',t,,,300'],
    ['a blank name', '   ,t'],
  ])('%s -> skipped as no_queue_name: no queue to count the call in', (_case, lastData) => {
    expect(cdrQueuedCall({ ...answered, lastData })).toEqual({ skip: 'no_queue_name' });
  });

  it('101 characters -> skipped as queue_name_too_long: no queue may be named so', () => {
    expect(cdrQueuedCall({ ...answered, lastData: 'q'.repeat(101) })).toEqual({
      skip: 'queue_name_too_long',
    });
  });

  it.each(['queue', 'QUEUE', ' Queue '])(
    'lastapp %j is Queue: case and outer spaces do not matter',
    (app) => {
      expect(call({ ...answered, lastApplication: app }).outcome).toBe('answered');
    },
  );

  it.each([
    ['Dial: a direct call to an extension', 'Dial', 'SIP/anna,30'],
    ['VoiceMail: left the queue and went on in the dialplan', 'VoiceMail', 'support@default'],
    ['Playback: hung up during the greeting, before the queue', 'Playback', 'welcome'],
    ['QueueLog: not the Queue application', 'QueueLog', 'support,1,NONE,INFO'],
    ['empty', '', ''],
  ])('%s -> not_a_queue_call', (_case, lastApplication, lastData) => {
    expect(cdrQueuedCall({ ...answered, lastApplication, lastData })).toEqual({ skip: 'not_a_queue_call' });
  });

  it('a non-queue call is skipped before its disposition is looked at', () => {
    expect(cdrQueuedCall({ ...answered, lastApplication: 'Dial', disposition: 'FAILED' })).toEqual({
      skip: 'not_a_queue_call',
    });
  });
});

describe('cdrQueuedCall: time zones', () => {
  it('the times are those the line was parsed with: a summer call in Stockholm is UTC+2', () => {
    const line = ANSWERED_LINE.replaceAll('2026-03-02', '2026-07-01');
    expect(call(parse(line))).toMatchObject({
      enteredAt: new Date('2026-07-01T07:00:00Z'),
      endedAt: new Date('2026-07-01T07:04:18Z'),
      waitSeconds: 38,
    });
  });
});

describe('CdrCallGrouper: one call, a row per member rung (issue 12.1)', () => {
  /** A row of the call 1772438400.11 in queue support, Stockholm winter time (UTC+1). */
  type RowTimes = { start: string; end: string; answer?: string };
  const row = (
    line: number,
    o: Partial<Omit<CdrRecord, 'start' | 'end' | 'answer'>> & RowTimes,
  ): CdrRecord => {
    const start = new Date(`2026-03-02T${o.start}+01:00`);
    const end = new Date(`2026-03-02T${o.end}+01:00`);
    const answer = o.answer ? new Date(`2026-03-02T${o.answer}+01:00`) : null;
    const { start: _s, end: _e, answer: _a, ...rest } = o;
    return {
      ...answered,
      ...rest,
      line,
      start,
      end,
      answer,
      durationSeconds: (end.getTime() - start.getTime()) / 1000,
      billableSeconds: answer ? (end.getTime() - answer.getTime()) / 1000 : 0,
    };
  };
  const merge = (records: CdrRecord[]) => {
    const grouper = new CdrCallGrouper();
    const calls = records.flatMap((r) => grouper.push(r));
    return [...calls, ...grouper.finish()];
  };

  it('Anna answers at 09:00:41, Bo (rung a second later) does not: answered, wait 41 s from the first start, talk 200 s', () => {
    const calls = merge([
      row(1, { start: '09:00:00', answer: '09:00:41', end: '09:04:01', disposition: 'ANSWERED' }),
      row(2, {
        start: '09:00:01',
        end: '09:00:41',
        disposition: 'NO ANSWER',
        destinationChannel: 'SIP/bo-00000a1d',
      }),
    ]);
    expect(calls).toEqual([
      {
        call: {
          callId: '1772438400.11',
          queue: 'support',
          enteredAt: new Date('2026-03-02T08:00:00Z'),
          endedAt: new Date('2026-03-02T08:04:01Z'),
          outcome: 'answered',
          answeredEnd: null,
          waitSeconds: 41,
          talkSeconds: 200,
        },
        lines: [1, 2],
        rows: 2,
      },
    ]);
  });

  it('the answered row last in the file and latest by start: the same call, answered', () => {
    const calls = merge([
      row(1, { start: '09:00:00', end: '09:00:30', disposition: 'NO ANSWER' }),
      row(2, { start: '09:00:05', answer: '09:00:30', end: '09:02:00', disposition: 'ANSWERED' }),
    ]);
    expect(calls.map((c) => [c.call.outcome, c.call.waitSeconds, c.call.talkSeconds])).toEqual([
      ['answered', 30, 90],
    ]);
  });

  it('nobody answers: abandoned, wait from the first start (09:10:00) to the last end (09:11:51) = 111 s', () => {
    const calls = merge([
      row(1, { start: '09:10:00', end: '09:11:30', disposition: 'NO ANSWER' }),
      row(2, { start: '09:10:02', end: '09:11:51', disposition: 'NO ANSWER' }),
    ]);
    expect(calls.map((c) => [c.call.outcome, c.call.waitSeconds, c.call.enteredAt.toISOString()])).toEqual([
      ['abandoned', 111, '2026-03-02T08:10:00.000Z'],
    ]);
  });

  it('ANSWERED by the dialplan (no destination channel) is not a person: with a NO ANSWER row, abandoned', () => {
    const calls = merge([
      row(1, {
        start: '09:20:00',
        answer: '09:20:00',
        end: '09:21:00',
        disposition: 'ANSWERED',
        destinationChannel: '',
      }),
      row(2, { start: '09:20:03', end: '09:21:00', disposition: 'NO ANSWER' }),
    ]);
    expect(calls.map((c) => [c.call.outcome, c.call.waitSeconds])).toEqual([['abandoned', 60]]);
  });

  it('rows of other calls, other queues, stay apart; linkedid is the id without a uniqueid', () => {
    const calls = merge([
      row(1, { start: '09:00:00', end: '09:00:30', disposition: 'NO ANSWER' }),
      row(2, { start: '09:00:00', end: '09:00:30', disposition: 'NO ANSWER', lastData: 'sales' }),
      row(3, {
        start: '09:00:00',
        end: '09:00:30',
        disposition: 'NO ANSWER',
        uniqueId: null,
        linkedId: '1772438400.20',
      }),
    ]);
    expect(calls.map((c) => `${c.call.callId} ${c.call.queue}`).sort()).toEqual([
      '1772438400.11 sales',
      '1772438400.11 support',
      '1772438400.20 support',
    ]);
  });

  it('without any id: rows of one channel with overlapping times are one call; a later row on the channel is another', () => {
    const calls = merge([
      row(1, { start: '09:00:00', end: '09:00:40', disposition: 'NO ANSWER', uniqueId: null }),
      row(2, {
        start: '09:00:01',
        answer: '09:00:40',
        end: '09:01:40',
        disposition: 'ANSWERED',
        uniqueId: null,
      }),
      row(3, { start: '09:05:00', end: '09:05:20', disposition: 'NO ANSWER', uniqueId: null }),
    ]);
    expect(calls.map((c) => [c.call.callId, c.call.outcome, c.call.waitSeconds])).toEqual([
      ['SIP/trunk-00000a1b@1772438400', 'answered', 40],
      ['SIP/trunk-00000a1b@1772438700', 'abandoned', 20],
    ]);
  });
});
