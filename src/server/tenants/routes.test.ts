import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/rows.js';
import { auditEvents, loginIdentities, tenants, userRoles, users } from '../../db/schema.js';
import { compareSwedish } from '../../core/text/collation.js';
import { createTenant as createTestTenant, createUser } from '../../test/factories.js';
import { signIn, signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { createTenant } from './create-tenant.js';

const server = await testServer();
const { app, db } = server;

// Tenants in this file come from fixed codes first, so that the random codes of the factories
// cannot take Järfälla (0123) before the test that creates it.
const platform = await signedInAs(server, ['administrator'], {
  tenant: await createTestTenant(db, { municipalityCode: '0180' }),
  isPlatformAdmin: true,
});
const ADMIN_PASSWORD = 'ny-kommun-på-gång-2026';

const adminInput = (overrides: Record<string, unknown> = {}) => ({
  // Each new municipality gets its own domain (a domain belongs to one municipality).
  email: `admin@k${Math.random().toString(36).slice(2, 10)}.example`,
  displayName: 'Första Administratören',
  password: ADMIN_PASSWORD,
  ...overrides,
});
const postTenant = (who: SignedIn | null, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/api/tenants',
    headers: { ...(who ? who.headers : {}), ...headers },
    payload: payload as object,
  });

/** A municipality code that has no tenant yet. */
async function freeCode(): Promise<string> {
  const rows = rowsOf<{ code: string }>(
    await db.orm.execute(
      sql`SELECT code FROM municipalities WHERE code NOT IN (SELECT municipality_code FROM tenants) ORDER BY random() LIMIT 1`,
    ),
  );
  return rows[0]!.code;
}

