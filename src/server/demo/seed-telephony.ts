/**
 * Demo step: the telephony of the demo year (issue #4, "Demo data"), from the contacts just
 * generated so that the two agree day by day: about two answered calls for each logged phone
 * contact, in two queues of one group ("Kundtjänst", overflowing after 90 s), with queue times
 * and abandonment that worsen at the invoice peaks (core/demo/call-year.ts), and the visitors
 * counted at the service office's door. Stored as an import would store them, rollups included,
 * in one transaction. The e-mail measure comes from the e-mail contacts, which say when each
 * e-mail came in (seed-contacts.ts).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { calendarDayOfNumber, localSeconds } from '../../core/calendar/local-day.js';
import type { CalendarDay } from '../../core/contacts/calendar-day.js';
import { callYear, visitorsPerDay } from '../../core/demo/call-year.js';
import { invoiceSpikeDays, type DemoContact } from '../../core/demo/contact-year.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { CallSink } from '../telephony/import/call-sink.js';
import { insertCallImport } from '../telephony/queries/call-imports.js';
import { insertQueueGroup } from '../telephony/queries/queues.js';
import { recomputeCallRollups } from '../telephony/queries/recompute-call-rollups.js';
import { resolveQueues } from '../telephony/queries/resolve-queues.js';
import { DEFAULT_TELEPHONY_SETTINGS } from '../telephony/queries/telephony-settings.js';
import { upsertVisitorCounts } from '../telephony/queries/visitor-counts.js';
import type { DemoContext } from './seed-demo.js';

export const DEMO_QUEUES = [
  { name: 'kundtjanst', label: 'Kundtjänst' },
  { name: 'kundtjanst-overflow', label: 'Kundtjänst, överflöde' },
] as const;
export const DEMO_QUEUE_GROUP = 'Kundtjänst';
export const DEMO_TELEPHONY_SEED = 4_2026;

export interface DemoTelephonyResult {
  calls: number;
  visitorDays: number;
  emails: number;
  ms: number;
}

export async function seedDemoTelephony(
  context: DemoContext,
  contacts: readonly DemoContact[],
  period: { from: CalendarDay; to: CalendarDay },
  seed = DEMO_TELEPHONY_SEED,
): Promise<DemoTelephonyResult> {
  const started = performance.now();
  const phonePerDay = new Map<CalendarDay, number>();
  const phonePerHour = new Map<CalendarDay, number[]>();
  const visitsPerDay = new Map<CalendarDay, number>();
  const emails: { id: string; startedAt: Date }[] = [];
  const local = localSeconds(DEFAULT_TELEPHONY_SETTINGS.timeZone);
  const localDay = (at: Date) => calendarDayOfNumber(Math.floor(local(at.getTime() / 1000) / 86_400));
  for (const c of contacts) {
    const day = localDay(c.startedAt);
    if (c.channel === 'phone') {
      phonePerDay.set(day, (phonePerDay.get(day) ?? 0) + 1);
      const hours = phonePerHour.get(day) ?? new Array<number>(24).fill(0);
      const hour = Math.floor((local(c.startedAt.getTime() / 1000) % 86_400) / 3_600);
      hours[hour] = (hours[hour] ?? 0) + 1;
      phonePerHour.set(day, hours);
    } else if (c.channel === 'visit') {
      visitsPerDay.set(day, (visitsPerDay.get(day) ?? 0) + 1);
    } else if (c.channel === 'email') {
      emails.push({ id: c.id, startedAt: c.startedAt });
    }
  }
  const calls = callYear({
    seed,
    phoneContactsPerDay: phonePerDay,
    phoneContactsPerHour: phonePerHour,
    queues: [DEMO_QUEUES[0].name, DEMO_QUEUES[1].name],
    peakDays: new Set(invoiceSpikeDays(period.from, period.to).keys()),
  });
  const visitors = visitorsPerDay({ seed, visitContactsPerDay: visitsPerDay });

  const importId = randomUUID();
  await withTenantClient(context.db, context.tenantId, async (client) => {
    const group = await insertQueueGroup(client, DEMO_QUEUE_GROUP);
    const queues = await resolveQueues(
      client,
      DEMO_QUEUES.map((q) => q.name),
    );
    for (const q of DEMO_QUEUES) {
      await client.query(
        'UPDATE queues SET label = $2, group_id = $3 WHERE tenant_id = lots_current_tenant() AND id = $1',
        [queues.get(q.name), q.label, group?.id],
      );
    }
    const sink = new CallSink(
      client,
      context.tenantId,
      'asterisk',
      importId,
      DEFAULT_TELEPHONY_SETTINGS.timeZone,
    );
    for (const call of calls) if (sink.push(call)) await sink.flush();
    await sink.finish();
    if (sink.firstDay !== null && sink.lastDay !== null) {
      await recomputeCallRollups(
        client,
        calendarDayOfNumber(sink.firstDay),
        calendarDayOfNumber(sink.lastDay),
        DEFAULT_TELEPHONY_SETTINGS,
      );
    }
    await insertCallImport(client, {
      id: importId,
      source: 'asterisk',
      format: 'asterisk-queue-log',
      mappingName: null,
      fileName: 'demo',
      fileSha256: null,
      summary: { calls: calls.length, imported: sink.inserted, duplicates: 0, stillOpen: 0, demo: true },
      firstDay: sink.firstCallDay === null ? null : calendarDayOfNumber(sink.firstCallDay),
      lastDay: sink.lastCallDay === null ? null : calendarDayOfNumber(sink.lastCallDay),
      userId: context.adminUserId,
    });
    await upsertVisitorCounts(
      client,
      [...visitors].map(([day, n]) => ({ day, visitors: n })),
      'imported',
      context.adminUserId,
    );
  });
  return {
    calls: calls.length,
    visitorDays: visitors.size,
    emails: emails.length,
    ms: performance.now() - started,
  };
}
