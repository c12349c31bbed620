/**
 * The demo year's survey answers (issue #15): invitations after the demo's contacts and what the
 * citizens answered, deterministic for a seed, for the demo step to store in bulk.
 *
 * - Who is asked: SKR's phone survey asks a sample of the phone contacts, SKR's e-mail survey a
 *   sample of the e-mail contacts, "Efter kontakten" a sample of every channel; a contact is asked
 *   at most once (the quarantine), SKR's surveys first. Text messages after phone contacts, e-mail
 *   after e-mail contacts, either after visits, chats and e-services. Each goes out 30 minutes
 *   after the contact ends, inside its medium's send window (core/surveys/invitations.ts).
 * - Who answers: about 18 % of the delivered invitations (SKR 2022), a few of them stopping
 *   halfway; about 55 % of those who answer leave a comment (SKR 2022). A few e-mails bounce.
 * - What they answer: each 1-5 question drawn around the national 2024 level (SKR's published
 *   indices, /work/shared/data/reference/surveys.md: phone bemötande 83.8, enkelhet 74.9; e-mail
 *   tydlighet 83.6, enkelhet 80.2; Södertälje's dimensions near the same levels), a person's
 *   answers moving together (one mood per respondent), "my question was resolved" following how
 *   the contact ended; invoice contacts score lower on ease, clarity and resolution before the
 *   redesigned invoice and higher after it (the improvement on the demo's board).
 */
import type { CalendarDay } from '../contacts/calendar-day.js';
import { calendarDayOf } from '../contacts/calendar-day.js';
import type { Channel, Need, Resolution } from '../contacts/taxonomy.js';
import { DEFAULT_WINDOWS, nextInWindow, type Medium } from '../surveys/invitations.js';
import type { AnswerValue, SurveyDefinition } from '../surveys/questions.js';
import type { TemplateKey } from '../surveys/templates.js';
import { createRandom, type Random } from './random.js';
import {
  COMPLAINT,
  INVOICE_AFTER,
  INVOICE_BEFORE,
  MIXED,
  PRAISE,
  WITH_PERSONAL_DATA,
} from './survey-comments.js';

export interface SurveyContact {
  id: string;
  channel: Channel;
  startedAt: Date;
  durationSeconds: number;
  topicId: string;
  need: Need;
  ownerUnitId: string;
  resolution: Resolution;
}

export interface DemoSurvey {
  id: string;
  template: TemplateKey;
  version: number;
  definition: SurveyDefinition;
  /** The share of the channels' contacts invited (the survey's sampling share). */
  share: number;
  channels: readonly Channel[];
}

export interface DemoInvitation {
  id: string;
  surveyId: string;
  version: number;
  linkHash: string;
  medium: Medium;
  contactId: string;
  contactDay: CalendarDay;
  channel: Channel;
  topicId: string;
  need: Need;
  unitId: string;
  resolution: Resolution;
  sendAt: Date;
  sentAt: Date;
  bouncedAt: Date | null;
  openedAt: Date | null;
  firstAnswerAt: Date | null;
  completedAt: Date | null;
  expiresAt: Date;
}

export interface DemoAnswer {
  invitationId: string;
  questionKey: string;
  /** A comment as the citizen typed it: the demo step masks it before storing, like the answer page. */
  value: AnswerValue;
  answeredAt: Date;
}

export const RESPONSE_RATE = 0.18;
export const COMMENT_SHARE = 0.55;
/** Of those who answer, the share who stop before the end (they still count for what they answered). */
const STOP_HALFWAY = 0.08;
const BOUNCE: Readonly<Record<Medium, number>> = { email: 0.03, sms: 0.01 };
const DELAY_MS = 30 * 60_000;
const LINK_VALID_MS = 14 * 86_400_000;

/** The target mean (1-5) of each question: SKR's national 2024 index as (index / 25) + 1. */
export const TARGET_MEANS: Readonly<Record<string, number>> = {
  'skr_phone.treatment': 1 + 83.8 / 25,
  'skr_phone.ease': 1 + 74.9 / 25,
  'skr_email.clarity': 1 + 83.6 / 25,
  'skr_email.ease': 1 + 80.2 / 25,
  'after_contact.overall': 4.15,
  'after_contact.answer_time': 3.9,
  'after_contact.ease': 4.0,
  'after_contact.knowledge': 4.3,
  'after_contact.engagement': 4.35,
  'after_contact.resolved': 3.95,
};

