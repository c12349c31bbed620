/**
 * Demo step (issue #15): the citizens' surveys of the demo year. "Efter kontakten" and SKR's phone
 * and e-mail surveys are made through the same services a quality developer uses (from their
 * templates, rules set, started), then the year's invitations and answers (core/demo/survey-year.ts)
 * are written straight into survey_invitations and survey_answers in bulk, like the demo's
 * contacts: a year of answers through the answer page one by one would take minutes. Comments are
 * masked of personal data before they are stored, as the answer page does. The departments'
 * internal rounds are another step's.
 */
import { performance } from 'node:perf_hooks';
import type { Actor } from '../../core/auth/roles.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { startOfCalendarDay, type CalendarDay } from '../../core/contacts/calendar-day.js';
import type { Channel } from '../../core/contacts/taxonomy.js';
import type { DemoContact } from '../../core/demo/contact-year.js';
import { surveyYear, type DemoSurvey } from '../../core/demo/survey-year.js';
import { DEFAULT_WINDOWS } from '../../core/surveys/invitations.js';
import { maskPersonalData } from '../../core/privacy/personal-data.js';
import type { TemplateKey } from '../../core/surveys/templates.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { changeSurvey, createSurvey, defaultRules } from '../surveys/manage-surveys.js';
import { insertSurveyAnswers, type AnswerRow } from './queries/insert-survey-answers.js';
import { insertSurveyInvitations, type InvitationRow } from './queries/insert-survey-invitations.js';
import type { DemoContext } from './seed-demo.js';

export interface DemoSurveysResult {
  surveys: number;
  invitations: number;
  answers: number;
  ms: number;
}

export const DEMO_SURVEYS_SEED = 1515;
const BATCH = 4_000;

/** The demo's surveys: SKR's first (a contact is asked once), each with its sampling share. */
const DEMO_SURVEYS: readonly { template: TemplateKey; share: number; channels: readonly Channel[] }[] = [
  { template: 'skr_phone', share: 0.05, channels: ['phone'] },
  { template: 'skr_email', share: 0.1, channels: ['email'] },
  { template: 'after_contact', share: 0.1, channels: ['phone', 'email', 'visit', 'chat', 'eservice'] },
];

export async function seedDemoSurveys(
  context: DemoContext,
  year: {
    contacts: readonly DemoContact[];
    period: { from: CalendarDay; to: CalendarDay };
    invoiceRedesign: CalendarDay | null;
    invoiceTopicId: string;
  },
): Promise<DemoSurveysResult> {
  const started = performance.now();
  const { db, tenantId } = context;
  const developerId = await withTenantClient(db, tenantId, async (client) => {
    const [row] = await client.query<{ id: string }>(
      "SELECT id FROM users WHERE email = 'utvecklare@jarfalla.example'",
    );
    if (!row) throw new Error('the demo quality developer is missing');
    return row.id;
  });
  const actor: Actor = {
    tenantId,
    userId: developerId,
    roles: [{ role: 'quality_developer', unitId: null }],
    isPlatformAdmin: false,
  };
  const surveys: DemoSurvey[] = [];
  for (const s of DEMO_SURVEYS) {
    const created = await createSurvey({ db, actor, body: { template: s.template } });
    const survey = await changeSurvey({
      db,
      actor,
      id: created.id,
      body: {
        status: 'active',
        rules: {
          ...defaultRules([...s.channels]),
          channels: [...s.channels],
          topics: null,
          needs: null,
          windows: { email: { ...DEFAULT_WINDOWS.email }, sms: { ...DEFAULT_WINDOWS.sms } },
          samplingShare: s.share,
        },
      },
    });
    surveys.push({
      id: survey.id,
      template: s.template,
      version: survey.version,
      definition: survey.definition,
      share: s.share,
      channels: s.channels,
    });
  }
  const { invitations, answers } = surveyYear({
    contacts: year.contacts,
    surveys,
    seed: DEMO_SURVEYS_SEED,
    invoiceRedesign: year.invoiceRedesign,
    invoiceTopicId: year.invoiceTopicId,
    now: startOfCalendarDay(addDays(year.period.to, 1)),
  });
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const invitationRows: InvitationRow[] = invitations.map((i) => ({
    id: i.id,
    survey_id: i.surveyId,
    version: i.version,
    link_hash: i.linkHash,
    medium: i.medium,
    contact_id: i.contactId,
    contact_day: i.contactDay,
    channel: i.channel,
    topic_id: i.topicId,
    need: i.need,
    unit_id: i.unitId,
    resolution: i.resolution,
    send_at: i.sendAt.toISOString(),
    sent_at: i.sentAt.toISOString(),
    bounced_at: iso(i.bouncedAt),
    opened_at: iso(i.openedAt),
    first_answer_at: iso(i.firstAnswerAt),
    completed_at: iso(i.completedAt),
    expires_at: i.expiresAt.toISOString(),
  }));
  const answerRows: AnswerRow[] = answers.map((a) => ({
    invitation_id: a.invitationId,
    question_key: a.questionKey,
    value:
      typeof a.value === 'string' && a.questionKey === 'comment' ? maskPersonalData(a.value).text : a.value,
    answered_at: a.answeredAt.toISOString(),
  }));
  await withTenantClient(db, tenantId, async (client) => {
    for (let i = 0; i < invitationRows.length; i += BATCH)
      await insertSurveyInvitations(client, invitationRows.slice(i, i + BATCH));
    for (let i = 0; i < answerRows.length; i += BATCH)
      await insertSurveyAnswers(client, answerRows.slice(i, i + BATCH));
  });
  return {
    surveys: surveys.length,
    invitations: invitationRows.length,
    answers: answerRows.length,
    ms: performance.now() - started,
  };
}
