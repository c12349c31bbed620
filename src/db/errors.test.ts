import { describe, expect, it } from 'vitest';
import { loginIdentities, units } from './schema.js';
import { createTenant, createUnit, createUser } from '../test/factories.js';
import { testDatabase } from '../test/database.js';
import { uniqueViolation } from './errors.js';

const db = await testDatabase();

async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the statement to fail');
}

// The services rely on recognising these under races, after their own checks passed; here the
// driver's real errors (through Drizzle's wrapper) are checked on both PGlite and PostgreSQL.
describe('uniqueViolation', () => {
  it('names the violated primary key of login_identities', async () => {
    const tenant = await createTenant(db);
    const user = await createUser(db, tenant.id);
    const error = await caught(() =>
      db.orm.insert(loginIdentities).values({ subject: user.email, tenantId: tenant.id, userId: user.id }),
    );
    expect(uniqueViolation(error)).toBe('login_identities_pkey');
  });

  it('names the unique index on sibling unit names', async () => {
    const tenant = await createTenant(db);
    await createUnit(db, tenant.id, { name: 'Ekonomi' });
    const error = await caught(() =>
      db.orm.insert(units).values({ tenantId: tenant.id, name: 'EKONOMI', kind: 'department' }),
    );
    expect(uniqueViolation(error)).toBe('units_sibling_name_key');
  });

  it('is null for other errors', async () => {
    const error = await caught(() =>
      db.orm
        .insert(units)
        .values({ tenantId: '00000000-0000-4000-8000-000000000000', name: 'X', kind: 'department' }),
    );
    expect(uniqueViolation(error)).toBeNull();
    expect(uniqueViolation(new Error('x'))).toBeNull();
    expect(uniqueViolation(null)).toBeNull();
  });
});
