import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  analysisTableCsv,
  analysisTables,
  TABLE_IDS,
  type AnalysisName,
  type AnalysisResults,
} from '../../core/analysis/tables.js';
import type { AnalysisFilters } from '../../core/analysis/types.js';
import { actorOf } from '../http/access.js';
import { attachmentDisposition } from '../http/attachment.js';
import { localeFromHeader } from '../http/locale.js';
import { badRequest } from '../http/problem.js';
import { printPdf } from '../reports/print-pdf.js';
import {
  analyseChange,
  analyseFixFirst,
  analyseOutcome,
  analyseTrend,
  analyseWhen,
  analyseWho,
  analyseWhy,
  departmentReport,
  type AnalysisRequest,
} from './build-analysis.js';
import { departmentReportHtml } from './department-report-html.js';
import {
  AnalysisCsvQuery,
  AnalysisQuery,
  ChangeCsvQuery,
  ChangeQuery,
  DepartmentFileQuery,
  DepartmentParams,
  DepartmentQuery,
  TrendCsvQuery,
  TrendQuery,
} from './schema.js';

const access = { permission: 'analysis:read' } as const;
const FILTERS =
  'Filters: from, to (calendar days, Europe/Stockholm, inclusive, at most 1,100 days), channel, unitId (the unit and ' +
  'units below it, by the topic’s owner), topicId (the topic and topics below it), need, resolution. Counts are of ' +
  'logged contacts that are not deleted, within what the asker may see. docs/metrics.md, "Analyses", defines each figure.';
const CSV_NOTE =
  'One chart as CSV (UTF-8 with BOM, semicolons, decimal comma in Swedish): the `table` parameter names it.';

function filtersOf(q: AnalysisFilters): AnalysisFilters {
  return {
    from: q.from,
    to: q.to,
    channel: q.channel,
    unitId: q.unitId,
    topicId: q.topicId,
    need: q.need,
    resolution: q.resolution,
  };
}

async function sendCsv<N extends AnalysisName>(
  request: FastifyRequest,
  reply: FastifyReply,
  name: N,
  result: AnalysisResults[N],
  query: { table?: string | undefined; lang?: 'sv' | 'en' | undefined; from: string; to: string },
) {
  const locale = query.lang ?? localeFromHeader(request.headers['accept-language']);
  const table = analysisTables(name, result, locale).find((t) => t.id === query.table);
  if (!table) {
    throw badRequest('validation_failed', [
      {
        pointer: '/querystring/table',
        code: 'analysis_table_unknown',
        params: { tables: TABLE_IDS[name].join(', ') },
      },
    ]);
  }
  const fileName = `${locale === 'sv' ? 'analys' : 'analysis'}-${name}-${table.id}-${query.from}--${query.to}.csv`;
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', attachmentDisposition(fileName))
    .header('cache-control', 'no-store')
    .send(analysisTableCsv(table, locale));
}

