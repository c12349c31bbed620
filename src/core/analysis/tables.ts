/**
 * Every chart of the analyses as a table: the web app shows it as the chart's text alternative
 * and the CSV export writes it, so the page and the file hold the same numbers. Shares are
 * fractions here (0.253); the CSV writes them in percent with one decimal, as the page does.
 */
import {
  CHANNEL_LABELS,
  CSV_BOM,
  FAILURE_REASON_LABELS,
  formatCsvRecords,
  GENDER_LABELS,
  NEED_LABELS,
  RESOLUTION_LABELS,
  type ExportLocale,
} from '../contacts/export-columns.js';
import { formatDayShort, formatPeriodKey, formatPlainDecimal } from '../text/format.js';
import { NEEDS, RESOLUTIONS, type FailureReason, type Gender, type Need } from '../contacts/taxonomy.js';
import type {
  ChangeAnalysis,
  DepartmentReport,
  FixFirstAnalysis,
  OutcomeAnalysis,
  ResolutionRow,
  Share,
  TrendAnalysis,
  TrendMeasure,
  WhenAnalysis,
  WhoAnalysis,
  WhyAnalysis,
} from './types.js';

export type TableLocale = ExportLocale;
export type ColumnUnit = 'count' | 'share' | 'minutes' | 'rate' | 'text';

export interface AnalysisTable {
  id: string;
  title: string;
  columns: { key: string; label: string; unit: ColumnUnit }[];
  rows: (string | number | null)[][];
  /** One key per row for drill-down: the value the row stands for (a topic id, a channel, "3:14"...). */
  rowKeys: string[];
}

export interface AnalysisResults {
  when: WhenAnalysis;
  who: WhoAnalysis;
  why: WhyAnalysis;
  outcome: OutcomeAnalysis;
  trend: TrendAnalysis;
  change: ChangeAnalysis;
  'fix-first': FixFirstAnalysis;
  department: DepartmentReport;
}
export type AnalysisName = keyof AnalysisResults;

type L = Record<TableLocale, string>;
const t = (sv: string, en: string): L => ({ sv, en });

const WEEKDAYS: L[] = [
  t('måndag', 'Monday'),
  t('tisdag', 'Tuesday'),
  t('onsdag', 'Wednesday'),
  t('torsdag', 'Thursday'),
  t('fredag', 'Friday'),
  t('lördag', 'Saturday'),
  t('söndag', 'Sunday'),
];

export const MEASURE_NAMES: Record<TrendMeasure, L> = {
  contacts: t('Kontakter', 'Contacts'),
  failure_demand_share: t('Andel undvikbar efterfrågan', 'Failure demand share'),
  first_contact_resolution: t('Löst direkt (första kontakten)', 'First-contact resolution'),
  existing_case_share: t('Andel om pågående ärende', 'Existing-case share'),
  forwarded_share: t('Andel lämnade vidare', 'Forwarded share'),
};

/** What the numerator of each share counts: a count's own header, never the share's name. */
const NUMERATOR_NAMES: Record<TrendMeasure, L> = {
  contacts: t('Kontakter', 'Contacts'),
  failure_demand_share: t('Undvikbar efterfrågan (antal)', 'Failure demand (count)'),
  first_contact_resolution: t('Lösta direkt (antal)', 'Resolved at first contact (count)'),
  existing_case_share: t('Om pågående ärende (antal)', 'About an existing case (count)'),
  forwarded_share: t('Lämnade vidare (antal)', 'Forwarded (count)'),
};

const C = {
  contacts: t('Kontakter', 'Contacts'),
  share: t('Andel', 'Share'),
  low: t('Andel, 95 % KI lägst', 'Share, 95% CI low'),
  high: t('Andel, 95 % KI högst', 'Share, 95% CI high'),
  uncertain: t('Osäker (färre än 30)', 'Uncertain (fewer than 30)'),
  yes: t('ja', 'yes'),
  period: t('Period', 'Period'),
  from: t('Från', 'From'),
  to: t('Till', 'To'),
  topic: t('Ämne', 'Topic'),
  department: t('Förvaltning', 'Department'),
  channel: t('Kanal', 'Channel'),
  need: t('Behov', 'Need'),
  reason: t('Orsak', 'Reason'),
  failureDemand: t('Undvikbar efterfrågan', 'Failure demand'),
  total: t('Totalt', 'Total'),
};

