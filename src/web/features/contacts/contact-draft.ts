/**
 * A contact while the guide fills it in (the form's state), and what the form sends: the body of
 * a new contact, or the changes of a correction. Pure, so the rules of which field goes with
 * which are tested here; the server checks the same rules again (core/contacts/contact-rules.ts).
 */
import { defaultFailureDemand, type FailureDemandBasis } from '../../../core/contacts/failure-demand.js';
import type {
  AgeBand,
  Channel,
  Contact,
  ContactCorrection,
  FailureReason,
  Gender,
  Need,
  NewContact,
  ProblemKind,
  Resolution,
  Topic,
} from './contact-types.js';
import { formatDuration, parseDuration } from './duration.js';
import type { Unit } from '../../api/types.js';

export interface ContactDraft {
  channel: Channel;
  topicId: string | null;
  need: Need | null;
  problemKind: ProblemKind | null;
  concernsExistingCase: boolean;
  caseReference: string;
  resolution: Resolution | null;
  forwardedToUnitId: string;
  forwardDone: string;
  forwardExpected: string;
  /** Untouched, the form shows the default of the core rule and the server applies it. */
  failureDemand:
    { overridden: false } | { overridden: true; isFailureDemand: boolean; reason: FailureReason | '' };
  citizenGender: Gender | '';
  citizenAgeBand: AgeBand | '';
  citizenDistrict: string;
  summary: string;
  /** "HH:MM"; starts as the timer's start, which is used to the second while the guide leaves it. */
  startTime: string;
  /** As typed ("4:05"); empty means the timer's elapsed time. */
  duration: string;
  /**
   * E-mail only: when the e-mail came in, on the guide's clock, as typed ("2026-03-09", "08:15").
   * Both empty: not known. Kept while another channel is chosen, but then never sent.
   */
  receivedDate: string;
  receivedTime: string;
}

/** The draft's fields that the form can mark as wrong before anything is sent. */
export type DraftField =
  | 'topicId'
  | 'need'
  | 'problemKind'
  | 'resolution'
  | 'forwardedToUnitId'
  | 'forwardDone'
  | 'forwardExpected'
  | 'failureReason'
  | 'startTime'
  | 'duration'
  | 'receivedAt';

/** "HH:MM" of an instant in the browser's time zone (the guide's wall clock). */
export function clockTimeOf(instant: Date): string {
  return `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
}

/** "YYYY-MM-DD" of an instant in the browser's time zone. */
export function calendarDateOf(instant: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

/**
 * An instant in ISO 8601 with a time zone offset, to the second: by default the browser's
 * offset at that instant (so "2026-03-09T08:15:00+01:00" in Swedish winter, "+02:00" in summer).
 */
export function isoWithOffset(instant: Date, offsetMinutes = -instant.getTimezoneOffset()): string {
  const wall = new Date(instant.getTime() + offsetMinutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
    `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const blank = (text: string) => text.trim() === '';

/** Hours and minutes of a typed clock time ("09:05", "9.05"), or null. */
function clockOf(text: string): { hours: number; minutes: number } | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  return hours > 23 || minutes > 59 ? null : { hours, minutes };
}

/** A typed calendar date ("2026-03-09" or "20260309") as year, month (1-12) and day, or null. */
function calendarDayOf(text: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : null;
}

/**
 * When the e-mail came in: the typed date and time on the browser's clock. Null when the
 * contact is no e-mail or neither is given; 'invalid' when only one is, or one is not a date
 * or a time.
 */
export function receiptOf(draft: ContactDraft): Date | null | 'invalid' {
  if (draft.channel !== 'email') return null;
  if (blank(draft.receivedDate) && blank(draft.receivedTime)) return null;
  const day = calendarDayOf(draft.receivedDate);
  const clock = clockOf(draft.receivedTime);
  if (!day || !clock) return 'invalid';
  return new Date(day.year, day.month - 1, day.day, clock.hours, clock.minutes);
}

/** receivedAt to send: ISO 8601 with the browser's offset; null when not given or no e-mail. */
export function receivedAtOf(draft: ContactDraft): string | null {
  const receipt = receiptOf(draft);
  return receipt instanceof Date ? isoWithOffset(receipt) : null;
}

/** A fresh contact: the guide's channel, the timer just started. */
export function emptyDraft(channel: Channel, timerStart: Date): ContactDraft {
  return {
    channel,
    topicId: null,
    need: null,
    problemKind: null,
    concernsExistingCase: false,
    caseReference: '',
    resolution: null,
    forwardedToUnitId: '',
    forwardDone: '',
    forwardExpected: '',
    failureDemand: { overridden: false },
    citizenGender: '',
    citizenAgeBand: '',
    citizenDistrict: '',
    summary: '',
    startTime: clockTimeOf(timerStart),
    duration: '',
    receivedDate: '',
    receivedTime: '',
  };
}

