import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/access.js';
import { localeFromHeader } from '../http/locale.js';
import { answerQuestion, openLink } from './answer-survey.js';
import { giveAddress } from './give-address.js';
import { myFeedback } from './my-feedback.js';
import { attachmentDisposition } from '../http/attachment.js';
import { exportResults } from './export-results.js';
import { answersBehind } from './survey-answers.js';
import { resultsOf, type Filter } from './survey-results.js';
import {
  changeQuestions,
  changeSurvey,
  createLink,
  createSurvey,
  surveyOf,
  surveysOf,
} from './manage-surveys.js';
import { presentLink, presentSurvey } from './presenter.js';
import {
  AddressBody,
  AddressJson,
  AnswerBody,
  AnswerParams,
  AnswersJson,
  AnswersQuery,
  ChangeSurveyBody,
  CreateSurveyBody,
  Definition,
  IdParams,
  LinkBody,
  LinkJson,
  MyFeedbackJson,
  PublicSurveyJson,
  ResultsCsvQuery,
  ResultsFileQuery,
  ResultsJson,
  ResultsQuery,
  SurveyJson,
  SurveyListJson,
  TokenParams,
} from './schema.js';
import { PUBLIC_RATE_LIMIT, surveyPageRoutes } from './answer-page/routes.js';

/** The results' period and filters from a query string. */
const resultFilter = (q: Omit<ResultsQuery, 'by'>): Filter => ({
  from: q.from,
  to: q.to,
  version: q.version ?? null,
  channel: q.channel ?? null,
  topicId: q.topicId ?? null,
  need: q.need ?? null,
  unitId: q.unitId ?? null,
  resolution: q.resolution ?? null,
});