export const analysisRoutes: FastifyPluginAsyncZod = async (app) => {
  const req = (request: FastifyRequest, filters: AnalysisFilters): AnalysisRequest => ({
    db: app.db,
    actor: actorOf(request),
    filters: filtersOf(filters),
  });

  const simple = [
    [
      'when',
      'When citizens make contact: weekday × hour, by week or month beside the same days last year and the offered calls, by channel',
      (r: AnalysisRequest, q: { interval: 'week' | 'month' }) => analyseWhen(r, q.interval),
    ],
    [
      'who',
      'From where and who: district, gender and age band, with the share of contacts where each was recorded',
      (r: AnalysisRequest) => analyseWho(r),
    ],
    [
      'why',
      'Why: needs and their mix over time, topics as a Pareto, failure demand overall, by reason, topic and department, existing-case questions by department',
      (r: AnalysisRequest, q: { interval: 'week' | 'month' }) => analyseWhy(r, q.interval),
    ],
    [
      'outcome',
      'How contacts ended: resolution grades by channel, department and topic; forwarded contacts by receiving department',
      (r: AnalysisRequest) => analyseOutcome(r),
    ],
    [
      'fix-first',
      'What to fix first: topics by failure-demand contacts and the guide time they cost, with their owner department',
      (r: AnalysisRequest) => analyseFixFirst(r),
    ],
  ] as const;

  for (const [name, summary, analyse] of simple) {
    app.get(
      `/api/analysis/${name}`,
      {
        config: access,
        schema: { tags: ['analysis'], summary, description: FILTERS, querystring: AnalysisQuery },
      },
      async (request) => analyse(req(request, request.query), request.query),
    );
    app.get(
      `/api/analysis/${name}.csv`,
      {
        config: access,
        schema: {
          tags: ['analysis'],
          summary: `${summary} (CSV)`,
          description: `${CSV_NOTE} ${FILTERS}`,
          querystring: AnalysisCsvQuery,
          produces: ['text/csv'],
        },
      },
      async (request, reply) =>
        sendCsv(
          request,
          reply,
          name,
          await analyse(req(request, request.query), request.query),
          request.query,
        ),
    );
  }

  const trendSummary =
    'A measure as a time series by week or month (contacts; or a share with its 95% Wilson interval)';
  app.get(
    '/api/analysis/trend',
    {
      config: access,
      schema: { tags: ['analysis'], summary: trendSummary, description: FILTERS, querystring: TrendQuery },
    },
    async (request) =>
      analyseTrend(req(request, request.query), request.query.measure, request.query.interval),
  );
  app.get(
    '/api/analysis/trend.csv',
    {
      config: access,
      schema: {
        tags: ['analysis'],
        summary: `${trendSummary} (CSV)`,
        description: `${CSV_NOTE} ${FILTERS}`,
        querystring: TrendCsvQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      sendCsv(
        request,
        reply,
        'trend',
        await analyseTrend(req(request, request.query), request.query.measure, request.query.interval),
        request.query,
      ),
  );

  const changeSummary =
    'The change of a measure between a base period (baseFrom..baseTo) and the period (from..to), with its 95% interval: ' +
    'for shares Newcombe’s hybrid score interval of the difference, for contacts the difference of daily rates (Poisson)';
  app.get(
    '/api/analysis/change',
    {
      config: access,
      schema: { tags: ['analysis'], summary: changeSummary, description: FILTERS, querystring: ChangeQuery },
    },
    async (request) =>
      analyseChange(req(request, request.query), request.query.measure, {
        from: request.query.baseFrom,
        to: request.query.baseTo,
      }),
  );
  app.get(
    '/api/analysis/change.csv',
    {
      config: access,
      schema: {
        tags: ['analysis'],
        summary: `${changeSummary} (CSV)`,
        description: `${CSV_NOTE} ${FILTERS}`,
        querystring: ChangeCsvQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      sendCsv(
        request,
        reply,
        'change',
        await analyseChange(req(request, request.query), request.query.measure, {
          from: request.query.baseFrom,
          to: request.query.baseTo,
        }),
        request.query,
      ),
  );

  const departmentSummary =
    'The department report: contacts about the department’s services, failure demand and reasons, topics, needs, ' +
    'existing-case questions, contacts forwarded to it, by month. unitId must be a department (a root unit).';
  app.get(
    '/api/analysis/departments/:unitId',
    {
      config: access,
      schema: {
        tags: ['analysis'],
        summary: departmentSummary,
        description: FILTERS,
        params: DepartmentParams,
        querystring: DepartmentQuery,
      },
    },
    async (request) => departmentReport(req(request, request.query), request.params.unitId),
  );
  app.get(
    '/api/analysis/departments/:unitId.csv',
    {
      config: access,
      schema: {
        tags: ['analysis'],
        summary: `${departmentSummary} (CSV)`,
        description: `${CSV_NOTE} ${FILTERS}`,
        params: DepartmentParams,
        querystring: DepartmentFileQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      sendCsv(
        request,
        reply,
        'department',
        await departmentReport(req(request, request.query), request.params.unitId),
        request.query,
      ),
  );
  app.get(
    '/api/analysis/departments/:unitId.pdf',
    {
      config: access,
      schema: {
        tags: ['analysis'],
        summary: `${departmentSummary} (PDF, A4)`,
        description: FILTERS,
        params: DepartmentParams,
        querystring: DepartmentFileQuery,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const locale = request.query.lang ?? localeFromHeader(request.headers['accept-language']);
      const report = await departmentReport(req(request, request.query), request.params.unitId);
      const pdf = await printPdf(
        departmentReportHtml(report, locale, new Date()),
        app.lotsConfig.chromiumPath,
      );
      const name = `${locale === 'sv' ? 'forvaltningsrapport' : 'department-report'}-${report.from}--${report.to}.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', attachmentDisposition(name))
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
