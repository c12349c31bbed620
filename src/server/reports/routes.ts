import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseScope, type Scope } from '../../core/telephony/scope.js';
import { weeklyReportCsv } from '../../core/telephony/weekly-report-csv.js';
import { actorOf } from '../http/access.js';
import { attachmentDisposition } from '../http/attachment.js';
import { localeFromHeader } from '../http/locale.js';
import { buildWeeklyReport, WEEKS_MAX } from './build-weekly-report.js';
import { printPdf } from './print-pdf.js';
import { WeeklyReportJson, WeeklyReportQuery } from './schema.js';
import { weeklyReportHtml } from './weekly-report-html.js';
import { weeklyReportXlsx } from './weekly-report-xlsx.js';

const FORMATS = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

const DESCRIPTION =
  'For each measure a row per weekday (Monday-Friday; Saturday and Sunday when they had calls) and a weekly row; ' +
  'mean, goal, lowest and highest over the chosen weeks (closed days left out of the weekday rows), then one ' +
  `column per week. At most ${WEEKS_MAX} weeks. docs/metrics.md defines every figure.`;

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/reports/weekly',
    {
      config: { permission: 'reports:read' },
      schema: {
        tags: ['reports'],
        summary: 'The weekly report (JSON: shares as fractions 0..1, times in seconds, closed days marked)',
        description: DESCRIPTION,
        querystring: WeeklyReportQuery,
        response: { 200: WeeklyReportJson },
      },
    },
    async (request) =>
      buildWeeklyReport({
        db: app.db,
        actor: actorOf(request),
        scope: parseScope(request.query.scope) as Scope,
        from: request.query.from,
        to: request.query.to,
      }),
  );

  for (const format of ['csv', 'xlsx', 'pdf'] as const) {
    app.get(
      `/api/reports/weekly.${format}`,
      {
        config: { permission: 'reports:read' },
        schema: {
          tags: ['reports'],
          summary: `The weekly report as ${format === 'csv' ? 'CSV (UTF-8 with BOM, semicolons, decimal comma in Swedish)' : format === 'xlsx' ? 'an Excel workbook' : 'a PDF (A4 landscape)'}`,
          description: `${DESCRIPTION} Labels in Swedish, or English with lang=en or when Accept-Language prefers it.`,
          querystring: WeeklyReportQuery,
          produces: [FORMATS[format]],
        },
      },
      async (request, reply) => {
        const locale = request.query.lang ?? localeFromHeader(request.headers['accept-language']);
        const report = await buildWeeklyReport({
          db: app.db,
          actor: actorOf(request),
          scope: parseScope(request.query.scope) as Scope,
          from: request.query.from,
          to: request.query.to,
        });
        const body =
          format === 'csv'
            ? weeklyReportCsv(report, locale)
            : format === 'xlsx'
              ? await weeklyReportXlsx(report, locale)
              : await printPdf(weeklyReportHtml(report, locale), app.lotsConfig.chromiumPath);
        const name = `${locale === 'sv' ? 'veckorapport' : 'weekly-report'}-${report.from}--${report.to}.${format}`;
        return reply
          .type(FORMATS[format])
          .header('content-disposition', attachmentDisposition(name))
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }
};