const tr = (label: L, locale: TableLocale) => label[locale];

/** The four columns of a share: k, the share, its interval, the small-n mark. */
function shareColumns(locale: TableLocale, count: L, share: L = C.share) {
  return [
    { key: 'numerator', label: tr(count, locale), unit: 'count' as const },
    { key: 'share', label: tr(share, locale), unit: 'share' as const },
    { key: 'low', label: tr(C.low, locale), unit: 'share' as const },
    { key: 'high', label: tr(C.high, locale), unit: 'share' as const },
    { key: 'uncertain', label: tr(C.uncertain, locale), unit: 'text' as const },
  ];
}
const shareCells = (s: Share, locale: TableLocale) => [
  s.numerator,
  s.value,
  s.interval?.low ?? null,
  s.interval?.high ?? null,
  s.uncertain ? tr(C.yes, locale) : '',
];
const denominatorColumn = (label: L, locale: TableLocale) => ({
  key: 'denominator',
  label: tr(label, locale),
  unit: 'count' as const,
});

/** A period's key ("2026-W50", "2026-05") and its days as people read them (src/core/text/format.ts). */
const period = (key: string, locale: TableLocale) => formatPeriodKey(key, locale);
const day = (value: string, locale: TableLocale) => formatDayShort(value, locale);

const text = (key: string, label: L, locale: TableLocale) => ({
  key,
  label: tr(label, locale),
  unit: 'text' as const,
});
const count = (key: string, label: L, locale: TableLocale) => ({
  key,
  label: tr(label, locale),
  unit: 'count' as const,
});

function profileValue(
  dimension: 'district' | 'gender' | 'ageBand',
  value: string,
  locale: TableLocale,
): string {
  if (dimension === 'gender') return GENDER_LABELS[value as Gender]?.[locale] ?? value;
  return value;
}

function resolutionTable(
  id: string,
  title: L,
  first: L,
  rows: ResolutionRow[],
  locale: TableLocale,
  labelOf: (r: ResolutionRow) => string,
): AnalysisTable {
  return {
    id,
    title: tr(title, locale),
    columns: [
      text('label', first, locale),
      count('total', C.contacts, locale),
      ...RESOLUTIONS.map((r) => count(r, RESOLUTION_LABELS[r], locale)),
      { key: 'firstContact', label: tr(MEASURE_NAMES.first_contact_resolution, locale), unit: 'share' },
      text('uncertain', C.uncertain, locale),
    ],
    rows: rows.map((r) => [
      labelOf(r),
      r.total,
      ...RESOLUTIONS.map((g) => r.grades[g]),
      r.firstContact.value,
      r.firstContact.uncertain ? tr(C.yes, locale) : '',
    ]),
    rowKeys: rows.map((r) => r.key),
  };
}

/** Contacts per need with their shares (the why analysis and the department report). */
function needsTable(needs: readonly { need: Need; share: Share }[], locale: TableLocale): AnalysisTable {
  return {
    id: 'needs',
    title: tr(t('Behov', 'Needs'), locale),
    columns: [
      text('need', C.need, locale),
      denominatorColumn(C.total, locale),
      ...shareColumns(locale, C.contacts),
    ],
    rows: needs.map((n) => [
      NEED_LABELS[n.need][locale],
      n.share.denominator,
      ...shareCells(n.share, locale),
    ]),
    rowKeys: needs.map((n) => n.need),
  };
}

/** Failure-demand contacts per reason with their shares (the why analysis and the department report). */
function failureReasonsTable(
  reasons: readonly { reason: FailureReason; share: Share }[],
  locale: TableLocale,
): AnalysisTable {
  return {
    id: 'failureReasons',
    title: tr(t('Undvikbar efterfrågan: orsaker', 'Failure demand: reasons'), locale),
    columns: [
      text('reason', C.reason, locale),
      denominatorColumn(C.failureDemand, locale),
      ...shareColumns(locale, C.contacts),
    ],
    rows: reasons.map((r) => [
      FAILURE_REASON_LABELS[r.reason][locale],
      r.share.denominator,
      ...shareCells(r.share, locale),
    ]),
    rowKeys: reasons.map((r) => r.reason),
  };
}

