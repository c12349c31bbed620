import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { presentImprovement } from '../improvements/presenter.js';
import { ImprovementJson } from '../improvements/schema.js';
import { departmentResults, departmentSurveysOf } from './department-results.js';
import { openRound } from './open-round.js';
import { presentDepartmentResults } from './presenter.js';
import { changeRecipient, recipientsOf } from './recipients.js';
import {
  AnswerParams,
  DepartmentResultsJson,
  DepartmentSurveyListJson,
  OpenRoundBody,
  RecipientBody,
  RecipientListJson,
  RoundJson,
  StartImprovementBody,
  SurveyParams,
} from './schema.js';
import { startImprovement } from './start-improvement.js';

const DEPARTMENTS =
  'The departments’ verdict (issue #15): a departments’ survey sent in rounds, one per period (default a tertial), ' +
  'to each department’s contacts and named recipients; results per department and round.';

export const departmentSurveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/department-surveys',
    {
      config: { permission: 'department_surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'The departments’ surveys (made from the template “Förvaltningarnas nöjdhet”)',
        description: DEPARTMENTS,
        response: { 200: DepartmentSurveyListJson },
      },
    },
    async (request) => ({ surveys: await departmentSurveysOf({ db: app.db, actor: actorOf(request) }) }),
  );

  app.post(
    '/api/department-surveys/:surveyId/rounds',
    {
      config: { permission: 'surveys:write' },
      schema: {
        tags: ['surveys'],
        summary: 'Open a round: invitations to every department contact and named recipient, sent by e-mail',
        description: DEPARTMENTS,
        params: SurveyParams,
        body: OpenRoundBody,
        response: { 201: RoundJson },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await openRound({
          db: app.db,
          actor: actorOf(request),
          surveyId: request.params.surveyId,
          period: request.body.period,
        }),
      ),
  );

  app.get(
    '/api/department-surveys/:surveyId/results',
    {
      // Quality developers, managers and administrators see every department; a department contact
      // only their own (narrowed by the service).
      config: { permission: 'department_surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'Results per department and round, and the “one thing” answers with their improvements',
        description: DEPARTMENTS,
        params: SurveyParams,
        response: { 200: DepartmentResultsJson },
      },
    },
    async (request) =>
      presentDepartmentResults(
        await departmentResults({ db: app.db, actor: actorOf(request), surveyId: request.params.surveyId }),
      ),
  );

  app.get(
    '/api/department-surveys/:surveyId/recipients',
    {
      config: { permission: 'surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'The named recipients of each department',
        params: SurveyParams,
        response: { 200: RecipientListJson },
      },
    },
    async (request) => ({
      recipients: await recipientsOf({
        db: app.db,
        actor: actorOf(request),
        surveyId: request.params.surveyId,
      }),
    }),
  );

  for (const [method, remove] of [
    ['post', false],
    ['delete', true],
  ] as const) {
    app[method](
      '/api/department-surveys/:surveyId/recipients',
      {
        config: { permission: 'surveys:write' },
        schema: {
          tags: ['surveys'],
          summary: remove ? 'Remove a named recipient' : 'Name a recipient for a department',
          params: SurveyParams,
          body: RecipientBody,
          response: { 200: RecipientListJson },
        },
      },
      async (request) => ({
        recipients: await changeRecipient({
          db: app.db,
          actor: actorOf(request),
          surveyId: request.params.surveyId,
          ...request.body,
          remove,
        }),
      }),
    );
  }

  app.post(
    '/api/department-surveys/answers/:invitationId/improvement',
    {
      config: { permission: 'improvements:write' },
      schema: {
        tags: ['surveys'],
        summary: 'Start an improvement on the board from a department’s “one thing”, linked both ways',
        params: AnswerParams,
        body: StartImprovementBody,
        response: { 201: ImprovementJson },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        presentImprovement(
          await startImprovement({
            db: app.db,
            actor: actorOf(request),
            invitationId: request.params.invitationId,
            title: request.body.title,
          }),
        ),
      ),
  );
};
