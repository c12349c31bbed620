import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { presentUser } from '../users/presenter.js';
import { createTenant } from './create-tenant.js';
import { listTenants } from './list-tenants.js';
import { presentTenant } from './presenter.js';
import {
  CreateTenantBody,
  CreateTenantResponse,
  EmailDomainsBody,
  EmailDomainsResponse,
  TenantParams,
  TenantsResponse,
} from './schema.js';
import { updateTenantDomains } from './email-domains.js';

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
    async () => ({
      tenants: (await listTenants({ db: app.db })).map((t) => presentTenant(t.tenant, t.emailDomains)),
    }),
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
      return reply.status(201).send({
        tenant: presentTenant(created.tenant, created.emailDomains),
        admin: presentUser(created.admin),
      });
    },
  );

  app.put(
    '/api/tenants/:id/email-domains',
    {
      config: { permission: 'tenants:create' },
      schema: {
        tags: ['tenants'],
        summary:
          "Replace a municipality's e-mail domains (its people's accounts must be at one of them; a domain belongs to one municipality)",
        params: TenantParams,
        body: EmailDomainsBody,
        response: { 200: EmailDomainsResponse },
      },
    },
    async (request) => ({
      domains: await updateTenantDomains({
        db: app.db,
        actorUserId: actorOf(request).userId,
        tenantId: request.params.id,
        domains: request.body.domains,
      }),
    }),
  );
};
