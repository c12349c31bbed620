/**
 * The columns of a contact list exported to CSV or XLSX, for managers who analyse contacts in a
 * spreadsheet: the headers in Swedish (or English), codes turned into the interface's labels,
 * times as wall-clock time in Europe/Stockholm. Pure: the server feeds rows in, the file
 * writers take cells out.
 *
 * Who logged a contact is deliberately NOT a column, nor anything that identifies the guide:
 * Lots does not rank guides, and feedback to an individual is private (DOMAIN.md). An export
 * would make such a ranking one pivot table away.
 */
import Papa from 'papaparse';
import { MUNICIPAL_TIME_ZONE } from './calendar-day.js';
import type { AgeBand, Channel, FailureReason, Gender, Need, ProblemKind, Resolution } from './taxonomy.js';

export type ExportLocale = 'sv' | 'en';

export type Labels<K extends string> = Record<K, Record<ExportLocale, string>>;

// The same words as the interface (src/web/i18n/{sv,en}.json, contacts.*), which core cannot import.
export const CHANNEL_LABELS: Labels<Channel> = {
  phone: { sv: 'Telefon', en: 'Phone' },
  visit: { sv: 'Besök', en: 'Visit' },
  email: { sv: 'E-post', en: 'E-mail' },
  chat: { sv: 'Chatt', en: 'Chat' },
  eservice: { sv: 'E-tjänst', en: 'E-service' },
  letter: { sv: 'Brev', en: 'Letter' },
  social_media: { sv: 'Sociala medier', en: 'Social media' },
  other: { sv: 'Annat', en: 'Other' },
};

export const NEED_LABELS: Labels<Need> = {
  want_service: { sv: 'Vill ha tjänst', en: 'Wants a service' },
  want_to_know: { sv: 'Vill veta', en: 'Wants to know' },
  problem: { sv: 'Problem', en: 'Problem' },
  dont_understand: { sv: 'Förstår inte', en: "Doesn't understand" },
  opinion: { sv: 'Synpunkt', en: 'Opinion' },
  other_authority: { sv: 'Annan myndighet', en: 'Other authority' },
};

const PROBLEM_KIND_LABELS: Labels<ProblemKind> = {
  service: { sv: 'Tjänsten själv', en: 'The service itself' },
  delivery: { sv: 'Hur den levererades', en: 'Its delivery' },
};

export const RESOLUTION_LABELS: Labels<Resolution> = {
  resolved_self: { sv: 'Löst direkt', en: 'Resolved directly' },
  resolved_handling: { sv: 'Löst med efterarbete', en: 'Resolved with handling' },
  resolved_specialist: { sv: 'Löst med specialist', en: 'Resolved with a specialist' },
  forwarded: { sv: 'Lämnad vidare', en: 'Forwarded' },
  unresolved: { sv: 'Inte löst', en: 'Unresolved' },
};

export const FAILURE_REASON_LABELS: Labels<FailureReason> = {
  did_not_understand_information: {
    sv: 'Förstod inte informationen',
    en: 'Did not understand the information',
  },
  eservice_problem: { sv: 'Problem med e-tjänst', en: 'Problem with an e-service' },
  chasing_case: { sv: 'Efterfrågar besked i pågående ärende', en: 'Chasing an existing case' },
  municipality_error: { sv: 'Fel av kommunen', en: 'Error by the municipality' },
  other: { sv: 'Annat', en: 'Other' },
};

export const GENDER_LABELS: Labels<Gender> = {
  woman: { sv: 'Kvinna', en: 'Woman' },
  man: { sv: 'Man', en: 'Man' },
  other: { sv: 'Annat', en: 'Other' },
  unknown: { sv: 'Vet inte', en: 'Cannot tell' },
};

const YES_NO: Record<ExportLocale, readonly [yes: string, no: string]> = {
  sv: ['Ja', 'Nej'],
  en: ['Yes', 'No'],
};

