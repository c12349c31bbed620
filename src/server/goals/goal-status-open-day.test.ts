/**
 * A day goal's last complete period is the last open day (issue #13): on a Monday the Friday,
 * not the closed Sunday that had no calls. Hand-worked on rollups with known answers.
 */
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const request = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

/** One day of all queues: offered, answered (the rest abandoned), total answered wait in seconds. */
async function rollup(tenantId: string, day: string, offered: number, answered: number, waitSeconds: number) {
  await db.transaction((c) =>
    c.query(
      `INSERT INTO call_day_rollups (tenant_id, scope, scope_id, day, offered, answered, abandoned, timeout, exit_key,
         exit_empty, withdrawn, short_abandons, completed_caller, completed_agent, transferred, answered_wait_seconds,
         abandoned_wait_seconds, answered_wait_under_60, answered_wait_60_to_120, answered_wait_over_120, answered_within,
         talk_seconds, ring_no_answer)
       VALUES ($1, 'all', $1, $2, $3, $4, $5, 0, 0, 0, 0, 0, $4, 0, 0, $6, 0, 0, 0, 0, $4, 0, 0)`,
      [tenantId, day, offered, answered, offered - answered, waitSeconds],
    ),
  );
}

interface StatusJson {
  goals: {
    goal: { id: string };
    lastComplete: { period: { key: string }; status: string; value: number | null; n: number };
  }[];
}

describe('a day goal on a Monday', () => {
  it('is judged on Friday, the last open day, skipping the closed weekend and the municipality’s own closed days', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const t = admin.tenant.id;
    // Thursday 12 March: 50 answered, 1,000 s of wait (20.0 s). Friday 13 March: 80 answered,
    // 2,000 s (25.0 s). Sunday 15 March: nothing (closed).
    await rollup(t, '2026-03-12', 60, 50, 1000);
    await rollup(t, '2026-03-13', 90, 80, 2000);
    const goal = await request(admin, 'POST', '/api/goals', {
      measure: 'meanQueueSeconds',
      target: 30,
      level: 'day',
      area: 'accessible',
      validFrom: '2026-01-01',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const id = goal.json<{ id: string }>().id;
    const lastOf = async (day: string) => {
      const res = await request(admin, 'GET', `/api/goals/status?day=${day}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<StatusJson>().goals.find((g) => g.goal.id === id)?.lastComplete;
    };

    // Monday 16 March: Friday's 25.0 s <= 30 s, met (before: Sunday, "not enough data").
    expect(await lastOf('2026-03-16')).toEqual({
      period: { key: '2026-03-13', from: '2026-03-13', to: '2026-03-13', through: '2026-03-13' },
      status: 'met',
      value: 25,
      n: 80,
    });

    // Friday 13 March closed for a move: Monday's last open day is Thursday, 20.0 s.
    const closed = await request(admin, 'POST', '/api/telephony/closed-days', {
      day: '2026-03-13',
      reason: 'Flytt',
    });
    expect(closed.statusCode, closed.body).toBe(201);
    expect(await lastOf('2026-03-16')).toMatchObject({ period: { key: '2026-03-12' }, value: 20, n: 50 });
  });
});
