import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { localeFromHeader } from '../http/locale.js';
import {
  createContactMapping,
  deleteContactMapping,
  listContactMappings,
  updateContactMapping,
} from './contact-mappings.js';
import { importCsvContacts, importJsonContacts } from './import-contacts.js';
import { presentContactMapping } from './presenter.js';
import {
  BulkContactsBody,
  BulkCsvQuery,
  BulkJsonQuery,
  BulkResult,
  ContactMapping,
  ContactMappingParams,
  ContactMappings,
  CSV_BODY_LIMIT,
  CSV_ROWS_MAX,
  JSON_BATCH_MAX,
  JSON_BODY_LIMIT,
  SaveContactMappingBody,
} from './schema.js';

const ALL_OR_NOTHING =
  'All or nothing: when any row is rejected the answer is 422 with every rejected row in `errors` and nothing is saved. ' +
  'Idempotent on (source, externalId): a row sent before with the same content counts as a duplicate and is not saved again; ' +
  'with other content it is rejected (external_id_conflict); the same externalId twice in one batch is rejected at the second. ' +
  '`dryRun=true` answers what would happen, with the rejected rows, and saves nothing.';

// Neither the rows nor the file are ever logged: app.ts logs the route pattern and status only.
export const intakeRoutes: FastifyPluginAsyncZod = async (app) => {
  // The file is the body itself (text/csv), read as UTF-8 with or without a byte order mark. The
  // parser belongs to this plugin only: every other route still takes JSON alone.
  app.addContentTypeParser(
    'text/csv',
    { parseAs: 'string', bodyLimit: CSV_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/contacts/bulk',
    {
      config: { permission: 'contacts:import', integrations: true },
      bodyLimit: JSON_BODY_LIMIT,
      schema: {
        tags: ['contacts'],
        summary: `Import up to ${JSON_BATCH_MAX} contacts from another system (JSON)`,
        description:
          "Each contact takes the fields of POST /api/contacts plus `externalId`, the source system's id for it. " +
          `${ALL_OR_NOTHING} Rejected rows point at /body/contacts/<index>/<field>.`,
        querystring: BulkJsonQuery,
        body: BulkContactsBody,
        response: { 200: BulkResult },
      },
    },
    async (request) =>
      importJsonContacts({
        db: app.db,
        actor: actorOf(request),
        source: request.body.source,
        contacts: request.body.contacts,
        dryRun: request.query.dryRun,
        locale: localeFromHeader(request.headers['accept-language']),
      }),
  );

  app.post(
    '/api/contacts/bulk.csv',
    {
      config: { permission: 'contacts:import', integrations: true },
      bodyLimit: CSV_BODY_LIMIT,
      schema: {
        tags: ['contacts'],
        summary: `Import a CSV file of contacts (text/csv, at most ${CSV_ROWS_MAX} lines, 20 MB) read with a saved column mapping`,
        description:
          'UTF-8 with or without BOM; semicolons, commas or tabs; line 1 is the header. ' +
          `${ALL_OR_NOTHING} Rejected rows point at /csv/line/<n>/<column> (the header is line 1).`,
        consumes: ['text/csv'],
        querystring: BulkCsvQuery,
        body: z.string(),
        response: { 200: BulkResult },
      },
    },
    async (request) =>
      importCsvContacts({
        db: app.db,
        actor: actorOf(request),
        mappingName: request.query.mapping,
        csv: request.body,
        dryRun: request.query.dryRun,
        locale: localeFromHeader(request.headers['accept-language']),
      }),
  );

  app.get(
    '/api/contact-mappings',
    {
      config: { permission: 'contacts:import' },
      schema: {
        tags: ['contacts'],
        summary: 'The saved CSV column mappings, by name',
        response: { 200: ContactMappings },
      },
    },
    async (request) => {
      const rows = await listContactMappings({ db: app.db, actor: actorOf(request) });
      return { mappings: rows.map(presentContactMapping) };
    },
  );

  app.post(
    '/api/contact-mappings',
    {
      config: { permission: 'contacts:import' },
      schema: {
        tags: ['contacts'],
        summary: 'Save a CSV column mapping under a name unique in the municipality',
        body: SaveContactMappingBody,
        response: { 201: ContactMapping },
      },
    },
    async (request, reply) => {
      const row = await createContactMapping({ db: app.db, actor: actorOf(request), input: request.body });
      return reply.status(201).send(presentContactMapping(row));
    },
  );

  app.put(
    '/api/contact-mappings/:id',
    {
      config: { permission: 'contacts:import' },
      schema: {
        tags: ['contacts'],
        summary: 'Replace a saved CSV column mapping',
        params: ContactMappingParams,
        body: SaveContactMappingBody,
        response: { 200: ContactMapping },
      },
    },
    async (request) => {
      const row = await updateContactMapping({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        input: request.body,
      });
      return presentContactMapping(row);
    },
  );

  app.delete(
    '/api/contact-mappings/:id',
    {
      config: { permission: 'contacts:import' },
      schema: {
        tags: ['contacts'],
        summary: 'Remove a saved CSV column mapping (contacts imported with it stay)',
        params: ContactMappingParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteContactMapping({ db: app.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
};
