import { describe, expect, it } from 'vitest';
import type {
  ChangeAnalysis,
  DepartmentReport,
  FixFirstAnalysis,
  OutcomeAnalysis,
  TrendAnalysis,
  WhenAnalysis,
  WhoAnalysis,
  WhyAnalysis,
} from '../../core/analysis/types.js';
import { createContact, createTopic, createUnit } from '../../test/factories.js';
import { signedInAs, testServer, type SignedIn } from '../../test/server.js';
import { departmentReportHtml } from './department-report-html.js';

const server = await testServer();
const { app, db } = server;

const get = (who: SignedIn | null, url: string) =>
  app.inject({ method: 'GET', url, ...(who ? { headers: who.headers } : {}) });
async function json<T>(who: SignedIn, url: string): Promise<T> {
  const res = await get(who, url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
}
const MARCH = 'from=2026-03-01&to=2026-03-31';

/**
 * A hand-made month (March 2026, Stockholm is UTC+1 until the 29th). Two departments: A
 * (Samhällsbyggnad, with the unit "Vatten och avfall") and B (Kultur). Six contacts count:
 *   c1 Faktura (A's unit)  phone  Mon 09 08:30  dont_understand  FD did_not_understand  resolved_self  300 s  woman 30-39 Barkarby
 *   c2 Faktura             phone  Mon 09 08:45  problem/service  FD municipality_error  forwarded→A's unit  600 s  existing case  man
 *   c3 Faktura             email  Tue 10 14:10  want_to_know     -                      resolved_handling  120 s  existing case  Barkarby
 *   c4 Bygglov (A)         visit  Wed 11 10:00  want_service     -                      resolved_specialist 900 s  30-39
 *   c5 Bibliotek (B)       chat   Sun 15 23:30  opinion          -                      unresolved          60 s
 *   c6 Bygglov             phone  Mon 16 00:30  problem/delivery FD chasing_case        forwarded→B        240 s  existing case
 * Not counted: a deleted contact, another municipality's, and c7 a year earlier (Mon 2025-03-10,
 * ISO week 11 like c1-c5), which is the "same days last year" of week 11 and of March.
 */
async function dataset() {
  const manager = await signedInAs(server, ['manager']);
  const t = manager.tenant.id;
  const guide = await signedInAs(server, ['guide'], { tenant: manager.tenant });
  const a = await createUnit(db, t, { name: 'Samhällsbyggnad' });
  const water = await createUnit(db, t, { name: 'Vatten och avfall', parentId: a.id });
  const b = await createUnit(db, t, { name: 'Kultur' });
  const invoice = await createTopic(db, t, { name: 'Faktura', ownerUnitId: water.id });
  const permit = await createTopic(db, t, { name: 'Bygglov', ownerUnitId: a.id });
  const library = await createTopic(db, t, { name: 'Bibliotek', ownerUnitId: b.id });
  const by = guide.user.id;
  const make = (o: Omit<Parameters<typeof createContact>[2], 'loggedByUserId'>) =>
    createContact(db, t, { loggedByUserId: by, ...o });
  await make({
    topic: invoice,
    startedAt: new Date('2026-03-09T07:30:00Z'),
    need: 'dont_understand',
    isFailureDemand: true,
    failureReason: 'did_not_understand_information',
    durationSeconds: 300,
    citizenGender: 'woman',
    citizenAgeBand: '30-39',
    citizenDistrict: 'Barkarby',
  });
  await make({
    topic: invoice,
    startedAt: new Date('2026-03-09T07:45:00Z'),
    need: 'problem',
    problemKind: 'service',
    isFailureDemand: true,
    failureReason: 'municipality_error',
    resolution: 'forwarded',
    forwardedToUnitId: water.id,
    forwardDone: 'Kollade fakturan',
    forwardExpected: 'Rätta fakturan',
    durationSeconds: 600,
    concernsExistingCase: true,
    citizenGender: 'man',
  });
  await make({
    topic: invoice,
    channel: 'email',
    startedAt: new Date('2026-03-10T13:10:00Z'),
    need: 'want_to_know',
    resolution: 'resolved_handling',
    durationSeconds: 120,
    concernsExistingCase: true,
    citizenDistrict: 'Barkarby',
  });
  await make({
    topic: permit,
    channel: 'visit',
    startedAt: new Date('2026-03-11T09:00:00Z'),
    need: 'want_service',
    resolution: 'resolved_specialist',
    durationSeconds: 900,
    citizenAgeBand: '30-39',
  });
  await make({
    topic: library,
    channel: 'chat',
    startedAt: new Date('2026-03-15T22:30:00Z'),
    need: 'opinion',
    resolution: 'unresolved',
    durationSeconds: 60,
  });
  await make({
    topic: permit,
    startedAt: new Date('2026-03-15T23:30:00Z'),
    need: 'problem',
    problemKind: 'delivery',
    isFailureDemand: true,
    failureReason: 'chasing_case',
    resolution: 'forwarded',
    forwardedToUnitId: b.id,
    forwardDone: 'Sökte ärendet',
    forwardExpected: 'Ge besked',
    durationSeconds: 240,
    concernsExistingCase: true,
  });
  await make({
    topic: invoice,
    startedAt: new Date('2026-03-12T08:00:00Z'),
    need: 'problem',
    problemKind: 'service',
    isFailureDemand: true,
    failureReason: 'other',
    deletedAt: new Date('2026-03-12T09:00:00Z'),
    deletedReason: 'Dubblett',
  });
  await make({ topic: invoice, startedAt: new Date('2025-03-10T08:00:00Z') });
  // Another municipality, the same month.
  const other = await signedInAs(server, ['guide']);
  const otherUnit = await createUnit(db, other.tenant.id, { name: 'Samhällsbyggnad' });
  const otherTopic = await createTopic(db, other.tenant.id, { name: 'Faktura', ownerUnitId: otherUnit.id });
  await createContact(db, other.tenant.id, {
    loggedByUserId: other.user.id,
    topic: otherTopic,
    startedAt: new Date('2026-03-09T07:30:00Z'),
  });
  return { manager, guide, a, water, b, invoice, permit, library };
}

const d = await dataset();
const four = (x: number | null | undefined) => (x == null ? x : Math.round(x * 10_000) / 10_000);

describe('GET /api/analysis/why', () => {
  it('needs, the topic Pareto, failure demand with reasons, by topic and department, existing cases', async () => {
    const why = await json<WhyAnalysis>(d.manager, `/api/analysis/why?${MARCH}`);
    expect(why.total).toBe(6);
    expect(Object.fromEntries(why.needs.map((n) => [n.need, n.contacts]))).toEqual({
      want_service: 1,
      want_to_know: 1,
      problem: 2,
      dont_understand: 1,
      opinion: 1,
      other_authority: 0,
    });
    expect(
      why.topics.map((r) => [
        r.topicPath,
        r.departmentName,
        r.contacts,
        four(r.share),
        four(r.cumulativeShare),
      ]),
    ).toEqual([
      ['Faktura', 'Samhällsbyggnad', 3, 0.5, 0.5],
      ['Bygglov', 'Samhällsbyggnad', 2, 0.3333, 0.8333],
      ['Bibliotek', 'Kultur', 1, 0.1667, 1],
    ]);
    // 3 of 6: Wilson 0.1876 to 0.8124.
    expect(why.failureDemand).toMatchObject({ numerator: 3, denominator: 6, value: 0.5, uncertain: true });
    expect(four(why.failureDemand.interval?.low)).toBe(0.1876);
    expect(four(why.failureDemand.interval?.high)).toBe(0.8124);
    expect(
      why.failureReasons
        .filter((r) => r.contacts > 0)
        .map((r) => [r.reason, r.contacts, r.share.denominator]),
    ).toEqual([
      ['did_not_understand_information', 1, 3],
      ['chasing_case', 1, 3],
      ['municipality_error', 1, 3],
    ]);
    expect(why.failureByTopic.map((r) => [r.topicPath, r.share.numerator, r.share.denominator])).toEqual([
      ['Faktura', 2, 3],
      ['Bygglov', 1, 2],
    ]);
    expect(
      why.failureByDepartment.map((r) => [r.departmentName, r.share.numerator, r.share.denominator]),
    ).toEqual([
      ['Samhällsbyggnad', 3, 5],
      ['Kultur', 0, 1],
    ]);
    expect(
      why.existingCasesByDepartment.map((r) => [r.departmentName, r.share.numerator, r.share.denominator]),
    ).toEqual([
      ['Samhällsbyggnad', 3, 5],
      ['Kultur', 0, 1],
    ]);
    const march = why.needSeries.buckets;
    expect(march).toHaveLength(1);
    expect(march[0]).toMatchObject({ key: '2026-03', total: 6 });
    expect(march[0]!.needs.problem).toBe(2);
  });

  it('each filter narrows every figure: channel, unit (with the units below), topic, need, resolution', async () => {
    const total = async (q: string) =>
      (await json<WhyAnalysis>(d.manager, `/api/analysis/why?${MARCH}&${q}`)).total;
    expect(await total('channel=phone')).toBe(3);
    expect(await total(`unitId=${d.a.id}`)).toBe(5);
    expect(await total(`unitId=${d.water.id}`)).toBe(3);
    expect(await total(`topicId=${d.permit.id}`)).toBe(2);
    expect(await total('need=problem')).toBe(2);
    expect(await total('resolution=forwarded')).toBe(2);
    expect(await total('channel=letter')).toBe(0);
  });

  it('a topic Pareto as CSV holds the numbers of the chart, in Swedish and English', async () => {
    const res = await get(d.manager, `/api/analysis/why.csv?${MARCH}&table=topics&lang=sv`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('analys-why-topics-2026-03-01--2026-03-31.csv');
    expect(res.body.split('\r\n')).toEqual([
      '\uFEFFÄmne;Förvaltning;Kontakter;Andel (%);Kumulativ andel (%)',
      'Faktura;Samhällsbyggnad;3;50,0;50,0',
      'Bygglov;Samhällsbyggnad;2;33,3;83,3',
      'Bibliotek;Kultur;1;16,7;100,0',
      '',
    ]);
    const en = await get(d.manager, `/api/analysis/why.csv?${MARCH}&table=failureByDepartment&lang=en`);
    expect(en.body.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFDepartment;Contacts;Failure demand;Share (%);Share, 95% CI low (%);Share, 95% CI high (%);Uncertain (fewer than 30)',
      'Samhällsbyggnad;5;3;60.0;23.1;88.2;yes',
      'Kultur;1;0;0.0;0.0;79.3;yes',
    ]);
  });
});

describe('GET /api/analysis/when', () => {
  it('weekday × hour in Stockholm time, weeks beside the same days last year, channels', async () => {
    const when = await json<WhenAnalysis>(d.manager, `/api/analysis/when?${MARCH}&interval=week`);
    expect(when.total).toBe(6);
    expect(when.heatmap).toHaveLength(168);
    const nonEmpty = when.heatmap.filter((c) => c.contacts > 0).map((c) => [c.weekday, c.hour, c.contacts]);
    expect(nonEmpty).toEqual([
      [1, 0, 1],
      [1, 8, 2],
      [2, 14, 1],
      [3, 10, 1],
      [7, 23, 1],
    ]);
    expect(when.series.buckets.map((b) => [b.key, b.from, b.to, b.contacts, b.lastYear])).toEqual([
      // Before the first contact logged (c7, 10 March 2025) there is no data: missing, not zero.
      ['2026-W09', '2026-03-01', '2026-03-01', 0, null],
      ['2026-W10', '2026-03-02', '2026-03-08', 0, null],
      ['2026-W11', '2026-03-09', '2026-03-15', 5, 1],
      ['2026-W12', '2026-03-16', '2026-03-22', 1, 0],
      ['2026-W13', '2026-03-23', '2026-03-29', 0, 0],
      ['2026-W14', '2026-03-30', '2026-03-31', 0, 0],
    ]);
    // No telephony imported: no offered calls, rather than zero.
    expect(when.series.buckets.every((b) => b.offeredCalls === null)).toBe(true);
    expect(when.series.callsComparable).toBe(true);
    expect(
      Object.fromEntries(when.channels.filter((c) => c.contacts > 0).map((c) => [c.channel, c.contacts])),
    ).toEqual({
      phone: 3,
      visit: 1,
      email: 1,
      chat: 1,
    });
    const monthly = await json<WhenAnalysis>(d.manager, `/api/analysis/when?${MARCH}&need=problem`);
    // March 2025 is only partly logged (from the 10th): no month to compare with.
    expect(monthly.series.buckets.map((b) => [b.key, b.contacts, b.lastYear])).toEqual([
      ['2026-03', 2, null],
    ]);
    expect(monthly.series.callsComparable).toBe(false);
  });
});

describe('GET /api/analysis/who', () => {
  it('each part of the profile with the share of contacts where it was recorded', async () => {
    const who = await json<WhoAnalysis>(d.manager, `/api/analysis/who?${MARCH}`);
    expect(who.gender.recorded).toMatchObject({ numerator: 2, denominator: 6 });
    expect(who.gender.rows.map((r) => [r.value, r.contacts, r.share.value])).toEqual([
      ['woman', 1, 0.5],
      ['man', 1, 0.5],
    ]);
    expect(who.ageBand.rows.map((r) => [r.value, r.contacts, r.share.value])).toEqual([['30-39', 2, 1]]);
    expect(who.district.recorded).toMatchObject({ numerator: 2, denominator: 6, uncertain: true });
    const csv = await get(d.manager, `/api/analysis/who.csv?${MARCH}&table=gender&lang=sv`);
    expect(csv.body.split('\r\n').at(-2)).toBe('Inte antecknat;;4;;;;');
  });
});

describe('GET /api/analysis/outcome', () => {
  it('resolution grades per channel, and forwarded contacts per receiving department', async () => {
    const outcome = await json<OutcomeAnalysis>(d.manager, `/api/analysis/outcome?${MARCH}`);
    const phone = outcome.byChannel.find((r) => r.key === 'phone')!;
    expect(phone.total).toBe(3);
    expect(phone.grades).toEqual({
      resolved_self: 1,
      resolved_handling: 0,
      resolved_specialist: 0,
      forwarded: 2,
      unresolved: 0,
    });
    expect(four(phone.firstContact.value)).toBe(0.3333);
    expect(outcome.byDepartment.map((r) => [r.label, r.total, r.grades.resolved_self])).toEqual([
      ['Samhällsbyggnad', 5, 1],
      ['Kultur', 1, 0],
    ]);
    expect(outcome.forwardedTo.map((r) => [r.departmentName, r.contacts, r.share.denominator])).toEqual([
      ['Kultur', 1, 2],
      ['Samhällsbyggnad', 1, 2],
    ]);
  });
});

describe('GET /api/analysis/fix-first', () => {
  it('topics by failure-demand contacts, with the guide time they cost and the most common reason', async () => {
    const fix = await json<FixFirstAnalysis>(d.manager, `/api/analysis/fix-first?${MARCH}`);
    expect(fix.totalFailureDemand).toBe(3);
    expect(fix.totalFailureDemandMinutes).toBe(19);
    expect(
      fix.rows.map((r) => [
        r.rank,
        r.topicPath,
        r.departmentName,
        r.failureDemand.numerator,
        r.failureDemandMinutes,
        r.topReason,
      ]),
    ).toEqual([
      [1, 'Faktura', 'Samhällsbyggnad', 2, 15, 'did_not_understand_information'],
      [2, 'Bygglov', 'Samhällsbyggnad', 1, 4, 'chasing_case'],
    ]);
  });
});

describe('GET /api/analysis/trend and /change', () => {
  it('a share by week with its interval', async () => {
    const trend = await json<TrendAnalysis>(
      d.manager,
      `/api/analysis/trend?${MARCH}&interval=week&measure=failure_demand_share`,
    );
    const w11 = trend.points.find((p) => p.key === '2026-W11')!;
    const w12 = trend.points.find((p) => p.key === '2026-W12')!;
    expect([w11.numerator, w11.denominator, w11.value]).toEqual([2, 5, 0.4]);
    expect([w12.numerator, w12.denominator, w12.value]).toEqual([1, 1, 1]);
    expect(trend.points.find((p) => p.key === '2026-W10')!.value).toBeNull();
    const contacts = await json<TrendAnalysis>(d.manager, `/api/analysis/trend?${MARCH}&measure=contacts`);
    expect(contacts.points.map((p) => [p.key, p.numerator, p.denominator])).toEqual([['2026-03', 6, 31]]);
  });

  it('a change of share: 1/1 against 2/5, Newcombe interval; of contacts: per day', async () => {
    const share = await json<ChangeAnalysis>(
      d.manager,
      '/api/analysis/change?from=2026-03-16&to=2026-03-31&baseFrom=2026-03-01&baseTo=2026-03-15&measure=failure_demand_share',
    );
    expect(share.kind).toBe('share');
    expect(share.current).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(share.base).toMatchObject({ numerator: 2, denominator: 5, value: 0.4 });
    expect(four(share.difference)).toBe(0.6);
    expect(share.significant).toBe(false);
    expect(share.uncertain).toBe(true);
    const rate = await json<ChangeAnalysis>(
      d.manager,
      '/api/analysis/change?from=2026-03-16&to=2026-03-31&baseFrom=2026-03-01&baseTo=2026-03-15',
    );
    expect(rate.kind).toBe('rate');
    expect(rate.current).toMatchObject({ numerator: 1, denominator: 16 });
    expect(rate.base).toMatchObject({ numerator: 5, denominator: 15 });
    expect(four(rate.difference)).toBe(four(1 / 16 - 5 / 15));
  });

  it('a base period without data is said so; the default base is one with data', async () => {
    // Contacts were first logged on 10 March 2025 (c7): March 2024 has no data, not zero contacts.
    const none = await json<ChangeAnalysis>(
      d.manager,
      '/api/analysis/change?from=2026-03-01&to=2026-03-31&baseFrom=2024-03-01&baseTo=2024-03-31&measure=failure_demand_share',
    );
    expect(none).toMatchObject({ baseHasData: false, difference: null, interval: null, significant: false });
    expect(none.base.value).toBeNull();
    // No base asked: the same dates a year before when logged then (16-31 March 2025) ...
    const yearBefore = await json<ChangeAnalysis>(
      d.manager,
      '/api/analysis/change?from=2026-03-16&to=2026-03-31',
    );
    expect(yearBefore.base).toMatchObject({ from: '2025-03-16', to: '2025-03-31' });
    expect(yearBefore.baseHasData).toBe(true);
    // ... else the 15 days just before (1-15 March 2025 begins before the first contact).
    const preceding = await json<ChangeAnalysis>(
      d.manager,
      '/api/analysis/change?from=2026-03-01&to=2026-03-15',
    );
    expect(preceding.base).toMatchObject({ from: '2026-02-14', to: '2026-02-28' });
    expect(preceding.baseHasData).toBe(true);
    const half = await get(
      d.manager,
      '/api/analysis/change?from=2026-03-01&to=2026-03-15&baseFrom=2025-03-01',
    );
    expect(half.statusCode).toBe(400);
  });
});

describe('GET /api/analysis/departments/:unitId', () => {
  it('what the department’s services cause, and what was forwarded to it', async () => {
    const report = await json<DepartmentReport>(d.manager, `/api/analysis/departments/${d.a.id}?${MARCH}`);
    expect(report.department.departmentName).toBe('Samhällsbyggnad');
    expect(report.contacts).toBe(5);
    expect(report.failureDemand).toMatchObject({ numerator: 3, denominator: 5 });
    expect(report.existingCases).toMatchObject({ numerator: 3, denominator: 5 });
    expect(report.forwardedIn).toBe(1);
    expect(report.topics.map((t) => [t.topicPath, t.contacts, t.failureDemand.numerator])).toEqual([
      ['Faktura', 3, 2],
      ['Bygglov', 2, 1],
    ]);
    expect(report.monthly).toEqual([
      { key: '2026-03', from: '2026-03-01', to: '2026-03-31', contacts: 5, failureDemand: 3 },
    ]);
  });

  it('prints to PDF for the department meeting, from HTML holding the same figures', async () => {
    const report = await json<DepartmentReport>(d.manager, `/api/analysis/departments/${d.a.id}?${MARCH}`);
    const html = departmentReportHtml(report, 'sv', new Date('2026-04-01T08:00:00Z'));
    expect(html).toContain('<h1>Förvaltningsrapport: Samhällsbyggnad</h1>');
    expect(html).toContain(
      '<dt>Undvikbar efterfrågan</dt><dd>3 · 60,0\u00a0% (95\u00a0% KI 23,1–88,2), osäker: färre än 30</dd>',
    );
    expect(html).toContain('<dt>Lämnade vidare till förvaltningen</dt><dd>1</dd>');
    expect(html).toContain('<td class="text">Faktura</td><td class="num">3</td><td class="num">60,0</td>');
    const pdf = await get(d.manager, `/api/analysis/departments/${d.a.id}.pdf?${MARCH}&lang=sv`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('forvaltningsrapport-2026-03-01--2026-03-31.pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a chart of the report as CSV', async () => {
    const res = await get(
      d.manager,
      `/api/analysis/departments/${d.a.id}.csv?${MARCH}&table=monthly&lang=en`,
    );
    expect(res.body.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFPeriod;From;To;Contacts;Failure demand',
      // For people: the month and days as an English reader writes them (src/core/text/format.ts).
      'Mar 2026;1 Mar 2026;31 Mar 2026;5;3',
    ]);
  });

  it('refuses a unit that is not a department, with the field', async () => {
    const res = await get(d.manager, `/api/analysis/departments/${d.water.id}?${MARCH}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/params/unitId', code: 'department_unknown' });
  });
});

describe('who may see what', () => {
  it('a department contact sees the contacts about their department only, and no other department’s report', async () => {
    const culture = await signedInAs(server, [{ role: 'department_contact', unitId: d.b.id }], {
      tenant: d.manager.tenant,
    });
    const why = await json<WhyAnalysis>(culture, `/api/analysis/why?${MARCH}`);
    expect(why.total).toBe(1);
    expect(why.topics.map((t) => t.topicPath)).toEqual(['Bibliotek']);
    expect((await get(culture, `/api/analysis/departments/${d.a.id}?${MARCH}`)).statusCode).toBe(403);
    expect((await get(culture, `/api/analysis/departments/${d.b.id}?${MARCH}`)).statusCode).toBe(200);
  });

  it('guides get no analyses; without a session 401', async () => {
    expect((await get(d.guide, `/api/analysis/why?${MARCH}`)).statusCode).toBe(403);
    expect((await get(null, `/api/analysis/why?${MARCH}`)).statusCode).toBe(401);
  });
});

describe('bad input', () => {
  it.each([
    ['from=2026-03-31&to=2026-03-01', '/querystring/to', 'date_range_reversed'],
    ['from=2023-01-01&to=2026-03-01', '/querystring/to', 'period_too_long'],
    ['from=2026-02-30&to=2026-03-01', '/querystring/from', 'invalid_date'],
    ['to=2026-03-01', '/querystring/from', undefined],
    [`${MARCH}&channel=fax`, '/querystring/channel', undefined],
    [`${MARCH}&foo=1`, '/querystring', undefined],
  ])('%s → 400 at %s', async (query, pointer, code) => {
    const res = await get(d.manager, `/api/analysis/why?${query}`);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const error = res
      .json<{ errors: { pointer: string; code: string }[] }>()
      .errors.find((e) => e.pointer === pointer);
    expect(error, res.body).toBeDefined();
    if (code) expect(error!.code).toBe(code);
  });

  it('an unknown chart in a CSV request names the charts there are', async () => {
    const res = await get(d.manager, `/api/analysis/when.csv?${MARCH}&table=topics`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      pointer: '/querystring/table',
      code: 'analysis_table_unknown',
    });
    expect(res.json().errors[0].detail).toContain('heatmap, series, channels');
  });
});
