import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { actorOf } from '../http/access.js';
import { importCallFile } from './import/import-call-file.js';
import { listImports } from './list-imports.js';
import { CallImportList, CallImportSummary, ImportCallsQuery } from './schema.js';

/** Upload types read as a stream: the file is never held whole in memory. */
const FILE_TYPES = ['application/octet-stream', 'text/plain', 'text/csv', 'application/gzip'];

// Neither lines nor files are ever logged: app.ts logs the route pattern and status only.
export const telephonyRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const type of FILE_TYPES) {
    app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }

  app.post(
    '/api/telephony/imports',
    {
      config: { permission: 'telephony:import' },
      schema: {
        tags: ['telephony'],
        summary: 'Import a file of call records (queue_log, CDR CSV, or CSV with a saved mapping)',
        description:
          'The body is the file itself (application/octet-stream, text/plain or text/csv; gzip is recognised), ' +
          'streamed with bounded memory, any size. All or nothing: a line that cannot be read makes a 422 listing ' +
          'each such line as /file/line/<n> and nothing is saved. Idempotent: calls already stored are counted as ' +
          'duplicates; the same file again changes nothing and names the earlier import. 201 with the summary ' +
          'when calls were imported; 200 for a dry run or a file imported before.',
        querystring: ImportCallsQuery,
        consumes: FILE_TYPES,
        response: { 200: CallImportSummary, 201: CallImportSummary },
      },
    },
    async (request, reply) => {
      const summary = await importCallFile({
        db: app.db,
        actor: actorOf(request),
        format: request.query.format,
        source: request.query.source,
        fileName: request.query.fileName,
        dryRun: request.query.dryRun,
        input: request.body as Readable,
      });
      return reply.status(summary.importId ? 201 : 200).send(summary);
    },
  );

  app.get(
    '/api/telephony/imports',
    {
      config: { permission: 'telephony:import' },
      schema: {
        tags: ['telephony'],
        summary: 'The latest 100 imports of call records, newest first',
        response: { 200: CallImportList },
      },
    },
    async (request) => ({ imports: await listImports({ db: app.db, actor: actorOf(request) }) }),
  );
};
