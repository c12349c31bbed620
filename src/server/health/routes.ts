import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withoutTenant } from '../../db/tenant-context.js';

const HealthResponse = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'server']) });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'Liveness with a database round trip',
        response: { 200: HealthResponse },
      },
    },
    async () => {
      await withoutTenant(app.db, (tx) => tx.execute(sql`SELECT 1`));
      return { status: 'ok' as const, database: app.db.kind };
    },
  );
};