/**
 * When the contact started: the timer's start while the start time field shows it, else the
 * typed time on the timer's day. Null for a time that is not "HH:MM".
 */
export function startOf(draft: ContactDraft, timerStart: Date): Date | null {
  if (draft.startTime === clockTimeOf(timerStart)) return timerStart;
  const clock = clockOf(draft.startTime);
  if (!clock) return null;
  const start = new Date(timerStart);
  start.setHours(clock.hours, clock.minutes, 0, 0);
  return start;
}

/** The duration to save: what the guide typed, else the time since the start (never negative). */
export function durationOf(draft: ContactDraft, start: Date, now: Date): number {
  const typed = parseDuration(draft.duration);
  if (typed !== null) return typed;
  return Math.max(0, Math.round((now.getTime() - start.getTime()) / 1000));
}

export interface FailureDemandShown {
  isFailureDemand: boolean;
  reason: FailureReason | '';
  overridden: boolean;
  /** Why the default is what it is; null when the guide chose, or no need is chosen yet. */
  basis: FailureDemandBasis | null;
}

/**
 * The failure-demand answer the form shows: the guide's own when they chose, else the default
 * of the core rule (need, existing case, the topic's default reason), the one the server applies.
 */
export function failureDemandShown(draft: ContactDraft, topic: Topic | undefined): FailureDemandShown {
  if (draft.failureDemand.overridden) return { ...draft.failureDemand, overridden: true, basis: null };
  if (draft.need === null) return { isFailureDemand: false, reason: '', overridden: false, basis: null };
  const d = defaultFailureDemand({
    need: draft.need,
    concernsExistingCase: draft.concernsExistingCase,
    topicDefaultReason: topic?.defaultFailureReason ?? null,
  });
  return { isFailureDemand: d.isFailureDemand, reason: d.reason ?? '', overridden: false, basis: d.basis };
}

/**
 * The fields that keep the draft from being sent, in form order. `durationRequired`: a
 * correction has no running timer, so its duration cannot be left empty.
 */
export function draftProblems(draft: ContactDraft, timerStart: Date, durationRequired = false): DraftField[] {
  const problems: DraftField[] = [];
  if (startOf(draft, timerStart) === null) problems.push('startTime');
  const duration = parseDuration(draft.duration);
  if (Number.isNaN(duration) || (durationRequired && duration === null)) problems.push('duration');
  if (receiptOf(draft) === 'invalid') problems.push('receivedAt');
  if (draft.topicId === null) problems.push('topicId');
  if (draft.need === null) problems.push('need');
  if (draft.need === 'problem' && draft.problemKind === null) problems.push('problemKind');
  if (draft.resolution === null) problems.push('resolution');
  if (draft.resolution === 'forwarded') {
    if (draft.forwardedToUnitId === '') problems.push('forwardedToUnitId');
    if (blank(draft.forwardDone)) problems.push('forwardDone');
    if (blank(draft.forwardExpected)) problems.push('forwardExpected');
  }
  const fd = draft.failureDemand;
  if (fd.overridden && fd.isFailureDemand && fd.reason === '') problems.push('failureReason');
  return problems;
}

const textOrNull = (text: string) => (blank(text) ? null : text.trim());

/**
 * The body of POST /api/contacts. Only call it for a draft without problems. Fields that do not
 * apply are sent as null (a kind of problem left over from an earlier need, say), and failure
 * demand only when the guide chose it, so that the server records whether it was overridden.
 */
export function newContactOf(draft: ContactDraft, timerStart: Date, now: Date): NewContact {
  const start = startOf(draft, timerStart) ?? timerStart;
  const forwarded = draft.resolution === 'forwarded';
  const fd = draft.failureDemand;
  return {
    channel: draft.channel,
    startedAt: start.toISOString(),
    durationSeconds: durationOf(draft, start, now),
    need: draft.need ?? 'want_to_know',
    problemKind: draft.need === 'problem' ? draft.problemKind : null,
    topicId: draft.topicId ?? '',
    concernsExistingCase: draft.concernsExistingCase,
    caseReference: draft.concernsExistingCase ? textOrNull(draft.caseReference) : null,
    resolution: draft.resolution ?? 'resolved_self',
    forwardedToUnitId: forwarded ? draft.forwardedToUnitId || null : null,
    forwardDone: forwarded ? textOrNull(draft.forwardDone) : null,
    forwardExpected: forwarded ? textOrNull(draft.forwardExpected) : null,
    ...(fd.overridden
      ? { isFailureDemand: fd.isFailureDemand, failureReason: fd.isFailureDemand ? fd.reason || null : null }
      : {}),
    citizenGender: draft.citizenGender || null,
    citizenAgeBand: draft.citizenAgeBand || null,
    citizenDistrict: textOrNull(draft.citizenDistrict),
    summary: draft.summary.trim(),
    ...(draft.channel === 'email' ? { receivedAt: receivedAtOf(draft) } : {}),
  };
}

