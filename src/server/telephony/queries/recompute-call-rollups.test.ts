/**
 * The rollups PostgreSQL computes (recompute-call-rollups.ts) are the measures core computes
 * (core/telephony/daily-measures.ts) on the same calls: one definition, two implementations,
 * checked equal on random calls with overflow between queues, re-entries, calls crossing
 * midnight and short abandons, for every day and every scope.
 */
import { describe, expect, it } from 'vitest';
import { calendarDayOf } from '../../../core/contacts/calendar-day.js';
import type {
  AnsweredEnd,
  CallOutcome,
  QueuedCall,
  TurnedAwayCaller,
} from '../../../core/telephony/call-assembly.js';
import { dailyMeasures } from '../../../core/telephony/daily-measures.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { createTenant } from '../../../test/factories.js';
import { testDatabase } from '../../../test/database.js';
import { CallSink } from '../import/call-sink.js';
import { readDayRollups } from './read-day-rollups.js';
import { recomputeCallRollups } from './recompute-call-rollups.js';

const db = await testDatabase();

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const OUTCOMES: CallOutcome[] = [
  'answered',
  'answered',
  'answered',
  'abandoned',
  'timeout',
  'exit_key',
  'exit_empty',
  'withdrawn',
];
const ENDS: AnsweredEnd[] = ['completed_caller', 'completed_agent', 'transferred'];
const QUEUES = ['vaxel', 'vaxel-overflow', 'bygglov'] as const;

/** Random calls over three days around midnights, some in two or three segments. */
function randomCalls(seed: number, count: number): QueuedCall[] {
  const rand = random(seed);
  const start = Date.parse('2026-03-28T20:00:00Z') / 1000; // spans the change to summer time
  const calls: QueuedCall[] = [];
  for (let i = 0; i < count; i += 1) {
    const callId = `${start + i}.${i}`;
    let at = start + Math.floor(rand() * 3 * 86_400);
    const atThisInstant = new Set<string>();
    const segments = rand() < 0.8 ? 1 : rand() < 0.7 ? 2 : 3;
    for (let s = 0; s < segments; s += 1) {
      // Any outcome in any segment: an answered segment before an unanswered one (a transfer into
      // another queue) must decide the call in SQL as in the core (issue 12.1).
      const outcome = OUTCOMES[Math.floor(rand() * OUTCOMES.length)] as CallOutcome;
      const wait = 1 + Math.floor(rand() * 200);
      const talk = outcome === 'answered' ? Math.floor(rand() * 600) : 0;
      let queue = (s === 0 ? QUEUES[Math.floor(rand() * 3)] : QUEUES[Math.floor(rand() * 2)]) as string;
      // Two segments of one call in one queue at one instant are one stored call: tie across queues.
      if (atThisInstant.has(queue)) queue = QUEUES.find((q) => !atThisInstant.has(q)) as string;
      atThisInstant.add(queue);
      calls.push({
        callId,
        queue,
        enteredAt: new Date(at * 1000),
        endedAt: new Date((at + wait + talk) * 1000),
        outcome,
        answeredEnd: outcome === 'answered' ? (ENDS[Math.floor(rand() * 3)] as AnsweredEnd) : null,
        agent: null,
        waitSeconds: wait,
        talkSeconds: talk,
        ringNoAnswerCount: Math.floor(rand() * 2),
      });
      // Now and then the next segment enters at the same instant (rows of one moment).
      if (rand() >= 0.1) {
        at += wait + talk;
        atThisInstant.clear();
      }
    }
  }
  return calls;
}

/**
 * Callers turned away: most with a callid of their own (some turned away from two queues, some
 * twice from one), some with the callid of a call that entered another queue (overflow after
 * FULL): those count in a queue but not in a scope the call entered.
 */
function randomTurnedAway(seed: number, calls: readonly QueuedCall[], count: number): TurnedAwayCaller[] {
  const rand = random(seed);
  const start = Date.parse('2026-03-28T20:00:00Z') / 1000;
  const reasons = ['full', 'join_empty', 'join_unavailable', 'closed', 'diverted'] as const;
  const out: TurnedAwayCaller[] = [];
  for (let i = 0; i < count; i += 1) {
    const borrowed = rand() < 0.3 ? calls[Math.floor(rand() * calls.length)] : undefined;
    const callId = borrowed?.callId ?? `t${i}`;
    const at = borrowed ? borrowed.enteredAt.getTime() / 1000 - 1 : start + Math.floor(rand() * 3 * 86_400);
    const queue = QUEUES[Math.floor(rand() * 3)] as string;
    const reason = reasons[Math.floor(rand() * reasons.length)] as TurnedAwayCaller['reason'];
    out.push({ callId, queue, at: new Date(at * 1000), reason });
    if (rand() < 0.2) {
      const other = QUEUES[Math.floor(rand() * 3)] as string;
      out.push({ callId, queue: other, at: new Date((at + 5) * 1000), reason });
    }
  }
  return out;
}