function whenTables(a: WhenAnalysis, locale: TableLocale): AnalysisTable[] {
  return [
    {
      id: 'heatmap',
      title: tr(t('Kontakter per veckodag och timme', 'Contacts by weekday and hour'), locale),
      columns: [
        text('weekday', t('Veckodag', 'Weekday'), locale),
        text('hour', t('Timme', 'Hour'), locale),
        count('contacts', C.contacts, locale),
      ],
      rows: a.heatmap.map((c) => [
        tr(WEEKDAYS[c.weekday - 1]!, locale),
        `${String(c.hour).padStart(2, '0')}–${String(c.hour + 1).padStart(2, '0')}`,
        c.contacts,
      ]),
      rowKeys: a.heatmap.map((c) => `${c.weekday}:${c.hour}`),
    },
    {
      id: 'series',
      title: tr(
        a.series.interval === 'week'
          ? t('Kontakter per vecka', 'Contacts by week')
          : t('Kontakter per månad', 'Contacts by month'),
        locale,
      ),
      columns: [
        text('period', C.period, locale),
        text('from', C.from, locale),
        text('to', C.to, locale),
        count('contacts', C.contacts, locale),
        count('lastYear', t('Samma dagar året före', 'Same days the year before'), locale),
        count('offeredCalls', t('Erbjudna samtal', 'Offered calls'), locale),
      ],
      rows: a.series.buckets.map((b) => [
        period(b.key, locale),
        day(b.from, locale),
        day(b.to, locale),
        b.contacts,
        b.lastYear,
        b.offeredCalls,
      ]),
      rowKeys: a.series.buckets.map((b) => b.key),
    },
    {
      id: 'channels',
      title: tr(t('Kontakter per kanal', 'Contacts by channel'), locale),
      columns: [
        text('channel', C.channel, locale),
        count('contacts', C.contacts, locale),
        { key: 'share', label: tr(C.share, locale), unit: 'share' },
      ],
      rows: a.channels.map((c) => [CHANNEL_LABELS[c.channel][locale], c.contacts, c.share]),
      rowKeys: a.channels.map((c) => c.channel),
    },
  ];
}

function whoTables(a: WhoAnalysis, locale: TableLocale): AnalysisTable[] {
  const titles = {
    district: t('Kontakter per kommundel', 'Contacts by district'),
    gender: t('Kontakter per kön', 'Contacts by gender'),
    ageBand: t('Kontakter per åldersgrupp', 'Contacts by age band'),
  };
  const first = {
    district: t('Kommundel', 'District'),
    gender: t('Kön', 'Gender'),
    ageBand: t('Ålder', 'Age'),
  };
  const notRecorded = t('Inte antecknat', 'Not recorded');
  return (['district', 'gender', 'ageBand'] as const).map((d) => {
    const dim = a[d];
    const unrecorded = dim.recorded.denominator - dim.recorded.numerator;
    return {
      id: d,
      title: tr(titles[d], locale),
      columns: [
        text('value', first[d], locale),
        denominatorColumn(t('Antecknade', 'Recorded'), locale),
        ...shareColumns(locale, C.contacts, t('Andel av antecknade', 'Share of recorded')),
      ],
      rows: [
        ...dim.rows.map((r) => [
          profileValue(d, r.value, locale),
          r.share.denominator,
          ...shareCells(r.share, locale),
        ]),
        [tr(notRecorded, locale), null, unrecorded, null, null, null, ''],
      ],
      rowKeys: [...dim.rows.map((r) => r.value), 'none'],
    };
  });
}

