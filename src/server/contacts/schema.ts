import { z } from 'zod';
import { Day } from '../http/dates.js';
import { DISTRICT_MAX_LENGTH } from '../../core/contacts/citizen-profile.js';
import {
  CASE_REFERENCE_MAX_LENGTH,
  DURATION_MAX_SECONDS,
  FORWARD_TEXT_MAX_LENGTH,
  SUMMARY_MAX_LENGTH,
} from '../../core/contacts/contact-rules.js';
import { MASKED_TEXT_FIELDS } from '../../core/contacts/contact-text.js';
import type { PersonalDataKind } from '../../core/privacy/finding.js';
import {
  AGE_BANDS,
  CHANNELS,
  FAILURE_REASONS,
  GENDERS,
  NEEDS,
  PROBLEM_KINDS,
  RESOLUTIONS,
} from '../../core/contacts/taxonomy.js';

export const LIST_LIMIT_MAX = 200;
export const LIST_LIMIT_DEFAULT = 50;
export const REASON_MAX_LENGTH = 500;

/** Free text that may be left out; blank text counts as left out (the services turn it into null). */
const OptionalText = (max: number) => z.string().trim().max(max).nullable();

/** Each field of a contact as a client sends it; required or not is decided per request below. */
const contactFields = {
  channel: z.enum(CHANNELS),
  /** When the contact started, with a time zone offset; stored to the millisecond. */
  startedAt: z.iso.datetime({ offset: true }),
  durationSeconds: z.int().min(0).max(DURATION_MAX_SECONDS),
  need: z.enum(NEEDS),
  /** For need 'problem' only, and required then: the service itself or its delivery. */
  problemKind: z.enum(PROBLEM_KINDS).nullable(),
  topicId: z.uuid(),
  concernsExistingCase: z.boolean(),
  /** The case's reference (diarienummer) when known; only with concernsExistingCase. */
  caseReference: OptionalText(CASE_REFERENCE_MAX_LENGTH),
  resolution: z.enum(RESOLUTIONS),
  /** For resolution 'forwarded' only, and then all three are required. */
  forwardedToUnitId: z.uuid().nullable(),
  forwardDone: OptionalText(FORWARD_TEXT_MAX_LENGTH),
  forwardExpected: OptionalText(FORWARD_TEXT_MAX_LENGTH),
  /** Left out: defaulted from need, case and topic. Given: the guide's choice, with failureReason when true. */
  isFailureDemand: z.boolean(),
  failureReason: z.enum(FAILURE_REASONS).nullable(),
  citizenGender: z.enum(GENDERS).nullable(),
  citizenAgeBand: z.enum(AGE_BANDS).nullable(),
  citizenDistrict: OptionalText(DISTRICT_MAX_LENGTH),
  summary: z.string().trim().max(SUMMARY_MAX_LENGTH),
  /** E-mail only: when the e-mail came in, with a time zone offset. */
  receivedAt: z.iso.datetime({ offset: true }).nullable(),
};

export const CreateContactBody = z.strictObject({
  channel: contactFields.channel,
  startedAt: contactFields.startedAt,
  durationSeconds: contactFields.durationSeconds,
  need: contactFields.need,
  problemKind: contactFields.problemKind.default(null),
  topicId: contactFields.topicId,
  concernsExistingCase: contactFields.concernsExistingCase.default(false),
  caseReference: contactFields.caseReference.default(null),
  resolution: contactFields.resolution,
  forwardedToUnitId: contactFields.forwardedToUnitId.default(null),
  forwardDone: contactFields.forwardDone.default(null),
  forwardExpected: contactFields.forwardExpected.default(null),
  isFailureDemand: contactFields.isFailureDemand.optional(),
  failureReason: contactFields.failureReason.optional(),
  citizenGender: contactFields.citizenGender.default(null),
  citizenAgeBand: contactFields.citizenAgeBand.default(null),
  citizenDistrict: contactFields.citizenDistrict.default(null),
  summary: contactFields.summary.default(''),
  receivedAt: contactFields.receivedAt.default(null),
});
export type CreateContactBody = z.infer<typeof CreateContactBody>;

const Reason = z.string().trim().min(1).max(REASON_MAX_LENGTH);

