import { describe, expect, it } from 'vitest';
import { draftOf, parseSettingsDraft } from './settings-draft.js';

const SETTINGS = {
  timeZone: 'Europe/Stockholm',
  shortAbandonSeconds: 0,
  answeredWithinSeconds: 120,
  emailDayStartMinute: 480,
  emailDayEndMinute: 1020,
  emailLimitHours: 9,
};

describe('the measuring settings form', () => {
  it('shows minutes as HH:MM and reads them back unchanged', () => {
    const draft = draftOf(SETTINGS);
    expect(draft).toMatchObject({
      emailDayStartMinute: '08:00',
      emailDayEndMinute: '17:00',
      emailLimitHours: '9',
    });
    expect(parseSettingsDraft(draft)).toEqual({ settings: SETTINGS });
  });

  it('takes a decimal comma in hours (7,5 h = 7.5)', () => {
    expect(
      parseSettingsDraft({ ...draftOf(SETTINGS), emailLimitHours: '7,5' }).settings?.emailLimitHours,
    ).toBe(7.5);
  });

  it('names each field whose text is not a value', () => {
    const result = parseSettingsDraft({
      timeZone: ' ',
      shortAbandonSeconds: '5 s',
      answeredWithinSeconds: '',
      emailDayStartMinute: '8',
      emailDayEndMinute: '17:00',
      emailLimitHours: '25',
    });
    expect(result.errors).toEqual({
      timeZone: 'required',
      shortAbandonSeconds: 'wholeNumber',
      answeredWithinSeconds: 'required',
      emailDayStartMinute: 'time',
      emailLimitHours: 'hours',
    });
  });

  it('the working day must end after it starts (17:00 to 08:00 is refused)', () => {
    const result = parseSettingsDraft({
      ...draftOf(SETTINGS),
      emailDayStartMinute: '17:00',
      emailDayEndMinute: '08:00',
    });
    expect(result.errors).toEqual({ emailDayEndMinute: 'endBeforeStart' });
  });
});