function whyTables(a: WhyAnalysis, locale: TableLocale): AnalysisTable[] {
  return [
    needsTable(a.needs, locale),
    {
      id: 'needSeries',
      title: tr(t('Behov över tid', 'Needs over time'), locale),
      columns: [
        text('period', C.period, locale),
        text('from', C.from, locale),
        text('to', C.to, locale),
        count('total', C.total, locale),
        ...NEEDS.map((n) => count(n, NEED_LABELS[n], locale)),
      ],
      rows: a.needSeries.buckets.map((b) => [
        period(b.key, locale),
        day(b.from, locale),
        day(b.to, locale),
        b.total,
        ...NEEDS.map((n) => b.needs[n]),
      ]),
      rowKeys: a.needSeries.buckets.map((b) => b.key),
    },
    {
      id: 'topics',
      title: tr(t('Ämnen (Pareto)', 'Topics (Pareto)'), locale),
      columns: [
        text('topic', C.topic, locale),
        text('department', C.department, locale),
        count('contacts', C.contacts, locale),
        { key: 'share', label: tr(C.share, locale), unit: 'share' },
        {
          key: 'cumulativeShare',
          label: tr(t('Kumulativ andel', 'Cumulative share'), locale),
          unit: 'share',
        },
      ],
      rows: a.topics.map((r) => [r.topicPath, r.departmentName, r.contacts, r.share, r.cumulativeShare]),
      rowKeys: a.topics.map((r) => r.topicId),
    },
    failureReasonsTable(a.failureReasons, locale),
    {
      id: 'failureByTopic',
      title: tr(t('Undvikbar efterfrågan per ämne', 'Failure demand by topic'), locale),
      columns: [
        text('topic', C.topic, locale),
        text('department', C.department, locale),
        denominatorColumn(C.contacts, locale),
        ...shareColumns(locale, C.failureDemand),
      ],
      rows: a.failureByTopic.map((r) => [
        r.topicPath,
        r.departmentName,
        r.share.denominator,
        ...shareCells(r.share, locale),
      ]),
      rowKeys: a.failureByTopic.map((r) => r.topicId),
    },
    {
      id: 'failureByDepartment',
      title: tr(t('Undvikbar efterfrågan per förvaltning', 'Failure demand by department'), locale),
      columns: [
        text('department', C.department, locale),
        denominatorColumn(C.contacts, locale),
        ...shareColumns(locale, C.failureDemand),
      ],
      rows: a.failureByDepartment.map((r) => [
        r.departmentName,
        r.share.denominator,
        ...shareCells(r.share, locale),
      ]),
      rowKeys: a.failureByDepartment.map((r) => r.departmentId),
    },
    {
      id: 'existingCasesByDepartment',
      title: tr(
        t('Frågor om pågående ärenden per förvaltning', 'Existing-case questions by department'),
        locale,
      ),
      columns: [
        text('department', C.department, locale),
        denominatorColumn(C.contacts, locale),
        ...shareColumns(locale, t('Om pågående ärende', 'About an existing case')),
      ],
      rows: a.existingCasesByDepartment.map((r) => [
        r.departmentName,
        r.share.denominator,
        ...shareCells(r.share, locale),
      ]),
      rowKeys: a.existingCasesByDepartment.map((r) => r.departmentId),
    },
  ];
}

function outcomeTables(a: OutcomeAnalysis, locale: TableLocale): AnalysisTable[] {
  return [
    resolutionTable(
      'byChannel',
      t('Lösningsgrad per kanal', 'Resolution by channel'),
      C.channel,
      a.byChannel,
      locale,
      (r) => CHANNEL_LABELS[r.key as keyof typeof CHANNEL_LABELS]?.[locale] ?? r.label,
    ),
    resolutionTable(
      'byDepartment',
      t('Lösningsgrad per förvaltning', 'Resolution by department'),
      C.department,
      a.byDepartment,
      locale,
      (r) => r.label,
    ),
    resolutionTable(
      'byTopic',
      t('Lösningsgrad per ämne', 'Resolution by topic'),
      C.topic,
      a.byTopic,
      locale,
      (r) => r.label,
    ),
    {
      id: 'forwardedTo',
      title: tr(t('Lämnade vidare per mottagande förvaltning', 'Forwarded by receiving department'), locale),
      columns: [
        text('department', C.department, locale),
        denominatorColumn(t('Lämnade vidare, alla', 'Forwarded, all'), locale),
        ...shareColumns(locale, C.contacts),
      ],
      rows: a.forwardedTo.map((r) => [r.departmentName, r.share.denominator, ...shareCells(r.share, locale)]),
      rowKeys: a.forwardedTo.map((r) => r.departmentId),
    },
  ];
}

