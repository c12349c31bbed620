import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows.js';
import { createTenant } from '../../test/factories.js';
import { testServer } from '../../test/server.js';
import {
  DEMO_LOGINS,
  DEMO_MUNICIPALITY_CODE,
  DEMO_PASSWORD,
  DEMO_UNITS,
  type DemoUnit,
} from './demo-municipality.js';
import { demoIsInstalled, seedDemo } from './seed-demo.js';

const { app, db } = await testServer();

const countUnits = (units: readonly DemoUnit[]): number =>
  units.reduce((n, u) => n + 1 + countUnits(u.children ?? []), 0);

// The tests share one database and run in order: first a database that already has a
// municipality, then the demo itself.
describe('seedDemo', () => {
  it('with onlyIfEmpty, leaves a database that already has a municipality alone', async () => {
    await createTenant(db, { municipalityCode: '0180' });
    const result = await seedDemo(db, { onlyIfEmpty: true });
    expect(result).toEqual({ created: false, tenantId: null });
    expect(await demoIsInstalled(db)).toBe(false);
  });

  it('creates Järfälla once: seeding twice leaves one demo municipality', async () => {
    // The year of contacts has its own test (seed-contacts.test.ts).
    const first = await seedDemo(db, { contacts: false });
    const second = await seedDemo(db, { contacts: false });
    expect(first.created).toBe(true);
    expect(second).toEqual({ created: false, tenantId: first.tenantId });
    const tenants = rowsOf<{ name: string }>(
      await db.orm.execute(sql`SELECT name FROM tenants WHERE municipality_code = ${DEMO_MUNICIPALITY_CODE}`),
    );
    expect(tenants).toEqual([{ name: 'Järfälla kommun' }]);
    expect(await demoIsInstalled(db)).toBe(true);
  });

  it('builds the whole unit tree, departments at the top', async () => {
    const rows = rowsOf<{ name: string; kind: string; parent: string | null }>(
      await db.orm.execute(sql`
        SELECT u.name, u.kind, p.name AS parent FROM units u
        JOIN tenants t ON t.id = u.tenant_id
        LEFT JOIN units p ON p.tenant_id = u.tenant_id AND p.id = u.parent_id
        WHERE t.municipality_code = ${DEMO_MUNICIPALITY_CODE}`),
    );
    expect(rows).toHaveLength(countUnits(DEMO_UNITS));
    expect(
      rows
        .filter((r) => r.kind === 'department')
        .map((r) => r.name)
        .sort(),
    ).toEqual(DEMO_UNITS.map((u) => u.name).sort());
    expect(rows).toContainEqual({
      name: 'Kontaktcenter',
      kind: 'unit',
      parent: 'Kommunstyrelseförvaltningen',
    });
    expect(rows).toContainEqual({ name: 'Medborgarkontoret', kind: 'unit', parent: 'Kontaktcenter' });
  });

  it('every demo account signs in through the API with the documented password and holds its role', async () => {
    for (const login of DEMO_LOGINS) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, `${login.email}: ${res.body}`).toBe(200);
      const user = res.json().user;
      expect(user.roles.map((r: { role: string }) => r.role)).toEqual([login.role]);
      expect(user.isPlatformAdmin).toBe(login.isPlatformAdmin ?? false);
      expect(res.json().tenant.municipalityCode).toBe(DEMO_MUNICIPALITY_CODE);
    }
  });

  it('ties the department contact to Vatten och avlopp', async () => {
    const rows = rowsOf<{ unit: string }>(
      await db.orm.execute(sql`
        SELECT un.name AS unit FROM user_roles r
        JOIN units un ON un.tenant_id = r.tenant_id AND un.id = r.unit_id
        WHERE r.role = 'department_contact'`),
    );
    expect(rows).toEqual([{ unit: 'Vatten och avlopp' }]);
  });

  it('the administrator is also platform administrator', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@jarfalla.example', password: DEMO_PASSWORD },
    });
    expect(res.json().user.permissions).toEqual(
      expect.arrayContaining(['tenants:create', 'users:write', 'units:write']),
    );
  });
});
