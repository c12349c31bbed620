import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { createApiToken } from './create-api-token.js';
import { createIntegration } from './create-integration.js';
import { listApiTokens, listIntegrations } from './list-integrations.js';
import { presentIntegration, presentToken } from './presenter.js';
import { revokeApiToken } from './revoke-api-token.js';
import {
  ApiToken,
  CreatedToken,
  CreateIntegrationBody,
  CreateTokenBody,
  Integration,
  IntegrationParams,
  IntegrationsResponse,
  TokenParams,
  TokensResponse,
  UpdateIntegrationBody,
} from './schema.js';
import { updateIntegration } from './update-integration.js';

export const integrationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/integrations',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary:
          "The tenant's integrations (accounts of other systems) with their API tokens, never a secret",
        response: { 200: IntegrationsResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listIntegrations({ db: app.db, tenantId: actor.tenantId });
      const now = new Date();
      return { integrations: rows.map((row) => presentIntegration(row, now)) };
    },
  );

  app.post(
    '/api/integrations',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary: 'Add an integration: an account for another system, which can never sign in',
        body: CreateIntegrationBody,
        response: { 201: Integration },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const row = await createIntegration({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        name: request.body.name,
      });
      return reply.status(201).send(presentIntegration({ ...row, tokens: [] }));
    },
  );

  app.patch(
    '/api/integrations/:id',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary: 'Rename an integration, or disable it (its tokens stop working) or enable it again',
        params: IntegrationParams,
        body: UpdateIntegrationBody,
        response: { 200: Integration },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await updateIntegration({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        id: request.params.id,
        ...request.body,
      });
      return presentIntegration(row);
    },
  );

  app.get(
    '/api/integrations/:id/tokens',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary: "An integration's API tokens, oldest first, without their secrets",
        params: IntegrationParams,
        response: { 200: TokensResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listApiTokens({
        db: app.db,
        tenantId: actor.tenantId,
        integrationId: request.params.id,
      });
      const now = new Date();
      return { tokens: rows.map((row) => presentToken(row, now)) };
    },
  );

  app.post(
    '/api/integrations/:id/tokens',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary: 'Create an API token; the response holds the token itself, which is never shown again',
        params: IntegrationParams,
        body: CreateTokenBody,
        response: { 201: CreatedToken },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await createApiToken({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        integrationId: request.params.id,
        ...request.body,
      });
      // The secret must not linger in any cache (RFC 9111 section 5.2.2.5).
      return reply
        .status(201)
        .header('cache-control', 'no-store')
        .send({ token: presentToken(created.token), secret: created.secret });
    },
  );

  app.post(
    '/api/integrations/:id/tokens/:tokenId/revoke',
    {
      config: { permission: 'integrations:manage' },
      schema: {
        tags: ['integrations'],
        summary: 'Revoke an API token for good (repeating it changes nothing)',
        params: TokenParams,
        response: { 200: ApiToken },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const row = await revokeApiToken({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        integrationId: request.params.id,
        tokenId: request.params.tokenId,
      });
      return presentToken(row);
    },
  );
};
