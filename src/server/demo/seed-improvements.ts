/**
 * The demo's goals, control-chart baselines, signals and improvement board (issue #6), made
 * through the same services a manager uses, on the demo year's dates:
 * - goals on availability, answered within 2 minutes, failure demand and first-contact
 *   resolution, and a capacity goal on the queue time (accessible only);
 * - baselines over the year's first three months on three charts, and the daily evaluation run
 *   for every day of the last week, so the start page has signals to acknowledge;
 * - the board of DOMAIN.md's example: the water-and-waste invoice redesigned (the contact year
 *   makes fewer contacts about it from the first redesigned invoice on), created before it went
 *   out, its before measured then, done on the day it was first sent, and evaluated; and a few
 *   improvements in the other columns.
 */
import type { Actor } from '../../core/auth/roles.js';
import { addDays } from '../../core/calendar/swedish-calendar.js';
import type { CalendarDay } from '../../core/contacts/calendar-day.js';
import { startOfCalendarDay } from '../../core/contacts/calendar-day.js';
import { DEFAULT_BASELINE_WEEKS, MAX_BASELINE_WEEKS } from '../../core/improvements/improvement.js';
import type { MeasureKey } from '../../core/signals/measures.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { createGoal } from '../goals/manage-goals.js';
import { setBaseline } from '../goals/set-baseline.js';
import { createImprovement, moveImprovement } from '../improvements/manage-improvements.js';
import { runSignals } from '../signals/run-signals.js';
import type { DemoContext } from './seed-demo.js';

export interface DemoBoardYear {
  period: { from: CalendarDay; to: CalendarDay };
  invoiceRedesign: CalendarDay | null;
  invoiceTopicId: string;
}

export interface DemoBoardResult {
  goals: number;
  baselines: number;
  signals: number;
  improvements: number;
}

/** Noon on a day, Stockholm time: the services' clock for something done that day. */
const noonOf = (day: CalendarDay) => new Date(startOfCalendarDay(day).getTime() + 12 * 3_600_000);

async function idsOf(db: Database, tenantId: string) {
  return withTenantClient(db, tenantId, async (client) => {
    const [manager] = await client.query<{ id: string }>(
      "SELECT id FROM users WHERE email = 'chef@jarfalla.example'",
    );
    const [developer] = await client.query<{ id: string }>(
      "SELECT id FROM users WHERE email = 'utvecklare@jarfalla.example'",
    );
    const units = await client.query<{ id: string; name: string }>('SELECT id, name FROM units');
    const topics = await client.query<{ id: string; name: string }>('SELECT id, name FROM topics');
    if (!manager || !developer) throw new Error('the demo manager and quality developer are missing');
    const unit = (name: string) => {
      const found = units.find((u) => u.name === name);
      if (!found) throw new Error(`demo unit missing: ${name}`);
      return found.id;
    };
    const topic = (name: string) => {
      const found = topics.find((x) => x.name === name);
      if (!found) throw new Error(`demo topic missing: ${name}`);
      return found.id;
    };
    return { managerId: manager.id, developerId: developer.id, unit, topic };
  });
}

