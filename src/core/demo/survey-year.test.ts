import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/swedish-calendar.js';
import { scale5Result } from '../surveys/results.js';
import { templateOf } from '../surveys/templates.js';
import { createRandom } from './random.js';
import { surveyYear, thetaFor, type DemoSurvey, type SurveyContact } from './survey-year.js';

const INVOICE = 'invoice-topic';
const surveys: DemoSurvey[] = [
  {
    id: 's-phone',
    template: 'skr_phone',
    version: 1,
    definition: templateOf('skr_phone').definition,
    share: 0.3,
    channels: ['phone'],
  },
  {
    id: 's-email',
    template: 'skr_email',
    version: 1,
    definition: templateOf('skr_email').definition,
    share: 0.3,
    channels: ['email'],
  },
  {
    id: 's-after',
    template: 'after_contact',
    version: 1,
    definition: templateOf('after_contact').definition,
    share: 0.5,
    channels: ['phone', 'email', 'visit'],
  },
];

/** 60,000 contacts over 2026, a fifth of them about the invoice. */
function contacts(): SurveyContact[] {
  const random = createRandom(7);
  const list: SurveyContact[] = [];
  for (let i = 0; i < 60_000; i += 1) {
    const day = addDays('2026-01-01', random.int(360));
    list.push({
      id: `c${i}`,
      channel: random.pick(['phone', 'phone', 'email', 'visit'] as const),
      startedAt: new Date(`${day}T09:00:00+01:00`),
      durationSeconds: 180,
      topicId: random.chance(0.2) ? INVOICE : 'other',
      need: 'want_to_know',
      ownerUnitId: 'u',
      resolution: random.pick(['resolved_self', 'resolved_self', 'forwarded', 'unresolved'] as const),
    });
  }
  return list;
}

const year = surveyYear({
  contacts: contacts(),
  surveys,
  seed: 1,
  invoiceRedesign: '2026-07-01',
  invoiceTopicId: INVOICE,
  now: new Date('2027-01-31T00:00:00Z'),
});

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const grades = (survey: string, question: string, filter: (id: string) => boolean = () => true) => {
  const ids = new Set(year.invitations.filter((i) => i.surveyId === survey).map((i) => i.id));
  return year.answers
    .filter((a) => ids.has(a.invitationId) && a.questionKey === question && filter(a.invitationId))
    .map((a) => a.value as number);
};

describe('the demo year of survey answers', () => {
  it('is the same for the same seed', () => {
    const again = surveyYear({
      contacts: contacts(),
      surveys,
      seed: 1,
      invoiceRedesign: '2026-07-01',
      invoiceTopicId: INVOICE,
      now: new Date('2027-01-31T00:00:00Z'),
    });
    expect(again.answers.length).toBe(year.answers.length);
    expect(again.invitations[100]).toEqual(year.invitations[100]);
  });

  it('asks a contact at most once, whatever the survey (the quarantine)', () => {
    const ids = year.invitations.map((i) => i.contactId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('about 18 % of delivered invitations are answered (SKR 2022), within 1.5 points', () => {
    const delivered = year.invitations.filter((i) => !i.bouncedAt);
    const answered = delivered.filter((i) => i.firstAnswerAt);
    expect(Math.abs(answered.length / delivered.length - 0.18)).toBeLessThan(0.015);
  });

  it('about 55 % of those who answer leave a comment, within 3 points', () => {
    const answered = year.invitations.filter((i) => i.firstAnswerAt);
    const commented = new Set(
      year.answers.filter((a) => a.questionKey === 'comment').map((a) => a.invitationId),
    );
    expect(Math.abs(commented.size / answered.length - 0.55)).toBeLessThan(0.03);
  });

  it('SKR phone bemötande lands near the national 2024 index 83.8 (within 4 points)', () => {
    expect(Math.abs(scale5Result(grades('s-phone', 'treatment')).index! - 83.8)).toBeLessThan(4);
  });

  it('thetaFor: a mean of 3 is the flat distribution (theta 0); a higher mean a positive theta', () => {
    expect(thetaFor(3)).toBeCloseTo(0, 6);
    expect(thetaFor(4.2)).toBeGreaterThan(0);
  });

  it('invoice contacts find it easier after the redesigned invoice than before', () => {
    const inv = new Map(year.invitations.map((i) => [i.id, i]));
    const invoiceBefore = (id: string) =>
      inv.get(id)!.topicId === INVOICE && inv.get(id)!.contactDay < '2026-07-01';
    const invoiceAfter = (id: string) =>
      inv.get(id)!.topicId === INVOICE && inv.get(id)!.contactDay >= '2026-07-01';
    const before = mean(grades('s-after', 'ease', invoiceBefore));
    const after = mean(grades('s-after', 'ease', invoiceAfter));
    expect(after - before).toBeGreaterThan(0.5);
  });

  it('"my question was resolved" follows how the contact ended', () => {
    const inv = new Map(year.invitations.map((i) => [i.id, i]));
    const by = (r: string) =>
      mean(
        grades(
          's-after',
          'resolved',
          (id) => inv.get(id)!.resolution === r && inv.get(id)!.topicId !== INVOICE,
        ),
      );
    expect(by('resolved_self')).toBeGreaterThan(by('forwarded'));
    expect(by('forwarded')).toBeGreaterThan(by('unresolved'));
  });

  it('only those who got an answer are asked ease and clarity in the e-mail survey', () => {
    const gotAnswer = new Map(
      year.answers.filter((a) => a.questionKey === 'got_answer').map((a) => [a.invitationId, a.value]),
    );
    const clarity = year.answers.filter((a) => a.questionKey === 'clarity');
    expect(clarity.length).toBeGreaterThan(0);
    expect(clarity.every((a) => gotAnswer.get(a.invitationId) === 'yes')).toBe(true);
  });
});
