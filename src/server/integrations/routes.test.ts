import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens, auditEvents, loginIdentities, userRoles, users } from '../../db/schema.js';
import { createTenant, createUser } from '../../test/factories.js';
import { createIntegration, createToken } from '../../test/integrations.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const admin = (tenant?: SignedIn['tenant']) =>
  signedInAs(server, ['administrator'], tenant ? { tenant } : {});
const headersOf = (who: SignedIn | null) => (who ? { headers: who.headers } : {});
const inject = (method: 'GET' | 'POST' | 'PATCH', url: string, who: SignedIn | null, payload?: unknown) =>
  app.inject({
    method,
    url,
    ...headersOf(who),
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const DAY = 86_400_000;

async function auditOf(tenantId: string, entityId: string) {
  return db.orm
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.entityId, entityId)));
}

describe('GET /api/integrations', () => {
  it('401 without a session', async () => {
    expect((await inject('GET', '/api/integrations', null)).statusCode).toBe(401);
  });

  it('403 for a manager (reads users, does not manage integrations)', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await inject('GET', '/api/integrations', manager);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('lists the tenant’s integrations by name in Swedish order with every token and its status, never a secret', async () => {
    const a = await admin();
    const other = await createTenant(db);
    await createIntegration(db, other.id, { name: 'Annan kommuns integration' });
    const telefoni = await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const etjanst = await createIntegration(db, a.tenant.id, {
      name: 'E-tjänsteplattformen',
      isActive: false,
    });
    const now = Date.now();
    const active = await createToken(db, telefoni, {
      name: 'Produktion',
      createdAt: new Date(now - 2 * DAY),
    });
    const expired = await createToken(db, telefoni, {
      name: 'Gammal',
      createdAt: new Date(now - 400 * DAY),
      expiresAt: new Date(now - 35 * DAY),
    });
    const revoked = await createToken(db, telefoni, {
      name: 'Läckt',
      createdAt: new Date(now - DAY),
      revokedAt: new Date(now - 1000),
    });
    const res = await inject('GET', '/api/integrations', a);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.integrations.map((i: { name: string }) => i.name)).toEqual([
      'E-tjänsteplattformen',
      'Telefoni',
    ]);
    expect(body.integrations[0]).toEqual({
      id: etjanst.id,
      name: 'E-tjänsteplattformen',
      isActive: false,
      createdAt: expect.stringMatching(ISO),
      tokens: [],
    });
    // Oldest first: Gammal (400 days ago), Produktion (2 days), Läckt (1 day).
    expect(body.integrations[1].tokens.map((t: { id: string; status: string }) => [t.id, t.status])).toEqual([
      [expired.id, 'expired'],
      [active.id, 'active'],
      [revoked.id, 'revoked'],
    ]);
    expect(body.integrations[1].tokens[1]).toEqual({
      id: active.id,
      integrationId: telefoni.id,
      name: 'Produktion',
      status: 'active',
      createdAt: new Date(now - 2 * DAY).toISOString(),
      createdBy: null,
      expiresAt: new Date(now - 2 * DAY + 365 * DAY).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    });
    for (const t of [active, expired, revoked]) expect(res.body).not.toContain(t.value.split('.')[1]);
    expect(res.body).not.toMatch(/secret|hash|lots\.invalid/i);
  });
});

