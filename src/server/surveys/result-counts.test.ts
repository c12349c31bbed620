/**
 * The survey results read from the counts kept at answer time (migration 0022) equal the results
 * computed from the answer rows themselves (core's surveyResults over every invitation's answers),
 * whoever wrote the rows and in whatever steps: bulk inserts, answers saved one by one, re-answers,
 * a condition answer changed, answers deleted, bounces, a definition edited in place. Random data
 * (fast-check, fixed seed) and hand-worked numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import { surveyResults } from '../../core/surveys/aggregate.js';
import type { AnswerValue, SurveyDefinition } from '../../core/surveys/questions.js';
import { responseRate } from '../../core/surveys/results.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { testDatabase } from '../../test/database.js';
import { createTenant, createTopic, createUnit, createUser } from '../../test/factories.js';
import { changeQuestions, createSurvey } from './manage-surveys.js';
import { resultsOf, type Breakdown, type Filter } from './survey-results.js';

const db = await testDatabase();
const tenant = await createTenant(db);
const unitA = await createUnit(db, tenant.id, { name: 'Bygglov' });
const unitB = await createUnit(db, tenant.id, { name: 'Vatten' });
const topics = [
  (await createTopic(db, tenant.id, { name: 'Faktura', ownerUnitId: unitB.id })).id,
  (await createTopic(db, tenant.id, { name: 'Bygglov', ownerUnitId: unitA.id })).id,
];
const user = await createUser(db, tenant.id, { roles: ['manager'] });
const actor: Actor = {
  tenantId: tenant.id,
  userId: user.id,
  roles: [{ role: 'manager', unitId: null }],
  isPlatformAdmin: false,
};

const scale = (key: string, dimension?: 'enkelhet' | 'kunskap', condition?: string[]) => ({
  key,
  kind: 'scale5' as const,
  text: { sv: key },
  ...(dimension ? { dimension } : {}),
  ...(condition ? { condition: { question: 'reached', anyOf: condition } } : {}),
});

/** Every kind, two questions of one dimension, and questions asked only after a yes or a choice. */
const DEFINITION: SurveyDefinition = {
  questions: [
    { key: 'reached', kind: 'yes_no', text: { sv: 'Fick du svar?' } },
    scale('ease', 'enkelhet'),
    scale('clear', 'enkelhet', ['yes']),
    scale('knows', 'kunskap'),
    { key: 'nps', kind: 'nps', text: { sv: 'Rekommendera?' } },
    {
      key: 'via',
      kind: 'one_choice',
      text: { sv: 'Hur?' },
      choices: [
        { key: 'web', label: { sv: 'Webb' } },
        { key: 'phone', label: { sv: 'Telefon' } },
      ],
    },
    {
      key: 'why',
      kind: 'many_choices',
      text: { sv: 'Varför?' },
      choices: [
        { key: 'a', label: { sv: 'A' } },
        { key: 'b', label: { sv: 'B' } },
        { key: 'c', label: { sv: 'C' } },
      ],
      condition: { question: 'via', anyOf: ['phone'] },
    },
    { key: 'comment', kind: 'text', text: { sv: 'Kommentar' } },
  ],
};

const CHANNELS = ['phone', 'email', 'visit'] as const;
const NEEDS = ['want_service', 'problem'] as const;
const RESOLUTIONS = ['resolved_self', 'forwarded'] as const;
const UNITS = [unitA.id, unitB.id];
const DAYS = [
  '2026-01-30',
  '2026-01-31',
  '2026-02-01',
  '2026-02-15',
  '2026-02-28',
  '2026-03-01',
  '2026-03-31',
];

interface Invitation {
  day: string | null;
  /** Sent at noon UTC of this day when day is null (the period then is the day of sending). */
  sendDay: string;
  channel: string | null;
  topic: number | null;
  need: string | null;
  unit: number | null;
  resolution: string | null;
  sent: boolean;
  bounced: boolean;
}

