/** What the demo year is generated from: the municipality's catalogue, guides and districts. */
import type { CalendarDay } from '../contacts/calendar-day.js';
import type { FailureReason } from '../contacts/taxonomy.js';

export interface YearTopic {
  id: string;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  /** Relative popularity: a few topics carry most contacts. */
  weight: number;
  /** The owning board's prefix in the case register ("BN", byggnadsnämnden), for case references. */
  caseSeries: string;
}

export interface ContactYearInput {
  seed: number;
  /** The period is the twelve months ending the day before (contactYearPeriod). */
  today: CalendarDay;
  /** Another period instead (tests); volumes stay per year, so 14 days get about 14/365 of `total`. */
  period?: { from: CalendarDay; to: CalendarDay };
  /** Contacts in a full year; default 120,000. */
  total?: number;
  topics: readonly YearTopic[];
  /** The quarterly water-and-waste invoice topic: the spike after each invoice is about it. */
  invoiceTopicId: string;
  /** Where most opinions (praise, wishes, complaints) are filed, if the catalogue has such a topic. */
  opinionTopicId: string | null;
  /** Errands with another authority, if the catalogue has such a topic. */
  otherAuthorityTopicId: string | null;
  /** The contact centre's own units: contacts about the topics they own are never forwarded. */
  contactCentreUnitIds: readonly string[];
  /** Guides answering phone, e-mail and the digital channels, and guides of the service office (visits). */
  guides: { phone: readonly string[]; office: readonly string[] };
  /** Districts for the citizen profile, with the relative number of inhabitants. */
  districts: readonly { name: string; weight: number }[];
  /** The municipality's own closed days on top of weekends and holidays. */
  extraClosedDays?: readonly CalendarDay[];
  /**
   * The day the redesigned invoice was first sent (invoiceRedesignDay), or none: from then on
   * fewer people need to call about the invoice (the improvement board's example).
   */
  invoiceRedesign?: CalendarDay | null;
}