describe('POST /api/integrations', () => {
  it('401 without a session', async () => {
    expect((await inject('POST', '/api/integrations', null, { name: 'Telefoni' })).statusCode).toBe(401);
  });

  it('400: empty name, too long a name, unknown field', async () => {
    const a = await admin();
    const res = await inject('POST', '/api/integrations', a, { name: '   ', roles: ['administrator'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', code: 'required', detail: 'Obligatoriskt fält.' },
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
    const long = await inject('POST', '/api/integrations', a, { name: 'x'.repeat(101) });
    expect(long.json().errors).toEqual([
      { pointer: '/body/name', code: 'too_long', detail: 'Får vara högst 100 tecken.' },
    ]);
  });

  it('403 for a manager, and 403 for an administrator without the CSRF token', async () => {
    const manager = await signedInAs(server, ['manager']);
    expect((await inject('POST', '/api/integrations', manager, { name: 'Telefoni' })).statusCode).toBe(403);
    const a = await admin();
    const res = await app.inject({
      method: 'POST',
      url: '/api/integrations',
      headers: { cookie: a.headers.cookie },
      payload: { name: 'Telefoni' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
  });

  it('creates an account that cannot sign in: integration role only, no password, no sign-in name; audited', async () => {
    const a = await admin();
    const res = await inject('POST', '/api/integrations', a, { name: '  E-tjänsteplattformen ' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.any(String),
      name: 'E-tjänsteplattformen',
      isActive: true,
      createdAt: expect.stringMatching(ISO),
      tokens: [],
    });
    const [row] = await db.orm
      .select()
      .from(users)
      .where(and(eq(users.tenantId, a.tenant.id), eq(users.id, body.id)));
    expect(row).toMatchObject({
      kind: 'integration',
      displayName: 'E-tjänsteplattformen',
      email: `integration-${body.id}@lots.invalid`,
      passwordHash: null,
      isPlatformAdmin: false,
    });
    expect(await db.orm.select().from(userRoles).where(eq(userRoles.userId, body.id))).toEqual([
      { tenantId: a.tenant.id, userId: body.id, role: 'integration', unitId: null },
    ]);
    expect(await db.orm.select().from(loginIdentities).where(eq(loginIdentities.userId, body.id))).toEqual(
      [],
    );
    expect(await auditOf(a.tenant.id, body.id)).toEqual([
      expect.objectContaining({
        actorUserId: a.user.id,
        action: 'integration.created',
        entityType: 'integration',
        details: { roles: ['integration'] },
      }),
    ]);
  });

  it('409 for a name the tenant already uses, ignoring case; another tenant may use it', async () => {
    const a = await admin();
    await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const res = await inject('POST', '/api/integrations', a, { name: 'TELEFONI' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'integration_name_taken',
      errors: [{ pointer: '/body/name', code: 'integration_name_taken' }],
    });
    const b = await admin();
    expect((await inject('POST', '/api/integrations', b, { name: 'Telefoni' })).statusCode).toBe(201);
  });
});

describe('PATCH /api/integrations/:id', () => {
  it('401 without a session', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    expect((await inject('PATCH', `/api/integrations/${i.id}`, null, { name: 'X' })).statusCode).toBe(401);
  });

  it('400: nothing to change, a malformed id', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    const empty = await inject('PATCH', `/api/integrations/${i.id}`, a, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      { pointer: '/body', code: 'nothing_to_change', detail: 'Ange minst en ändring.' },
    ]);
    const bad = await inject('PATCH', '/api/integrations/inte-ett-id', a, { name: 'X' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      { pointer: '/params/id', code: 'invalid_uuid', detail: 'Ogiltigt id.' },
    ]);
  });

  it('403 for a manager', async () => {
    const manager = await signedInAs(server, ['manager']);
    const i = await createIntegration(db, manager.tenant.id);
    expect((await inject('PATCH', `/api/integrations/${i.id}`, manager, { name: 'X' })).statusCode).toBe(403);
  });

  it('404 for a person’s id and for another tenant’s integration', async () => {
    const a = await admin();
    const person = await createUser(db, a.tenant.id, { roles: ['guide'] });
    expect((await inject('PATCH', `/api/integrations/${person.id}`, a, { isActive: false })).statusCode).toBe(
      404,
    );
    const other = await createTenant(db);
    const theirs = await createIntegration(db, other.id);
    expect((await inject('PATCH', `/api/integrations/${theirs.id}`, a, { isActive: false })).statusCode).toBe(
      404,
    );
  });

  it('renames, disables (its tokens stop at once) and enables again (they work again); audited', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const token = await createToken(db, i);
    const renamed = await inject('PATCH', `/api/integrations/${i.id}`, a, { name: 'Telefoni (Trio)' });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({
      name: 'Telefoni (Trio)',
      isActive: true,
      tokens: [{ id: token.id }],
    });
    const disabled = await inject('PATCH', `/api/integrations/${i.id}`, a, { isActive: false });
    expect(disabled.json()).toMatchObject({ isActive: false });
    expect((await app.inject({ method: 'GET', url: '/api/units', headers: token.headers })).statusCode).toBe(
      401,
    );
    await inject('PATCH', `/api/integrations/${i.id}`, a, { isActive: true });
    expect((await app.inject({ method: 'GET', url: '/api/units', headers: token.headers })).statusCode).toBe(
      200,
    );
    expect((await auditOf(a.tenant.id, i.id)).map((e) => [e.action, e.details])).toEqual([
      ['integration.updated', { changed: ['name'] }],
      ['integration.updated', { changed: ['isActive'], isActive: false }],
      ['integration.updated', { changed: ['isActive'], isActive: true }],
    ]);
  });

  it('409 when renamed to another integration’s name; keeping its own name in other case is fine', async () => {
    const a = await admin();
    await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const i = await createIntegration(db, a.tenant.id, { name: 'E-tjänst' });
    const res = await inject('PATCH', `/api/integrations/${i.id}`, a, { name: 'telefoni' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('integration_name_taken');
    expect((await inject('PATCH', `/api/integrations/${i.id}`, a, { name: 'E-TJÄNST' })).json().name).toBe(
      'E-TJÄNST',
    );
  });
});

describe('GET /api/integrations/:id/tokens', () => {
  it('401, 400, 403, 404 and the tokens oldest first', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    expect((await inject('GET', `/api/integrations/${i.id}/tokens`, null)).statusCode).toBe(401);
    expect((await inject('GET', '/api/integrations/x/tokens', a)).statusCode).toBe(400);
    const manager = await signedInAs(server, ['manager'], { tenant: a.tenant });
    expect((await inject('GET', `/api/integrations/${i.id}/tokens`, manager)).statusCode).toBe(403);
    expect((await inject('GET', `/api/integrations/${a.user.id}/tokens`, a)).statusCode).toBe(404);
    const first = await createToken(db, i, { createdAt: new Date(Date.now() - DAY) });
    const second = await createToken(db, i);
    const res = await inject('GET', `/api/integrations/${i.id}/tokens`, a);
    expect(res.statusCode).toBe(200);
    expect(res.json().tokens.map((t: { id: string }) => t.id)).toEqual([first.id, second.id]);
  });
});

describe('POST /api/integrations/:id/tokens', () => {
  const url = (id: string) => `/api/integrations/${id}/tokens`;

  it('401 without a session', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    expect((await inject('POST', url(i.id), null, { name: 'Produktion' })).statusCode).toBe(401);
  });

  it('400: no name, a lifetime of 0, 731 or 1.5 days', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    const res = await inject('POST', url(i.id), a, { expiresInDays: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', code: 'required', detail: 'Obligatoriskt fält.' },
        { pointer: '/body/expiresInDays', code: 'too_small_number', detail: 'Måste vara minst 1.' },
      ]),
    );
    const long = await inject('POST', url(i.id), a, { name: 'P', expiresInDays: 731 });
    expect(long.json().errors).toEqual([
      { pointer: '/body/expiresInDays', code: 'too_big_number', detail: 'Får vara högst 730.' },
    ]);
    const fraction = await inject('POST', url(i.id), a, { name: 'P', expiresInDays: 1.5 });
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json().errors[0].pointer).toBe('/body/expiresInDays');
  });

  it('403 for a manager, 404 for a person’s id, 409 for a disabled integration', async () => {
    const a = await admin();
    const manager = await signedInAs(server, ['manager'], { tenant: a.tenant });
    const i = await createIntegration(db, a.tenant.id);
    expect((await inject('POST', url(i.id), manager, { name: 'P' })).statusCode).toBe(403);
    expect((await inject('POST', url(manager.user.id), a, { name: 'P' })).statusCode).toBe(404);
    const off = await createIntegration(db, a.tenant.id, { isActive: false });
    const res = await inject('POST', url(off.id), a, { name: 'P' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('integration_inactive');
  });

  it('returns the token once (no-store), keeps only its SHA-256, a year by default; the token works at once', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const res = await inject('POST', url(i.id), a, { name: ' Produktion ' });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.secret).toMatch(new RegExp(`^lots_${a.tenant.id}\\.[A-Za-z0-9_-]{43}$`));
    expect(body.token).toEqual({
      id: expect.any(String),
      integrationId: i.id,
      name: 'Produktion',
      status: 'active',
      createdAt: expect.stringMatching(ISO),
      createdBy: { id: a.user.id, displayName: a.user.displayName },
      expiresAt: expect.stringMatching(ISO),
      lastUsedAt: null,
      revokedAt: null,
    });
    // 365 days of 86 400 000 ms = 31 536 000 000 ms.
    expect(Date.parse(body.token.expiresAt) - Date.parse(body.token.createdAt)).toBe(31_536_000_000);
    const secret = (body.secret as string).split('.')[1]!;
    const [row] = await db.orm.select().from(apiTokens).where(eq(apiTokens.id, body.token.id));
    expect(row?.secretHash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(secret);
    const events = await auditOf(a.tenant.id, body.token.id);
    expect(events).toEqual([
      expect.objectContaining({
        actorUserId: a.user.id,
        action: 'api_token.created',
        entityType: 'api_token',
        details: { integrationId: i.id, expiresAt: body.token.expiresAt },
      }),
    ]);
    expect(JSON.stringify(events)).not.toContain(secret);
    const use = await app.inject({
      method: 'GET',
      url: '/api/units',
      headers: { authorization: `Bearer ${body.secret}` },
    });
    expect(use.statusCode).toBe(200);
    // The list shows it, without the secret.
    const list = await inject('GET', url(i.id), a);
    expect(list.json().tokens).toHaveLength(1);
    expect(list.body).not.toContain(secret);
  });

  it('expiresInDays 30: expires 30 × 86 400 000 ms = 2 592 000 000 ms after creation', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    const body = (await inject('POST', url(i.id), a, { name: 'Test', expiresInDays: 30 })).json();
    expect(Date.parse(body.token.expiresAt) - Date.parse(body.token.createdAt)).toBe(2_592_000_000);
  });
});

