/** The measuring settings as the form writes them: whole seconds, HH:MM times, hours with a decimal comma. */
import { minutesToTime, timeToMinutes } from './report-format.js';
import type { TelephonySettings } from './types.js';

export type SettingsField = keyof TelephonySettings;
export const SETTINGS_FIELDS: SettingsField[] = [
  'timeZone',
  'shortAbandonSeconds',
  'answeredWithinSeconds',
  'emailDayStartMinute',
  'emailDayEndMinute',
  'emailLimitHours',
];

/** The form's text of each setting. */
export type SettingsDraft = Record<SettingsField, string>;

export function draftOf(s: TelephonySettings): SettingsDraft {
  return {
    timeZone: s.timeZone,
    shortAbandonSeconds: String(s.shortAbandonSeconds),
    answeredWithinSeconds: String(s.answeredWithinSeconds),
    emailDayStartMinute: minutesToTime(s.emailDayStartMinute),
    emailDayEndMinute: minutesToTime(s.emailDayEndMinute),
    emailLimitHours: String(s.emailLimitHours),
  };
}

export type SettingsProblem = 'required' | 'wholeNumber' | 'time' | 'endBeforeStart' | 'hours';

/** The settings the draft says, or the fields whose text is not a value of theirs. */
export function parseSettingsDraft(
  d: SettingsDraft,
):
  | { settings: TelephonySettings; errors?: undefined }
  | { settings?: undefined; errors: Partial<Record<SettingsField, SettingsProblem>> } {
  const errors: Partial<Record<SettingsField, SettingsProblem>> = {};
  const whole = (field: SettingsField) => {
    const text = d[field].trim();
    if (!/^\d+$/.test(text)) errors[field] = text ? 'wholeNumber' : 'required';
    return Number(text);
  };
  const time = (field: SettingsField) => {
    const minutes = timeToMinutes(d[field]);
    if (minutes === null) errors[field] = d[field].trim() ? 'time' : 'required';
    return minutes ?? 0;
  };
  const timeZone = d.timeZone.trim();
  if (!timeZone) errors.timeZone = 'required';
  const shortAbandonSeconds = whole('shortAbandonSeconds');
  const answeredWithinSeconds = whole('answeredWithinSeconds');
  const emailDayStartMinute = time('emailDayStartMinute');
  const emailDayEndMinute = time('emailDayEndMinute');
  if (!errors.emailDayStartMinute && !errors.emailDayEndMinute && emailDayEndMinute <= emailDayStartMinute)
    errors.emailDayEndMinute = 'endBeforeStart';
  const hoursText = d.emailLimitHours.trim().replace(',', '.');
  const emailLimitHours = Number(hoursText);
  if (!/^\d+(\.\d+)?$/.test(hoursText) || emailLimitHours <= 0 || emailLimitHours > 24)
    errors.emailLimitHours = 'hours';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    settings: {
      timeZone,
      shortAbandonSeconds,
      answeredWithinSeconds,
      emailDayStartMinute,
      emailDayEndMinute,
      emailLimitHours,
    },
  };
}
