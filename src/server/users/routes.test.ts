import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, loginIdentities, units, userRoles, users } from '../../db/schema.js';
import { createTenant, createUnit, createUser } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

const NEW_PASSWORD = 'blåbärssylt-på-fredag';
const admin = () => signedInAs(server, ['administrator']);
const headersOf = (who: SignedIn | null) => (who ? { headers: who.headers } : {});
const postUser = (who: SignedIn | null, payload: unknown) =>
  app.inject({ method: 'POST', url: '/api/users', ...headersOf(who), payload: payload as object });

/** A new user's body; the address at `domain` (give the tenant's, as accounts must be at one of its domains). */
const newUser = (overrides: Record<string, unknown> = {}, domain = 'Jarfalla.se') => ({
  email: `  Anna.Lind.${Math.random().toString(36).slice(2, 8)}@${domain} `,
  displayName: ' Anna Lind ',
  password: NEW_PASSWORD,
  roles: [{ role: 'guide', unitId: null }],
  ...overrides,
});

async function userRow(tenantId: string, id: string) {
  const [row] = await db.orm
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

describe('GET /api/users', () => {
  it('401 without a session', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/users' })).statusCode).toBe(401);
  });

  it('403 for a guide and quality developer (no users:read)', async () => {
    const guide = await signedInAs(server, ['guide', 'quality_developer']);
    const res = await app.inject({ method: 'GET', url: '/api/users', headers: guide.headers });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('lists the tenant’s users with roles, by name in Swedish order, without password hashes', async () => {
    const a = await signedInAs(server, ['manager']);
    const unit = await createUnit(db, a.tenant.id, { name: 'Bygglov' });
    const ohman = await createUser(db, a.tenant.id, {
      roles: [{ role: 'department_contact', unitId: unit.id }, 'guide'],
      email: 'ohman@test.example',
    });
    await db.orm.update(users).set({ displayName: 'Östen Öhman' }).where(eq(users.id, ohman.id));
    const berg = await createUser(db, a.tenant.id, {
      roles: ['administrator'],
      email: 'berg@test.example',
      isActive: false,
    });
    await db.orm.update(users).set({ displayName: 'Åsa Berg' }).where(eq(users.id, berg.id));
    const res = await app.inject({ method: 'GET', url: '/api/users', headers: a.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.users.map((u: { displayName: string }) => u.displayName)).toEqual([
      a.user.displayName,
      'Åsa Berg',
      'Östen Öhman',
    ]);
    expect(body.users[0]).toEqual({
      id: a.user.id,
      email: a.user.email,
      displayName: a.user.displayName,
      locale: 'sv',
      roles: [{ role: 'manager', unitId: null }],
      isActive: true,
      isPlatformAdmin: false,
      lastLoginAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
    });
    expect(body.users[1]).toMatchObject({
      email: 'berg@test.example',
      isActive: false,
      lastLoginAt: null,
      roles: [{ role: 'administrator', unitId: null }],
    });
    expect(body.users[2].roles).toEqual([
      { role: 'guide', unitId: null },
      { role: 'department_contact', unitId: unit.id },
    ]);
    expect(res.body).not.toMatch(/argon2|password/i);
  });
});

describe('POST /api/users', () => {
  it('401 without a session', async () => {
    expect((await postUser(null, newUser())).statusCode).toBe(401);
  });

  it('400: invalid address, missing name, no roles, unknown role and unknown field', async () => {
    const a = await admin();
    const res = await postUser(a, {
      email: 'inte-en-adress',
      password: NEW_PASSWORD,
      roles: [],
      isPlatformAdmin: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/email', code: 'invalid_email', detail: 'Ogiltig e-postadress.' },
        { pointer: '/body/displayName', code: 'required', detail: 'Obligatoriskt fält.' },
        { pointer: '/body/roles', code: 'too_few_items', detail: 'Välj minst 1.' },
        expect.objectContaining({ pointer: '/body', code: 'unknown_field' }),
      ]),
    );
    const role = await postUser(a, newUser({ roles: [{ role: 'superuser', unitId: null }] }));
    expect(role.statusCode).toBe(400);
    expect(role.json().errors).toEqual([
      {
        pointer: '/body/roles/0/role',
        code: 'invalid_choice',
        detail: 'Välj ett av: guide, quality_developer, manager, department_contact, administrator.',
      },
    ]);
  });

  it('400: malformed JSON', async () => {
    const a = await admin();
    const res = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...a.headers, 'content-type': 'application/json' },
      payload: '{"email": "a@b.se", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'malformed_json',
      detail: 'Förfrågan innehåller ogiltig JSON.',
    });
  });

  it('403 for a manager (users:read only) and 403 without the CSRF token', async () => {
    const manager = await signedInAs(server, ['manager']);
    const res = await postUser(manager, newUser());
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    const a = await admin();
    const csrf = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: a.headers.cookie, 'x-csrf-token': 'wrong' },
      payload: newUser(),
    });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json().code).toBe('csrf_failed');
  });

  it('creates the user: address lower-case, argon2id hash, sign-in name, roles and an audit event without personal data', async () => {
    const a = await admin();
    const unit = await createUnit(db, a.tenant.id, { name: 'Miljö' });
    const input = newUser(
      {
        roles: [{ role: 'department_contact', unitId: unit.id }, { role: 'guide' }],
        locale: 'en',
      },
      a.tenant.emailDomain.toUpperCase(),
    );
    const res = await postUser(a, input);
    expect(res.statusCode).toBe(201);
    const email = input.email.trim().toLowerCase();
    const body = res.json();
    expect(body).toEqual({
      id: expect.any(String),
      email,
      displayName: 'Anna Lind',
      locale: 'en',
      roles: [
        { role: 'guide', unitId: null },
        { role: 'department_contact', unitId: unit.id },
      ],
      isActive: true,
      isPlatformAdmin: false,
      lastLoginAt: null,
      createdAt: expect.any(String),
    });
    const row = await userRow(a.tenant.id, body.id);
    expect(row?.email).toBe(email);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.orm.select().from(loginIdentities).where(eq(loginIdentities.userId, body.id))).toEqual([
      { issuer: 'local', subject: email, tenantId: a.tenant.id, userId: body.id },
    ]);
    expect(await db.orm.select().from(userRoles).where(eq(userRoles.userId, body.id))).toHaveLength(2);
    const [event] = await db.orm.select().from(auditEvents).where(eq(auditEvents.entityId, body.id));
    expect(event).toMatchObject({
      tenantId: a.tenant.id,
      actorUserId: a.user.id,
      action: 'user.created',
      entityType: 'user',
    });
    const details = JSON.stringify(event?.details);
    expect(details).not.toContain('anna');
    expect(details).not.toContain('Lind');
    expect(details).not.toContain(NEW_PASSWORD);
    expect(event?.details).toEqual({
      roles: [
        { role: 'department_contact', unitId: unit.id },
        { role: 'guide', unitId: null },
      ],
      isPlatformAdmin: false,
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: email.toUpperCase(), password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('400 password_weak: 11 characters, a common password, one containing the address', async () => {
    const a = await admin();
    const cases: [string, string, Record<string, unknown>][] = [
      ['elva-tecken', 'password_too_short', { detail: 'Lösenordet måste ha minst 12 tecken.' }],
      ['Sommar2024!!', 'password_common', {}],
      ['karin.berg-hemligt-99', 'password_contains_email', {}],
    ];
    for (const [password, code, extra] of cases) {
      const res = await postUser(a, newUser({ email: 'karin.berg@test.example', password }));
      expect(res.statusCode, password).toBe(400);
      expect(res.json().code).toBe('password_weak');
      expect(res.json().errors).toEqual([
        expect.objectContaining({ pointer: '/body/password', code, ...extra }),
      ]);
    }
    expect(await db.orm.select().from(users).where(eq(users.email, 'karin.berg@test.example'))).toEqual([]);
  });

  it('400 for role and unit mismatches: department contact without a unit, unit on another role, a role twice', async () => {
    const a = await admin();
    const unit = await createUnit(db, a.tenant.id);
    const noUnit = await postUser(a, newUser({ roles: [{ role: 'department_contact', unitId: null }] }));
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json()).toMatchObject({
      code: 'unit_required_for_role',
      errors: [
        {
          pointer: '/body/roles/0/unitId',
          code: 'unit_required',
          detail: 'Välj en enhet för förvaltningskontakten.',
        },
      ],
    });
    const mixed = await postUser(
      a,
      newUser({
        roles: [{ role: 'guide', unitId: unit.id }, { role: 'administrator' }, { role: 'administrator' }],
      }),
    );
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors.map((e: { pointer: string; code: string }) => [e.pointer, e.code])).toEqual([
      ['/body/roles/0/unitId', 'unit_not_allowed'],
      ['/body/roles/2/role', 'role_duplicate'],
    ]);
  });

  it('400 unit_unknown for an unknown or another tenant’s unit, unit_archived for an archived one', async () => {
    const a = await admin();
    const foreign = await createUnit(db, (await createTenant(db)).id);
    for (const unitId of [foreign.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await postUser(a, newUser({ roles: [{ role: 'department_contact', unitId }] }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'unit_unknown',
        errors: [{ pointer: '/body/roles/0/unitId', code: 'unit_unknown' }],
      });
    }
    const archived = await createUnit(db, a.tenant.id);
    await db.orm.update(units).set({ archivedAt: new Date() }).where(eq(units.id, archived.id));
    const res = await postUser(a, newUser({ roles: [{ role: 'department_contact', unitId: archived.id }] }));
    expect(res.json()).toMatchObject({ code: 'unit_archived', errors: [{ code: 'unit_archived' }] });
    expect(await db.orm.select().from(users).where(eq(users.tenantId, a.tenant.id))).toHaveLength(1);
  });

  it('409 email_taken for an address in use in the same tenant (any case)', async () => {
    const a = await admin();
    const same = await createUser(db, a.tenant.id, {
      roles: ['guide'],
      email: `kalle@${a.tenant.emailDomain}`,
    });
    const res = await postUser(a, newUser({ email: same.email.toUpperCase() }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'email_taken',
      detail: 'E-postadressen används redan av en annan användare.',
      errors: [{ pointer: '/body/email', code: 'email_taken' }],
    });
    const english = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { ...a.headers, 'accept-language': 'en' },
      payload: newUser({ email: same.email }),
    });
    expect(english.json().detail).toBe('The e-mail address is already used by another user.');
  });

  it('422 email_domain_not_allowed outside the tenant’s domains: the same answer whether another municipality has the account or not (issue #11)', async () => {
    const a = await admin();
    const other = await createTenant(db);
    const elsewhere = await createUser(db, other.id, {
      roles: ['guide'],
      email: `chef@${other.emailDomain}`,
    });
    const answers = [];
    for (const email of [elsewhere.email, `nobody@${other.emailDomain}`, 'anyone@gmail.example']) {
      const res = await postUser(a, newUser({ email }));
      expect(res.statusCode, email).toBe(422);
      answers.push(res.body);
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0] ?? '{}')).toMatchObject({
      code: 'email_domain_not_allowed',
      errors: [
        {
          pointer: '/body/email',
          code: 'email_domain_not_allowed',
          detail: expect.stringContaining(a.tenant.emailDomain),
        },
      ],
    });
    expect(
      await db.orm
        .select()
        .from(users)
        .where(eq(users.email, `nobody@${other.emailDomain}`)),
    ).toEqual([]);
  });

  it('two requests for the same new address at once: one 201, one 409, one user row', async () => {
    const a = await admin();
    const input = newUser({}, a.tenant.emailDomain);
    const results = await Promise.all([postUser(a, input), postUser(a, input)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const email = input.email.trim().toLowerCase();
    expect(await db.orm.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expect(
      await db.orm.select().from(loginIdentities).where(eq(loginIdentities.subject, email)),
    ).toHaveLength(1);
    expect(
      await db.orm
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.tenantId, a.tenant.id), eq(auditEvents.action, 'user.created'))),
    ).toHaveLength(1);
  });
});
