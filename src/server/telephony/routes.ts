import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Readable } from 'node:stream';
import { actorOf } from '../http/access.js';
import { Problem } from '../http/problem.js';
import { importCallBatch } from './import/import-call-batch.js';
import { importCallFile } from './import/import-call-file.js';
import { explainCallFile } from './import/explain-call-file.js';
import { importEmailFile, importVisitorFile, readText } from './import/import-day-files.js';
import { z } from 'zod';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import {
  addClosedDay,
  changeQueue,
  changeQueueGroup,
  createQueueGroup,
  getTelephonySettings,
  listClosedDays,
  listScopes,
  listVisitorCounts,
  removeClosedDay,
  removeQueueGroup,
  saveTelephonySettings,
  setVisitorCounts,
} from './configure-telephony.js';
import { createMapping, listMappings, removeMapping, replaceMapping } from './call-mappings.js';
import { listImports } from './list-imports.js';
import { presentQueue } from './presenter.js';
import {
  CallImportList,
  CallMappingItem,
  CallMappingList,
  CallImportSummary,
  ClosedDayBody,
  ClosedDayJson,
  ClosedDaysJson,
  DayParams,
  IdParams,
  ImportCallsQuery,
  ExplainCallsQuery,
  CallFileExplanation,
  QueueBody,
  QueueGroupBody,
  QueueGroupJson,
  PushCallsBody,
  SourceName,
  QueueJson,
  SaveCallMappingBody,
  ScopesJson,
  TelephonySettingsBody,
  TelephonySettingsJson,
  VisitorCountsBody,
  VisitorCountsJson,
  VisitorQuery,
} from './schema.js';

/** Upload types read as a stream: the file is never held whole in memory. */
const FILE_TYPES = ['application/octet-stream', 'text/plain', 'text/csv', 'application/gzip'];
const EXPLAIN_LIMIT_BYTES = 20 * 1024 * 1024;

/** The whole body, or 413 past the limit. */
async function readUpTo(input: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > limit) throw new Problem(413, 'body_too_large');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

