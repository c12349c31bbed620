/**
 * The demo's departments' verdict (issue #15): three rounds of the last tertials inside the demo
 * year, answered by about three in four, no address left behind, and one answer on the board.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/roles.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { testDatabase } from '../../test/database.js';
import { departmentResults } from '../department-surveys/department-results.js';
import { seedDemo } from './seed-demo.js';
import { seedDemoDepartmentSurveys } from './seed-department-surveys.js';

const db = await testDatabase();

describe('seedDemoDepartmentSurveys', () => {
  it('three rounds with answers, one thing each, one linked to an improvement', async () => {
    const { tenantId } = await seedDemo(db, { contacts: false });
    const tenant = tenantId!;
    const { units, admin } = await withTenantClient(db, tenant, async (c) => ({
      units: await c.query<{ id: string; name: string }>('SELECT id, name FROM units'),
      admin: (
        await c.query<{ id: string }>("SELECT id FROM users WHERE email = 'utvecklare@jarfalla.example'")
      )[0]!,
    }));
    const result = await seedDemoDepartmentSurveys(
      {
        db,
        tenantId: tenant,
        adminUserId: admin.id,
        unitIds: new Map(units.map((u) => [u.name, u.id])),
        guideIds: [],
      },
      { from: '2025-12-01', to: '2026-11-30' },
    );
    expect(result.rounds).toEqual(['2025-T3', '2026-T1', '2026-T2']);
    // Eight departments' named recipients and the demo's department contact, each round.
    expect(result.invitations).toBe(27);
    expect(result.answered / result.invitations).toBeGreaterThan(0.5);
    expect(result.answered / result.invitations).toBeLessThan(0.95);
    const left = await withTenantClient(db, tenant, (c) =>
      c.query<{ n: number }>('SELECT count(*)::int AS n FROM survey_addresses'),
    );
    expect(left[0]!.n).toBe(0);
    const actor: Actor = {
      tenantId: tenant,
      userId: admin.id,
      roles: [{ role: 'quality_developer', unitId: null }],
      isPlatformAdmin: false,
    };
    const [survey] = await withTenantClient(db, tenant, (c) =>
      c.query<{ id: string }>("SELECT id FROM surveys WHERE template_key = 'departments'"),
    );
    const view = await departmentResults({ db, actor, surveyId: survey!.id });
    expect(view.rounds.map((r) => r.period)).toEqual(['2025-T3', '2026-T1', '2026-T2']);
    expect(view.changes).toHaveLength(result.answered);
    expect(view.changes.filter((c) => c.improvement !== null)).toHaveLength(1);
    const all = view.departments.find((d) => d.id === null)!;
    expect(all.rounds.every((r) => r.results.respondents > 0)).toBe(true);
  });
});
