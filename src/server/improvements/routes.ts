import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import {
  boardOf,
  changeImprovement,
  createImprovement,
  improvementOf,
  moveImprovement,
} from './manage-improvements.js';
import { presentImprovement } from './presenter.js';
import {
  BoardJson,
  ChangeImprovementBody,
  CreateImprovementBody,
  IdParams,
  ImprovementJson,
  MoveImprovementBody,
} from './schema.js';

const BOARD =
  'The improvement board: docs/metrics.md, "Improvements". The before is the whole ISO weeks before the week an ' +
  'improvement was created, kept as measured then; the after is the whole weeks from the day its change took effect.';

export const improvementRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/improvements',
    {
      config: { permission: 'improvements:read' },
      schema: {
        tags: ['improvements'],
        summary: 'The board: every improvement by column, with its before, after and verdict',
        description: BOARD,
        response: { 200: BoardJson },
      },
    },
    async (request) => ({
      improvements: (await boardOf({ db: app.db, actor: actorOf(request) })).map(presentImprovement),
    }),
  );

  app.post(
    '/api/improvements',
    {
      config: { permission: 'improvements:write' },
      schema: {
        tags: ['improvements'],
        summary: 'Create an improvement; its before is measured now',
        description: `${BOARD} Texts must not hold personal data.`,
        body: CreateImprovementBody,
        response: { 201: ImprovementJson },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentImprovement(
            await createImprovement({ db: app.db, actor: actorOf(request), body: request.body }),
          ),
        ),
  );

  app.get(
    '/api/improvements/:id',
    {
      config: { permission: 'improvements:read' },
      schema: {
        tags: ['improvements'],
        summary: 'One improvement with its before, after and verdict',
        description: BOARD,
        params: IdParams,
        response: { 200: ImprovementJson },
      },
    },
    async (request) =>
      presentImprovement(await improvementOf({ db: app.db, actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/api/improvements/:id',
    {
      config: { permission: 'improvements:write' },
      schema: {
        tags: ['improvements'],
        summary: 'Change an improvement’s texts, owner or due date (its targets and before stay)',
        params: IdParams,
        body: ChangeImprovementBody,
        response: { 200: ImprovementJson },
      },
    },
    async (request) =>
      presentImprovement(
        await changeImprovement({
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          body: request.body,
        }),
      ),
  );

  app.post(
    '/api/improvements/:id/move',
    {
      config: { permission: 'improvements:write' },
      schema: {
        tags: ['improvements'],
        summary: 'Move an improvement to another column of the board',
        description:
          'To done: the day its change took effect (default today). Evaluated only from done. Back to an ' +
          'earlier column: the change is no longer in effect and its day is cleared.',
        params: IdParams,
        body: MoveImprovementBody,
        response: { 200: ImprovementJson },
      },
    },
    async (request) =>
      presentImprovement(
        await moveImprovement({
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          body: request.body,
        }),
      ),
  );
};
