/**
 * readContactTallies, counted month by month and kept in the process (issue #14.2), against a
 * plain count of the same contacts in JavaScript: random contacts over five months (a clock
 * change among them) in a tree of units and topics, every dimension and filter, the two kinds of
 * scope; then contacts added, corrected across months, deleted (soft and hard) and a unit moved
 * to another department, and everything counted again with the same cache, which must have
 * served some months and must give the plain figures still.
 */
import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  EMPTY_TALLY,
  addTallies,
  groupingKey,
  type Dimension,
  type Tally,
  type TallyRow,
} from '../../../core/analysis/tally.js';
import { calendarDayOf, startOfCalendarDay } from '../../../core/contacts/calendar-day.js';
import { CHANNELS, FAILURE_REASONS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import { contacts } from '../../../db/schema.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { createTenant, createTopic, createUnit, createUser, type TestUnit } from '../../../test/factories.js';
import { testDatabase } from '../../../test/database.js';
import type { ContactScope } from '../../contacts/policy.js';
import { TallyCache } from '../tally-cache.js';
import { readContactTallies, type TallyFilters } from './contact-tallies.js';
import { sql } from 'drizzle-orm';

const db = await testDatabase();

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  id: string;
  started_at: Date;
  deleted_at: Date | null;
  channel: string;
  need: string;
  topic_id: string | null;
  owner_unit_id: string | null;
  resolution: string;
  is_failure_demand: boolean;
  failure_reason: string | null;
  concerns_existing_case: boolean;
  forwarded_to_unit_id: string | null;
  duration_seconds: number;
  citizen_gender: string | null;
  citizen_age_band: string | null;
  citizen_district: string | null;
  logged_by_user_id: string;
}

const stockholm = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  hourCycle: 'h23',
});

