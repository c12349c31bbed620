/**
 * The point of integrations: another system posts a batch to the bulk intake with its token, no
 * browser session and no CSRF token, and the contacts are logged by the integration's account.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { contacts } from '../../db/schema.js';
import { createIntegration, createToken } from '../../test/integrations.js';
import { bulkContact, intakeWorld } from '../../test/intake.js';
import { testServer } from '../../test/server.js';

const server = await testServer();
const { app, db } = server;

describe('POST /api/contacts/bulk with an API token', () => {
  it('imports the batch as the integration; a revoked token imports nothing', async () => {
    const { admin, invoice, permit } = await intakeWorld(server);
    const telefoni = await createIntegration(db, admin.tenant.id, { name: 'Telefoni' });
    const token = await createToken(db, telefoni);
    const res = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: token.headers,
      payload: {
        source: 'Telefoni',
        contacts: [bulkContact('T-1', invoice.id), bulkContact('T-2', permit.id)],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = await db.orm
      .select({ externalId: contacts.externalId, loggedBy: contacts.loggedByUserId })
      .from(contacts)
      .where(eq(contacts.tenantId, admin.tenant.id));
    expect(saved.sort((a, b) => String(a.externalId).localeCompare(String(b.externalId)))).toEqual([
      { externalId: 'T-1', loggedBy: telefoni.id },
      { externalId: 'T-2', loggedBy: telefoni.id },
    ]);

    const revoked = await createToken(db, telefoni, { revokedAt: new Date() });
    const refused = await app.inject({
      method: 'POST',
      url: '/api/contacts/bulk',
      headers: revoked.headers,
      payload: { source: 'Telefoni', contacts: [bulkContact('T-3', invoice.id)] },
    });
    expect(refused.statusCode).toBe(401);
    expect(await db.orm.select().from(contacts).where(eq(contacts.tenantId, admin.tenant.id))).toHaveLength(
      2,
    );
  });
});