function trendTables(a: TrendAnalysis, locale: TableLocale): AnalysisTable[] {
  const isCount = a.measure === 'contacts';
  return [
    {
      id: 'points',
      title: tr(MEASURE_NAMES[a.measure], locale),
      columns: isCount
        ? [
            text('period', C.period, locale),
            text('from', C.from, locale),
            text('to', C.to, locale),
            count('contacts', C.contacts, locale),
            count('days', t('Dagar', 'Days'), locale),
          ]
        : [
            text('period', C.period, locale),
            text('from', C.from, locale),
            text('to', C.to, locale),
            denominatorColumn(C.contacts, locale),
            ...shareColumns(locale, MEASURE_NAMES[a.measure]),
          ],
      rows: a.points.map((p) =>
        isCount
          ? [period(p.key, locale), day(p.from, locale), day(p.to, locale), p.numerator, p.denominator]
          : [
              period(p.key, locale),
              day(p.from, locale),
              day(p.to, locale),
              p.denominator,
              ...shareCells(
                {
                  numerator: p.numerator,
                  denominator: p.denominator,
                  value: p.value,
                  interval: p.interval,
                  uncertain: p.uncertain,
                },
                locale,
              ),
            ],
      ),
      rowKeys: a.points.map((p) => p.key),
    },
  ];
}

function changeTables(a: ChangeAnalysis, locale: TableLocale): AnalysisTable[] {
  const valueUnit: ColumnUnit = a.kind === 'rate' ? 'rate' : 'share';
  const valueLabel =
    a.kind === 'rate' ? t('Kontakter per dag', 'Contacts per day') : MEASURE_NAMES[a.measure];
  return [
    {
      id: 'change',
      title: tr(MEASURE_NAMES[a.measure], locale),
      columns: [
        text('period', C.period, locale),
        text('from', C.from, locale),
        text('to', C.to, locale),
        count('numerator', a.kind === 'rate' ? C.contacts : NUMERATOR_NAMES[a.measure], locale),
        count('denominator', a.kind === 'rate' ? t('Dagar', 'Days') : C.contacts, locale),
        { key: 'value', label: tr(valueLabel, locale), unit: valueUnit },
        {
          key: 'low',
          label: tr(t('Skillnad, 95 % KI lägst', 'Difference, 95% CI low'), locale),
          unit: valueUnit,
        },
        {
          key: 'high',
          label: tr(t('Skillnad, 95 % KI högst', 'Difference, 95% CI high'), locale),
          unit: valueUnit,
        },
        text('significant', t('Större än slumpen', 'Larger than chance'), locale),
      ],
      rows: [
        [
          tr(t('Jämförelseperiod', 'Base period'), locale),
          day(a.base.from, locale),
          day(a.base.to, locale),
          // No data is shown as missing, not as 0 of 0.
          a.baseHasData ? a.base.numerator : null,
          a.baseHasData ? a.base.denominator : null,
          a.baseHasData ? a.base.value : null,
          null,
          null,
          '',
        ],
        [
          tr(t('Period', 'Period'), locale),
          day(a.current.from, locale),
          day(a.current.to, locale),
          a.current.numerator,
          a.current.denominator,
          a.current.value,
          null,
          null,
          '',
        ],
        [
          tr(t('Skillnad', 'Difference'), locale),
          '',
          '',
          null,
          null,
          a.difference,
          a.interval?.low ?? null,
          a.interval?.high ?? null,
          a.difference === null ? '' : tr(a.significant ? C.yes : t('nej', 'no'), locale),
        ],
      ],
      rowKeys: ['base', 'current', 'difference'],
    },
  ];
}

function fixFirstTables(a: FixFirstAnalysis, locale: TableLocale): AnalysisTable[] {
  return [
    {
      id: 'rows',
      title: tr(
        t('Åtgärda först: ämnen efter undvikbara kontakter', 'Fix first: topics by avoidable contacts'),
        locale,
      ),
      columns: [
        count('rank', t('Plats', 'Rank'), locale),
        text('topic', C.topic, locale),
        text('department', C.department, locale),
        denominatorColumn(C.contacts, locale),
        ...shareColumns(locale, C.failureDemand),
        {
          key: 'minutes',
          label: tr(t('Vägledartid, minuter', 'Guide time, minutes'), locale),
          unit: 'minutes',
        },
        text('topReason', t('Vanligaste orsak', 'Most common reason'), locale),
      ],
      rows: a.rows.map((r) => [
        r.rank,
        r.topicPath,
        r.departmentName,
        r.contacts,
        ...shareCells(r.failureDemand, locale),
        r.failureDemandMinutes,
        r.topReason ? FAILURE_REASON_LABELS[r.topReason][locale] : '',
      ]),
      rowKeys: a.rows.map((r) => r.topicId),
    },
  ];
}

