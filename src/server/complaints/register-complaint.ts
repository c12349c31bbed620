/**
 * Registering a synpunkt (issue #17), one record from every way in: a guide (with a contact's
 * channel, time, topic and unit prefilled when a contactId is given) or the public e-form. The
 * owner unit defaults to the topic's owner; the deadlines are counted in working days from the
 * tenant's local day it came in; personal data in the text is flagged for the handler; contact
 * details are stored apart. The registration number comes from the counter row in the same
 * transaction, so it has no gaps.
 */
import { randomBytes } from 'node:crypto';
import { calendarDayOfNumber, localDayNumbers } from '../../core/calendar/local-day.js';
import type { Channel } from '../../core/contacts/taxonomy.js';
import {
  registrationNumber,
  type ComplaintChannel,
  type ComplaintType,
} from '../../core/complaints/complaints.js';
import { deadlinesOf } from '../../core/complaints/deadlines.js';
import { detectPersonalData } from '../../core/privacy/personal-data.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { uniqueViolation } from '../../db/errors.js';
import { badRequest, type FieldError } from '../http/problem.js';
import { readOrMakeCategories, readCalendar, readOrMakeSettings } from './queries/settings.js';
import { appendEvent } from './queries/events.js';
import {
  findByFormNonce,
  insertComplaint,
  insertContactDetails,
  nextRegistrationNumber,
  existsUnit,
  readContactSource,
  topicOwner,
  type ContactDetails,
} from './queries/register.js';

export interface RegisterInput {
  type: ComplaintType;
  categories: string[];
  topicId: string | null;
  unitId: string | null;
  channel: ComplaintChannel | null;
  receivedAt: Date | null;
  body: string;
  anonymous: boolean;
  wantsAnswer: boolean;
  language: 'sv' | 'en';
  contactId: string | null;
  contact: ContactDetails | null;
  formNonce: string | null;
}

export interface Registered {
  id: string;
  registrationNumber: string;
  /** False when a form token had already made this case (the receipt is shown again). */
  created: boolean;
}

/** A contact's channel as a synpunkt's: the same word, or 'other'. */
function channelOfContact(channel: string): ComplaintChannel {
  const same: readonly Channel[] = ['phone', 'visit', 'email', 'chat', 'letter', 'social_media'];
  if ((same as readonly string[]).includes(channel)) return channel as ComplaintChannel;
  return channel === 'eservice' ? 'e_form' : 'other';
}

function hasDetails(d: ContactDetails | null): d is ContactDetails {
  return d !== null && (d.name !== null || d.email !== null || d.phone !== null || d.postalAddress !== null);
}

/** The input's own contradictions, before the database is asked. */
export function inputProblems(input: RegisterInput, pointer = '/body'): FieldError[] {
  const errors: FieldError[] = [];
  if (input.anonymous && hasDetails(input.contact))
    errors.push({ pointer: `${pointer}/anonymous`, code: 'complaint_anonymous_with_details' });
  if (input.anonymous && input.wantsAnswer)
    errors.push({ pointer: `${pointer}/wantsAnswer`, code: 'complaint_anonymous_answer' });
  if (!input.anonymous && input.wantsAnswer && !hasDetails(input.contact))
    errors.push({ pointer: `${pointer}/contact`, code: 'complaint_answer_needs_address' });
  return errors;
}

async function registerIn(
  client: SqlClient,
  input: RegisterInput,
  userId: string | null,
  ownContactsOnly: boolean,
  now: Date,
): Promise<Registered> {
  if (input.formNonce !== null) {
    const earlier = await findByFormNonce(client, input.formNonce);
    if (earlier) return { id: earlier.id, registrationNumber: registrationNumber(earlier.year, earlier.number), created: false };
  }
  const errors = inputProblems(input);
  // Not before 2000 (registration years start there) and not in the future (a clock a little fast is fine).
  if (input.receivedAt !== null && (input.receivedAt.getTime() < Date.UTC(2000, 0, 2) || input.receivedAt.getTime() > now.getTime() + 300_000))
    errors.push({ pointer: '/body/receivedAt', code: 'complaint_received_at_out_of_range' });
  let { channel, receivedAt, topicId, unitId } = input;
  if (input.contactId !== null) {
    const source = await readContactSource(client, input.contactId, ownContactsOnly ? userId : null);
    if (!source) errors.push({ pointer: '/body/contactId', code: 'complaint_contact_unknown' });
    else {
      channel ??= channelOfContact(source.channel);
      receivedAt ??= source.startedAt;
      topicId ??= source.topicId;
      unitId ??= source.unitId;
    }
  }
  if (topicId !== null) {
    const owner = await topicOwner(client, topicId);
    if (owner === null) errors.push({ pointer: '/body/topicId', code: 'complaint_topic_unknown' });
    unitId ??= owner;
  }
  if (unitId !== null && input.unitId !== null && !(await existsUnit(client, unitId)))
    errors.push({ pointer: '/body/unitId', code: 'complaint_unit_unknown' });
  const categories = await readOrMakeCategories(client);
  input.categories.forEach((key, i) => {
    if (!categories.some((c) => c.key === key && !c.retired))
      errors.push({ pointer: `/body/categories/${i}`, code: 'complaint_category_unknown' });
  });
  if (errors.length > 0) throw badRequest('validation_failed', errors);

  const at = receivedAt ?? now;
  const settings = await readOrMakeSettings(client, randomBytes(32));
  const tz = (await readCalendar(client, '1970-01-01')).timeZone;
  const receivedDay = calendarDayOfNumber(localDayNumbers(tz)(Math.floor(at.getTime() / 1000)));
  const calendar = await readCalendar(client, receivedDay);
  const deadlines = deadlinesOf(receivedDay, input.type, settings.deadlines, {
    extraClosedDays: calendar.closedDays,
  });
  const year = Number(receivedDay.slice(0, 4));
  const number = await nextRegistrationNumber(client, year);
  const id = await insertComplaint(client, {
    year,
    number,
    type: input.type,
    categories: [...new Set(input.categories)],
    topicId,
    unitId,
    channel: channel ?? 'other',
    receivedAt: at,
    receivedDay,
    body: input.body,
    personalData: [...new Set(detectPersonalData(input.body).map((f) => f.kind))].sort(),
    anonymous: input.anonymous,
    wantsAnswer: input.wantsAnswer,
    language: input.language,
    acknowledgeBy: deadlines.acknowledgeBy,
    answerBy: deadlines.answerBy,
    contactId: input.contactId,
    registeredByUserId: userId,
    formNonce: input.formNonce,
  });
  if (!input.anonymous && hasDetails(input.contact)) await insertContactDetails(client, id, input.contact);
  await appendEvent(client, id, { kind: 'registered', byUserId: userId, toState: 'received' });
  return { id, registrationNumber: registrationNumber(year, number), created: true };
}

export function registerComplaint(args: {
  db: Database;
  tenantId: string;
  userId: string | null;
  /** A guide registers only from the contacts they logged themselves (contacts policy). */
  ownContactsOnly?: boolean;
  input: RegisterInput;
  now?: Date;
}): Promise<Registered> {
  const now = args.now ?? new Date();
  const run = () => withTenantClient(args.db, args.tenantId, (client) => registerIn(client, args.input, args.userId, args.ownContactsOnly ?? false, now));
  // Two POSTs of one form token at once: the second waits for the counter row, then meets the
  // unique token and rolls back (giving its number back); run again, it finds the first's case.
  return run().catch((error: unknown) => {
    if (args.input.formNonce !== null && uniqueViolation(error) === 'complaints_form_nonce_key') return run();
    throw error;
  });
}
