import { describe, expect, it } from 'vitest';
import { isClosedDay } from '../calendar/swedish-calendar.js';
import { emailResponseMeasures, workingTimeMs, type ReceivedEmail } from './email-response.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Instants are written with Stockholm's offset of the day: +01:00 in winter, +02:00 in summer. */
const at = (iso: string) => new Date(iso);
const hours = (from: string, to: string, options = {}) => workingTimeMs(at(from), at(to), options) / HOUR;

describe('workingTimeMs', () => {
  it('counts only the 08:00-17:00 window of the same working day', () => {
    // Tuesday 2026-11-24, 09:00 -> 11:30 = 2.5 h.
    expect(hours('2026-11-24T09:00+01:00', '2026-11-24T11:30+01:00')).toBe(2.5);
    // 07:00 -> 18:30 is clipped to the whole window, 08:00 -> 17:00 = 9 h.
    expect(hours('2026-11-24T07:00+01:00', '2026-11-24T18:30+01:00')).toBe(9);
  });

  it('counts Friday 16:00 to Monday 09:30 as 1 h on Friday plus 1.5 h on Monday', () => {
    // Friday 2026-11-20 16:00-17:00 = 1 h; Saturday and Sunday closed; Monday 08:00-09:30 = 1.5 h.
    expect(hours('2026-11-20T16:00+01:00', '2026-11-23T09:30+01:00')).toBe(2.5);
    // Received at 16:30 instead: 0.5 h + 1.5 h = 2 h.
    expect(hours('2026-11-20T16:30+01:00', '2026-11-23T09:30+01:00')).toBe(2);
  });

  it('starts the clock at 08:00 on the next working day for an e-mail received on a Saturday', () => {
    // Saturday 2026-11-21 10:00 -> Monday 2026-11-23 08:45: only Monday 08:00-08:45 = 45 min.
    expect(workingTimeMs(at('2026-11-21T10:00+01:00'), at('2026-11-23T08:45+01:00'))).toBe(45 * MINUTE);
    // Answered on the Sunday: no working time at all.
    expect(workingTimeMs(at('2026-11-21T10:00+01:00'), at('2026-11-22T12:00+01:00'))).toBe(0);
  });

  it('starts the clock at 08:00 for an e-mail received at 07:00', () => {
    // Tuesday 07:00 -> 08:20: 08:00-08:20 = 20 min.
    expect(workingTimeMs(at('2026-11-24T07:00+01:00'), at('2026-11-24T08:20+01:00'))).toBe(20 * MINUTE);
    // Received 17:30 and answered 08:00 the next morning: 0.
    expect(workingTimeMs(at('2026-11-24T17:30+01:00'), at('2026-11-25T08:00+01:00'))).toBe(0);
  });

  it('skips midsommarafton (a closed day) and the midsummer weekend', () => {
    expect(isClosedDay('2026-06-19')).toBe(true); // midsommarafton, a Friday
    // Thursday 2026-06-18 15:00-17:00 = 2 h; Friday 19 (midsommarafton), Saturday 20
    // (midsommardagen), Sunday 21 closed; Monday 22 08:00-10:00 = 2 h. Total 4 h.
    expect(hours('2026-06-18T15:00+02:00', '2026-06-22T10:00+02:00')).toBe(4);
  });

  it('uses each day its own offset across the October daylight-saving change', () => {
    // Clocks go back on Sunday 2026-10-25. Friday 23 16:00 CEST (14:00Z) -> Monday 26 10:00 CET
    // (09:00Z): Friday 16:00-17:00 = 1 h, Monday 08:00 CET (07:00Z) - 10:00 = 2 h; total 3 h
    // (67 h of elapsed time). Monday's window at Friday's offset would give 08:00 = 06:00Z, 4 h.
    expect(hours('2026-10-23T16:00+02:00', '2026-10-26T10:00+01:00')).toBe(3);
  });

  it('uses each day its own offset across the March daylight-saving change', () => {
    // Clocks go forward on Sunday 2026-03-29. Friday 27 16:00 CET -> Monday 30 09:00 CEST:
    // 1 h + 1 h = 2 h.
    expect(hours('2026-03-27T16:00+01:00', '2026-03-30T09:00+02:00')).toBe(2);
  });

  it("skips the tenant's extra closed days", () => {
    // Tuesday 2026-11-24 16:00 -> Thursday 26 09:00 with Wednesday 25 closed: 1 h + 1 h = 2 h,
    // instead of 1 + 9 + 1 = 11 h.
    expect(hours('2026-11-24T16:00+01:00', '2026-11-26T09:00+01:00')).toBe(11);
    expect(
      hours('2026-11-24T16:00+01:00', '2026-11-26T09:00+01:00', { extraClosedDays: ['2026-11-25'] }),
    ).toBe(2);
  });

  it('takes a configured window and a window to midnight', () => {
    // 07:00-16:00: Friday 2026-11-20 16:00 -> Monday 09:30 = 0 + 2.5 h.
    expect(
      hours('2026-11-20T16:00+01:00', '2026-11-23T09:30+01:00', { dayStartMinute: 420, dayEndMinute: 960 }),
    ).toBe(2.5);
    // 08:00-24:00 on Tuesday 2026-11-24: 22:00 -> Wednesday 08:30 = 2 h + 0.5 h.
    expect(hours('2026-11-24T22:00+01:00', '2026-11-25T08:30+01:00', { dayEndMinute: 1440 })).toBe(2.5);
    expect(() =>
      workingTimeMs(at('2026-11-24T09:00Z'), at('2026-11-24T10:00Z'), { dayStartMinute: 1020 }),
    ).toThrow(RangeError);
  });

  it('is 0 when the answer is not after the receipt', () => {
    expect(workingTimeMs(at('2026-11-24T10:00+01:00'), at('2026-11-24T10:00+01:00'))).toBe(0);
    expect(workingTimeMs(at('2026-11-24T10:00+01:00'), at('2026-11-24T09:00+01:00'))).toBe(0);
  });
});

