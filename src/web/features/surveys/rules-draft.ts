/**
 * A survey's invitation rules as the form holds them (text as typed) and back: the sampling share
 * in percent, the send windows as HH:MM, empty for "no cap" and "no reminder". What cannot be read
 * is a field error here; what the server refuses (a window shorter than an hour...) comes back as
 * its own field errors.
 */
import type { Rules, SendWindow } from './types.js';

export interface WindowDraft {
  from: string;
  to: string;
  days: SendWindow['days'];
}

export interface RulesDraft {
  channels: string[];
  needs: string[] | null;
  topics: string[] | null;
  samplingPercent: string;
  quarantineDays: string;
  dailyCap: string;
  delayMinutes: string;
  email: WindowDraft;
  sms: WindowDraft;
  linkValidDays: string;
  reminderAfterDays: string;
}

export type DraftError = 'whole_number' | 'percent' | 'time';

const pad = (n: number) => String(n).padStart(2, '0');

/** 570 -> "09:30"; 1440 -> "24:00". */
export function minuteText(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** "9:30" or "09.30" -> 570; "24:00" -> 1440; anything else null. */
export function parseMinute(text: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

function parseWhole(text: string): number | null {
  const t = text.trim();
  return /^\d{1,6}$/.test(t) ? Number(t) : null;
}

/** "12,5" or "12.5" (percent) -> 0.125; a share of 0 is refused by the server, not here. */
function parsePercent(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return null;
  const v = Number(t);
  return v <= 100 ? Math.round(v * 100) / 10_000 : null;
}

const windowDraft = (w: SendWindow): WindowDraft => ({
  from: minuteText(w.fromMinute),
  to: minuteText(w.toMinute),
  days: w.days,
});

export function rulesDraft(
  rules: Rules,
  linkValidDays: number,
  reminderAfterDays: number | null,
): RulesDraft {
  return {
    channels: [...rules.channels],
    needs: rules.needs && [...rules.needs],
    topics: rules.topics && [...rules.topics],
    samplingPercent: String(Math.round(rules.samplingShare * 10_000) / 100),
    quarantineDays: String(rules.quarantineDays),
    dailyCap: rules.dailyCap === null ? '' : String(rules.dailyCap),
    delayMinutes: String(rules.delayMinutes),
    email: windowDraft(rules.windows.email),
    sms: windowDraft(rules.windows.sms),
    linkValidDays: String(linkValidDays),
    reminderAfterDays: reminderAfterDays === null ? '' : String(reminderAfterDays),
  };
}

export interface RulesChange {
  rules: Rules;
  linkValidDays: number;
  reminderAfterDays: number | null;
}

/** The change to send, or the fields that could not be read (keys as the server's pointers name them). */
export function parseRulesDraft(
  d: RulesDraft,
): { ok: true; change: RulesChange } | { ok: false; errors: Map<string, DraftError> } {
  const errors = new Map<string, DraftError>();
  const whole = (key: string, text: string, optional = false): number | null => {
    if (optional && text.trim() === '') return null;
    const v = parseWhole(text);
    if (v === null) errors.set(key, 'whole_number');
    return v;
  };
  const share = parsePercent(d.samplingPercent);
  if (share === null) errors.set('rules.samplingShare', 'percent');
  const quarantineDays = whole('rules.quarantineDays', d.quarantineDays);
  const dailyCap = whole('rules.dailyCap', d.dailyCap, true);
  const delayMinutes = whole('rules.delayMinutes', d.delayMinutes);
  const linkValidDays = whole('linkValidDays', d.linkValidDays);
  const reminderAfterDays = whole('reminderAfterDays', d.reminderAfterDays, true);
  const window = (medium: 'email' | 'sms'): SendWindow | null => {
    const from = parseMinute(d[medium].from);
    const to = parseMinute(d[medium].to);
    if (from === null || to === null) {
      errors.set(`rules.windows.${medium}`, 'time');
      return null;
    }
    return { fromMinute: from, toMinute: to, days: d[medium].days };
  };
  const email = window('email');
  const sms = window('sms');
  if (errors.size > 0) return { ok: false, errors };
  return {
    ok: true,
    change: {
      rules: {
        channels: d.channels,
        needs: d.needs,
        topics: d.topics,
        samplingShare: share!,
        quarantineDays: quarantineDays!,
        dailyCap,
        delayMinutes: delayMinutes!,
        windows: { email: email!, sms: sms! },
      },
      linkValidDays: linkValidDays!,
      reminderAfterDays,
    },
  };
}