export async function seedDemoBoard(context: DemoContext, year: DemoBoardYear): Promise<DemoBoardResult> {
  const { db, tenantId } = context;
  const ids = await idsOf(db, tenantId);
  const actor = (userId: string): Actor => ({
    tenantId,
    userId,
    roles: [{ role: 'manager', unitId: null }],
    isPlatformAdmin: false,
  });
  const manager = actor(ids.managerId);
  const developer = actor(ids.developerId);
  const { period } = year;

  // Goals, from the first day of the year on.
  const goals: {
    measure: MeasureKey;
    target: number;
    level: 'day' | 'week' | 'month';
    area: 'accessible' | 'pleasant' | 'trustworthy';
  }[] = [
    { measure: 'availability', target: 0.85, level: 'week', area: 'accessible' },
    { measure: 'answeredWithinShare', target: 0.7, level: 'week', area: 'accessible' },
    { measure: 'meanQueueSeconds', target: 120, level: 'day', area: 'accessible' },
    { measure: 'first_contact_resolution', target: 0.7, level: 'month', area: 'pleasant' },
    { measure: 'failure_demand_share', target: 0.3, level: 'month', area: 'trustworthy' },
  ];
  for (const goal of goals)
    await createGoal({
      db,
      actor: manager,
      body: { ...goal, scope: 'all', validFrom: period.from, validTo: null, minimumN: 30 },
    });

  // Baselines: the year's first three months.
  // (A shorter demo period, in tests, gives a shorter baseline: a baseline must be over.)
  const baselineTo = [addDays(period.from, 90), period.to].sort()[0]!;
  const charts: MeasureKey[] = ['availability', 'answeredWithinShare', 'failure_demand_share'];
  for (const measure of charts)
    await setBaseline({
      db,
      actor: developer,
      body: {
        measure,
        scope: 'all',
        from: period.from,
        to: baselineTo,
        reason: 'Årets första tre månader, före förbättringsarbetet.',
      },
    });

  // The daily evaluation, as it ran each morning of the last week (each run looks back 7 days).
  let signals = 0;
  for (let day = addDays(period.to, -6); day <= period.to; day = addDays(day, 1)) {
    const runs = await runSignals({ db, tenantId, day, mailer: null, now: noonOf(addDays(day, 1)) });
    signals += runs.reduce((sum, run) => sum + run.signals.length, 0);
  }

  let improvements = 0;
  // The water invoice: planned three weeks before the first redesigned invoice went out.
  if (year.invoiceRedesign) {
    const created = addDays(year.invoiceRedesign, -21);
    const weeksOfData =
      Math.floor(
        (Number(startOfCalendarDay(created)) - Number(startOfCalendarDay(period.from))) / (7 * 86_400_000),
      ) - 1;
    const invoice = await createImprovement({
      db,
      actor: developer,
      now: noonOf(created),
      body: {
        title: 'Ny VA-faktura som går att förstå',
        problem:
          'Efter varje kvartalsfaktura för vatten och avlopp ringer hundratals invånare för att de inte förstår ' +
          'fakturan: vad är fast avgift, vad är förbrukning, varför är beloppet högre än förra gången. ' +
          'Samtalen är undvikbar efterfrågan.',
        ownerUnitId: ids.unit('Vatten och avlopp'),
        targets: { topicIds: [year.invoiceTopicId], needs: [], failureReasons: [] },
        status: 'planned',
        dueOn: year.invoiceRedesign,
        notes:
          'Fakturan görs om tillsammans med Kommunikation: förbrukning och fast avgift på egna rader, ' +
          'jämförelse med samma kvartal i fjol, en rad om autogiro. Texten testas med fem invånare.',
        baselineWeeks: Math.max(4, Math.min(MAX_BASELINE_WEEKS, 26, weeksOfData || DEFAULT_BASELINE_WEEKS)),
        // The invoice goes out every quarter: the verdict compares the weeks after an invoice
        // with the same weeks after the invoices before the change.
        cycle: { weeks: 13, startsOn: year.invoiceRedesign },
        source: 'fix_first',
      },
    });
    const id = invoice.improvement.id;
    await moveImprovement({
      db,
      actor: developer,
      id,
      body: { status: 'in_progress' },
      now: noonOf(addDays(created, 1)),
    });
    await moveImprovement({
      db,
      actor: developer,
      id,
      body: { status: 'done', implementedOn: year.invoiceRedesign },
      now: noonOf(year.invoiceRedesign),
    });
    await moveImprovement({ db, actor: manager, id, body: { status: 'evaluated' }, now: noonOf(period.to) });
    improvements += 1;
  }

  const today = addDays(period.to, 1);
  const cards = [
    {
      title: 'Status på bygglovsärenden i e-tjänsten',
      problem:
        'Många ringer för att fråga hur långt deras bygglovsärende har kommit. Vägledarna kan inte se ' +
        'ärendets status och kopplar vidare.',
      ownerUnitId: ids.unit('Bygglov'),
      targets: {
        topicIds: [ids.topic('Status på bygglovsärende')],
        needs: [],
        failureReasons: ['chasing_case' as const],
      },
      status: 'in_progress' as const,
      dueOn: addDays(today, 60),
    },
    {
      title: 'Tydligare besked om skolskjuts',
      problem: 'Föräldrar ringer i augusti för att beslutet om skolskjuts inte säger när och var bussen går.',
      ownerUnitId: ids.unit('Grundskola'),
      targets: { topicIds: [ids.topic('Skolskjuts')], needs: ['want_to_know' as const], failureReasons: [] },
      status: 'planned' as const,
      dueOn: addDays(today, 120),
    },
    {
      title: 'Förklara fritidshemsavgiften på fakturan',
      problem: 'Fakturan för fritidshem förstås inte: avgiften ändras med inkomsten utan förklaring.',
      ownerUnitId: ids.unit('Antagning och placering'),
      targets: {
        topicIds: [ids.topic('Fritidshemsavgift')],
        needs: ['dont_understand' as const],
        failureReasons: [],
      },
      status: 'idea' as const,
      dueOn: null,
    },
  ];
  for (const card of cards) {
    await createImprovement({ db, actor: developer, now: noonOf(addDays(today, -3)), body: card });
    improvements += 1;
  }
  return { goals: goals.length, baselines: charts.length, signals, improvements };
}