describe('POST /api/tenants', () => {
  it('creates Järfälla with its first administrator, who can sign in and work in the new tenant', async () => {
    const res = await postTenant(platform, {
      municipalityCode: '0123',
      admin: adminInput({ email: ' Kim.Admin@Jarfalla.se ' }),
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      tenant: {
        id: expect.any(String),
        municipalityCode: '0123',
        name: 'Järfälla kommun',
        emailDomains: ['jarfalla.se'],
        createdAt: expect.any(String),
      },
      admin: {
        id: expect.any(String),
        email: 'kim.admin@jarfalla.se',
        displayName: 'Första Administratören',
        locale: 'sv',
        roles: [{ role: 'administrator', unitId: null }],
        isActive: true,
        isPlatformAdmin: false,
        lastLoginAt: null,
        createdAt: expect.any(String),
      },
    });
    const tenantId: string = body.tenant.id;
    expect(
      await db.orm.select({ tenantId: users.tenantId }).from(users).where(eq(users.id, body.admin.id)),
    ).toEqual([{ tenantId }]);
    expect(await db.orm.select().from(userRoles).where(eq(userRoles.userId, body.admin.id))).toEqual([
      { tenantId, userId: body.admin.id, role: 'administrator', unitId: null },
    ]);
    expect(
      await db.orm.select().from(loginIdentities).where(eq(loginIdentities.userId, body.admin.id)),
    ).toHaveLength(1);
    const events = await db.orm.select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId));
    expect(events.map((e) => [e.action, e.entityId, e.actorUserId]).sort()).toEqual([
      ['tenant.created', tenantId, platform.user.id],
      ['user.created', body.admin.id, platform.user.id],
    ]);
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/kim|Första|ny-kommun/i);

    const headers = await signIn(app, {
      id: body.admin.id,
      tenantId,
      email: 'kim.admin@jarfalla.se',
      password: ADMIN_PASSWORD,
      displayName: '',
    });
    const session = await app.inject({ method: 'GET', url: '/api/auth/session', headers });
    expect(session.json().tenant).toEqual({
      id: tenantId,
      name: 'Järfälla kommun',
      municipalityCode: '0123',
    });
    const unit = await app.inject({
      method: 'POST',
      url: '/api/units',
      headers,
      payload: { name: 'Kommunledningsförvaltningen', parentId: null },
    });
    expect(unit.statusCode).toBe(201);
  });

  it('401 without a session', async () => {
    expect((await postTenant(null, { municipalityCode: '0126', admin: adminInput() })).statusCode).toBe(401);
  });

  it('400: missing administrator, invalid address and unknown fields', async () => {
    const missing = await postTenant(platform, { municipalityCode: '0126' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { pointer: '/body/admin', code: 'required', detail: 'Obligatoriskt fält.' },
    ]);
    const bad = await postTenant(platform, {
      municipalityCode: '0126',
      admin: adminInput({ email: 'admin@', role: 'x' }),
    });
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pointer: '/body/admin/email', code: 'invalid_email' }),
        expect.objectContaining({ pointer: '/body/admin', code: 'unknown_field' }),
      ]),
    );
    const malformed = await postTenant(platform, '{"municipalityCode": 01', {
      'content-type': 'application/json',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('malformed_json');
  });

  it('403 for a municipality administrator who is not a platform administrator, and without the CSRF token', async () => {
    const a = await signedInAs(server, ['administrator']);
    const res = await postTenant(a, { municipalityCode: await freeCode(), admin: adminInput() });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const code = await freeCode();
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/tenants',
      headers: { cookie: platform.headers.cookie },
      payload: { municipalityCode: code, admin: adminInput() },
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, code))).toEqual([]);
  });

  it('400 municipality_code_unknown for a code not on the list, with a field error', async () => {
    for (const municipalityCode of ['9999', 'Järfälla']) {
      const res = await postTenant(platform, { municipalityCode, admin: adminInput() });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'municipality_code_unknown',
        detail: expect.stringContaining('0123 för Järfälla'),
        errors: [
          {
            pointer: '/body/municipalityCode',
            code: 'municipality_code_unknown',
            detail: 'Okänd kommunkod.',
          },
        ],
      });
    }
  });

  it('409 tenant_exists for a municipality that already has a tenant', async () => {
    const res = await postTenant(platform, { municipalityCode: '0180', admin: adminInput() });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'tenant_exists',
      detail: 'Kommunen finns redan i Lots.',
      errors: [
        { pointer: '/body/municipalityCode', code: 'tenant_exists', detail: 'Kommunen finns redan i Lots.' },
      ],
    });
  });

  it('400 password_weak for the administrator’s password', async () => {
    const code = await freeCode();
    const res = await postTenant(platform, {
      municipalityCode: code,
      admin: adminInput({ password: 'kort' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'password_weak',
      errors: [
        {
          pointer: '/body/admin/password',
          code: 'password_too_short',
          detail: 'Lösenordet måste ha minst 12 tecken.',
        },
      ],
    });
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, code))).toEqual([]);
  });

  it('409 email_taken for an address used in another tenant, leaving nothing half-created', async () => {
    const existing = await createUser(db, platform.tenant.id, { roles: ['guide'] });
    const code = await freeCode();
    const usersBefore = (await db.orm.select().from(users)).length;
    const eventsBefore = (await db.orm.select().from(auditEvents)).length;
    const res = await postTenant(platform, {
      municipalityCode: code,
      admin: adminInput({ email: existing.email.toUpperCase() }),
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'email_taken',
      errors: [{ pointer: '/body/admin/email', code: 'email_taken' }],
    });
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, code))).toEqual([]);
    expect((await db.orm.select().from(users)).length).toBe(usersBefore);
    expect((await db.orm.select().from(auditEvents)).length).toBe(eventsBefore);
  });

  it('two requests for the same municipality at once: one 201, one 409 tenant_exists, one tenant', async () => {
    const code = await freeCode();
    const results = await Promise.all([
      postTenant(platform, { municipalityCode: code, admin: adminInput() }),
      postTenant(platform, { municipalityCode: code, admin: adminInput() }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('tenant_exists');
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, code))).toHaveLength(1);
  });
});

