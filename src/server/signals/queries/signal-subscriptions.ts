/** Who gets the e-mail of new signals (0010): each person subscribes themself. */
import type { SqlClient } from '../../../db/database.js';

/** When the user subscribed; null when they do not. */
export async function readSubscription(client: SqlClient, userId: string): Promise<Date | null> {
  const rows = await client.query<{ createdAt: Date }>(
    `SELECT created_at AS "createdAt" FROM signal_subscriptions
      WHERE tenant_id = lots_current_tenant() AND user_id = $1`,
    [userId],
  );
  return rows[0] ? new Date(rows[0].createdAt) : null;
}

/** Subscribes the user; true when they were not subscribed before. */
export async function insertSubscription(client: SqlClient, userId: string): Promise<boolean> {
  const rows = await client.query(
    `INSERT INTO signal_subscriptions (tenant_id, user_id) VALUES (lots_current_tenant(), $1)
     ON CONFLICT DO NOTHING RETURNING user_id`,
    [userId],
  );
  return rows.length > 0;
}

/** Ends the user's subscription; true when there was one. */
export async function deleteSubscription(client: SqlClient, userId: string): Promise<boolean> {
  const rows = await client.query(
    `DELETE FROM signal_subscriptions WHERE tenant_id = lots_current_tenant() AND user_id = $1 RETURNING user_id`,
    [userId],
  );
  return rows.length > 0;
}

export interface Subscriber {
  userId: string;
  email: string;
  locale: 'sv' | 'en';
}

/** The active people who subscribe, with the address and language their e-mail goes in. */
export async function listSubscribers(client: SqlClient): Promise<Subscriber[]> {
  return client.query<Subscriber>(
    `SELECT u.id AS "userId", u.email, u.locale
       FROM signal_subscriptions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
      WHERE s.tenant_id = lots_current_tenant() AND u.is_active AND u.kind = 'person'
      ORDER BY u.email`,
  );
}

/** The municipality's name, for the e-mail's subject. */
export async function readTenantName(client: SqlClient): Promise<string> {
  const rows = await client.query<{ name: string }>(
    `SELECT name FROM tenants WHERE id = lots_current_tenant()`,
  );
  return rows[0]?.name ?? '';
}
