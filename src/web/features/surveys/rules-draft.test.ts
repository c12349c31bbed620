import { describe, expect, it } from 'vitest';
import { minuteText, parseMinute, parseRulesDraft, rulesDraft } from './rules-draft.js';
import type { Rules } from './types.js';

const rules: Rules = {
  channels: ['phone', 'email'],
  topics: null,
  needs: ['problem'],
  samplingShare: 0.125,
  quarantineDays: 90,
  dailyCap: null,
  delayMinutes: 30,
  windows: {
    email: { fromMinute: 420, toMinute: 1260, days: 'every_day' },
    sms: { fromMinute: 540, toMinute: 1140, days: 'not_sundays_or_holidays' },
  },
};

describe('minutes as clock times', () => {
  it('540 is 09:00 and 1440 is 24:00', () => {
    expect(minuteText(540)).toBe('09:00');
    expect(minuteText(1440)).toBe('24:00');
  });
  it('reads 9:30 and 09.30 as 9 * 60 + 30 = 570; refuses 24:01 and 9:60', () => {
    expect(parseMinute('9:30')).toBe(570);
    expect(parseMinute('09.30')).toBe(570);
    expect(parseMinute('24:01')).toBeNull();
    expect(parseMinute('9:60')).toBeNull();
  });
});

describe('the rules form', () => {
  it('gives back exactly the rules it was made from', () => {
    const parsed = parseRulesDraft(rulesDraft(rules, 14, 5));
    expect(parsed).toEqual({ ok: true, change: { rules, linkValidDays: 14, reminderAfterDays: 5 } });
  });

  it('shows the share 0.125 as 12.5 percent and reads "12,5" back as 0.125', () => {
    const draft = rulesDraft(rules, 14, null);
    expect(draft.samplingPercent).toBe('12.5');
    const parsed = parseRulesDraft({ ...draft, samplingPercent: '12,5' });
    expect(parsed.ok && parsed.change.rules.samplingShare).toBe(0.125);
  });

  it('an empty cap and reminder mean none; a typed word is an error on its own field', () => {
    const draft = { ...rulesDraft(rules, 14, null), dailyCap: '', quarantineDays: 'nittio' };
    const parsed = parseRulesDraft(draft);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect([...parsed.errors]).toEqual([['rules.quarantineDays', 'whole_number']]);
  });

  it('a send window that is not a time names its medium', () => {
    const draft = rulesDraft(rules, 14, null);
    const parsed = parseRulesDraft({ ...draft, sms: { ...draft.sms, to: 'kväll' } });
    expect(!parsed.ok && [...parsed.errors.keys()]).toEqual(['rules.windows.sms']);
  });
});