describe('emailResponseMeasures', () => {
  const email = (receivedAt: string, answeredAt: string | null): ReceivedEmail => ({
    receivedAt: at(receivedAt),
    answeredAt: answeredAt === null ? null : at(answeredAt),
  });

  // Week 48 of 2026 (Monday 23 - Friday 27 November, all working days).
  const emails = [
    email('2026-11-23T09:00+01:00', '2026-11-23T11:00+01:00'), // 2 h: within
    email('2026-11-23T10:00+01:00', '2026-11-24T10:00+01:00'), // 7 h + 2 h = 9 h: within (limit included)
    email('2026-11-23T10:00+01:00', '2026-11-24T11:00+01:00'), // 7 h + 3 h = 10 h: late
    email('2026-11-24T09:00+01:00', null), // by asOf 8 + 9 + 4 = 21 h: unanswered and late
    email('2026-11-26T11:00+01:00', null), // by asOf 1 h: pending
  ];

  it('counts answered within the limit over the e-mails whose result is known', () => {
    const m = emailResponseMeasures(emails, { asOf: at('2026-11-26T12:00+01:00') });
    expect(m).toEqual({
      received: 5,
      answered: 3,
      answeredWithin: 2,
      answeredLate: 1,
      unansweredLate: 1,
      pending: 1,
      due: 4, // 5 received - 1 pending
      answeredWithinShare: 0.5, // 2 / 4
      answeredWorkingSeconds: 75_600, // (2 + 9 + 10) h * 3600
      meanWorkingSecondsToAnswer: 25_200, // 75,600 / 3 = 7 h
    });
  });

  it('puts the pending e-mail in the denominator once it has run out of time', () => {
    // asOf Friday 27 12:00: the last e-mail has 6 h (Thursday 11-17) + 4 h = 10 h > 9 h.
    const m = emailResponseMeasures(emails, { asOf: at('2026-11-27T12:00+01:00') });
    expect([m.unansweredLate, m.pending, m.due, m.answeredWithinShare]).toEqual([2, 0, 5, 0.4]);
  });

  it('takes a configured limit', () => {
    // 10 h: the third e-mail is within too; the fourth still late (21 h); share 3 / 4.
    const m = emailResponseMeasures(emails, { asOf: at('2026-11-26T12:00+01:00'), limitHours: 10 });
    expect([m.answeredWithin, m.answeredLate, m.due, m.answeredWithinShare]).toEqual([3, 0, 4, 0.75]);
  });

  it('has no share when nothing is due and rejects an answer before its receipt', () => {
    const none = emailResponseMeasures([], { asOf: at('2026-11-26T12:00+01:00') });
    expect([none.received, none.due, none.answeredWithinShare, none.meanWorkingSecondsToAnswer]).toEqual([
      0,
      0,
      null,
      null,
    ]);
    expect(() =>
      emailResponseMeasures(
        [emails[0] as ReceivedEmail, email('2026-11-24T10:00+01:00', '2026-11-24T09:00+01:00')],
        {
          asOf: at('2026-11-26T12:00+01:00'),
        },
      ),
    ).toThrow('e-mail 2: answered before it was received');
  });
});
