import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { presentUser } from '../users/presenter.js';
import { createTenant } from './create-tenant.js';
import { listTenants } from './list-tenants.js';
import { presentTenant } from './presenter.js';
import { CreateTenantBody, CreateTenantResponse, TenantsResponse } from './schema.js';

export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tenants',
    {
      config: { permission: 'tenants:read' },
      schema: {
        tags: ['tenants'],
        summary: 'Every municipality in Lots (platform administrators)',
        response: { 200: TenantsResponse },
      },
    },
    async () => ({ tenants: (await listTenants({ db: app.db })).map(presentTenant) }),
  );

  app.post(
    '/api/tenants',
    {
      config: { permission: 'tenants:create' },
      schema: {
        tags: ['tenants'],
        summary: 'Add a municipality by its Statistics Sweden code, with its first administrator',
        body: CreateTenantBody,
        response: { 201: CreateTenantResponse },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await createTenant({ db: app.db, actorUserId: actor.userId, ...request.body });
      return reply
        .status(201)
        .send({ tenant: presentTenant(created.tenant), admin: presentUser(created.admin) });
    },
  );
};