/** A saved contact as a draft, for correcting it. */
export function draftOfContact(contact: Contact): ContactDraft {
  const start = new Date(contact.startedAt);
  const received = contact.receivedAt === null ? null : new Date(contact.receivedAt);
  return {
    channel: contact.channel,
    topicId: contact.topicId,
    need: contact.need,
    problemKind: contact.problemKind,
    concernsExistingCase: contact.concernsExistingCase,
    caseReference: contact.caseReference ?? '',
    resolution: contact.resolution,
    forwardedToUnitId: contact.forwardedToUnitId ?? '',
    forwardDone: contact.forwardDone ?? '',
    forwardExpected: contact.forwardExpected ?? '',
    failureDemand: contact.isFailureDemandOverridden
      ? { overridden: true, isFailureDemand: contact.isFailureDemand, reason: contact.failureReason ?? '' }
      : { overridden: false },
    citizenGender: contact.citizenGender ?? '',
    citizenAgeBand: contact.citizenAgeBand ?? '',
    citizenDistrict: contact.citizenDistrict ?? '',
    summary: contact.summary,
    startTime: clockTimeOf(start),
    duration: formatDuration(contact.durationSeconds),
    receivedDate: received ? calendarDateOf(received) : '',
    receivedTime: received ? clockTimeOf(received) : '',
  };
}

const CORRECTABLE = [
  'channel',
  'durationSeconds',
  'need',
  'problemKind',
  'topicId',
  'concernsExistingCase',
  'caseReference',
  'resolution',
  'forwardedToUnitId',
  'forwardDone',
  'forwardExpected',
  'citizenGender',
  'citizenAgeBand',
  'citizenDistrict',
  'summary',
] as const satisfies readonly (keyof NewContact & keyof Contact)[];

/**
 * Whether the receipt differs from the saved one. The form shows minutes, so a typed time in the
 * saved minute is no change (a receipt imported with seconds keeps them).
 */
function receiptChanged(saved: string | null, typed: string | null): boolean {
  if (saved === null || typed === null) return saved !== typed;
  const savedMinute = Math.floor(new Date(saved).getTime() / 60_000) * 60_000;
  return new Date(typed).getTime() !== savedMinute;
}

/**
 * The body of PATCH /api/contacts/:id: only what differs from the saved contact, and the reason.
 * Failure demand is sent when the guide chose it and it differs, or was the default before (the
 * choice itself is a change: the record then says a person decided). Null when nothing changed.
 */
export function correctionOf(
  contact: Contact,
  draft: ContactDraft,
  reason: string,
): ContactCorrection | null {
  const timerStart = new Date(contact.startedAt);
  const body = newContactOf(draft, timerStart, timerStart);
  const changes: Partial<NewContact> = {};
  const put = <K extends keyof NewContact>(key: K, value: NewContact[K]) => {
    changes[key] = value;
  };
  for (const key of CORRECTABLE) if (body[key] !== contact[key]) put(key, body[key]);
  if (new Date(body.startedAt).getTime() !== timerStart.getTime()) put('startedAt', body.startedAt);
  if (receiptChanged(contact.receivedAt, body.receivedAt ?? null)) put('receivedAt', body.receivedAt ?? null);
  if (
    body.isFailureDemand !== undefined &&
    (!contact.isFailureDemandOverridden ||
      body.isFailureDemand !== contact.isFailureDemand ||
      (body.failureReason ?? null) !== contact.failureReason)
  ) {
    put('isFailureDemand', body.isFailureDemand);
    put('failureReason', body.failureReason ?? null);
  }
  return Object.keys(changes).length === 0 ? null : { ...changes, reason: reason.trim() };
}

/**
 * The change a new resolution makes. Forwarding offers the topic's responsible unit as the
 * receiver (the usual one, easy to change) when none is chosen yet and that unit is active.
 */
export function resolutionChange(
  draft: ContactDraft,
  resolution: Resolution,
  topic: Topic | undefined,
  units: readonly Unit[],
): Partial<ContactDraft> {
  if (resolution !== 'forwarded' || draft.forwardedToUnitId !== '' || !topic) return { resolution };
  const ownerIsActive = units.some((u) => u.id === topic.ownerUnitId && u.archivedAt === null);
  return ownerIsActive ? { resolution, forwardedToUnitId: topic.ownerUnitId } : { resolution };
}