/** What a row of the export is made from: a contact with its topic and units already named. */
export interface ContactExportRecord {
  startedAt: Date;
  channel: Channel;
  durationSeconds: number;
  need: Need;
  problemKind: ProblemKind | null;
  /** "Vatten och avlopp › Faktura". */
  topicPath: string;
  /** The unit that owned the topic when the contact was saved, as a path. */
  ownerUnit: string;
  concernsExistingCase: boolean;
  caseReference: string | null;
  resolution: Resolution;
  forwardedToUnit: string | null;
  isFailureDemand: boolean;
  failureReason: FailureReason | null;
  citizenGender: Gender | null;
  citizenAgeBand: AgeBand | null;
  citizenDistrict: string | null;
  /** Already masked when the contact was saved. */
  summary: string;
}

/**
 * A cell: text, a whole number, or a local date-time. A LocalDateTime is the Stockholm wall-clock
 * time carried in a Date's UTC fields, the way Excel stores dates (a serial with no time zone).
 */
export type ExportCell = string | number | LocalDateTime | null;

export interface LocalDateTime {
  kind: 'local_date_time';
  /** The wall-clock time in the UTC fields of the Date. */
  wallClock: Date;
}

export type ExportColumnType = 'date_time' | 'integer' | 'text';

export interface ExportColumn {
  header: Record<ExportLocale, string>;
  type: ExportColumnType;
  /** In characters, for the XLSX column width. */
  width: number;
  cell: (r: ContactExportRecord, locale: ExportLocale) => ExportCell;
}

const label = <K extends string>(labels: Labels<K>, code: K | null, locale: ExportLocale): string | null =>
  code === null ? null : labels[code][locale];
const yesNo = (value: boolean, locale: ExportLocale): string => YES_NO[locale][value ? 0 : 1];
const orNull = (text: string | null): string | null => (text === null || text === '' ? null : text);

/** The columns, in order. */
export const CONTACT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  {
    header: { sv: 'Starttid', en: 'Start time' },
    type: 'date_time',
    width: 17,
    cell: (r) => ({ kind: 'local_date_time', wallClock: wallClockOf(r.startedAt) }),
  },
  {
    header: { sv: 'Kanal', en: 'Channel' },
    type: 'text',
    width: 12,
    cell: (r, l) => label(CHANNEL_LABELS, r.channel, l),
  },
  {
    header: { sv: 'Längd (s)', en: 'Duration (s)' },
    type: 'integer',
    width: 10,
    cell: (r) => r.durationSeconds,
  },
  {
    header: { sv: 'Behov', en: 'Need' },
    type: 'text',
    width: 16,
    cell: (r, l) => label(NEED_LABELS, r.need, l),
  },
  {
    header: { sv: 'Problemet gäller', en: 'Problem with' },
    type: 'text',
    width: 18,
    cell: (r, l) => label(PROBLEM_KIND_LABELS, r.problemKind, l),
  },
  { header: { sv: 'Ämne', en: 'Topic' }, type: 'text', width: 40, cell: (r) => r.topicPath },
  { header: { sv: 'Ansvarig enhet', en: 'Owning unit' }, type: 'text', width: 32, cell: (r) => r.ownerUnit },
  {
    header: { sv: 'Pågående ärende', en: 'Existing case' },
    type: 'text',
    width: 10,
    cell: (r, l) => yesNo(r.concernsExistingCase, l),
  },
  {
    header: { sv: 'Diarienummer', en: 'Case reference' },
    type: 'text',
    width: 16,
    cell: (r) => orNull(r.caseReference),
  },
  {
    header: { sv: 'Lösning', en: 'Resolution' },
    type: 'text',
    width: 20,
    cell: (r, l) => label(RESOLUTION_LABELS, r.resolution, l),
  },
  {
    header: { sv: 'Lämnad vidare till', en: 'Forwarded to' },
    type: 'text',
    width: 28,
    cell: (r) => r.forwardedToUnit,
  },
  {
    header: { sv: 'Undvikbar efterfrågan', en: 'Failure demand' },
    type: 'text',
    width: 10,
    cell: (r, l) => yesNo(r.isFailureDemand, l),
  },
  {
    header: { sv: 'Orsak till undvikbar efterfrågan', en: 'Failure reason' },
    type: 'text',
    width: 30,
    cell: (r, l) => label(FAILURE_REASON_LABELS, r.failureReason, l),
  },
  {
    header: { sv: 'Kön', en: 'Gender' },
    type: 'text',
    width: 10,
    cell: (r, l) => label(GENDER_LABELS, r.citizenGender, l),
  },
  { header: { sv: 'Åldersgrupp', en: 'Age band' }, type: 'text', width: 10, cell: (r) => r.citizenAgeBand },
  {
    header: { sv: 'Område', en: 'District' },
    type: 'text',
    width: 16,
    cell: (r) => orNull(r.citizenDistrict),
  },
  {
    header: { sv: 'Sammanfattning', en: 'Summary' },
    type: 'text',
    width: 60,
    cell: (r) => orNull(r.summary),
  },
];

