/** Synpunkter (issue #17): register, list, read, move, answer, link to an improvement. Thin: services do the work. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../core/auth/roles.js';
import { actorOf } from '../http/access.js';
import { createMailer, type Mailer } from '../signals/mailer.js';
import { changeCategories, changeSettings, settingsOf } from './configure-complaints.js';
import { answerComplaint, changeState, linkToImprovement } from './handle-complaint.js';
import { presentCase, presentOne } from './presenter.js';
import { categoriesOf, complaintOf, complaintsOf } from './read-complaints.js';
import { registerComplaint } from './register-complaint.js';
import {
  AnswerBody,
  AnswerJson,
  CaseListJson,
  CategoriesBody,
  CategoriesJson,
  IdParams,
  ImprovementBody,
  ListQuery,
  OneCaseJson,
  RegisterBody,
  RegisteredJson,
  SettingsJson,
  StateBody,
} from './schema.js';
import { complaintFormRoutes } from './form/routes.js';

const COMPLAINTS =
  'Synpunkter (issue #17): klagomål, beröm, förslag and frågor with a registration number (SYN year/number), ' +
  'deadlines in working days, states mottagen → under handläggning → besvarad → avslutad (återöppnad). Contact ' +
  'details are never in lists; in one case only for those who may handle it.';

export const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  let mailer: Mailer | null | undefined;
  const mailerOf = () => (mailer === undefined ? (mailer = createMailer(app.lotsConfig)) : mailer);
  app.addHook('onClose', () => mailer?.close());

  app.get(
    '/api/complaints/categories',
    {
      config: { permission: 'complaints:read' },
      schema: { tags: ['complaints'], summary: "The tenant's categories", response: { 200: CategoriesJson } },
    },
    async (request) => ({ categories: await categoriesOf({ db: app.db, actor: actorOf(request) }) }),
  );

  app.put(
    '/api/complaints/categories',
    {
      config: { permission: 'complaints:configure' },
      schema: {
        tags: ['complaints'],
        summary: "Set the tenant's categories in order (those left out are retired, never deleted)",
        body: CategoriesBody,
        response: { 200: CategoriesJson },
      },
    },
    async (request) => ({
      categories: await changeCategories({ db: app.db, actor: actorOf(request), categories: request.body.categories }),
    }),
  );

  app.get(
    '/api/complaints/settings',
    {
      config: { permission: 'complaints:configure' },
      schema: { tags: ['complaints'], summary: 'Deadlines in working days per type; the e-form open or not', response: { 200: SettingsJson } },
    },
    async (request) => settingsOf({ db: app.db, actor: actorOf(request) }),
  );

  app.put(
    '/api/complaints/settings',
    {
      config: { permission: 'complaints:configure' },
      schema: {
        tags: ['complaints'],
        summary: 'Change the deadlines in working days per type and whether the e-form is open',
        body: SettingsJson,
        response: { 200: SettingsJson },
      },
    },
    async (request) => changeSettings({ db: app.db, actor: actorOf(request), body: request.body }),
  );

  app.post(
    '/api/complaints',
    {
      config: { permission: 'complaints:register' },
      schema: {
        tags: ['complaints'],
        summary: 'Register a synpunkt (from a contact: its channel, time, topic and unit prefilled)',
        description: COMPLAINTS,
        body: RegisterBody,
        response: { 201: RegisteredJson },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const actor = actorOf(request);
      const registered = await registerComplaint({
        db: app.db,
        tenantId: actor.tenantId,
        userId: actor.userId,
        ownContactsOnly: !can(actor, 'contacts:read_all'),
        input: {
          type: b.type,
          categories: b.categories,
          topicId: b.topicId ?? null,
          unitId: b.unitId ?? null,
          channel: b.channel ?? null,
          receivedAt: b.receivedAt ? new Date(b.receivedAt) : null,
          body: b.body,
          anonymous: b.anonymous,
          wantsAnswer: b.wantsAnswer,
          language: b.language,
          contactId: b.contactId ?? null,
          contact: b.contact
            ? {
                name: b.contact.name ?? null,
                email: b.contact.email ?? null,
                phone: b.contact.phone ?? null,
                postalAddress: b.contact.postalAddress ?? null,
              }
            : null,
          formNonce: null,
        },
      });
      return reply.status(201).send({ id: registered.id, registrationNumber: registered.registrationNumber });
    },
  );

  app.get(
    '/api/complaints',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags: ['complaints'],
        summary: 'Synpunkter newest first, filtered, a page at a time (no contact details)',
        description: COMPLAINTS,
        querystring: ListQuery,
        response: { 200: CaseListJson },
      },
    },
    async (request) => {
      const { cases, nextCursor } = await complaintsOf({ db: app.db, actor: actorOf(request), query: request.query });
      return { cases: cases.map(presentCase), nextCursor };
    },
  );

  app.get(
    '/api/complaints/:id',
    {
      config: { permission: 'complaints:read' },
      schema: {
        tags: ['complaints'],
        summary: 'One synpunkt with its history (contact details for its handlers)',
        params: IdParams,
        response: { 200: OneCaseJson },
      },
    },
    async (request) => presentOne(await complaintOf({ db: app.db, actor: actorOf(request), id: request.params.id })),
  );

  app.post(
    '/api/complaints/:id/state',
    {
      config: { permission: 'complaints:handle' },
      schema: {
        tags: ['complaints'],
        summary: 'Move a synpunkt to another state (recorded in its history)',
        params: IdParams,
        body: StateBody,
        response: { 200: OneCaseJson },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await changeState({ db: app.db, actor, id: request.params.id, body: request.body });
      return presentOne(await complaintOf({ db: app.db, actor, id: request.params.id }));
    },
  );

  app.put(
    '/api/complaints/:id/answer',
    {
      config: { permission: 'complaints:handle' },
      schema: {
        tags: ['complaints'],
        summary: "Write the answer (the case becomes besvarad); e-mailed to the citizen's address when given",
        params: IdParams,
        body: AnswerBody,
        response: { 200: AnswerJson },
      },
    },
    async (request) =>
      answerComplaint({
        db: app.db,
        actor: actorOf(request),
        mailer: mailerOf(),
        id: request.params.id,
        body: request.body,
      }),
  );

  app.put(
    '/api/complaints/:id/improvement',
    {
      config: { permission: 'complaints:handle' },
      schema: {
        tags: ['complaints'],
        summary: 'Link a synpunkt to an improvement on the board (null: unlink)',
        params: IdParams,
        body: ImprovementBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await linkToImprovement({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        improvementId: request.body.improvementId,
      });
      return reply.status(204).send(null);
    },
  );

  await app.register(complaintFormRoutes);
};
