/**
 * The demo's departments' verdict (issue #15): the survey "Förvaltningarnas nöjdhet" made from its
 * template, a named recipient per department beside the demo's department contact, and three rounds
 * (the last three tertials that ended inside the demo year), opened and answered through the same
 * services a quality developer and the departments use. About three in four answer; cooperation
 * is rated a little better each round (the board's work shows), and every answer names one thing
 * to change, in the departments' own words. One of them, in the last round, has started an
 * improvement on the board. The invitations count as sent (the demo mails nobody) and their
 * addresses are deleted, as after a real round.
 */
import type { Actor } from '../../core/auth/roles.js';
import { startOfCalendarDay, type CalendarDay } from '../../core/contacts/calendar-day.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import { roundPeriodBounds, roundPeriodOf } from '../../core/surveys/department-rounds.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { openRound } from '../department-surveys/open-round.js';
import { changeRecipient } from '../department-surveys/recipients.js';
import { startImprovement } from '../department-surveys/start-improvement.js';
import { answerQuestion } from '../surveys/answer-survey.js';
import { changeSurvey, createSurvey } from '../surveys/manage-surveys.js';
import { finishDemoRound, readDemoRoundLinks } from './queries/department-rounds.js';
import type { DemoContext } from './seed-demo.js';

export interface DemoDepartmentSurveysResult {
  rounds: string[];
  invitations: number;
  answered: number;
}

/** What departments ask of the contact centre, by department (the self-evaluation's "one thing"). */
const CHANGES: Record<string, readonly string[]> = {
  Kommunstyrelseförvaltningen: [
    'Berätta för oss när samma fråga kommer många gånger, så att vi kan förbättra informationen på webben.',
    'Hänvisa inte till oss för frågor om valet, det har valnämnden egen telefon för.',
  ],
  'Barn- och ungdomsförvaltningen': [
    'Skriv vilken skola och årskurs det gäller när ni skickar ärenden om skolskjuts.',
    'Ge föräldrarna rätt svar om kötiden till förskolan, den har ändrats sedan i våras.',
    'Koppla inte samtal om betyg till oss centralt, de ska till skolan direkt.',
  ],
  Socialförvaltningen: [
    'Boka tid hos handläggaren direkt i samtalet i stället för att be oss ringa upp.',
    'Säg till invånaren hur lång handläggningstiden för försörjningsstöd är innan ni kopplar.',
  ],
  'Vård- och omsorgsförvaltningen': [
    'Skriv alltid om ärendet gäller hemtjänst eller särskilt boende när ni skickar det vidare.',
    'Lär er avgifterna för trygghetslarm, de flesta frågor om dem kan ni svara på själva.',
  ],
  Samhällsbyggnadsförvaltningen: [
    'Skicka med fastighetsbeteckningen när ni lämnar över frågor om vatten och avlopp.',
    'Felanmälningar om gatubelysning behöver adress eller stolpnummer, annars hittar vi inte felet.',
    'Svara själva på frågor om sophämtningsdagar, de står i e-tjänsten.',
  ],
  'Bygg- och miljöförvaltningen': [
    'Koppla inte vidare bygglovsfrågor som handlar om status, den ser ni i ärendesystemet.',
    'Fråga efter diarienumret innan ni skickar ärendet till oss.',
  ],
  'Kultur-, demokrati- och fritidsförvaltningen': [
    'Hänvisa bokningar av idrottshallar till e-tjänsten, den är öppen dygnet runt.',
    'Informera om att biblioteken har ändrade öppettider på sommaren.',
  ],
  'Arbetsmarknads- och vuxenutbildningsförvaltningen': [
    'Ge besked om ansökningstiderna till SFI, så slipper de ringa oss för det.',
    'Skriv om personen redan är inskriven hos Arbetsförmedlingen när ni skickar ärendet.',
  ],
};

