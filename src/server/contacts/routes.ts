import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { localeFromHeader } from '../http/locale.js';
import { createContact } from './create-contact.js';
import { correctContact } from './correct-contact.js';
import { deleteContact } from './delete-contact.js';
import { attachmentDisposition, exportContacts, type ContactExportFormat } from './export-contacts.js';
import { getContact, listContactRevisions } from './get-contact.js';
import { listContacts } from './list-contacts.js';
import { myDay } from './my-day.js';
import { presentContact, presentContactRevision } from './presenter.js';
import {
  Contact,
  ContactParams,
  ContactRevisions,
  ContactsPage,
  CreateContactBody,
  DeleteContactBody,
  EXPORT_ROW_LIMIT,
  ExportContactsQuery,
  IdempotencyHeaders,
  idempotencyKeyOf,
  ListContactsQuery,
  MyContactsDay,
  SavedContact,
  UpdateContactBody,
} from './schema.js';

// Summaries, case references and the citizen profile are never logged: app.ts logs only the
// route pattern and status of each request, and nothing here logs at all.
export const contactRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/contacts',
    {
      config: { permission: 'contacts:log' },
      schema: {
        tags: ['contacts'],
        summary: 'Log a contact (idempotent with the Idempotency-Key header)',
        description:
          'The first save answers 201; a retry with the same key and the same body answers 200 with the same contact; ' +
          'the same key with another body 422, and a retry while the first save is still running 409 ' +
          '(draft-ietf-httpapi-idempotency-key-header). Keys are scoped to the signed-in user and kept with the contact.',
        headers: IdempotencyHeaders,
        body: CreateContactBody,
        response: { 200: SavedContact, 201: SavedContact },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const saved = await createContact({
        db: app.db,
        actor,
        idempotencyKey: idempotencyKeyOf(request.headers['idempotency-key']),
        input: request.body,
      });
      return reply
        .status(saved.created ? 201 : 200)
        .send({ ...presentContact(saved.contact, actor), maskedPersonalData: saved.masked });
    },
  );

  app.get(
    '/api/contacts',
    {
      config: { permission: 'contacts:read' },
      schema: {
        tags: ['contacts'],
        summary: 'The contacts the signed-in user may see, newest first, filtered, a page at a time',
        querystring: ListContactsQuery,
        response: { 200: ContactsPage },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const page = await listContacts({ db: app.db, actor, query: request.query });
      const now = new Date();
      return {
        contacts: page.contacts.map((c) => presentContact(c, actor, now)),
        nextCursor: page.nextCursor,
        total: page.total,
      };
    },
  );

  app.get(
    '/api/contacts/mine',
    {
      config: { permission: 'contacts:log' },
      schema: {
        tags: ['contacts'],
        summary: "The signed-in guide's own day: today's count of their contacts and their latest ones",
        description: 'Only the caller’s own contacts; there is no way to ask for another person’s.',
        response: { 200: MyContactsDay },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const now = new Date();
      const mine = await myDay({ db: app.db, actor, now });
      return { ...mine, recent: mine.recent.map((c) => presentContact(c, actor, now)) };
    },
  );

  // The same filters and who-sees-what as GET /api/contacts; the file leaves out who logged
  // each contact (core/contacts/export-columns.ts).
  for (const format of ['csv', 'xlsx'] as const satisfies readonly ContactExportFormat[]) {
    app.get(
      `/api/contacts/export.${format}`,
      {
        config: { permission: 'contacts:read' },
        schema: {
          tags: ['contacts'],
          summary: `The filtered contact list as ${format === 'csv' ? 'CSV (UTF-8 with BOM, semicolons)' : 'an Excel workbook'}`,
          description:
            `Newest first, at most ${EXPORT_ROW_LIMIT} contacts (more: 400 contact_export_too_large). ` +
            'Headers and labels in Swedish, or English when `lang=en` or Accept-Language prefers it.',
          querystring: ExportContactsQuery,
          produces: [
            format === 'csv'
              ? 'text/csv'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ],
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const file = await exportContacts({
          db: app.db,
          actor,
          query: request.query,
          format,
          locale: request.query.lang ?? localeFromHeader(request.headers['accept-language']),
        });
        return reply
          .type(file.contentType)
          .header('content-disposition', attachmentDisposition(file.fileName))
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  }

  app.get(
    '/api/contacts/:id',
    {
      config: { permission: 'contacts:read' },
      schema: {
        tags: ['contacts'],
        summary: 'One contact',
        params: ContactParams,
        response: { 200: Contact },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentContact(await getContact({ db: app.db, actor, id: request.params.id }), actor);
    },
  );

  app.patch(
    '/api/contacts/:id',
    {
      config: { permission: 'contacts:log' },
      schema: {
        tags: ['contacts'],
        summary: 'Correct a contact: the guide who logged it, the same day, saying why',
        params: ContactParams,
        body: UpdateContactBody,
        response: { 200: SavedContact },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const saved = await correctContact({ db: app.db, actor, id: request.params.id, input: request.body });
      return { ...presentContact(saved.contact, actor), maskedPersonalData: saved.masked };
    },
  );

  app.delete(
    '/api/contacts/:id',
    {
      config: { permission: 'contacts:read' },
      schema: {
        tags: ['contacts'],
        summary:
          'Delete a contact (kept, marked deleted): its guide the same day, or a manager or administrator',
        params: ContactParams,
        body: DeleteContactBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await deleteContact({ db: app.db, actor, id: request.params.id, reason: request.body.reason });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/contacts/:id/revisions',
    {
      config: { permission: 'contacts:read' },
      schema: {
        tags: ['contacts'],
        summary: "A contact's audit trail: who changed what, when and why",
        params: ContactParams,
        response: { 200: ContactRevisions },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listContactRevisions({ db: app.db, actor, id: request.params.id });
      return { revisions: rows.map(presentContactRevision) };
    },
  );
};