// Neither lines nor files are ever logged: app.ts logs the route pattern and status only.
export const telephonyRoutes: FastifyPluginAsyncZod = async (app) => {
  for (const type of FILE_TYPES) {
    app.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
  }

  app.post(
    '/api/telephony/imports',
    {
      config: { permission: 'telephony:import', integrations: true },
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
        mappingName: request.query.mapping,
        fileName: request.query.fileName,
        dryRun: request.query.dryRun,
        input: request.body as Readable,
      });
      return reply.status(summary.importId ? 201 : 200).send(summary);
    },
  );

  app.post(
    '/api/telephony/imports/explain',
    {
      config: { permission: 'telephony:import' },
      schema: {
        tags: ['telephony'],
        summary:
          'Explain a file of call records: a dry run showing a sample of calls and the lines that made each',
        description:
          'The body is the file itself, as for POST /api/telephony/imports (at most 20 MB: a sample file to check ' +
          'by eye). Nothing is saved. For the first 20 calls, and up to 5 abandoned and 5 transferred calls after ' +
          'them: the line numbers and text that made the call, its outcome, wait, talk and day, beside the summary ' +
          'a real import would give.',
        querystring: ExplainCallsQuery,
        consumes: FILE_TYPES,
        response: { 200: CallFileExplanation },
      },
    },
    async (request) => {
      const bytes = await readUpTo(request.body as Readable, EXPLAIN_LIMIT_BYTES);
      return explainCallFile({
        db: app.db,
        actor: actorOf(request),
        format: request.query.format,
        source: request.query.source,
        mappingName: request.query.mapping,
        fileName: request.query.fileName,
        open: () =>
          (async function* () {
            yield bytes;
          })(),
      });
    },
  );

  app.get(
    '/api/telephony/imports',
    {
      config: { permission: 'telephony:import', integrations: true },
      schema: {
        tags: ['telephony'],
        summary: 'The latest 100 imports of call records, newest first',
        response: { 200: CallImportList },
      },
    },
    async (request) => ({ imports: await listImports({ db: app.db, actor: actorOf(request) }) }),
  );
  app.get(
    '/api/telephony/scopes',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['telephony'],
        summary:
          'The queues (created by the imports that name them) and queue groups, for choosing a report’s scope',
        response: { 200: ScopesJson },
      },
    },
    async (request) => {
      const { queues, groups } = await listScopes({ db: app.db, actor: actorOf(request) });
      return { queues: queues.map(presentQueue), groups };
    },
  );

  app.get(
    '/api/telephony/settings',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['telephony'],
        summary: 'How the municipality measures',
        response: { 200: TelephonySettingsJson },
      },
    },
    async (request) => getTelephonySettings({ db: app.db, actor: actorOf(request) }),
  );

  app.put(
    '/api/telephony/settings',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary:
          'Change how the municipality measures (every stored day is recomputed when a threshold or the time zone changes)',
        body: TelephonySettingsBody,
        response: { 200: TelephonySettingsJson },
      },
    },
    async (request) => saveTelephonySettings({ db: app.db, actor: actorOf(request), settings: request.body }),
  );

  app.post(
    '/api/telephony/queue-groups',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Create a queue group',
        body: QueueGroupBody,
        response: { 201: QueueGroupJson },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createQueueGroup({ db: app.db, actor: actorOf(request), name: request.body.name })),
  );

  app.put(
    '/api/telephony/queue-groups/:id',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Rename a queue group',
        params: IdParams,
        body: QueueGroupBody,
        response: { 200: QueueGroupJson },
      },
    },
    async (request) =>
      changeQueueGroup({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        name: request.body.name,
      }),
  );

  app.delete(
    '/api/telephony/queue-groups/:id',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Remove a queue group that has no queues (409 queue_group_in_use otherwise)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeQueueGroup({ db: app.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/telephony/queues/:id',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Give a queue a label and a group (the rollups are recomputed when the group changes)',
        params: IdParams,
        body: QueueBody,
        response: { 200: QueueJson },
      },
    },
    async (request) =>
      presentQueue(
        await changeQueue({
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          label: request.body.label,
          groupId: request.body.groupId,
        }),
      ),
  );

  app.get(
    '/api/telephony/closed-days',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['telephony'],
        summary:
          'The municipality’s own closed days (weekends and Swedish holidays are closed without being listed)',
        response: { 200: ClosedDaysJson },
      },
    },
    async (request) => ({ closedDays: await listClosedDays({ db: app.db, actor: actorOf(request) }) }),
  );

  app.post(
    '/api/telephony/closed-days',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Add a closed day',
        body: ClosedDayBody,
        response: { 201: ClosedDayJson },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addClosedDay({ db: app.db, actor: actorOf(request), ...request.body })),
  );

  app.delete(
    '/api/telephony/closed-days/:day',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Open a closed day again',
        params: DayParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeClosedDay({ db: app.db, actor: actorOf(request), day: request.params.day });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/telephony/visitors',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['telephony'],
        summary: 'Visitors counted at the service office, per day',
        querystring: VisitorQuery,
        response: { 200: VisitorCountsJson },
      },
    },
    async (request) => ({
      counts: await listVisitorCounts({ db: app.db, actor: actorOf(request), ...request.query }),
    }),
  );

  app.put(
    '/api/telephony/visitors',
    {
      config: { permission: 'visitors:write' },
      schema: {
        tags: ['telephony'],
        summary:
          'Set the visitors of one or more days (null clears a day: the report then counts the visits logged)',
        body: VisitorCountsBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setVisitorCounts({
        db: app.db,
        actor: actorOf(request),
        counts: request.body.counts,
        today: calendarDayOf(new Date()),
      });
      return reply.status(204).send(null);
    },
  );
  app.get(
    '/api/telephony/call-mappings',
    {
      config: { permission: 'telephony:import' },
      schema: {
        tags: ['telephony'],
        summary: 'Saved column mappings for CSV exports of calls or interval counts',
        response: { 200: CallMappingList },
      },
    },
    async (request) => ({ mappings: await listMappings({ db: app.db, actor: actorOf(request) }) }),
  );

  app.post(
    '/api/telephony/call-mappings',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary:
          'Save a column mapping (calls: one row per call; intervals: one row per interval with counts)',
        body: SaveCallMappingBody,
        response: { 201: CallMappingItem },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createMapping({ db: app.db, actor: actorOf(request), input: request.body })),
  );

  app.put(
    '/api/telephony/call-mappings/:id',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Replace a saved column mapping',
        params: IdParams,
        body: SaveCallMappingBody,
        response: { 200: CallMappingItem },
      },
    },
    async (request) =>
      replaceMapping({ db: app.db, actor: actorOf(request), id: request.params.id, input: request.body }),
  );

  app.delete(
    '/api/telephony/call-mappings/:id',
    {
      config: { permission: 'telephony:configure' },
      schema: {
        tags: ['telephony'],
        summary: 'Remove a saved column mapping (the calls imported with it stay)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeMapping({ db: app.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/telephony/calls',
    {
      config: { permission: 'telephony:import', integrations: true },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['telephony'],
        summary: 'Push up to 10,000 queued calls from an integration (JSON)',
        description:
          'Each call: callId, queue, enteredAt (ISO 8601 with offset), outcome (answered, abandoned, timeout, exit_key, ' +
          'exit_empty, withdrawn), answeredEnd (completed_caller, completed_agent, transferred; answered only), ' +
          'waitSeconds, talkSeconds, ringNoAnswerCount. All or nothing: a 422 lists every rejected call at ' +
          '/body/calls/<index>/<field>. Idempotent on (source, callId, queue, enteredAt): calls sent before count as duplicates.',
        body: PushCallsBody,
        response: { 200: CallImportSummary },
      },
    },
    async (request) =>
      importCallBatch({
        db: app.db,
        actor: actorOf(request),
        source: request.body.source,
        calls: request.body.calls,
      }),
  );
  app.post(
    '/api/telephony/visitors.csv',
    {
      config: { permission: 'visitors:write' },
      schema: {
        tags: ['telephony'],
        summary:
          'Import visitors per day (CSV: datum;besökare), all or nothing; a day already there is replaced',
        consumes: ['text/csv', 'text/plain', 'application/octet-stream'],
        response: { 200: z.object({ days: z.number().int(), firstDay: z.string().nullable() }) },
      },
    },
    async (request) =>
      importVisitorFile({
        db: app.db,
        actor: actorOf(request),
        text: await readText(request.body as Readable),
      }),
  );

  app.post(
    '/api/telephony/emails.csv',
    {
      config: { permission: 'telephony:import', integrations: true },
      schema: {
        tags: ['telephony'],
        summary: 'Import e-mails with when each was received and first answered (CSV: id;mottaget;besvarat)',
        description:
          'Local times YYYY-MM-DD HH:MM in the municipality’s zone (or ISO 8601 with an offset); an empty answer is ' +
          'unanswered. All or nothing; idempotent on (source, id): an e-mail sent again keeps what is stored, unless it ' +
          'was unanswered and now has its answer.',
        querystring: z.strictObject({ source: SourceName.default('e-post') }),
        consumes: ['text/csv', 'text/plain', 'application/octet-stream'],
        response: {
          200: z.object({
            rows: z.number().int(),
            imported: z.number().int(),
            answeredSince: z.number().int(),
            duplicates: z.number().int(),
          }),
        },
      },
    },
    async (request) =>
      importEmailFile({
        db: app.db,
        actor: actorOf(request),
        source: request.query.source,
        text: await readText(request.body as Readable),
      }),
  );
};