const invitation = fc.record<Invitation>({
  day: fc.option(fc.constantFrom(...DAYS), { freq: 6 }),
  sendDay: fc.constantFrom(...DAYS),
  channel: fc.option(fc.constantFrom(...CHANNELS), { freq: 8 }),
  topic: fc.option(fc.constantFrom(0, 1), { freq: 6 }),
  need: fc.option(fc.constantFrom(...NEEDS), { freq: 8 }),
  unit: fc.option(fc.constantFrom(0, 1), { freq: 8 }),
  resolution: fc.option(fc.constantFrom(...RESOLUTIONS), { freq: 8 }),
  sent: fc.boolean(),
  bounced: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

const answerValue = (key: string): fc.Arbitrary<AnswerValue> => {
  switch (key) {
    case 'reached':
      return fc.constantFrom('yes', 'no');
    case 'nps':
      return fc.integer({ min: 0, max: 10 });
    case 'via':
      return fc.constantFrom('web', 'phone');
    case 'why':
      return fc.subarray(['a', 'b', 'c'], { minLength: 1 });
    case 'comment':
      return fc.constantFrom('Bra', 'Lång väntan', 'Tack');
    default:
      return fc.integer({ min: 1, max: 5 });
  }
};

const KEYS = DEFINITION.questions.map((q) => q.key);
const answerWrite = fc
  .tuple(fc.nat(), fc.constantFrom(...KEYS))
  .chain(([who, key]) => answerValue(key).map((value) => ({ who, key, value })));

/** Steps after the first bulk insert, each its own statement, as different writers make them. */
const step = fc.oneof(
  answerWrite.map((w) => ({ kind: 'answer' as const, ...w })),
  fc.nat().map((who) => ({ kind: 'bounce' as const, who })),
  fc.nat().map((who) => ({ kind: 'send' as const, who })),
  fc.tuple(fc.nat(), fc.constantFrom(...KEYS)).map(([who, key]) => ({ kind: 'delete' as const, who, key })),
  fc.nat().map((who) => ({ kind: 'move' as const, who, day: DAYS[who % DAYS.length]! })),
);

/** A filter most runs leave out (fc.option's null is the rare case). */
const seldom = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 5 }, { arbitrary: arb, weight: 1 });

const scenario = fc.record({
  invitations: fc.array(invitation, { minLength: 15, maxLength: 40 }),
  bulk: fc.array(answerWrite, { minLength: 40, maxLength: 150 }),
  steps: fc.array(step, { maxLength: 25 }),
  filter: fc.record({
    from: fc.constantFrom('2026-01-01', '2026-01-31', '2026-02-01', '2026-02-02'),
    to: fc.constantFrom('2026-02-28', '2026-03-01', '2026-03-31', '2026-02-14'),
    channel: seldom(fc.constantFrom(...CHANNELS)),
    topic: seldom(fc.constantFrom(0, 1)),
    need: seldom(fc.constantFrom(...NEEDS)),
    unit: seldom(fc.constantFrom(0, 1)),
    resolution: seldom(fc.constantFrom(...RESOLUTIONS)),
  }),
  by: fc.option(fc.constantFrom<Breakdown>('channel', 'need', 'unit', 'resolution', 'version', 'month'), {
    freq: 3,
  }),
});

interface Row {
  id: string;
  contact_day: string | null;
  send_at: Date;
  channel: string | null;
  topic_id: string | null;
  need: string | null;
  unit_id: string | null;
  resolution: string | null;
  sent_at: Date | null;
  bounced_at: Date | null;
}

/** The results as computed from the rows: every invitation and answer read and counted in core. */
async function fromRows(surveyId: string, filter: Filter, by: Breakdown | null) {
  const [invitations, answers] = await withTenantClient(db, tenant.id, async (client) => [
    await client.query<Row>(
      `SELECT id, to_char(contact_day, 'YYYY-MM-DD') AS contact_day, send_at, channel, topic_id, need, unit_id,
              resolution, sent_at, bounced_at
         FROM survey_invitations WHERE survey_id = $1`,
      [surveyId],
    ),
    await client.query<{ invitation_id: string; question_key: string; value: AnswerValue }>(
      `SELECT a.invitation_id, a.question_key, a.value FROM survey_answers a
         JOIN survey_invitations i ON i.id = a.invitation_id WHERE i.survey_id = $1`,
      [surveyId],
    ),
  ]);
  const byInvitation = new Map<string, Map<string, AnswerValue>>();
  for (const a of answers) {
    const map = byInvitation.get(a.invitation_id) ?? new Map<string, AnswerValue>();
    map.set(a.question_key, a.value);
    byInvitation.set(a.invitation_id, map);
  }
  const chosen = invitations
    .map((i) => ({ ...i, day: i.contact_day ?? calendarDayOf(i.send_at) }))
    .filter(
      (i) =>
        i.day >= filter.from &&
        i.day <= filter.to &&
        (filter.channel === null || i.channel === filter.channel) &&
        (filter.topicId === null || i.topic_id === filter.topicId) &&
        (filter.need === null || i.need === filter.need) &&
        (filter.unitId === null || i.unit_id === filter.unitId) &&
        (filter.resolution === null || i.resolution === filter.resolution),
    );
  const keyOf = (i: (typeof chosen)[number]): string | null =>
    by === null
      ? null
      : by === 'month'
        ? i.day.slice(0, 7)
        : by === 'version'
          ? '1'
          : by === 'unit'
            ? i.unit_id
            : i[by];
  const figures = (group: typeof chosen) => {
    const delivered = group.filter((i) => i.sent_at !== null && i.bounced_at === null);
    return {
      responseRate: responseRate(delivered.length, delivered.filter((i) => byInvitation.has(i.id)).length),
      results: surveyResults(
        DEFINITION,
        group.map((i) => byInvitation.get(i.id) ?? new Map<string, AnswerValue>()),
      ),
    };
  };
  const groups =
    by === null
      ? null
      : [...new Set(chosen.map(keyOf))]
          .map((key) => ({ key, ...figures(chosen.filter((i) => keyOf(i) === key)) }))
          .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return { ...figures(chosen), groups };
}

