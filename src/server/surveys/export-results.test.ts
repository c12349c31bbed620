/**
 * A survey's results as CSV, Excel and PDF (GET /api/surveys/:id/results.csv, .xlsx, report.pdf):
 * the exact contents for hand-worked answers, who may download them, and a clear 503 without
 * Chromium.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../core/surveys/questions.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { surveyReportHtml } from './survey-report-html.js';

const server = await testServer();
const { app, db } = server;

const get = (who: SignedIn | null, url: string) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });

/** An SKR phone survey: ease (enkelhet) and treatment (bemötande); four delivered, three answered. */
async function world() {
  const manager = await signedInAs(server, ['manager']);
  const created = await app.inject({
    method: 'POST',
    url: '/api/surveys',
    headers: manager.headers,
    payload: { template: 'skr_phone' },
  });
  const surveyId = created.json<{ id: string }>().id;
  const invite = (day: string, channel: string, answers: Record<string, AnswerValue>) =>
    withTenantClient(db, manager.tenant.id, async (c) => {
      const [row] = await c.query<{ id: string }>(
        `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, channel,
                                         send_at, sent_at, expires_at)
         VALUES (lots_current_tenant(), $1, 1, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'sms', $2, $3,
                 now(), now(), now() + interval '14 days')
         RETURNING id`,
        [surveyId, day, channel],
      );
      await c.run(
        `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value)
         SELECT lots_current_tenant(), $1, key, value FROM jsonb_each($2::jsonb)`,
        [row!.id, JSON.stringify(answers)],
      );
    });
  await invite('2026-03-02', 'phone', { ease: 5, treatment: 4 });
  await invite('2026-03-03', 'phone', { ease: 3, treatment: 5 });
  await invite('2026-03-04', 'email', { ease: 4 });
  await invite('2026-03-05', 'phone', {});
  return { manager, surveyId };
}

const PERIOD = 'from=2026-03-01&to=2026-03-31';