describe('readContactTallies by month with the cache', async () => {
  const tenant = await createTenant(db);
  const t = tenant.id;
  const deptA = await createUnit(db, t, { name: 'A' });
  const unitA1 = await createUnit(db, t, { name: 'A1', parentId: deptA.id });
  const unitA2 = await createUnit(db, t, { name: 'A2', parentId: unitA1.id });
  const deptB = await createUnit(db, t, { name: 'B' });
  const unitB1 = await createUnit(db, t, { name: 'B1', parentId: deptB.id });
  const units: TestUnit[] = [deptA, unitA1, unitA2, deptB, unitB1];
  const parentTopic = await createTopic(db, t, { name: 'P', ownerUnitId: unitA1.id });
  const topicList = [
    parentTopic,
    await createTopic(db, t, { name: 'P1', parentId: parentTopic.id, ownerUnitId: unitA2.id }),
    await createTopic(db, t, { name: 'Q', ownerUnitId: unitB1.id }),
    await createTopic(db, t, { name: 'R', ownerUnitId: deptB.id }),
  ];
  const users = [await createUser(db, t), await createUser(db, t)];
  const rnd = random(14);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const from = startOfCalendarDay('2026-01-01').getTime();
  const span = startOfCalendarDay('2026-06-01').getTime() - from;
  const contactValues = (n: number) =>
    Array.from({ length: n }, () => {
      const topic = pick(topicList);
      const resolution = pick(RESOLUTIONS);
      const failure = rnd() < 0.3;
      const existing = rnd() < 0.2;
      return {
        tenantId: t,
        loggedByUserId: pick(users).id,
        topicId: topic.id,
        ownerUnitId: topic.ownerUnitId,
        channel: pick(CHANNELS),
        startedAt: new Date(from + Math.floor(rnd() * span)),
        durationSeconds: Math.floor(rnd() * 900),
        need: pick(['want_service', 'want_to_know', 'dont_understand', 'opinion'] as const),
        resolution,
        forwardedToUnitId: resolution === 'forwarded' ? pick(units).id : null,
        forwardDone: resolution === 'forwarded' ? 'Gjort' : null,
        forwardExpected: resolution === 'forwarded' ? 'Väntat' : null,
        isFailureDemand: failure,
        failureReason: failure ? pick(FAILURE_REASONS) : null,
        concernsExistingCase: existing,
        citizenGender: rnd() < 0.5 ? pick(['woman', 'man'] as const) : null,
        citizenAgeBand: rnd() < 0.5 ? pick(['30-39', '40-49'] as const) : null,
        citizenDistrict: rnd() < 0.5 ? pick(['Norr', 'Söder']) : null,
        summary: '',
      };
    });
  await db.orm.insert(contacts).values(contactValues(400));

  async function plain(filters: TallyFilters, scope: ContactScope, grouping: readonly Dimension[]) {
    const rows = await db.transaction((c) =>
      c.query<Row>(
        `SELECT id::text, started_at, deleted_at, channel, need, topic_id::text, owner_unit_id::text, resolution,
                is_failure_demand, failure_reason, concerns_existing_case, forwarded_to_unit_id::text,
                duration_seconds, citizen_gender, citizen_age_band, citizen_district, logged_by_user_id::text
           FROM contacts WHERE tenant_id = $1`,
        [t],
      ),
    );
    const unitRows = await db.transaction((c) =>
      c.query<{ id: string; parent_id: string | null }>(
        'SELECT id::text, parent_id::text FROM units WHERE tenant_id = $1',
        [t],
      ),
    );
    const parent = new Map(unitRows.map((u) => [u.id, u.parent_id]));
    const rootOf = (id: string | null) => {
      if (!id || !parent.has(id)) return null;
      let x = id;
      while (parent.get(x)) x = parent.get(x)!;
      return x;
    };
    const within = (id: string | null, top: string, parents: Map<string, string | null>) => {
      for (let x = id; x; x = parents.get(x) ?? null) if (x === top) return true;
      return false;
    };
    const topicParent = new Map(topicList.map((x) => [x.id, x.parentId]));
    const sums = new Map<string, TallyRow>();
    for (const r of rows) {
      const at = new Date(r.started_at);
      if (r.deleted_at || at < filters.start || at >= filters.end) continue;
      if (filters.channel && r.channel !== filters.channel) continue;
      if (filters.need && r.need !== filters.need) continue;
      if (filters.resolution && r.resolution !== filters.resolution) continue;
      if (filters.topicId && !within(r.topic_id, filters.topicId, topicParent)) continue;
      if (filters.unitId && !within(r.owner_unit_id, filters.unitId, parent)) continue;
      if (filters.forwardedToUnitId && !within(r.forwarded_to_unit_id, filters.forwardedToUnitId, parent))
        continue;
      if (
        scope.kind === 'limited' &&
        r.logged_by_user_id !== scope.userId &&
        !scope.unitIds.some((u) => within(r.owner_unit_id, u, parent))
      )
        continue;
      const day = calendarDayOf(at);
      const all: Record<Dimension, string | null> = {
        day,
        weekday: String(((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1),
        hour: String(Number(stockholm.format(at))),
        channel: r.channel,
        need: r.need,
        topic: r.topic_id,
        department: rootOf(r.owner_unit_id),
        failureReason: r.failure_reason,
        forwardedToDepartment: rootOf(r.forwarded_to_unit_id),
        gender: r.citizen_gender,
        ageBand: r.citizen_age_band,
        district: r.citizen_district,
      };
      const values: Partial<Record<Dimension, string | null>> = {};
      for (const d of grouping) values[d] = all[d];
      const tally: Tally = {
        contacts: 1,
        failureDemand: r.is_failure_demand ? 1 : 0,
        existingCase: r.concerns_existing_case ? 1 : 0,
        resolvedSelf: r.resolution === 'resolved_self' ? 1 : 0,
        resolvedHandling: r.resolution === 'resolved_handling' ? 1 : 0,
        resolvedSpecialist: r.resolution === 'resolved_specialist' ? 1 : 0,
        forwarded: r.resolution === 'forwarded' ? 1 : 0,
        unresolved: r.resolution === 'unresolved' ? 1 : 0,
        durationSeconds: r.duration_seconds,
        failureDemandSeconds: r.is_failure_demand ? r.duration_seconds : 0,
      };
      const key = JSON.stringify(grouping.map((d) => values[d]));
      sums.set(key, {
        ...addTallies(sums.get(key) ?? EMPTY_TALLY, tally),
        grouping: groupingKey(grouping),
        values,
      });
    }
    return normalised([...sums.values()], grouping);
  }

  /** The rows of one grouping in a fixed order; a grand total of nothing is the same as none (totalOf). */
  function normalised(rows: readonly TallyRow[], grouping: readonly Dimension[]) {
    const key = groupingKey(grouping);
    return rows
      .filter((r) => r.grouping === key && r.contacts > 0)
      .map((r) => ({ ...r, values: Object.fromEntries(grouping.map((d) => [d, r.values[d] ?? null])) }))
      .sort((a, b) => JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)));
  }

  const period = (a: string, b: string) => ({
    start: startOfCalendarDay(a),
    end: startOfCalendarDay(b),
  });
  const cases: { filters: TallyFilters; scope: ContactScope }[] = [
    { filters: period('2026-01-01', '2026-06-01'), scope: { kind: 'all' } },
    { filters: period('2026-01-15', '2026-04-10'), scope: { kind: 'all' } },
    { filters: { ...period('2026-02-01', '2026-05-20'), channel: 'phone' }, scope: { kind: 'all' } },
    { filters: { ...period('2026-01-01', '2026-06-01'), need: 'opinion' }, scope: { kind: 'all' } },
    { filters: { ...period('2026-01-01', '2026-06-01'), topicId: parentTopic.id }, scope: { kind: 'all' } },
    { filters: { ...period('2026-01-01', '2026-06-01'), unitId: deptA.id }, scope: { kind: 'all' } },
    {
      filters: {
        ...period('2026-01-01', '2026-06-01'),
        resolution: 'forwarded',
        forwardedToUnitId: deptB.id,
      },
      scope: { kind: 'all' },
    },
    {
      filters: period('2026-01-01', '2026-06-01'),
      scope: { kind: 'limited', userId: users[0]!.id, unitIds: [unitA1.id] },
    },
    {
      filters: period('2026-03-01', '2026-06-01'),
      scope: { kind: 'limited', userId: users[1]!.id, unitIds: [] },
    },
    { filters: period('2027-01-01', '2027-02-01'), scope: { kind: 'all' } },
  ];
  const groupings: Dimension[][] = [
    [],
    ['weekday', 'hour'],
    ['day'],
    ['channel'],
    ['need', 'day'],
    ['need'],
    ['topic', 'failureReason'],
    ['topic'],
    ['department'],
    ['forwardedToDepartment'],
    ['gender'],
    ['ageBand'],
    ['district'],
  ];
  const cache = new TallyCache();

  async function compareAll() {
    for (const { filters, scope } of cases) {
      const rows = await withTenantClient(db, t, (c) =>
        readContactTallies(c, filters, scope, groupings, cache),
      );
      for (const g of groupings) expect(normalised(rows, g)).toEqual(await plain(filters, scope, g));
    }
  }

  it('counts as a plain count of the contacts, every dimension and filter', async () => {
    expect(DIMENSIONS.every((d) => groupings.some((g) => g.includes(d)))).toBe(true);
    await compareAll();
    expect(cache.misses).toBeGreaterThan(0);
  });

  it('gives the plain figures again after additions, corrections, deletions and a moved unit, from the cache where unchanged', async () => {
    const hitsBefore = cache.hits;
    // Every month still cached: the second round is served whole from the cache.
    await compareAll();
    expect(cache.hits).toBeGreaterThan(hitsBefore);
    await db.orm.insert(contacts).values(contactValues(5));
    await db.orm.execute(sql`
      UPDATE contacts SET started_at = started_at + interval '60 days'
       WHERE id IN (SELECT id FROM contacts WHERE tenant_id = ${t} AND started_at < '2026-02-01' ORDER BY id LIMIT 3)`);
    await db.orm.execute(sql`
      UPDATE contacts SET channel = 'visit' WHERE id IN (
        SELECT id FROM contacts WHERE tenant_id = ${t} AND started_at >= '2026-03-05' ORDER BY id LIMIT 2)`);
    await db.orm.execute(sql`
      UPDATE contacts SET deleted_at = now(), deleted_reason = 'Fel' WHERE id IN (
        SELECT id FROM contacts WHERE tenant_id = ${t} AND started_at >= '2026-04-05' AND deleted_at IS NULL ORDER BY id LIMIT 2)`);
    await db.orm.execute(sql`
      DELETE FROM contacts WHERE id IN (
        SELECT id FROM contacts WHERE tenant_id = ${t} AND started_at >= '2026-05-05' ORDER BY id LIMIT 1)`);
    await db.orm.execute(sql`UPDATE units SET parent_id = ${deptB.id} WHERE id = ${unitA2.id}`);
    await compareAll();
  });
});
