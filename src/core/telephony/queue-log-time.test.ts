import { describe, expect, it } from 'vitest';
import { QueueLogClock } from './queue-log-time.js';
import { parseQueueLogLine } from './queue-log.js';

const epoch = (iso: string) => Date.parse(iso) / 1000;

describe('QueueLogClock: the time forms of real queue_logs (issue 12.6)', () => {
  it.each([
    ['whole epoch seconds (file backend)', '1341402586', 1341402586],
    ['fractional epoch (realtime, QueueMetrics): the second it falls in', '1341402586.939802', 1341402586],
    // 2012-07-04 07:33:21 in Stockholm is summer time, UTC+2.
    ['realtime backend date and time, local', '2012-07-04 07:33:21.165823', epoch('2012-07-04T05:33:21Z')],
    ['with a T and no fraction', '2012-07-04T07:33:21', epoch('2012-07-04T05:33:21Z')],
    // Winter time, UTC+1.
    ['a winter date', '2026-03-02 09:00:00.000000', epoch('2026-03-02T08:00:00Z')],
    [
      'an offset in the file wins over the zone',
      '2012-07-04 07:33:21.5+00:00',
      epoch('2012-07-04T07:33:21Z'),
    ],
    ['Z', '2012-07-04T07:33:21Z', epoch('2012-07-04T07:33:21Z')],
  ])('%s: %s', (_case, text, expected) => {
    expect(new QueueLogClock('Europe/Stockholm').read(text)).toBe(expected);
  });

  it('UTC as the zone (a PBX logging in UTC)', () => {
    expect(new QueueLogClock('UTC').read('2012-07-04 07:33:21')).toBe(epoch('2012-07-04T07:33:21Z'));
  });

  it.each(['2012-07-04', '2012-02-30 10:00:00', '2012-07-04 24:00:00', 'yesterday', '-5', '1.2.3'])(
    'not a time: %s',
    (text) => {
      expect(new QueueLogClock().read(text)).toBeNull();
    },
  );

  it('the skipped hour (02:30 on 29 March 2026 does not exist): read with the offset before the change, UTC+1', () => {
    expect(new QueueLogClock().read('2026-03-29 02:30:00')).toBe(epoch('2026-03-29T01:30:00Z'));
  });

  it('the repeated hour (25 October 2026): the occurrence nearer to the lines before it', () => {
    const clock = new QueueLogClock();
    // 02:50 summer time (00:50 UTC), then 02:10 again: the clocks went back at 03:00 summer time
    // (01:00 UTC), so 02:10 is now winter time (01:10 UTC), 20 minutes later, not 40 minutes earlier.
    expect(clock.read('2026-10-25 02:50:00')).toBe(epoch('2026-10-25T00:50:00Z'));
    expect(clock.read('2026-10-25 02:10:00')).toBe(epoch('2026-10-25T01:10:00Z'));
    expect(clock.read('2026-10-25 02:40:00')).toBe(epoch('2026-10-25T01:40:00Z'));
    // A fresh log starting in the repeated hour reads its first occurrence.
    expect(new QueueLogClock().read('2026-10-25 02:10:00')).toBe(epoch('2026-10-25T00:10:00Z'));
  });

  it('a line a few minutes out of order within the repeated hour stays in its occurrence', () => {
    const clock = new QueueLogClock();
    expect(clock.read('2026-10-25 02:20:00')).toBe(epoch('2026-10-25T00:20:00Z'));
    expect(clock.read('2026-10-25 02:05:00')).toBe(epoch('2026-10-25T00:05:00Z'));
  });
});

describe('parseQueueLogLine with a clock', () => {
  it('reads a realtime line; without a clock the old rule (whole epoch seconds) stands', () => {
    const line = '2012-07-04 07:33:21.165823|1341379986.12|support|NONE|ENTERQUEUE||0701234567|1';
    expect(parseQueueLogLine(line, 1, new QueueLogClock())).toMatchObject({
      event: { time: epoch('2012-07-04T05:33:21Z'), type: 'ENTERQUEUE' },
    });
    expect(parseQueueLogLine(line, 1)).toEqual({
      rejection: { line: 1, reason: 'time "2012-07-04 07:33:21.165823" is not whole epoch seconds' },
    });
    expect(parseQueueLogLine(`x${line}`, 2, new QueueLogClock())).toEqual({
      rejection: {
        line: 2,
        reason:
          'time "x2012-07-04 07:33:21.165823" is not epoch seconds nor a date and time YYYY-MM-DD HH:MM:SS[.ffffff]',
      },
    });
  });
});