function departmentTables(a: DepartmentReport, locale: TableLocale): AnalysisTable[] {
  return [
    {
      id: 'topics',
      title: tr(t('Ämnen', 'Topics'), locale),
      columns: [
        text('topic', C.topic, locale),
        count('contacts', C.contacts, locale),
        { key: 'share', label: tr(C.share, locale), unit: 'share' },
        {
          key: 'cumulativeShare',
          label: tr(t('Kumulativ andel', 'Cumulative share'), locale),
          unit: 'share',
        },
        ...shareColumns(locale, C.failureDemand, t('Andel undvikbar', 'Failure demand share')),
      ],
      rows: a.topics.map((r) => [
        r.topicPath,
        r.contacts,
        r.share,
        r.cumulativeShare,
        ...shareCells(r.failureDemand, locale),
      ]),
      rowKeys: a.topics.map((r) => r.topicId),
    },
    failureReasonsTable(a.failureReasons, locale),
    needsTable(a.needs, locale),
    {
      id: 'monthly',
      title: tr(t('Per månad', 'By month'), locale),
      columns: [
        text('period', C.period, locale),
        text('from', C.from, locale),
        text('to', C.to, locale),
        count('contacts', C.contacts, locale),
        count('failureDemand', C.failureDemand, locale),
      ],
      rows: a.monthly.map((m) => [
        period(m.key, locale),
        day(m.from, locale),
        day(m.to, locale),
        m.contacts,
        m.failureDemand,
      ]),
      rowKeys: a.monthly.map((m) => m.key),
    },
  ];
}

export function analysisTables<N extends AnalysisName>(
  name: N,
  result: AnalysisResults[N],
  locale: TableLocale,
): AnalysisTable[] {
  const r = result;
  switch (name) {
    case 'when':
      return whenTables(r as WhenAnalysis, locale);
    case 'who':
      return whoTables(r as WhoAnalysis, locale);
    case 'why':
      return whyTables(r as WhyAnalysis, locale);
    case 'outcome':
      return outcomeTables(r as OutcomeAnalysis, locale);
    case 'trend':
      return trendTables(r as TrendAnalysis, locale);
    case 'change':
      return changeTables(r as ChangeAnalysis, locale);
    case 'fix-first':
      return fixFirstTables(r as FixFirstAnalysis, locale);
    case 'department':
      return departmentTables(r as DepartmentReport, locale);
  }
  throw new RangeError(`unknown analysis ${String(name)}`);
}

/** The table ids each analysis has (the CSV export's `table` parameter). */
export const TABLE_IDS: Record<AnalysisName, readonly string[]> = {
  when: ['heatmap', 'series', 'channels'],
  who: ['district', 'gender', 'ageBand'],
  why: [
    'needs',
    'needSeries',
    'topics',
    'failureReasons',
    'failureByTopic',
    'failureByDepartment',
    'existingCasesByDepartment',
  ],
  outcome: ['byChannel', 'byDepartment', 'byTopic', 'forwardedTo'],
  trend: ['points'],
  change: ['change'],
  'fix-first': ['rows'],
  department: ['topics', 'failureReasons', 'needs', 'monthly'],
};

/** A number as the table shows it: shares in percent with one decimal, rates with one, counts whole. */
export function formatTableNumber(value: number, unit: ColumnUnit, locale: TableLocale): string {
  if (unit === 'share') return formatPlainDecimal(value, 1, locale, { percent: true });
  return formatPlainDecimal(value, unit === 'rate' ? 1 : 0, locale);
}

/** The table as CSV (UTF-8 with BOM, ';', CRLF); a share's column says "(%)". */
export function analysisTableCsv(table: AnalysisTable, locale: TableLocale): string {
  const header = table.columns.map((c) => (c.unit === 'share' ? `${c.label} (%)` : c.label));
  const rows = table.rows.map((row) =>
    row.map((cell, i) => {
      if (cell === null) return '';
      if (typeof cell === 'number') return formatTableNumber(cell, table.columns[i]!.unit, locale);
      return cell;
    }),
  );
  return CSV_BOM + formatCsvRecords([header, ...rows]);
}