describe('POST /api/integrations/:id/tokens/:tokenId/revoke', () => {
  const url = (id: string, tokenId: string) => `/api/integrations/${id}/tokens/${tokenId}/revoke`;

  it('401, 400, 403 and 404 (a token of another integration)', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    const other = await createIntegration(db, a.tenant.id);
    const token = await createToken(db, other);
    expect((await inject('POST', url(i.id, token.id), null)).statusCode).toBe(401);
    expect((await inject('POST', url(i.id, 'nej'), a)).statusCode).toBe(400);
    const manager = await signedInAs(server, ['manager'], { tenant: a.tenant });
    expect((await inject('POST', url(other.id, token.id), manager)).statusCode).toBe(403);
    expect((await inject('POST', url(i.id, token.id), a)).statusCode).toBe(404);
  });

  it('revokes: the token gets 401 from then on; revoking again changes nothing and records nothing', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id);
    const token = await createToken(db, i);
    const keep = await createToken(db, i);
    const first = await inject('POST', url(i.id, token.id), a);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      id: token.id,
      status: 'revoked',
      revokedAt: expect.stringMatching(ISO),
    });
    expect((await app.inject({ method: 'GET', url: '/api/units', headers: token.headers })).statusCode).toBe(
      401,
    );
    expect((await app.inject({ method: 'GET', url: '/api/units', headers: keep.headers })).statusCode).toBe(
      200,
    );
    const again = await inject('POST', url(i.id, token.id), a);
    expect(again.json().revokedAt).toBe(first.json().revokedAt);
    const [row] = await db.orm.select().from(apiTokens).where(eq(apiTokens.id, token.id));
    expect(row?.revokedByUserId).toBe(a.user.id);
    expect((await auditOf(a.tenant.id, token.id)).map((e) => [e.action, e.actorUserId, e.details])).toEqual([
      ['api_token.revoked', a.user.id, { integrationId: i.id }],
    ]);
  });
});

