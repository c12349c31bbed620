import { describe, expect, it } from 'vitest';
import { addWorkingDays, deadlinesOf, DEFAULT_DEADLINES, keptDeadline, workingDaysBetween } from './deadlines.js';

// 2026: 1 January is a Thursday. Trettondagsafton Monday 5 January is open, trettondagen
// Tuesday 6 January closed; Långfredagen 3 April and annandag påsk 6 April closed; midsommarafton
// Friday 19 June closed (midsommardagen Saturday 20 June).
describe('deadlines in working days', () => {
  it('a Friday case with one day to acknowledge is due on Monday, the answer the Friday after', () => {
    expect(deadlinesOf('2026-01-09', 'complaint')).toEqual({ acknowledgeBy: '2026-01-12', answerBy: '2026-01-16' });
  });

  it('a case from the weekend counts from the Monday', () => {
    expect(addWorkingDays('2026-01-10', 1)).toBe('2026-01-12');
    expect(addWorkingDays('2026-01-11', 5)).toBe('2026-01-16');
  });

  it('skips trettondagen but not trettondagsafton', () => {
    // In on Friday 2 January: Monday 5 (1), Wednesday 7 (2), Thursday 8 (3), Friday 9 (4), Monday 12 (5).
    expect(deadlinesOf('2026-01-02', 'complaint')).toEqual({ acknowledgeBy: '2026-01-05', answerBy: '2026-01-12' });
    // In on trettondagsafton: 7, 8, 9, 12, 13.
    expect(deadlinesOf('2026-01-05', 'question')).toEqual({ acknowledgeBy: '2026-01-07', answerBy: '2026-01-13' });
  });

  it('skips Easter: in on Skärtorsdagen, acknowledged by the Tuesday after annandag påsk', () => {
    // 3 April Långfredagen, 4-5 the weekend, 6 annandag påsk: 7, 8, 9, 10, 13.
    expect(deadlinesOf('2026-04-02', 'complaint')).toEqual({ acknowledgeBy: '2026-04-07', answerBy: '2026-04-13' });
  });

  it('skips midsommarafton', () => {
    // In on Thursday 18 June: 22, 23, 24, 25, 26.
    expect(deadlinesOf('2026-06-18', 'complaint')).toEqual({ acknowledgeBy: '2026-06-22', answerBy: '2026-06-26' });
  });

  it("skips the tenant's own closed days", () => {
    const options = { extraClosedDays: ['2026-03-10'] };
    // In on Monday 9 March with Tuesday 10 closed: 11, 12, 13, 16, 17.
    expect(deadlinesOf('2026-03-09', 'complaint', DEFAULT_DEADLINES, options)).toEqual({
      acknowledgeBy: '2026-03-11',
      answerBy: '2026-03-17',
    });
    expect(deadlinesOf('2026-03-09', 'complaint')).toEqual({ acknowledgeBy: '2026-03-10', answerBy: '2026-03-16' });
  });

  it('takes the rule of the type', () => {
    const rules = { ...DEFAULT_DEADLINES, question: { acknowledgeDays: 0, answerDays: 2 } };
    expect(deadlinesOf('2026-01-09', 'question', rules)).toEqual({ acknowledgeBy: '2026-01-09', answerBy: '2026-01-13' });
    expect(deadlinesOf('2026-01-09', 'complaint', rules).answerBy).toBe('2026-01-16');
  });

  it('refuses a deadline that is not a whole number of days from 0 to 60', () => {
    expect(() => addWorkingDays('2026-01-09', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-09', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-09', 61)).toThrow(RangeError);
  });

  it('counts working days between two days', () => {
    expect(workingDaysBetween('2026-01-09', '2026-01-09')).toBe(0);
    expect(workingDaysBetween('2026-01-09', '2026-01-11')).toBe(0);
    expect(workingDaysBetween('2026-01-02', '2026-01-12')).toBe(5);
    expect(workingDaysBetween('2026-06-18', '2026-06-22')).toBe(1);
    expect(workingDaysBetween('2026-03-09', '2026-03-11', { extraClosedDays: ['2026-03-10'] })).toBe(1);
    expect(workingDaysBetween('2026-03-11', '2026-03-09')).toBe(0);
  });

  it('judges a deadline kept, missed or still open', () => {
    expect(keptDeadline('2026-01-16', '2026-01-16', '2026-01-20')).toBe(true);
    expect(keptDeadline('2026-01-16', '2026-01-19', '2026-01-20')).toBe(false);
    expect(keptDeadline('2026-01-16', null, '2026-01-16')).toBeNull();
    expect(keptDeadline('2026-01-16', null, '2026-01-17')).toBe(false);
  });
});
