/**
 * The time field of a queue_log line, in the forms real PBXs write (docs/metrics.md, "queue_log
 * times"):
 * - whole epoch seconds (the file backend): `1341402586`;
 * - fractional epoch seconds (some realtime setups and QueueMetrics exports): `1341402586.939802`,
 *   read as the second it falls in;
 * - a date and time (the realtime/database backend, FreePBX and QueueMetrics tables):
 *   `2012-07-04 07:33:21.165823` or with a `T`; with `Z` or an offset (`+02:00`) it is that instant,
 *   without one it is local time in the municipality's time zone. A local time skipped when the
 *   clocks go forward is read with the offset before the change (as if the clock had not moved
 *   yet). A local time that happens twice (the hour repeated when the clocks go back) is the
 *   occurrence nearer to the latest time read so far, the later one on a tie (a log runs
 *   forward); the first occurrence when nothing was read before it.
 * Stateful only in remembering the latest instant read. Pure otherwise.
 */
import { instantAtLocalTime } from '../calendar/local-time.js';
import { isCalendarDay, MUNICIPAL_TIME_ZONE, wallClockMs } from '../contacts/calendar-day.js';

const WHOLE = /^\d+$/;
const FRACTIONAL = /^(\d+)\.\d+$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;
const HOUR_MS = 3_600_000;

export class QueueLogClock {
  private latest = -Infinity;

  constructor(private readonly timeZone: string = MUNICIPAL_TIME_ZONE) {}

  /** Epoch seconds of the time field, or null when it is none of the forms above. */
  read(text: string): number | null {
    let seconds: number | null;
    if (WHOLE.test(text)) seconds = Number(text);
    else {
      const fraction = FRACTIONAL.exec(text);
      seconds = fraction ? Number(fraction[1]) : this.dateTime(text);
    }
    if (seconds !== null && seconds > this.latest) this.latest = seconds;
    return seconds;
  }

  private dateTime(text: string): number | null {
    const m = DATE_TIME.exec(text);
    if (!m) return null;
    const [day, h, min, s, zone] = [m[1] as string, Number(m[2]), Number(m[3]), Number(m[4]), m[5]];
    if (!isCalendarDay(day) || h > 23 || min > 59 || s > 59) return null;
    if (zone !== undefined) {
      const offset = zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
      const ms = Date.parse(`${day}T${m[2]}:${m[3]}:${m[4]}${offset}`);
      return Number.isNaN(ms) ? null : Math.floor(ms / 1000);
    }
    const first = instantAtLocalTime(day, h * 60 + min + s / 60, this.timeZone).getTime();
    const naive = Date.parse(`${day}T${m[2]}:${m[3]}:${m[4]}Z`);
    const second = first + HOUR_MS;
    const repeated = wallClockMs(second, this.timeZone) === naive;
    const latestMs = this.latest * 1000;
    const chosen =
      repeated && Number.isFinite(latestMs) && Math.abs(second - latestMs) <= Math.abs(first - latestMs)
        ? second
        : first;
    return Math.floor(chosen / 1000);
  }
}
