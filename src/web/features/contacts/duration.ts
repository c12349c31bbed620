/**
 * The duration of a contact as the guide reads and types it: "4:05" is four minutes and five
 * seconds, "12" is twelve minutes, "1:02:30" an hour, two minutes and thirty seconds.
 */
import { DURATION_MAX_SECONDS } from '../../../core/contacts/contact-rules.js';

/** Seconds as "m:ss", or "h:mm:ss" from an hour. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/**
 * The seconds a typed duration means; null for an empty field (the timer decides), NaN for text
 * that is not a duration or exceeds a day (the API's limit). Minutes and seconds after the first
 * part must be below 60; "," or "." count as ":" (a numeric keypad has no colon).
 */
export function parseDuration(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parts = trimmed.split(/[:.,]/);
  if (parts.length > 3 || parts.some((p) => !/^\d{1,4}$/.test(p))) return Number.NaN;
  const numbers = parts.map(Number);
  if (numbers.slice(1).some((n) => n >= 60)) return Number.NaN;
  const [a = 0, b = 0, c = 0] = numbers;
  const seconds = parts.length === 1 ? a * 60 : parts.length === 2 ? a * 60 + b : a * 3600 + b * 60 + c;
  return seconds > DURATION_MAX_SECONDS ? Number.NaN : seconds;
}
