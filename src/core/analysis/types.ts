/**
 * The analyses of the Analys area (issue #5): what the API answers and the web app draws. Every
 * analysis takes the same filters; every count is of logged, not deleted contacts that the
 * asking person may see (contacts/policy.ts). Definitions: docs/metrics.md, "Analyses".
 */
import type { Channel, FailureReason, Need, Resolution } from '../contacts/taxonomy.js';
import type { Interval } from './statistics.js';

/** The filter bar: a period (calendar days, Europe/Stockholm, inclusive) and five optional choices. */
export interface AnalysisFilters {
  from: string;
  to: string;
  channel?: Channel | undefined;
  /** A unit (usually a department, förvaltning): contacts whose topic it or a unit below it owned. */
  unitId?: string | undefined;
  /** A topic and every topic below it. */
  topicId?: string | undefined;
  need?: Need | undefined;
  resolution?: Resolution | undefined;
}

/** The time series' bucket: ISO weeks or calendar months. */
export type SeriesInterval = 'week' | 'month';

/** A share with its evidence: k of n, the share, its 95% Wilson interval, and whether n < 30. */
export interface Share {
  numerator: number;
  denominator: number;
  /** null when the denominator is 0. */
  value: number | null;
  interval: Interval | null;
  uncertain: boolean;
}

/** A bucket of a time series: "2026-W05" or "2026-05", the days it covers inside the period. */
export interface Bucket {
  key: string;
  from: string;
  to: string;
}

// ---------------------------------------------------------------- when

export interface WhenAnalysis {
  total: number;
  /** 7 × 24 cells, Monday = 1, hour 0-23 in Stockholm time; every cell present. */
  heatmap: { weekday: number; hour: number; contacts: number }[];
  /** Contacts per bucket, the same days last year, and offered calls from telephony. */
  series: {
    interval: SeriesInterval;
    buckets: (Bucket & {
      contacts: number;
      /** The same days one year earlier (same ISO weekday of the same ISO week for weeks; same date for months); null when that week or date did not exist. */
      lastYear: number | null;
      /** Offered calls on the bucket's days (all queues); null when no telephony day was imported for it or the filters cannot apply to calls. */
      offeredCalls: number | null;
    })[];
    /** False when a filter other than the period (and channel phone) is set: calls have no topic, need or resolution. */
    callsComparable: boolean;
  };
  channels: { channel: Channel; contacts: number; share: number | null }[];
}

// ---------------------------------------------------------------- who

export interface ProfileDimension {
  /** Contacts with this part of the profile recorded, and their share of all contacts. */
  recorded: Share;
  /** Shares are of the recorded contacts; value null is never listed (see recorded). */
  rows: { value: string; contacts: number; share: Share }[];
}

export interface WhoAnalysis {
  total: number;
  district: ProfileDimension;
  gender: ProfileDimension;
  ageBand: ProfileDimension;
}

// ---------------------------------------------------------------- why

export interface TopicRow {
  topicId: string;
  /** "Vatten och avlopp › Faktura". */
  topicPath: string;
  departmentId: string;
  departmentName: string;
}

export interface DepartmentRef {
  departmentId: string;
  departmentName: string;
}

export interface WhyAnalysis {
  total: number;
  needs: { need: Need; contacts: number; share: Share }[];
  needSeries: {
    interval: SeriesInterval;
    buckets: (Bucket & { total: number; needs: Record<Need, number> })[];
  };
  /** Pareto: topics by contacts, largest first. */
  topics: (TopicRow & { contacts: number; share: number; cumulativeShare: number })[];
  failureDemand: Share;
  failureReasons: { reason: FailureReason; contacts: number; share: Share }[];
  /** Topics with failure demand, most failure-demand contacts first. */
  failureByTopic: (TopicRow & { share: Share })[];
  failureByDepartment: (DepartmentRef & { share: Share })[];
  /** Questions about an existing case per department: share = existing-case contacts / the department's contacts. */
  existingCasesByDepartment: (DepartmentRef & { share: Share })[];
}

// ---------------------------------------------------------------- outcome

export interface ResolutionRow {
  key: string;
  label: string;
  total: number;
  grades: Record<Resolution, number>;
  /** resolved_self / total: first-contact resolution. */
  firstContact: Share;
}

export interface OutcomeAnalysis {
  total: number;
  byChannel: ResolutionRow[];
  byDepartment: ResolutionRow[];
  byTopic: ResolutionRow[];
  /** Forwarded contacts per receiving department; share of all forwarded. */
  forwardedTo: (DepartmentRef & { contacts: number; share: Share })[];
}

// ---------------------------------------------------------------- trend and change

export const TREND_MEASURES = [
  'contacts',
  'failure_demand_share',
  'first_contact_resolution',
  'existing_case_share',
  'forwarded_share',
] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];

export interface TrendAnalysis {
  measure: TrendMeasure;
  interval: SeriesInterval;
  /** For contacts: value = contacts, denominator = days in the bucket. For shares: the share. */
  points: (Bucket & {
    numerator: number;
    denominator: number;
    value: number | null;
    interval: Interval | null;
    uncertain: boolean;
  })[];
}

export interface ChangeAnalysis {
  measure: TrendMeasure;
  /** Contacts: per calendar day, difference of daily rates. Shares: difference of shares (Newcombe). */
  kind: 'rate' | 'share';
  base: { from: string; to: string; numerator: number; denominator: number; value: number | null };
  current: { from: string; to: string; numerator: number; denominator: number; value: number | null };
  /** current - base, with its 95% interval; null when a period has no contacts (shares) or no days. */
  difference: number | null;
  interval: Interval | null;
  significant: boolean;
  uncertain: boolean;
  /** false when the base period begins before the first contact was logged: nothing to compare with. */
  baseHasData: boolean;
}

// ---------------------------------------------------------------- what to fix first

export interface FixFirstRow extends TopicRow {
  rank: number;
  contacts: number;
  failureDemand: Share;
  /** Logged minutes of the topic's failure-demand contacts. */
  failureDemandMinutes: number;
  /** The most frequent failure reason, null when none. */
  topReason: FailureReason | null;
}

export interface FixFirstAnalysis {
  totalFailureDemand: number;
  totalFailureDemandMinutes: number;
  rows: FixFirstRow[];
}

// ---------------------------------------------------------------- department report

export interface DepartmentReport {
  department: DepartmentRef;
  from: string;
  to: string;
  /** Contacts about the department's services (topics it owned). */
  contacts: number;
  failureDemand: Share;
  failureReasons: { reason: FailureReason; contacts: number; share: Share }[];
  topics: (TopicRow & { contacts: number; share: number; cumulativeShare: number; failureDemand: Share })[];
  existingCases: Share;
  /** Contacts the contact centre forwarded to the department, and how they were about its topics. */
  forwardedIn: number;
  needs: { need: Need; contacts: number; share: Share }[];
  monthly: (Bucket & { contacts: number; failureDemand: number })[];
}