/** Sums of the same numbers in another order differ in the last bits. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

const upsert = `INSERT INTO survey_answers (tenant_id, invitation_id, question_key, value)
  SELECT lots_current_tenant(), x.invitation_id, x.question_key, x.value
    FROM jsonb_to_recordset($1::jsonb) AS x(invitation_id uuid, question_key text, value jsonb)
  ON CONFLICT (tenant_id, invitation_id, question_key) DO UPDATE SET value = excluded.value`;

async function newSurvey(): Promise<string> {
  const survey = await createSurvey({ db, actor, body: { template: 'after_contact' } });
  await changeQuestions({ db, actor, id: survey.id, definition: DEFINITION });
  return survey.id;
}

describe('survey results from the counts kept at answer time', () => {
  it('equal the results from the answer rows, whoever wrote them and in whatever steps', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ invitations, bulk, steps, filter, by }) => {
        const surveyId = await newSurvey();
        const ids = await withTenantClient(db, tenant.id, async (client) => {
          const rows = await client.query<{ id: string }>(
            `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, channel,
                                             topic_id, need, unit_id, resolution, send_at, sent_at, bounced_at, expires_at)
             SELECT lots_current_tenant(), $1, 1, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'email',
                    x.day, x.channel, x.topic_id, x.need, x.unit_id, x.resolution, x.send_at,
                    CASE WHEN x.sent THEN x.send_at END, CASE WHEN x.sent AND x.bounced THEN x.send_at END,
                    x.send_at + interval '14 days'
               FROM jsonb_to_recordset($2::jsonb) AS x(day date, channel text, topic_id uuid, need text,
                    unit_id uuid, resolution text, send_at timestamptz, sent boolean, bounced boolean)
             RETURNING id`,
            [
              surveyId,
              JSON.stringify(
                invitations.map((i) => ({
                  ...i,
                  topic_id: i.topic === null ? null : topics[i.topic],
                  unit_id: i.unit === null ? null : UNITS[i.unit],
                  send_at: `${i.sendDay}T12:00:00Z`,
                })),
              ),
            ],
          );
          const last = new Map(
            bulk.map((w) => [
              `${w.who % rows.length}/${w.key}`,
              { ...w, invitation_id: rows[w.who % rows.length]!.id },
            ]),
          );
          await client.run(upsert, [
            JSON.stringify(
              [...last.values()].map((w) => ({
                invitation_id: w.invitation_id,
                question_key: w.key,
                value: w.value,
              })),
            ),
          ]);
          return rows.map((r) => r.id);
        });
        for (const s of steps) {
          const id = ids[s.who % ids.length]!;
          if (s.kind === 'answer') {
            await withTenantClient(db, tenant.id, (c) =>
              c.run(upsert, [JSON.stringify([{ invitation_id: id, question_key: s.key, value: s.value }])]),
            );
          } else if (s.kind === 'bounce') {
            await withTenantClient(db, tenant.id, (c) =>
              c.run(
                'UPDATE survey_invitations SET bounced_at = now() WHERE id = $1 AND sent_at IS NOT NULL',
                [id],
              ),
            );
          } else if (s.kind === 'send') {
            await withTenantClient(db, tenant.id, (c) =>
              c.run('UPDATE survey_invitations SET sent_at = now(), bounced_at = NULL WHERE id = $1', [id]),
            );
          } else if (s.kind === 'move') {
            await withTenantClient(db, tenant.id, (c) =>
              c.run('UPDATE survey_invitations SET contact_day = $2 WHERE id = $1', [id, s.day]),
            );
          } else {
            await db.transaction((c) =>
              c.run('DELETE FROM survey_answers WHERE invitation_id = $1 AND question_key = $2', [id, s.key]),
            );
          }
        }
        const f: Filter = {
          from: filter.from,
          to: filter.to,
          version: null,
          channel: filter.channel,
          topicId: filter.topic === null ? null : topics[filter.topic]!,
          need: filter.need,
          unitId: filter.unit === null ? null : UNITS[filter.unit]!,
          resolution: filter.resolution,
        };
        const counted = await resultsOf({ db, actor, id: surveyId, filter: f, by });
        const expected = await fromRows(surveyId, f, by);
        expect(
          rounded({
            responseRate: counted.responseRate,
            results: counted.results,
            groups:
              counted.groups?.map((g) => ({
                key: g.key,
                responseRate: g.responseRate,
                results: g.results,
              })) ?? null,
          }),
        ).toEqual(rounded(expected));
      }),
      { numRuns: 40, seed: 15 },
    );
  }, 240_000);

  it('give hand-worked figures across a month boundary, after a re-answer, a changed condition and a bounce', async () => {
    const surveyId = await newSurvey();
    const invite = (day: string, channel: string, topic: string) =>
      withTenantClient(db, tenant.id, async (c) => {
        const [row] = await c.query<{ id: string }>(
          `INSERT INTO survey_invitations (tenant_id, survey_id, version, link_hash, medium, contact_day, channel, topic_id,
                                           send_at, sent_at, expires_at)
           VALUES (lots_current_tenant(), $1, 1, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), 'email', $2, $3, $4,
                   $2::date + time '12:00', $2::date + time '12:00', $2::date + interval '14 days')
           RETURNING id`,
          [surveyId, day, channel, topic],
        );
        return row!.id;
      });
    const save = (id: string, key: string, value: AnswerValue) =>
      withTenantClient(db, tenant.id, (c) =>
        c.run(upsert, [JSON.stringify([{ invitation_id: id, question_key: key, value }])]),
      );
    const [t0, t1] = [topics[0]!, topics[1]!];
    const a = await invite('2026-01-31', 'phone', t0);
    const b = await invite('2026-02-10', 'email', t1);
    const c = await invite('2026-03-01', 'phone', t0);
    await invite('2026-02-15', 'phone', t0);
    const e = await invite('2026-04-01', 'phone', t0);
    for (const [key, value] of [
      ['reached', 'yes'],
      ['ease', 5],
      ['clear', 4],
      ['knows', 3],
    ] as const)
      await save(a, key, value);
    for (const [key, value] of [
      ['reached', 'yes'],
      ['ease', 3],
      ['clear', 4],
      ['ease', 2],
      ['reached', 'no'],
    ] as const)
      await save(b, key, value);
    await save(c, 'ease', 4);
    await withTenantClient(db, tenant.id, (q) =>
      q.run('UPDATE survey_invitations SET bounced_at = sent_at WHERE id = $1', [c]),
    );
    await save(e, 'ease', 1);
    const filter: Filter = {
      from: '2026-01-31',
      to: '2026-03-01',
      version: null,
      channel: null,
      topicId: null,
      need: null,
      unitId: null,
      resolution: null,
    };
    const all = await resultsOf({ db, actor, id: surveyId, filter, by: 'month' });
    // Delivered a, b and the unanswered one (c bounced): 3; answered a and b: 2. Respondents a, b, c.
    expect(all.responseRate).toMatchObject({ delivered: 3, answered: 2 });
    expect(all.results.respondents).toBe(3);
    const question = (key: string) => all.results.questions.find((q) => q.key === key)!;
    // ease 5, 2 (b's second answer), 4: mean 11/3; clear only a's 4 (b said no after all).
    expect(question('ease')).toMatchObject({ result: { n: 3, mean: 11 / 3, satisfied: 2 } });
    expect(question('clear')).toMatchObject({ result: { n: 1, mean: 4 } });
    expect(question('reached')).toMatchObject({
      n: 2,
      choices: [
        expect.objectContaining({ key: 'yes', count: 1 }),
        expect.objectContaining({ key: 'no', count: 1 }),
      ],
    });
    // enkelhet per respondent: a (5 + 4) / 2 = 4.5, b 2, c 4: mean 3.5, 2 satisfied; kunskap a's 3.
    expect(
      all.results.dimensions.map((d) => [d.dimension, d.result.n, d.result.mean, d.result.satisfied]),
    ).toEqual([
      ['enkelhet', 3, 3.5, 2],
      ['kunskap', 1, 3, 0],
    ]);
    expect(all.groups!.map((g) => [g.key, g.responseRate.delivered, g.results.respondents])).toEqual([
      ['2026-01', 1, 1],
      ['2026-02', 2, 1],
      ['2026-03', 0, 1],
    ]);
    const topic = await resultsOf({ db, actor, id: surveyId, filter: { ...filter, topicId: t0 }, by: null });
    // Topic 0: a, c and the unanswered one; delivered a and the unanswered one, answered a; ease 5 and 4.
    expect(topic.responseRate).toMatchObject({ delivered: 2, answered: 1 });
    expect(topic.results.respondents).toBe(2);
    expect(topic.results.questions.find((q) => q.key === 'ease')).toMatchObject({
      result: { n: 2, mean: 4.5 },
    });
  });
});