export function contactExportHeaders(locale: ExportLocale): string[] {
  return CONTACT_EXPORT_COLUMNS.map((c) => c.header[locale]);
}

/** The cells of one contact, in column order. */
export function contactExportCells(record: ContactExportRecord, locale: ExportLocale): ExportCell[] {
  return CONTACT_EXPORT_COLUMNS.map((c) => c.cell(record, locale));
}

const wallClockFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: MUNICIPAL_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/**
 * The Stockholm wall-clock time of an instant, in the UTC fields of a Date: 2026-11-22T07:30Z
 * (08:30 in Stockholm, UTC+1 in winter) gives 2026-11-22T08:30Z. Excel has no time zones, so
 * this is what a spreadsheet must be given to show the time the municipality saw.
 */
export function wallClockOf(instant: Date): Date {
  const p: Record<string, number> = {};
  for (const part of wallClockFormat.formatToParts(instant))
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  return new Date(
    Date.UTC(
      p['year'] ?? 0,
      (p['month'] ?? 1) - 1,
      p['day'] ?? 1,
      p['hour'] ?? 0,
      p['minute'] ?? 0,
      p['second'] ?? 0,
    ),
  );
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-11-22 08:30": ISO 8601 order, which both Swedish and English Excel read as a date-time. */
export function formatWallClock({ wallClock: d }: LocalDateTime): string {
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** A cell as CSV text: empty for null, the date-time as text, numbers as digits. */
export function csvTextOf(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return formatWallClock(cell);
}

/** The byte order mark that makes Excel read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

/**
 * CSV records the way Swedish Excel opens them without an import dialog (as core/topics/
 * topic-csv.ts): ';' between fields, CRLF after every record (RFC 4180), quotes where needed.
 * A text starting with = + - @ tab or CR gets a leading apostrophe so that a spreadsheet shows
 * it instead of running it as a formula (OWASP "CSV Injection"). The caller writes CSV_BOM
 * once, before the first record; records can then be appended batch by batch.
 */
export function formatCsvRecords(
  records: readonly (readonly string[])[],
  options: { negativeNumbers?: boolean } = {},
): string {
  if (records.length === 0) return '';
  const text = Papa.unparse(
    records.map((r) => [...r]),
    {
      delimiter: ';',
      newline: '\r\n',
      // With negativeNumbers, a field that is only a number ("-92,4") is written as it is: it is no
      // formula, and a spreadsheet must read it as a number.
      escapeFormulae: options.negativeNumbers ? /^(?:[=+@\t\r]|-(?!\d+(?:[.,]\d+)?$))/ : true,
      header: false,
    },
  );
  return `${text}\r\n`;
}

/**
 * The download's name, ASCII only so that every browser and mail client keeps it:
 * "kontakter-2026-11-01--2026-11-22.xlsx". The period is the filter's; without a last day, it
 * runs to the day of the export, and without a first day the name says "up to".
 */
export function contactExportFileName({
  from,
  to,
  today,
  extension,
  locale,
}: {
  from: string | undefined;
  to: string | undefined;
  /** The export's day in Europe/Stockholm, 'YYYY-MM-DD'. */
  today: string;
  extension: 'csv' | 'xlsx';
  locale: ExportLocale;
}): string {
  const base = locale === 'sv' ? 'kontakter' : 'contacts';
  const last = to ?? today;
  const period = from === undefined ? `${locale === 'sv' ? 'till' : 'until'}-${last}` : `${from}--${last}`;
  return `${base}-${period}.${extension}`;
}