/** A small deterministic generator (the demo is the same every time). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const noonOf = (day: CalendarDay) => new Date(startOfCalendarDay(day).getTime() + 12 * 3_600_000);

/** The last three tertials that ended inside the period, oldest first. */
function lastTertials(period: { from: CalendarDay; to: CalendarDay }): string[] {
  const tertials: string[] = [];
  let day = period.to;
  while (tertials.length < 3) {
    const key = roundPeriodOf(day);
    const bounds = roundPeriodBounds(key)!;
    if (bounds.to <= period.to && bounds.to >= period.from) tertials.unshift(key);
    day = addDays(bounds.from, -1);
    if (day < addDays(period.from, -400)) break;
  }
  return tertials;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '');

export async function seedDemoDepartmentSurveys(
  context: DemoContext,
  period: { from: CalendarDay; to: CalendarDay },
): Promise<DemoDepartmentSurveysResult> {
  const { db, tenantId } = context;
  const developer = await withTenantClient(db, tenantId, async (client) => {
    const [row] = await client.query<{ id: string }>(
      "SELECT id FROM users WHERE email = 'utvecklare@jarfalla.example'",
    );
    return row!.id;
  });
  const actor: Actor = {
    tenantId,
    userId: developer,
    roles: [{ role: 'quality_developer', unitId: null }],
    isPlatformAdmin: false,
  };
  const survey = await createSurvey({ db, actor, body: { template: 'departments' } });
  await changeSurvey({ db, actor, id: survey.id, body: { status: 'active', reminderAfterDays: 7 } });
  const departments = Object.keys(CHANGES).filter((name) => context.unitIds.has(name));
  for (const name of departments) {
    await changeRecipient({
      db,
      actor,
      surveyId: survey.id,
      departmentId: context.unitIds.get(name)!,
      address: `samverkan.${slug(name)}@jarfalla.example`,
      remove: false,
    });
  }
  const next = random(15_032);
  const names = new Map([...context.unitIds].map(([name, id]) => [id, name]));
  const result: DemoDepartmentSurveysResult = { rounds: [], invitations: 0, answered: 0 };
  let linked: string | null = null;
  const tertials = lastTertials(period);
  for (const [round, key] of tertials.entries()) {
    const bounds = roundPeriodBounds(key)!;
    // Sent in the tertial's last week; answered over the following days.
    const sentOn = addDays(bounds.to, -6);
    const opened = await openRound({ db, actor, surveyId: survey.id, period: key, now: noonOf(sentOn) });
    result.rounds.push(key);
    result.invitations += opened.invitations;
    const links = await readDemoRoundLinks(db, tenantId, opened.id);
    for (const [i, link] of links.entries()) {
      const department = names.get(link.departmentId) ?? '';
      // The answer the board's card comes from is always there.
      const isLinked =
        round === tertials.length - 1 && linked === null && department === 'Samhällsbyggnadsförvaltningen';
      if (next() > 0.75 && !isLinked) continue;
      // Cooperation rated a little better each round: a mean near 3.3, 3.6, 3.9.
      const grade = () => Math.max(1, Math.min(5, Math.round(3.3 + 0.3 * round + (next() - 0.5) * 2.4)));
      const at = noonOf(addDays(sentOn, 1 + (i % 5)));
      const ideas = CHANGES[department] ?? ['Fortsätt som nu, men hör av er oftare.'];
      const change = ideas[(i + round) % ideas.length]!;
      for (const [question, value] of [
        ['forwarding', grade()],
        ['informing', grade()],
        ['cooperation', grade()],
        ['one_change', change],
      ] as const)
        await answerQuestion(db, link.token, question, value, at);
      result.answered += 1;
      if (isLinked) linked = link.invitationId;
    }
    await finishDemoRound(db, tenantId, opened.id);
  }
  if (linked) {
    const manager = await withTenantClient(db, tenantId, async (client) => {
      const [row] = await client.query<{ id: string }>(
        "SELECT id FROM users WHERE email = 'chef@jarfalla.example'",
      );
      return row!.id;
    });
    await startImprovement({
      db,
      actor: { ...actor, userId: manager, roles: [{ role: 'manager', unitId: null }] },
      invitationId: linked,
      title: 'Fastighetsbeteckning i varje överlämning till VA',
      now: noonOf(period.to),
    });
  }
  return result;
}