describe('survey results as files', () => {
  it('CSV: each table with the hand-worked figures, Swedish or English', async () => {
    const w = await world();
    const summary = await get(w.manager, `/api/surveys/${w.surveyId}/results.csv?${PERIOD}&table=summary`);
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(summary.headers['content-disposition']).toContain('enkat-2026-03-01--2026-03-31-summary.csv');
    // 4 delivered, 3 answered: 75.0 %, Wilson 30.1-95.4 %; 3 respondents; no comments.
    expect(summary.body.split('\r\n')[1]).toBe('4;3;75,0;30,1;95,4;3;0');
    const questions = await get(
      w.manager,
      `/api/surveys/${w.surveyId}/results.csv?${PERIOD}&table=questions&lang=en`,
    );
    const [header, ease, treatment] = questions.body.split('\r\n');
    expect(header!.startsWith('\uFEFFQuestion;Dimension;Answers;Mean;')).toBe(true);
    // treatment 4, 5: mean 4.5, t(1) = 12.71 cuts the interval to 1-5; index 87.5; both satisfied, Wilson 34.2-100 %;
    // the national 2024 index 83.8 beside it.
    expect(treatment).toMatch(
      /;Treatment;2;4\.50;1\.00;5\.00;87\.5;0\.0;100\.0;2;100\.0;34\.2;100\.0;Yes;No;83\.8$/,
    );
    // ease 5, 3, 4: mean 4, s = 1, t(2) = 4.303: 4 ± 2.48 -> 1.52-5.00 (cut); index 75, 12.9-100; 2 of 3 satisfied.
    expect(ease).toMatch(/;Ease;3;4\.00;1\.52;5\.00;75\.0;12\.9;100\.0;2;66\.7;20\.8;93\.9;Yes;No;74\.9$/);
    const groups = await get(
      w.manager,
      `/api/surveys/${w.surveyId}/results.csv?${PERIOD}&table=groups&by=channel`,
    );
    expect(groups.body.split('\r\n').slice(1, 3)).toEqual([
      // email: 1 delivered, answered, ease 4 -> index 75 (n 1), no treatment; phone: 3 delivered, 2 answered.
      'E-post;1;1;100,0;1;75,0;1;;0',
      'Telefon;3;2;66,7;2;75,0;2;87,5;2',
    ]);
    const noBy = await get(w.manager, `/api/surveys/${w.surveyId}/results.csv?${PERIOD}&table=groups`);
    expect(noBy.statusCode).toBe(400);
    expect(noBy.json<{ errors: { pointer: string }[] }>().errors[0]!.pointer).toBe('/querystring/by');
    const noTable = await get(w.manager, `/api/surveys/${w.surveyId}/results.csv?${PERIOD}`);
    expect(noTable.statusCode).toBe(400);
  });

  it('Excel: a sheet per table with real numbers', async () => {
    const w = await world();
    const res = await get(w.manager, `/api/surveys/${w.surveyId}/results.xlsx?${PERIOD}`);
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Svarsfrekvens',
      'Frågor (skala 1-5)',
      'Dimensioner',
      'Rekommendation (0-10, NPS)',
      'Svarsalternativ',
      'Om underlaget',
    ]);
    const summary = workbook.getWorksheet('Svarsfrekvens')!;
    expect(summary.getRow(2).getCell(3).value).toBe(0.75);
    expect(summary.getRow(2).getCell(3).numFmt).toBe('0.0%');
    const questions = workbook.getWorksheet('Frågor (skala 1-5)')!;
    // Question, dimension, n, mean: ease 4, treatment 4.5.
    expect(questions.getRow(2).getCell(4).value).toBe(4);
    expect(questions.getRow(3).getCell(4).value).toBe(4.5);
    expect(questions.getRow(3).getCell(4).numFmt).toBe('0.00');
  });

  it(
    'PDF: printed by Chromium, or a clear 503 without it; only for those who read surveys',
    { timeout: 60_000 },
    async () => {
      const w = await world();
      const saved = app.lotsConfig.chromiumPath;
      (app.lotsConfig as { chromiumPath: string }).chromiumPath = '/nonexistent/chromium';
      try {
        const res = await get(w.manager, `/api/surveys/${w.surveyId}/report.pdf?${PERIOD}`);
        expect(res.statusCode).toBe(503);
        expect(res.json()).toMatchObject({ code: 'report_pdf_unavailable' });
      } finally {
        (app.lotsConfig as { chromiumPath: string }).chromiumPath = saved;
      }
      const printed = await get(w.manager, `/api/surveys/${w.surveyId}/report.pdf?${PERIOD}&lang=en`);
      expect(printed.statusCode, printed.body.slice(0, 200)).toBe(200);
      expect(printed.headers['content-type']).toBe('application/pdf');
      expect(printed.headers['content-disposition']).toContain('survey-report-2026-03-01--2026-03-31.pdf');
      expect(printed.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const guide = await signedInAs(server, ['guide'], { tenant: w.manager.tenant });
      for (const path of ['results.csv?table=summary&', 'results.xlsx?', 'report.pdf?']) {
        expect((await get(null, `/api/surveys/${w.surveyId}/${path}${PERIOD}`)).statusCode).toBe(401);
        expect((await get(guide, `/api/surveys/${w.surveyId}/${path}${PERIOD}`)).statusCode).toBe(403);
      }
    },
  );

  it("the PDF's document: every figure as people read it, every text escaped", () => {
    const html = surveyReportHtml(
      [
        {
          id: 'questions',
          title: 'Frågor',
          columns: [
            { label: 'Fråga', unit: 'text' },
            { label: 'Antal svar', unit: 'count' },
            { label: 'Medelvärde', unit: 'mean' },
            { label: 'Index', unit: 'index' },
            { label: 'Andel nöjda', unit: 'share' },
          ],
          rows: [['<Lätt?>', 1234, 4.5, 87.5, 2 / 3]],
        },
      ],
      { survey: 'Efter kontakten', from: '2026-03-01', to: '2026-03-31', version: 2 },
      'sv',
    );
    expect(html).toContain('<th scope="row">&lt;Lätt?&gt;</th>');
    expect(html).toContain(
      '<td class="count">1\u00a0234</td><td class="mean">4,50</td><td class="index">87,5</td>',
    );
    expect(html).toContain('<td class="share">66,7\u00a0%</td>');
    expect(html).toContain('version 2');
    expect(html).not.toContain('<script');
  });
});