const FILE_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const SURVEYS =
  'Surveys (issue #15): docs/metrics.md, "Surveys". A survey is made from a shipped template; its questions are ' +
  'changed in place until the first invitation and as a new version after it.';

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/surveys',
    {
      config: { permission: 'surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'Every survey of the municipality',
        description: SURVEYS,
        response: { 200: SurveyListJson },
      },
    },
    async (request) => ({
      surveys: (await surveysOf({ db: app.db, actor: actorOf(request) })).map(presentSurvey),
    }),
  );

  app.post(
    '/api/surveys',
    {
      config: { permission: 'surveys:write' },
      schema: {
        tags: ['surveys'],
        summary: 'Make a survey from a shipped template (a draft)',
        description: SURVEYS,
        body: CreateSurveyBody,
        response: { 201: SurveyJson },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentSurvey(await createSurvey({ db: app.db, actor: actorOf(request), body: request.body }))),
  );

  app.get(
    '/api/surveys/:id',
    {
      config: { permission: 'surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'One survey with its current version',
        params: IdParams,
        response: { 200: SurveyJson },
      },
    },
    async (request) =>
      presentSurvey(await surveyOf({ db: app.db, actor: actorOf(request), id: request.params.id })),
  );

  app.patch(
    '/api/surveys/:id',
    {
      config: { permission: 'surveys:write' },
      schema: {
        tags: ['surveys'],
        summary: "Change a survey's name, status, invitation rules, link life or reminder",
        description: SURVEYS,
        params: IdParams,
        body: ChangeSurveyBody,
        response: { 200: SurveyJson },
      },
    },
    async (request) =>
      presentSurvey(
        await changeSurvey({
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          body: request.body,
        }),
      ),
  );

  app.put(
    '/api/surveys/:id/questions',
    {
      config: { permission: 'surveys:write' },
      schema: {
        tags: ['surveys'],
        summary: "Replace a survey's questions (a new version once it has been sent)",
        description: SURVEYS,
        params: IdParams,
        body: Definition,
        response: { 200: SurveyJson },
      },
    },
    async (request) =>
      presentSurvey(
        await changeQuestions({
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          definition: request.body,
        }),
      ),
  );

  app.post(
    '/api/surveys/:id/links',
    {
      config: { permission: 'surveys:write' },
      schema: {
        tags: ['surveys'],
        summary:
          'Make one single-use link (for an IVR to read out, or to try the survey); the token is shown once',
        params: IdParams,
        body: LinkBody,
        response: { 201: LinkJson },
      },
    },
    async (request, reply) => {
      const link = await createLink({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        contactId: request.body.contactId,
      });
      return reply.status(201).send({ ...link, path: `/e/${link.token}` });
    },
  );

  app.get(
    '/api/public/survey-links/:token',
    {
      config: { access: 'public', rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags: ['surveys'],
        summary: "A survey link's questions and the answers given so far (no sign-in: the link is the key)",
        params: TokenParams,
        response: { 200: PublicSurveyJson },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
      return presentLink(
        await openLink(app.db, request.params.token),
        localeFromHeader(request.headers['accept-language']),
      );
    },
  );

  app.put(
    '/api/public/survey-links/:token/answers/:question',
    {
      config: { access: 'public', rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags: ['surveys'],
        summary:
          'Answer one question (a repeated answer replaces the earlier one); text is masked of personal data',
        params: AnswerParams,
        body: AnswerBody,
        response: { 200: PublicSurveyJson },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const link = await answerQuestion(
        app.db,
        request.params.token,
        request.params.question,
        request.body.value,
      );
      return presentLink(link, localeFromHeader(request.headers['accept-language']));
    },
  );

  app.get(
    '/api/surveys/:id/results',
    {
      config: { permission: 'surveys:read' },
      schema: {
        tags: ['surveys'],
        summary:
          "A survey's results for a period: response rate, each question and dimension with 95% intervals",
        description:
          'docs/metrics.md, "Surveys". The period is the days of the contacts asked about. Default version: the ' +
          'current. `by` splits the figures per channel, need, unit, resolution, version or month. Figures from fewer ' +
          'than 30 answers are marked uncertain; SKR comparisons need 100 answers per channel.',
        params: IdParams,
        querystring: ResultsQuery,
        response: { 200: ResultsJson },
      },
    },
    async (request) => {
      const q = request.query;
      return resultsOf({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        filter: resultFilter(q),
        by: q.by ?? null,
      });
    },
  );

  for (const [path, format, querystring, summary] of [
    [
      'results.csv',
      'csv',
      ResultsCsvQuery,
      "One table of a survey's results as CSV (UTF-8 with BOM, semicolons, decimal comma in Swedish)",
    ],
    ['results.xlsx', 'xlsx', ResultsFileQuery, "A survey's results as an Excel workbook, a sheet per table"],
    ['report.pdf', 'pdf', ResultsFileQuery, "A survey's results as a PDF report (A4 landscape)"],
  ] as const) {
    app.get(
      `/api/surveys/:id/${path}`,
      {
        config: { permission: 'surveys:read' },
        schema: {
          tags: ['surveys'],
          summary,
          description:
            'The same period, filters and breakdown as the results (docs/metrics.md, "Surveys"). Labels in Swedish, ' +
            'or English with lang=en or when Accept-Language prefers it.' +
            (format === 'pdf' ? ' 503 when the server has no Chromium to print with.' : ''),
          params: IdParams,
          querystring,
          produces: [FILE_TYPES[format]],
        },
      },
      async (request, reply) => {
        const q = request.query;
        const file = await exportResults(format, {
          db: app.db,
          actor: actorOf(request),
          id: request.params.id,
          filter: resultFilter(q),
          by: q.by ?? null,
          locale: q.lang ?? localeFromHeader(request.headers['accept-language']),
          table: 'table' in q ? q.table : null,
          chromiumPath: app.lotsConfig.chromiumPath,
        });
        return reply
          .type(FILE_TYPES[format])
          .header('content-disposition', attachmentDisposition(file.fileName))
          .header('cache-control', 'no-store')
          .send(file.body);
      },
    );
  }

  app.get(
    '/api/surveys/:id/answers',
    {
      config: { permission: 'surveys:read' },
      schema: {
        tags: ['surveys'],
        summary: 'The answers behind a figure of the results: each respondent with the answers that count',
        description:
          'The same period and filters as the results, and optionally a question (with a value, or `satisfied`) or a ' +
          'dimension (with `satisfied`). Newest contact day first, `limit` at a time; `nextCursor` gives the next page. ' +
          "Each respondent with the contact's channel, topic, need, unit, resolution and day; never the address or the " +
          'guide. Comments are masked of personal data.',
        params: IdParams,
        querystring: AnswersQuery,
        response: { 200: AnswersJson },
      },
    },
    async (request) => {
      const q = request.query;
      return answersBehind({
        db: app.db,
        actor: actorOf(request),
        id: request.params.id,
        query: {
          ...resultFilter(q),
          question: q.question ?? null,
          value: q.value ?? null,
          dimension: q.dimension ?? null,
          satisfied: q.satisfied === undefined ? null : q.satisfied === 'true',
          cursor: q.cursor ?? null,
          limit: q.limit,
        },
      });
    },
  );

  app.get(
    '/api/surveys/my-feedback',
    {
      config: { permission: 'contacts:log' },
      schema: {
        tags: ['surveys'],
        summary: "What citizens answered about one's own contacts, newest first (for the guide alone)",
        response: { 200: MyFeedbackJson },
      },
    },
    async (request) => ({
      items: await myFeedback({
        db: app.db,
        actor: actorOf(request),
        locale: localeFromHeader(request.headers['accept-language']),
      }),
    }),
  );

  app.post(
    '/api/contacts/:id/survey-address',
    {
      config: { permission: 'contacts:log' },
      schema: {
        tags: ['surveys'],
        summary:
          "Give the address (e-mail or Swedish mobile number) a citizen agreed to be asked at, for one's own contact",
        description:
          'Within 24 hours of the contact. The address is kept apart from the contact and deleted when the ' +
          'invitation has gone (or when it is decided that none goes: quarantine, sample, cap).',
        params: IdParams,
        body: AddressBody,
        response: { 202: AddressJson },
      },
    },
    async (request, reply) =>
      reply.status(202).send(
        await giveAddress({
          db: app.db,
          actor: actorOf(request),
          contactId: request.params.id,
          text: request.body.address,
        }),
      ),
  );

  await app.register(surveyPageRoutes);
};
