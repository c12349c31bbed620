/**
 * Test data builders. They write as the database owner (bypassing row-level security), so every
 * test can arrange its own tenant without going through the API under test.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { rowsOf } from '../db/rows.js';
import {
  contactRevisions,
  contacts,
  loginIdentities,
  tenantEmailDomains,
  tenants,
  topics,
  units,
  userRoles,
  users,
} from '../db/schema.js';
import type { Role, RoleGrant } from '../core/auth/roles.js';
import { hashPassword } from '../server/auth/passwords.js';

export const TEST_PASSWORD = 'korrekt-häst-batteri-häftklammer';
let testPasswordHash: Promise<string> | undefined;

export interface TestTenant {
  id: string;
  name: string;
  municipalityCode: string;
  /** The tenant's e-mail domain ("t0123.test.example"): accounts made through the API must be at it. */
  emailDomain: string;
}

/** A tenant for a municipality that has none yet in this database. */
export async function createTenant(
  db: Database,
  options: { municipalityCode?: string; emailDomain?: string } = {},
): Promise<TestTenant> {
  let code = options.municipalityCode;
  if (!code) {
    const free = rowsOf<{ code: string }>(
      await db.orm.execute(
        sql`SELECT code FROM municipalities WHERE code NOT IN (SELECT municipality_code FROM tenants) ORDER BY random() LIMIT 1`,
      ),
    );
    if (!free[0]) throw new Error('no municipality left for a test tenant');
    code = free[0].code;
  }
  const [row] = await db.orm
    .insert(tenants)
    .values({ municipalityCode: code, name: `Testkommun ${code}` })
    .returning();
  if (!row) throw new Error('tenant not created');
  const emailDomain = options.emailDomain ?? `t${code}.test.example`;
  await db.orm.insert(tenantEmailDomains).values({ domain: emailDomain, tenantId: row.id });
  return { id: row.id, name: row.name, municipalityCode: row.municipalityCode, emailDomain };
}

export interface TestUnit {
  id: string;
  name: string;
  parentId: string | null;
}

export async function createUnit(
  db: Database,
  tenantId: string,
  options: { name?: string; parentId?: string | null } = {},
): Promise<TestUnit> {
  const parentId = options.parentId ?? null;
  const [row] = await db.orm
    .insert(units)
    .values({
      tenantId,
      name: options.name ?? `Enhet ${randomUUID().slice(0, 8)}`,
      parentId,
      kind: parentId ? 'unit' : 'department',
    })
    .returning();
  if (!row) throw new Error('unit not created');
  return { id: row.id, name: row.name, parentId: row.parentId };
}

export interface TestUser {
  id: string;
  tenantId: string;
  email: string;
  password: string;
  displayName: string;
}

export async function createUser(
  db: Database,
  tenantId: string,
  options: {
    roles?: (Role | RoleGrant)[];
    email?: string;
    displayName?: string;
    isPlatformAdmin?: boolean;
    isActive?: boolean;
  } = {},
): Promise<TestUser> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const email = options.email ?? `user-${randomUUID()}@test.example`;
  const displayName = options.displayName ?? `Testanvändare ${email.slice(0, email.indexOf('@')).slice(-8)}`;
  const [user] = await db.orm
    .insert(users)
    .values({
      tenantId,
      email,
      displayName,
      passwordHash: await testPasswordHash,
      isPlatformAdmin: options.isPlatformAdmin ?? false,
      isActive: options.isActive ?? true,
    })
    .returning();
  if (!user) throw new Error('user not created');
  await db.orm.insert(loginIdentities).values({ subject: email, tenantId, userId: user.id });
  const grants = (options.roles ?? []).map((r) => (typeof r === 'string' ? { role: r, unitId: null } : r));
  if (grants.length > 0) {
    await db.orm
      .insert(userRoles)
      .values(grants.map((g) => ({ tenantId, userId: user.id, role: g.role, unitId: g.unitId })));
  }
  return { id: user.id, tenantId, email, password: TEST_PASSWORD, displayName };
}

export interface TestTopic {
  id: string;
  name: string;
  parentId: string | null;
  ownerUnitId: string;
}

/** A topic of the service catalogue, owned by the given unit; `retired` retires it at once. */
export async function createTopic(
  db: Database,
  tenantId: string,
  options: {
    name?: string;
    parentId?: string | null;
    ownerUnitId: string;
    defaultFailureReason?: (typeof topics.$inferInsert)['defaultFailureReason'];
    retired?: boolean;
  },
): Promise<TestTopic> {
  const [row] = await db.orm
    .insert(topics)
    .values({
      tenantId,
      name: options.name ?? `Ämne ${randomUUID().slice(0, 8)}`,
      parentId: options.parentId ?? null,
      ownerUnitId: options.ownerUnitId,
      defaultFailureReason: options.defaultFailureReason ?? null,
      retiredAt: options.retired ? new Date() : null,
    })
    .returning();
  if (!row) throw new Error('topic not created');
  return { id: row.id, name: row.name, parentId: row.parentId, ownerUnitId: row.ownerUnitId };
}

export type TestContact = typeof contacts.$inferSelect;

/**
 * A contact as if a guide had logged it at `createdAt` (default now), with its 'created'
 * revision. The owner unit is the topic's unless given. Plain valid defaults: a resolved phone
 * question, not failure demand.
 */
export async function createContact(
  db: Database,
  tenantId: string,
  options: { loggedByUserId: string; topic: TestTopic } & Partial<
    Omit<typeof contacts.$inferInsert, 'tenantId' | 'loggedByUserId' | 'topicId'>
  >,
): Promise<TestContact> {
  const { loggedByUserId, topic, ...overrides } = options;
  const createdAt = overrides.createdAt ?? new Date();
  const [row] = await db.orm
    .insert(contacts)
    .values({
      tenantId,
      loggedByUserId,
      topicId: topic.id,
      ownerUnitId: topic.ownerUnitId,
      channel: 'phone',
      startedAt: new Date(createdAt.getTime() - 5 * 60_000),
      durationSeconds: 180,
      need: 'want_to_know',
      resolution: 'resolved_self',
      isFailureDemand: false,
      summary: 'Frågade om öppettider.',
      ...overrides,
      createdAt,
      updatedAt: overrides.updatedAt ?? createdAt,
    })
    .returning();
  if (!row) throw new Error('contact not created');
  const {
    tenantId: _t,
    id: _i,
    idempotencyKey: _k,
    idempotencyFingerprint: _f,
    revision: _r,
    createdAt: _c,
    ...after
  } = row;
  await db.orm.insert(contactRevisions).values({
    tenantId,
    contactId: row.id,
    revision: 1,
    changedByUserId: loggedByUserId,
    changedAt: createdAt,
    action: 'created',
    after: { ...after, startedAt: row.startedAt.toISOString() },
  });
  return row;
}