/** A correction: the fields to change and why. isFailureDemand left out keeps a guide's choice, or re-defaults. */
export const UpdateContactBody = z
  .strictObject({
    channel: contactFields.channel.optional(),
    startedAt: contactFields.startedAt.optional(),
    durationSeconds: contactFields.durationSeconds.optional(),
    need: contactFields.need.optional(),
    problemKind: contactFields.problemKind.optional(),
    topicId: contactFields.topicId.optional(),
    concernsExistingCase: contactFields.concernsExistingCase.optional(),
    caseReference: contactFields.caseReference.optional(),
    resolution: contactFields.resolution.optional(),
    forwardedToUnitId: contactFields.forwardedToUnitId.optional(),
    forwardDone: contactFields.forwardDone.optional(),
    forwardExpected: contactFields.forwardExpected.optional(),
    isFailureDemand: contactFields.isFailureDemand.optional(),
    failureReason: contactFields.failureReason.optional(),
    citizenGender: contactFields.citizenGender.optional(),
    citizenAgeBand: contactFields.citizenAgeBand.optional(),
    citizenDistrict: contactFields.citizenDistrict.optional(),
    summary: contactFields.summary.optional(),
    receivedAt: contactFields.receivedAt.optional(),
    reason: Reason,
  })
  .refine(({ reason: _, ...changes }) => Object.values(changes).some((v) => v !== undefined), {
    params: { code: 'nothing_to_change' },
  });
export type UpdateContactBody = z.infer<typeof UpdateContactBody>;

export const DeleteContactBody = z.strictObject({ reason: Reason });

/**
 * draft-ietf-httpapi-idempotency-key-header: the key is a Structured Field String (RFC 8941),
 * so `"abc"` in quotes; a bare token is accepted too, as most clients send one. 1-100 visible
 * ASCII characters (in quotes, spaces too), without quotes or backslashes inside.
 */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^(?:"[\x20\x21\x23-\x5b\x5d-\x7e]{1,100}"|[\x21\x23-\x5b\x5d-\x7e]{1,100})$/),
});

/** The key inside the header value, without the quotes of the Structured Field String. */
export function idempotencyKeyOf(header: string): string {
  return header.length >= 2 && header.startsWith('"') && header.endsWith('"') ? header.slice(1, -1) : header;
}

export const ContactParams = z.strictObject({ id: z.uuid() });

const CalendarDayParam = Day;

const isPeriodInOrder = (q: { from?: string | undefined; to?: string | undefined }) =>
  q.from === undefined || q.to === undefined || q.from <= q.to;
const PERIOD_REVERSED = { path: ['to'], params: { code: 'date_range_reversed' } };

/** A district and "no district" at once cannot both hold; the error is on noDistrict. */
const isDistrictConsistent = (q: { district?: string | undefined; noDistrict?: boolean | undefined }) =>
  q.district === undefined || q.noDistrict === undefined;
const DISTRICT_TWICE = { path: ['noDistrict'], params: { code: 'not_with_district' } };

/**
 * A whole number in the query string, digits only ("8" or "08"; not "", " 8", "8.0" or "1e1",
 * which z.coerce would read as numbers), then checked against min..max (too_small/too_big_number).
 */
const IntegerParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .pipe(z.int().min(min).max(max));

/** `true` or `false` as a query parameter, read as a boolean. */
const BooleanParam = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const ListContactsQuery = z
  .strictObject({
    /** First and last calendar day of the period, inclusive, in Europe/Stockholm. */
    from: CalendarDayParam.optional(),
    to: CalendarDayParam.optional(),
    channel: z.enum(CHANNELS).optional(),
    need: z.enum(NEEDS).optional(),
    /** The topic and every topic below it. */
    topicId: z.uuid().optional(),
    /** Contacts whose topic is owned by the unit or any unit below it. */
    unitId: z.uuid().optional(),
    resolution: z.enum(RESOLUTIONS).optional(),
    failureDemand: BooleanParam,
    loggedBy: z.enum(['me']).optional(),
    // Drill-down filters, for the analysis to list the contacts behind a bar or a cell. Their
    // descriptions go into the OpenAPI document (/api/docs).
    weekday: IntegerParam(1, 7)
      .meta({ description: 'ISO day of the week of the start in Europe/Stockholm: 1 Monday ... 7 Sunday.' })
      .optional(),
    hour: IntegerParam(0, 23)
      .meta({ description: 'Hour of the start in Europe/Stockholm, 0-23: 8 is 08:00-08:59.' })
      .optional(),
    gender: z
      .enum([...GENDERS, 'none'])
      .meta({ description: "The citizen's gender; `none`: not recorded." })
      .optional(),
    ageBand: z
      .enum([...AGE_BANDS, 'none'])
      .meta({ description: "The citizen's age band; `none`: not recorded." })
      .optional(),
    district: z
      .string()
      .min(1)
      .max(DISTRICT_MAX_LENGTH)
      .meta({ description: "The citizen's district, exactly as recorded." })
      .optional(),
    noDistrict: z
      .enum(['true'])
      .meta({ description: '`true`: no district recorded. Not together with `district`.' })
      .optional()
      .transform((v) => (v === undefined ? undefined : true)),
    failureReason: z.enum(FAILURE_REASONS).optional(),
    existingCase: BooleanParam.meta({ description: 'Whether the contact concerns an existing case.' }),
    forwardedToUnitId: z
      .uuid()
      .meta({ description: 'Contacts forwarded to the unit or any unit below it.' })
      .optional(),
    limit: z.coerce.number<string>().int().min(1).max(LIST_LIMIT_MAX).default(LIST_LIMIT_DEFAULT),
    cursor: z.string().min(1).max(200).optional(),
  })
  .refine(isPeriodInOrder, PERIOD_REVERSED)
  .refine(isDistrictConsistent, DISTRICT_TWICE);
