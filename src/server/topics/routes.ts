import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { createTopic } from './create-topic.js';
import { exportTopics } from './export-topics.js';
import { importTopics } from './import-topics.js';
import { listTopics } from './list-topics.js';
import { presentTopic } from './presenter.js';
import {
  CreateTopicBody,
  ImportTopicsBody,
  ImportTopicsResponse,
  ListTopicsQuery,
  Topic,
  TopicParams,
  TopicsResponse,
  UpdateTopicBody,
} from './schema.js';
import { updateTopic } from './update-topic.js';

/**
 * A 1 MiB file grows inside a JSON string (each quote and line break becomes two characters);
 * the service checks the file's own size.
 */
const IMPORT_BODY_LIMIT = 3 * 1024 * 1024;

export const topicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/topics',
    {
      config: { permission: 'topics:read', integrations: true },
      schema: {
        tags: ['topics'],
        summary: 'The service catalogue, depth first, each topic with its path',
        querystring: ListTopicsQuery,
        response: { 200: TopicsResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listTopics({
        db: app.db,
        tenantId: actor.tenantId,
        includeRetired: request.query.includeRetired,
      });
      return { topics: rows.map(presentTopic) };
    },
  );

  app.get(
    '/api/topics/export.csv',
    {
      config: { permission: 'topics:read' },
      schema: {
        tags: ['topics'],
        summary: 'The whole catalogue as CSV (UTF-8 with BOM, semicolons), retired topics included',
        produces: ['text/csv'],
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const csv = await exportTopics({ db: app.db, tenantId: actor.tenantId });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="amneskatalog.csv"')
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );

  app.post(
    '/api/topics',
    {
      config: { permission: 'topics:write' },
      schema: {
        tags: ['topics'],
        summary: 'Add a topic (parentId null: at the top of the catalogue)',
        body: CreateTopicBody,
        response: { 201: Topic },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const topic = await createTopic({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        ...request.body,
      });
      return reply.status(201).send(presentTopic(topic));
    },
  );

  app.post(
    '/api/topics/import',
    {
      config: { permission: 'topics:write' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['topics'],
        summary:
          'Import a catalogue CSV file, all or nothing; rejected rows come back as errors with pointers /csv/line/<n>/<column>',
        body: ImportTopicsBody,
        response: { 200: ImportTopicsResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return importTopics({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        csv: request.body.csv,
      });
    },
  );

  app.patch(
    '/api/topics/:id',
    {
      config: { permission: 'topics:write' },
      schema: {
        tags: ['topics'],
        summary: 'Rename, move, re-own, retire or restore a topic',
        params: TopicParams,
        body: UpdateTopicBody,
        response: { 200: Topic },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const topic = await updateTopic({
        db: app.db,
        tenantId: actor.tenantId,
        actorUserId: actor.userId,
        id: request.params.id,
        ...request.body,
      });
      return presentTopic(topic);
    },
  );
};
