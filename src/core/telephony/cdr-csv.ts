/**
 * One row of Asterisk's cdr_csv file (Master.csv) to a typed record, or a rejection with the line
 * number and the reason. Column order from ../shared/data/telephony/cdr_csv.md (cdr/cdr_csv.c
 * build_csv_record()): 16 columns always, then uniqueid (loguniqueid=yes), userfield
 * (loguserfield=yes), and peeraccount, linkedid, sequence (newcdrcolumns=yes). No header row.
 *
 * A row has 16, 17, 18 or 21 columns; 17 is read as uniqueid (the sample config's loguniqueid=yes
 * without loguserfield) and 18 as uniqueid and userfield. Other counts are rejected. Strings are
 * double-quoted with `"` doubled; quotes are accepted but not required on any field. A quoted
 * field cannot span lines (cdr_csv writes one record per line), so an unterminated quote is a
 * rejection. Dates are local wall-clock time in the PBX's zone (or UTC with usegmtime=yes): the
 * caller gives the zone, and a time skipped or repeated at a daylight-saving change is read as
 * src/core/calendar/local-time.ts reads it.
 */
import { instantAtLocalTime } from '../calendar/local-time.js';
import { isCalendarDay, MUNICIPAL_TIME_ZONE } from '../contacts/calendar-day.js';

export const CDR_DISPOSITIONS = [
  'ANSWERED',
  'NO ANSWER',
  'BUSY',
  'FAILED',
  'CONGESTION',
  'CANCEL',
  'UNKNOWN',
] as const;
export type CdrDisposition = (typeof CDR_DISPOSITIONS)[number];

export const CDR_AMA_FLAGS = ['OMIT', 'BILLING', 'DOCUMENTATION', 'Unknown'] as const;
export type CdrAmaFlags = (typeof CDR_AMA_FLAGS)[number];

export interface CdrRecord {
  line: number;
  accountCode: string;
  source: string;
  destination: string;
  destinationContext: string;
  callerId: string;
  channel: string;
  destinationChannel: string;
  lastApplication: string;
  lastData: string;
  start: Date;
  /** Null when the call was not answered (empty field). */
  answer: Date | null;
  end: Date;
  durationSeconds: number;
  billableSeconds: number;
  disposition: CdrDisposition;
  amaFlags: CdrAmaFlags;
  /** Null when the row has no such column. */
  uniqueId: string | null;
  userField: string | null;
  peerAccount: string | null;
  linkedId: string | null;
  sequence: number | null;
}

export interface CdrRejection {
  line: number;
  reason: string;
}

export type CdrParse = { record: CdrRecord } | { rejection: CdrRejection };

export interface CdrOptions {
  /** The PBX's zone for the dates; 'UTC' with usegmtime=yes. Default Europe/Stockholm. */
  timeZone?: string;
}

/** Splits one CSV line into fields; null when a quote is not closed. */
export function splitCsvLine(text: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close < 0) return null;
        value += text.slice(i, close);
        if (text[close + 1] === '"') {
          value += '"';
          i = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Anything between the closing quote and the comma is kept, as a lenient reader would.
      const comma = text.indexOf(',', i);
      value += comma < 0 ? text.slice(i) : text.slice(i, comma);
      fields.push(value);
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      fields.push(comma < 0 ? text.slice(i) : text.slice(i, comma));
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const WHOLE = /^\d+$/;

class FieldError extends Error {}

/** Parses one line (without its line break; a trailing `\r` is ignored) numbered `line`. */
export function parseCdrCsvLine(text: string, line: number, options: CdrOptions = {}): CdrParse {
  const raw = text.endsWith('\r') ? text.slice(0, -1) : text;
  const reject = (reason: string): CdrParse => ({ rejection: { line, reason } });
  if (raw.trim() === '') return reject('empty line');
  const f = splitCsvLine(raw);
  if (!f) return reject('a quoted field is not closed');
  if (![16, 17, 18, 21].includes(f.length)) {
    return reject(`expected 16, 17, 18 or 21 columns, found ${f.length}`);
  }
  const timeZone = options.timeZone ?? MUNICIPAL_TIME_ZONE;
  const text_ = (i: number): string => f[i] ?? '';
  const whole = (i: number, name: string): number => {
    if (!WHOLE.test(text_(i))) throw new FieldError(`${name} "${text_(i)}" is not a whole number`);
    return Number(text_(i));
  };
  const date = (i: number, name: string): Date => {
    const m = DATE_TIME.exec(text_(i));
    const [day, h, min, s] = [m?.[1] ?? '', Number(m?.[2]), Number(m?.[3]), Number(m?.[4])];
    if (!m || !isCalendarDay(day) || h > 23 || min > 59 || s > 59) {
      throw new FieldError(`${name} "${text_(i)}" is not a date and time YYYY-MM-DD HH:MM:SS`);
    }
    return instantAtLocalTime(day, h * 60 + min + s / 60, timeZone);
  };
  try {
    const disposition = text_(14);
    if (!(CDR_DISPOSITIONS as readonly string[]).includes(disposition)) {
      throw new FieldError(`disposition "${disposition}" is not one of ${CDR_DISPOSITIONS.join(', ')}`);
    }
    const amaFlags = text_(15);
    if (!(CDR_AMA_FLAGS as readonly string[]).includes(amaFlags)) {
      throw new FieldError(`amaflags "${amaFlags}" is not one of ${CDR_AMA_FLAGS.join(', ')}`);
    }
    const start = date(9, 'start');
    const answer = text_(10) === '' ? null : date(10, 'answer');
    const end = date(11, 'end');
    return {
      record: {
        line,
        accountCode: text_(0),
        source: text_(1),
        destination: text_(2),
        destinationContext: text_(3),
        callerId: text_(4),
        channel: text_(5),
        destinationChannel: text_(6),
        lastApplication: text_(7),
        lastData: text_(8),
        start,
        answer,
        end,
        durationSeconds: whole(12, 'duration'),
        billableSeconds: whole(13, 'billsec'),
        disposition: disposition as CdrDisposition,
        amaFlags: amaFlags as CdrAmaFlags,
        uniqueId: f.length >= 17 ? text_(16) : null,
        userField: f.length >= 18 ? text_(17) : null,
        peerAccount: f.length === 21 ? text_(18) : null,
        linkedId: f.length === 21 ? text_(19) : null,
        sequence: f.length === 21 ? whole(20, 'sequence') : null,
      },
    };
  } catch (error) {
    if (error instanceof FieldError) return reject(error.message);
    throw error;
  }
}