/** The questions the invoice redesign is about: ease, clarity and whether the question was resolved. */
const INVOICE_QUESTIONS = new Set(['ease', 'clarity', 'resolved']);

/** P(grade = k) ∝ exp(theta · k), k = 1..5: one parameter from "mostly 1" to "mostly 5". */
function gradeProbabilities(theta: number): number[] {
  const w = [1, 2, 3, 4, 5].map((k) => Math.exp(theta * k));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
}

const meanOf = (theta: number) => gradeProbabilities(theta).reduce((sum, p, i) => sum + p * (i + 1), 0);

/** A respondent's mood moves all their answers: -MOOD, 0 or +MOOD on theta, with 1/4, 1/2, 1/4. */
const MOOD = 0.7;
const MOODS = [-MOOD, 0, MOOD] as const;
const expectedMean = (theta: number) =>
  0.25 * meanOf(theta - MOOD) + 0.5 * meanOf(theta) + 0.25 * meanOf(theta + MOOD);

/** The theta whose expected mean over the moods is the target (bisection; the mean rises with theta). */
export function thetaFor(target: number): number {
  let low = -6;
  let high = 6;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (expectedMean(mid) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

function drawGrade(random: Random, theta: number): number {
  const p = gradeProbabilities(theta);
  let u = random.next();
  for (let k = 0; k < 5; k += 1) {
    u -= p[k]!;
    if (u < 0) return k + 1;
  }
  return 5;
}

const RESOLUTION_SHIFT: Readonly<Record<Resolution, number>> = {
  resolved_self: 0.35,
  resolved_handling: 0.2,
  resolved_specialist: 0.1,
  forwarded: -0.45,
  unresolved: -1.4,
};

/** 32 bytes of the stream as hex: a link hash no token will ever match (no demo link is usable). */
function hexOf(random: Random): string {
  let hex = '';
  for (let i = 0; i < 8; i += 1)
    hex += (Math.floor(random.next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0');
  return hex;
}

function mediumOf(random: Random, channel: Channel): Medium {
  if (channel === 'phone') return 'sms';
  if (channel === 'email' || channel === 'eservice') return 'email';
  return random.chance(0.5) ? 'sms' : 'email';
}

export interface SurveyYearInput {
  contacts: readonly SurveyContact[];
  surveys: readonly DemoSurvey[];
  seed: number;
  /** The day the redesigned invoice went out (null: the period has none). */
  invoiceRedesign: CalendarDay | null;
  invoiceTopicId: string;
  /** Nothing is answered after this instant (the demo's "now"). */
  now: Date;
}

export function surveyYear(input: SurveyYearInput): { invitations: DemoInvitation[]; answers: DemoAnswer[] } {
  const random = createRandom(input.seed);
  const invitations: DemoInvitation[] = [];
  const answers: DemoAnswer[] = [];
  const thetas = new Map<string, number>();
  const theta = (template: string, key: string) => {
    const name = `${template}.${key}`;
    let t = thetas.get(name);
    if (t === undefined) {
      t = thetaFor(TARGET_MEANS[name] ?? 4);
      thetas.set(name, t);
    }
    return t;
  };
  for (const contact of input.contacts) {
    const survey = input.surveys.find((s) => s.channels.includes(contact.channel) && random.chance(s.share));
    if (!survey) continue;
    const medium = mediumOf(random, contact.channel);
    const ended = new Date(contact.startedAt.getTime() + contact.durationSeconds * 1000);
    const sendAt = nextInWindow(new Date(ended.getTime() + DELAY_MS), DEFAULT_WINDOWS[medium]);
    if (sendAt > input.now) continue;
    const bounced = random.chance(BOUNCE[medium]);
    const invitation: DemoInvitation = {
      id: random.uuidV7(sendAt),
      surveyId: survey.id,
      version: survey.version,
      linkHash: hexOf(random),
      medium,
      contactId: contact.id,
      contactDay: calendarDayOf(contact.startedAt),
      channel: contact.channel,
      topicId: contact.topicId,
      need: contact.need,
      unitId: contact.ownerUnitId,
      resolution: contact.resolution,
      sendAt,
      sentAt: sendAt,
      bouncedAt: bounced ? new Date(sendAt.getTime() + 60_000) : null,
      openedAt: null,
      firstAnswerAt: null,
      completedAt: null,
      expiresAt: new Date(sendAt.getTime() + LINK_VALID_MS),
    };
    invitations.push(invitation);
    if (bounced) continue;
    const answering = random.chance(RESPONSE_RATE);
    // Some open the link and leave without answering.
    if (!answering) {
      if (random.chance(0.12)) invitation.openedAt = new Date(sendAt.getTime() + random.int(48 * 3_600_000));
      continue;
    }
    const opened = new Date(sendAt.getTime() + Math.round(random.logNormal(Math.log(2 * 3_600_000), 1.2)));
    if (opened > input.now || opened > invitation.expiresAt) continue;
    invitation.openedAt = opened;
    const mood = MOODS[random.weighted(MOOD_TABLE)]!;
    const invoice = contact.topicId === input.invoiceTopicId && input.invoiceRedesign !== null;
    const afterRedesign = invoice && invitation.contactDay >= input.invoiceRedesign!;
    const questions = survey.definition.questions;
    const stopAt = random.chance(STOP_HALFWAY)
      ? 1 + random.int(Math.max(1, questions.length - 2))
      : questions.length;
    const given = new Map<string, AnswerValue>();
    let at = opened.getTime();
    let scores = 0;
    let scored = 0;
    let firstAt: number | null = null;
    for (const [index, q] of questions.entries()) {
      if (index >= stopAt) break;
      if (q.condition) {
        const earlier = given.get(q.condition.question);
        if (typeof earlier !== 'string' || !q.condition.anyOf.includes(earlier)) continue;
      }
      at += 8_000 + random.int(20_000);
      let value: AnswerValue | null = null;
      if (q.kind === 'scale5') {
        let t = theta(survey.template, q.key) + mood;
        if (q.key === 'resolved') t += RESOLUTION_SHIFT[contact.resolution];
        if (invoice && INVOICE_QUESTIONS.has(q.key)) t += afterRedesign ? 0.9 : -0.6;
        value = drawGrade(random, t);
        scores += value;
        scored += 1;
      } else if (q.kind === 'yes_no') {
        // SKR's e-mail survey: most who wrote have had an answer when asked.
        value = random.chance(contact.resolution === 'unresolved' ? 0.45 : 0.9) ? 'yes' : 'no';
      } else if (q.kind === 'one_choice' && q.choices) {
        value = q.choices[random.int(q.choices.length)]!.key;
      } else if (q.kind === 'text') {
        // Those who stop halfway never reach the comment: the rest comment a little more often.
        if (!random.chance(COMMENT_SHARE / (1 - STOP_HALFWAY))) continue;
        value = commentOf(random, scored === 0 ? 3 : scores / scored, invoice, afterRedesign);
      }
      if (value === null) continue;
      given.set(q.key, value);
      firstAt ??= at;
      answers.push({ invitationId: invitation.id, questionKey: q.key, value, answeredAt: new Date(at) });
    }
    if (firstAt === null) continue;
    invitation.firstAnswerAt = new Date(firstAt);
    if (stopAt === questions.length) invitation.completedAt = new Date(at);
  }
  return { invitations, answers };
}

const MOOD_TABLE = { cumulative: new Float64Array([1, 3, 4]), total: 4 };

function commentOf(random: Random, mean: number, invoice: boolean, afterRedesign: boolean): string {
  if (random.chance(0.03)) return random.pick(WITH_PERSONAL_DATA);
  if (invoice && random.chance(0.6)) return random.pick(afterRedesign ? INVOICE_AFTER : INVOICE_BEFORE);
  if (mean >= 4) return random.pick(PRAISE);
  if (mean >= 2.75) return random.pick(MIXED);
  return random.pick(COMPLAINT);
}