export type ListContactsQuery = z.infer<typeof ListContactsQuery>;

/** The maximum number of contacts in one exported file; more is refused with a 400. */
export const EXPORT_ROW_LIMIT = 200_000;

const { limit: _limit, cursor: _cursor, ...contactFilterShape } = ListContactsQuery.shape;

/**
 * The filters of GET /api/contacts, without paging (a file holds the whole list), and the
 * file's language: `lang` overrides Accept-Language, as a download link cannot set that header.
 */
export const ExportContactsQuery = z
  .strictObject({ ...contactFilterShape, lang: z.enum(['sv', 'en']).optional() })
  .refine(isPeriodInOrder, PERIOD_REVERSED)
  .refine(isDistrictConsistent, DISTRICT_TWICE);
export type ExportContactsQuery = z.infer<typeof ExportContactsQuery>;

export const Contact = z.object({
  id: z.uuid(),
  channel: z.enum(CHANNELS),
  startedAt: z.iso.datetime(),
  durationSeconds: z.int(),
  need: z.enum(NEEDS),
  problemKind: z.enum(PROBLEM_KINDS).nullable(),
  topicId: z.uuid(),
  /** The topic's owner when the contact was saved. */
  ownerUnitId: z.uuid(),
  concernsExistingCase: z.boolean(),
  caseReference: z.string().nullable(),
  resolution: z.enum(RESOLUTIONS),
  forwardedToUnitId: z.uuid().nullable(),
  forwardDone: z.string().nullable(),
  forwardExpected: z.string().nullable(),
  isFailureDemand: z.boolean(),
  failureReason: z.enum(FAILURE_REASONS).nullable(),
  /** false: the default from need, case and topic; true: the guide's own choice. */
  isFailureDemandOverridden: z.boolean(),
  citizenGender: z.enum(GENDERS).nullable(),
  citizenAgeBand: z.enum(AGE_BANDS).nullable(),
  citizenDistrict: z.string().nullable(),
  /** With personal data masked. */
  summary: z.string(),
  /** E-mail contacts: when the e-mail came in. */
  receivedAt: z.iso.datetime().nullable(),
  /** Whether the signed-in user logged it. Who else did is never shown in a contact or a list. */
  loggedByMe: z.boolean(),
  revision: z.int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Set only on the answer to a retried save of a contact that was deleted since. */
  deletedAt: z.iso.datetime().nullable(),
  /** Whether the signed-in user may correct it now (the guide who logged it, the same day). */
  canCorrect: z.boolean(),
  /** Whether the signed-in user may delete it now (its guide the same day, or contacts:delete_any). */
  canDelete: z.boolean(),
  /** Whether the signed-in user may read its audit trail (its guide, or contacts:read_all). */
  canSeeRevisions: z.boolean(),
});
export type ContactJson = z.infer<typeof Contact>;

const PERSONAL_DATA_KINDS = [
  'personal_identity_number',
  'coordination_number',
  'email',
  'phone',
] as const satisfies readonly PersonalDataKind[];

export const MaskedPersonalData = z.array(
  z.object({ field: z.enum(MASKED_TEXT_FIELDS), kinds: z.array(z.enum(PERSONAL_DATA_KINDS)) }),
);

/** The answer to a save or a correction: the contact, and which fields had personal data masked. */
export const SavedContact = Contact.extend({ maskedPersonalData: MaskedPersonalData });

export const ContactsPage = z.object({
  contacts: z.array(Contact),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many contacts the filters select in all; with the first page only (null with a cursor). */
  total: z.int().nullable(),
});

export const ContactRevision = z.object({
  revision: z.int(),
  action: z.enum(['created', 'corrected', 'deleted']),
  changedByUserId: z.uuid(),
  /** The name of the person who made the change, as their account shows it now. */
  changedByName: z.string(),
  changedAt: z.iso.datetime(),
  reason: z.string().nullable(),
  /** The changed fields before (null for 'created'), by their API names. */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
});
export type ContactRevisionJson = z.infer<typeof ContactRevision>;

export const ContactRevisions = z.object({ revisions: z.array(ContactRevision) });

/** A guide's start page: their own contacts only (issue #13). */
export const MyContactsDay = z.object({
  /** Today in Europe/Stockholm, YYYY-MM-DD. */
  day: z.string(),
  /** The contacts the signed-in person logged today (deleted ones not counted). */
  todayCount: z.int(),
  /** Their latest contacts, newest first, whatever the day. */
  recent: z.array(Contact),
});