describe('user administration leaves integrations alone', () => {
  it('GET /api/users does not list them; PATCH and password of one are 404', async () => {
    const a = await admin();
    const i = await createIntegration(db, a.tenant.id, { name: 'Telefoni' });
    const list = await inject('GET', '/api/users', a);
    expect(list.json().users.map((u: { id: string }) => u.id)).toEqual([a.user.id]);
    expect(
      (await inject('PATCH', `/api/users/${i.id}`, a, { roles: [{ role: 'administrator' }] })).statusCode,
    ).toBe(404);
    const password = await app.inject({
      method: 'PUT',
      url: `/api/users/${i.id}/password`,
      headers: a.headers,
      payload: { password: 'ett-långt-nytt-lösenord' },
    });
    expect(password.statusCode).toBe(404);
  });

  it('a person cannot be given the integration role', async () => {
    const a = await admin();
    const res = await inject('POST', '/api/users', a, {
      email: 'person@test.example',
      displayName: 'Person',
      password: 'ett-långt-nytt-lösenord',
      roles: [{ role: 'integration' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        pointer: '/body/roles/0/role',
        code: 'invalid_choice',
        detail: 'Välj ett av: guide, quality_developer, manager, department_contact, administrator.',
      },
    ]);
  });

  it('an integration does not count as an administrator: the last one still cannot be demoted', async () => {
    const a = await admin();
    await createIntegration(db, a.tenant.id);
    const res = await inject('PATCH', `/api/users/${a.user.id}`, a, { roles: [{ role: 'guide' }] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('last_administrator');
  });
});