describe('recomputeCallRollups', () => {
  it.each([
    { shortAbandonSeconds: 0, answeredWithinSeconds: 120 },
    { shortAbandonSeconds: 10, answeredWithinSeconds: 60 },
  ])(
    'equals core dailyMeasures for every day and scope (short abandons $shortAbandonSeconds s, within $answeredWithinSeconds s)',
    async (thresholds) => {
      const tenant = await createTenant(db);
      const calls = randomCalls(7 + thresholds.shortAbandonSeconds, 3_000);
      const turnedAway = randomTurnedAway(11 + thresholds.shortAbandonSeconds, calls, 400);
      const days = ['2026-03-28', '2026-03-29', '2026-03-30', '2026-03-31'];
      const { queueIds, groupId } = await withTenantClient(db, tenant.id, async (client) => {
        const sink = new CallSink(client, tenant.id, 'asterisk', crypto.randomUUID(), 'Europe/Stockholm');
        for (const call of calls) if (sink.push(call)) await sink.flush();
        for (const caller of turnedAway) await sink.pushTurnedAway(caller);
        await sink.finish();
        const [group] = await client.query<{ id: string }>(
          `INSERT INTO queue_groups (tenant_id, name) VALUES (lots_current_tenant(), 'Växeln') RETURNING id`,
        );
        await client.query(`UPDATE queues SET group_id = $1 WHERE name IN ('vaxel', 'vaxel-overflow')`, [
          group?.id,
        ]);
        await recomputeCallRollups(client, '2026-03-27', '2026-04-01', thresholds);
        const rows = await client.query<{ id: string; name: string }>('SELECT id, name FROM queues');
        return { queueIds: new Map(rows.map((r) => [r.name, r.id])), groupId: group?.id as string };
      });

      const scopes: { scope: 'queue' | 'group' | 'all'; id: string; queues: string[] }[] = [
        { scope: 'all', id: tenant.id, queues: [...QUEUES] },
        { scope: 'group', id: groupId, queues: ['vaxel', 'vaxel-overflow'] },
        ...QUEUES.map((q) => ({ scope: 'queue' as const, id: queueIds.get(q) as string, queues: [q] })),
      ];
      let compared = 0;
      let turnedAwayCompared = 0;
      for (const { scope, id, queues } of scopes) {
        const stored = await withTenantClient(db, tenant.id, (c) =>
          readDayRollups(c, scope, id, days[0] as string, days[3] as string),
        );
        for (const day of days) {
          const expected = dailyMeasures(calls, { day, queues, turnedAway, ...thresholds });
          const actual = stored.find((r) => r.day === day);
          if (expected.offered + expected.shortAbandons === 0) {
            expect(actual, `${scope} ${day}`).toBeUndefined();
            continue;
          }
          compared += 1;
          expect(actual, `${scope} ${day}`).toMatchObject({
            offered: expected.offered,
            answered: expected.answered,
            abandoned: expected.abandoned,
            timeout: expected.timeout,
            exitKey: expected.exitKey,
            exitEmpty: expected.exitEmpty,
            withdrawn: expected.withdrawn,
            shortAbandons: expected.shortAbandons,
            answeredEnds: expected.answeredEnds,
            answeredWaitSeconds: expected.answeredWaitSeconds,
            abandonedWaitSeconds: expected.abandonedWaitSeconds,
            answeredWaitUnder60: expected.answeredWaitUnder60,
            answeredWait60To120: expected.answeredWait60To120,
            answeredWaitOver120: expected.answeredWaitOver120,
            answeredWithin: expected.answeredWithin,
            turnedAway: expected.turnedAway,
          });
          turnedAwayCompared += expected.turnedAway;
        }
      }
      // Every scope had calls on the four days: 5 scopes x 4 days, nothing skipped by accident.
      expect(compared).toBe(20);
      expect(turnedAwayCompared).toBeGreaterThan(100);
      // The random calls did exercise the cases that matter.
      const answeredBeforeLast = new Set<string>();
      const lastOf = new Map<string, QueuedCall>();
      for (const c of calls) {
        const seen = lastOf.get(c.callId);
        if (seen?.outcome === 'answered' && c.outcome !== 'answered') answeredBeforeLast.add(c.callId);
        lastOf.set(c.callId, c);
      }
      expect(answeredBeforeLast.size).toBeGreaterThan(10);
      expect(
        calls.filter((c) => calendarDayOf(c.enteredAt) !== calendarDayOf(c.endedAt)).length,
      ).toBeGreaterThan(0);
    },
  );
});
