import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { createUnit } from './create-unit.js';
import { listUnits } from './list-units.js';
import { presentUnit } from './presenter.js';
import { CreateUnitBody, ListUnitsQuery, Unit, UnitParams, UnitsResponse, UpdateUnitBody } from './schema.js';
import { updateUnit } from './update-unit.js';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/units',
    {
      config: { permission: 'units:read', integrations: true },
      schema: {
        tags: ['units'],
        summary: "The tenant's organisational units, depth first (each department followed by its units)",
        querystring: ListUnitsQuery,
        response: { 200: UnitsResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listUnits({
        db: app.db,
        tenantId: actor.tenantId,
        includeArchived: request.query.includeArchived,
      });
      return { units: rows.map(presentUnit) };
    },
  );

  app.post(
    '/api/units',
    {
      config: { permission: 'units:write' },
      schema: {
        tags: ['units'],
        summary: 'Create a department (parentId null) or a unit below another',
        body: CreateUnitBody,
        response: { 201: Unit },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const unit = await createUnit({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        ...request.body,
      });
      return reply.status(201).send(presentUnit(unit));
    },
  );

  app.patch(
    '/api/units/:id',
    {
      config: { permission: 'units:write' },
      schema: {
        tags: ['units'],
        summary: 'Rename, move, archive or restore a unit',
        params: UnitParams,
        body: UpdateUnitBody,
        response: { 200: Unit },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const unit = await updateUnit({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        id: request.params.id,
        ...request.body,
      });
      return presentUnit(unit);
    },
  );
};