describe('createTenant (the service the command-line tool calls)', () => {
  it('works without an actor and throws the same problems as the API', async () => {
    const code = await freeCode();
    const email = `cli-${Math.random().toString(36).slice(2, 8)}@kommun.example`;
    const created = await createTenant({
      db,
      municipalityCode: code,
      admin: { email, displayName: 'Från terminalen', password: ADMIN_PASSWORD, locale: 'en' },
    });
    expect(created.tenant.municipalityCode).toBe(code);
    expect(created.admin).toMatchObject({
      email,
      locale: 'en',
      roles: [{ role: 'administrator', unitId: null }],
    });
    const [event] = await db.orm
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, created.tenant.id));
    expect(event?.actorUserId).toBeNull();
    const next = await freeCode();
    await expect(
      createTenant({
        db,
        municipalityCode: next,
        admin: { email, displayName: 'Igen', password: ADMIN_PASSWORD },
      }),
    ).rejects.toMatchObject({
      status: 409,
      code: 'email_domain_taken',
      fieldErrors: [{ pointer: '/body/emailDomains/0', code: 'email_domain_taken' }],
    });
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, next))).toEqual([]);
  });

  it('binds the domains given; an administrator outside them, or a domain twice, is refused and nothing stays', async () => {
    const code = await freeCode();
    const created = await createTenant({
      db,
      municipalityCode: code,
      emailDomains: ['Kommun-a.example', 'kommun-a.example', 'intern.kommun-a.example'],
      admin: { email: 'admin@kommun-a.example', displayName: 'A', password: ADMIN_PASSWORD },
    });
    expect(created.emailDomains).toEqual(['kommun-a.example', 'intern.kommun-a.example']);
    const next = await freeCode();
    await expect(
      createTenant({
        db,
        municipalityCode: next,
        emailDomains: ['kommun-b.example'],
        admin: { email: 'admin@elsewhere.example', displayName: 'B', password: ADMIN_PASSWORD },
      }),
    ).rejects.toMatchObject({ status: 422, code: 'email_domain_not_allowed' });
    expect(await db.orm.select().from(tenants).where(eq(tenants.municipalityCode, next))).toEqual([]);
  });
});

describe('PUT /api/tenants/:id/email-domains', () => {
  const put = (who: SignedIn, id: string, domains: unknown) =>
    app.inject({
      method: 'PUT',
      url: `/api/tenants/${id}/email-domains`,
      headers: who.headers,
      payload: { domains },
    });

  it('403 for a municipality administrator; 404 for an unknown tenant', async () => {
    const a = await signedInAs(server, ['administrator']);
    expect((await put(a, a.tenant.id, ['x.example'])).statusCode).toBe(403);
    expect((await put(platform, '00000000-0000-4000-8000-000000000000', ['x.example'])).statusCode).toBe(404);
  });

  it('400 for a domain that is not one, 409 for another municipality’s; replaces them otherwise', async () => {
    const a = await signedInAs(server, ['administrator']);
    const bad = await put(platform, a.tenant.id, ['ok.example', 'not a domain']);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/domains/1', code: 'invalid_email_domain' }),
    ]);
    const taken = await put(platform, a.tenant.id, ['new.example', platform.tenant.emailDomain]);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toEqual([
      expect.objectContaining({ pointer: '/body/domains/1', code: 'email_domain_taken' }),
    ]);
    const ok = await put(platform, a.tenant.id, ['New.Example', 'second.example']);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ domains: ['new.example', 'second.example'] });
    const user = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: a.headers,
      payload: {
        email: 'ny@second.example',
        displayName: 'Ny',
        password: ADMIN_PASSWORD,
        roles: [{ role: 'guide', unitId: null }],
      },
    });
    expect(user.statusCode).toBe(201);
  });
});

describe('GET /api/tenants', () => {
  it('401 without a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/tenants' })).statusCode).toBe(401);
  });

  it('403 for a municipality administrator', async () => {
    const a = await signedInAs(server, ['administrator']);
    const res = await app.inject({ method: 'GET', url: '/api/tenants', headers: a.headers });
    expect(res.statusCode).toBe(403);
  });

  it('lists every tenant to a platform administrator, by name in Swedish order', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/tenants', headers: platform.headers });
    expect(res.statusCode).toBe(200);
    const all = await db.orm.select().from(tenants);
    const expected = [...all]
      .sort((a, b) => compareSwedish(a.name, b.name))
      .map((t) => ({
        id: t.id,
        municipalityCode: t.municipalityCode,
        name: t.name,
        emailDomains: expect.any(Array),
        createdAt: t.createdAt.toISOString(),
      }));
    expect(all.length).toBeGreaterThan(5);
    expect(res.json()).toEqual({ tenants: expected });
    expect(res.json().tenants.map((t: { name: string }) => t.name)).toContain('Järfälla kommun');
  });
});
