/**
 * Demo step: a year of contacts (issue 3, "Demo data"). Adds the guides who logged them, then
 * generates the twelve months ending yesterday (core/demo/contact-year.ts) and stores them with
 * their first revision, as the runtime role in the tenant, in one transaction: either the whole
 * year is there or none of it.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { calendarDayOf, type CalendarDay } from '../../core/contacts/calendar-day.js';
import type { FailureReason } from '../../core/contacts/taxonomy.js';
import { emailTimes } from '../../core/demo/call-year.js';
import {
  contactYear,
  contactYearPeriod,
  invoiceRedesignDay,
  type DemoContact,
} from '../../core/demo/contact-year.js';
import { withTenant } from '../../db/tenant-context.js';
import { contactSnapshot } from '../contacts/contact-input.js';
import { createUser } from '../users/create-user.js';
import {
  CONTACT_CENTRE_UNITS,
  DEMO_GUIDES,
  INVOICE_TOPIC,
  JARFALLA_DISTRICTS,
  OPINION_TOPIC,
  OTHER_AUTHORITY_TOPIC,
  yearTopics,
} from './demo-contacts.js';
import { insertContactBatch, type ContactBatchRow } from '../contacts/queries/insert-contact-batch.js';
import { selectCatalogue } from './queries/select-catalogue.js';
import type { DemoContext } from './seed-demo.js';

export interface DemoContactsOptions {
  /** The year ends the day before; default today in Europe/Stockholm. */
  today?: CalendarDay;
  /** Default DEMO_CONTACTS_SEED: every installation gets the same demo year (relative to its today). */
  seed?: number;
  /** A shorter period (tests). */
  period?: { from: CalendarDay; to: CalendarDay };
  /** Contacts in a full year; default 120,000. */
  total?: number;
}

export interface DemoContactsResult {
  contacts: number;
  /** Generating and storing, in milliseconds. */
  ms: number;
  /** The contacts and their period, for the steps that follow them (the telephony, the board). */
  year: {
    contacts: readonly DemoContact[];
    period: { from: CalendarDay; to: CalendarDay };
    /** The first redesigned invoice's day, when the period has one. */
    invoiceRedesign: CalendarDay | null;
    invoiceTopicId: string;
  };
}

export const DEMO_CONTACTS_SEED = 123;
/** Rows per statement: large enough to be fast, small enough for PGlite's memory. */
const BATCH = 4_000;

/** Creates the other guides and the contacts; the published guide login is among the loggers. */
export async function seedDemoContacts(
  context: DemoContext,
  options: DemoContactsOptions = {},
): Promise<DemoContactsResult> {
  const started = performance.now();
  const guides = await seedGuides(context);
  const { db, tenantId } = context;
  const catalogue = await withTenant(db, tenantId, (tx) => selectCatalogue(tx, tenantId));
  const topicId = (name: string) => catalogue.find((t) => t.name === name)?.id ?? null;
  const invoiceTopicId = topicId(INVOICE_TOPIC);
  if (!invoiceTopicId) throw new Error(`demo topic missing: ${INVOICE_TOPIC}`);

  const today = options.today ?? calendarDayOf(new Date());
  const period = options.period ?? contactYearPeriod(today);
  // The improvement board's example (seed-improvements.ts): the invoice redesigned part-way.
  const invoiceRedesign = invoiceRedesignDay(period);
  const contacts = contactYear({
    invoiceRedesign,
    seed: options.seed ?? DEMO_CONTACTS_SEED,
    today,
    ...(options.period ? { period: options.period } : {}),
    ...(options.total !== undefined ? { total: options.total } : {}),
    topics: yearTopics(
      catalogue.map((t) => ({ ...t, defaultFailureReason: t.defaultFailureReason as FailureReason | null })),
      context.unitIds,
    ),
    invoiceTopicId,
    opinionTopicId: topicId(OPINION_TOPIC),
    otherAuthorityTopicId: topicId(OTHER_AUTHORITY_TOPIC),
    contactCentreUnitIds: CONTACT_CENTRE_UNITS.map((name) => context.unitIds.get(name) ?? ''),
    guides,
    districts: JARFALLA_DISTRICTS,
  });

  // Each e-mail contact says when the e-mail came in (the contact is its answer): the source of
  // the demo's e-mail measure.
  const received = emailTimes({
    seed: options.seed ?? DEMO_CONTACTS_SEED,
    emails: contacts.filter((c) => c.channel === 'email'),
  });
  for (const c of contacts) if (c.channel === 'email') c.receivedAt = received.get(c.id) ?? null;

  await withTenant(db, tenantId, async (tx) => {
    for (let i = 0; i < contacts.length; i += BATCH)
      await insertContactBatch(tx, tenantId, contacts.slice(i, i + BATCH).map(demoRow));
  });
  return {
    contacts: contacts.length,
    ms: performance.now() - started,
    year: { contacts, period, invoiceRedesign, invoiceTopicId },
  };
}

/**
 * The guides of the demo: the published guide login and DEMO_GUIDES, created through the same
 * service as any user. DEMO_GUIDES get a random password that is never shown: their contacts are
 * there to look at, their accounts are not for signing in.
 */
async function seedGuides(context: DemoContext): Promise<{ phone: string[]; office: string[] }> {
  const phone: string[] = [...context.guideIds];
  const office: string[] = [];
  for (const guide of DEMO_GUIDES) {
    const user = await createUser({
      db: context.db,
      tenantId: context.tenantId,
      actor: { system: true, userId: context.adminUserId },
      email: guide.email,
      displayName: guide.displayName,
      password: randomBytes(24).toString('base64url'),
      roles: [{ role: 'guide', unitId: null }],
      locale: 'sv',
    });
    (guide.team === 'office' ? office : phone).push(user.id);
  }
  return { phone, office };
}

/** The row and the revision snapshot the API would have written for this contact. */
function demoRow(c: DemoContact): ContactBatchRow {
  // The generated contact has every field the trail records, under the same names.
  const snapshot = contactSnapshot(c);
  return {
    id: c.id,
    logged_by_user_id: c.loggedByUserId,
    channel: c.channel,
    started_at: c.startedAt.toISOString(),
    duration_seconds: c.durationSeconds,
    need: c.need,
    problem_kind: c.problemKind,
    topic_id: c.topicId,
    owner_unit_id: c.ownerUnitId,
    concerns_existing_case: c.concernsExistingCase,
    case_reference: c.caseReference,
    resolution: c.resolution,
    forwarded_to_unit_id: c.forwardedToUnitId,
    forward_done: c.forwardDone,
    forward_expected: c.forwardExpected,
    is_failure_demand: c.isFailureDemand,
    failure_reason: c.failureReason,
    is_failure_demand_overridden: c.isFailureDemandOverridden,
    citizen_gender: c.citizenGender,
    citizen_age_band: c.citizenAgeBand,
    citizen_district: c.citizenDistrict,
    summary: c.summary,
    received_at: c.receivedAt ? c.receivedAt.toISOString() : null,
    created_at: c.loggedAt.toISOString(),
    external_source: null,
    external_id: null,
    external_fingerprint: null,
    after: snapshot,
  };
}
