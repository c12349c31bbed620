import { describe, expect, it } from 'vitest';
import {
  canonicalContact,
  planContactIntake,
  type IntakeContact,
  type IntakePlanInput,
  type IntakeTopic,
} from './intake-plan.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const DEPT = 'd0000000-0000-4000-8000-000000000001';
const VA_UNIT = 'd0000000-0000-4000-8000-000000000002';
const OLD_UNIT = 'd0000000-0000-4000-8000-000000000003';

const topics: IntakeTopic[] = [
  {
    id: 't-water',
    parentId: null,
    name: 'Vatten och avlopp',
    ownerUnitId: DEPT,
    defaultFailureReason: null,
    retired: false,
  },
  {
    id: 't-invoice',
    parentId: 't-water',
    name: 'Faktura',
    ownerUnitId: VA_UNIT,
    defaultFailureReason: 'did_not_understand_information',
    retired: false,
  },
  {
    id: 't-old',
    parentId: null,
    name: 'Gammalt',
    ownerUnitId: DEPT,
    defaultFailureReason: null,
    retired: true,
  },
];
const units = [
  { id: DEPT, parentId: null, name: 'Samhällsbyggnad', archived: false },
  { id: VA_UNIT, parentId: DEPT, name: 'VA-enheten', archived: false },
  { id: OLD_UNIT, parentId: DEPT, name: 'Nedlagd', archived: true },
];

function row(ref: number, overrides: Partial<IntakeContact> = {}): IntakeContact {
  return {
    ref,
    externalId: `E${ref}`,
    channel: 'phone',
    startedAt: new Date('2026-06-01T08:00:00Z'),
    durationSeconds: 60,
    need: 'want_to_know',
    problemKind: null,
    topic: { path: 'Vatten och avlopp › Faktura' },
    concernsExistingCase: false,
    caseReference: null,
    resolution: 'resolved_self',
    forwardedToUnit: null,
    forwardDone: null,
    forwardExpected: null,
    failure: null,
    citizenGender: null,
    citizenAgeBand: null,
    citizenDistrict: null,
    summary: '',
    receivedAt: null,
    ...overrides,
  };
}

/** The canonical text itself as the "digest": the tests see exactly what is compared. */
const plan = (rows: IntakeContact[], existing: IntakePlanInput['existing'] = new Map()) =>
  planContactIntake({ rows, topics, units, existing, fingerprint: (c) => c, now: NOW });

describe('planContactIntake', () => {
  it('finds the topic by path (ignoring case) or id, takes its owner, and defaults failure demand from it', () => {
    const { plan: p, issues } = plan([
      row(1),
      row(2, { topic: { path: 'vatten och avlopp›faktura' } }),
      row(3, { topic: { id: 't-water' } }),
    ]);
    expect(issues).toEqual([]);
    expect(
      p.creates.map((c) => [
        c.ref,
        c.topicId,
        c.ownerUnitId,
        c.fields.isFailureDemand,
        c.fields.failureReason,
        c.isFailureDemandOverridden,
      ]),
    ).toEqual([
      // want_to_know on the invoice topic: the topic's own default reason (failure-demand.ts rule 4)
      [1, 't-invoice', VA_UNIT, true, 'did_not_understand_information', false],
      [2, 't-invoice', VA_UNIT, true, 'did_not_understand_information', false],
      [3, 't-water', DEPT, false, null, false],
    ]);
  });

  it("keeps the source's own failure-demand choice and marks it overridden", () => {
    const { plan: p } = plan([row(1, { failure: { isFailureDemand: false, reason: null } })]);
    expect(p.creates[0]?.fields).toMatchObject({ isFailureDemand: false, failureReason: null });
    expect(p.creates[0]?.isFailureDemandOverridden).toBe(true);
  });

  it('resolves a forward unit by path or unique name, and reports unknown, archived and retired', () => {
    const forwarded = {
      resolution: 'forwarded' as const,
      forwardDone: 'Tog emot.',
      forwardExpected: 'Ring upp.',
    };
    const { plan: p, issues } = plan([
      row(1, { ...forwarded, forwardedToUnit: { path: 'Samhällsbyggnad › VA-enheten' } }),
      row(2, { ...forwarded, forwardedToUnit: { path: 'va-enheten' } }),
      row(3, { ...forwarded, forwardedToUnit: { path: 'Okänd' } }),
      row(4, { ...forwarded, forwardedToUnit: { path: 'Nedlagd' } }),
      row(5, { topic: { path: 'Gammalt' } }),
      row(6, { topic: { id: 't-elsewhere' } }),
    ]);
    expect(p.creates.map((c) => [c.ref, c.fields.forwardedToUnitId])).toEqual([
      [1, VA_UNIT],
      [2, VA_UNIT],
    ]);
    expect(issues).toEqual([
      { ref: 3, field: 'forwardedToUnit', code: 'unit_unknown' },
      { ref: 4, field: 'forwardedToUnit', code: 'unit_archived' },
      { ref: 5, field: 'topic', code: 'topic_retired' },
      { ref: 6, field: 'topic', code: 'topic_unknown' },
    ]);
  });

  it('applies the contact rules, naming the intake field; no 31-day limit, but nothing before 2000', () => {
    const { plan: p, issues } = plan([
      row(1, { need: 'problem' }),
      row(2, { resolution: 'forwarded', forwardedToUnit: { path: 'VA-enheten' } }),
      row(3, { startedAt: new Date('2026-11-22T12:06:00Z') }),
      row(4, { startedAt: new Date('2021-03-01T08:00:00Z') }),
      row(5, { startedAt: new Date('0226-03-01T08:00:00Z') }),
      row(6, { caseReference: 'KS 2026/1' }),
    ]);
    expect(p.creates.map((c) => c.ref)).toEqual([4]);
    expect(issues).toEqual([
      { ref: 1, field: 'problemKind', code: 'required_for_problem' },
      { ref: 2, field: 'forwardDone', code: 'required_when_forwarded' },
      { ref: 2, field: 'forwardExpected', code: 'required_when_forwarded' },
      // 6 minutes ahead: past the 5-minute tolerance for clocks
      { ref: 3, field: 'startedAt', code: 'in_future' },
      { ref: 5, field: 'startedAt', code: 'too_old' },
      { ref: 6, field: 'caseReference', code: 'only_for_existing_case' },
    ]);
  });

  it('masks personal data in the free text and says where', () => {
    const { plan: p } = plan([row(1, { summary: 'Mejla anna@example.se' })]);
    expect(p.creates[0]?.fields.summary).toBe('Mejla [e-post]');
    expect(p.creates[0]?.masked).toEqual([{ field: 'summary', kinds: ['email'] }]);
  });

  it('an externalId twice in the batch: the second is rejected, pointing at the first', () => {
    const { plan: p, issues } = plan([row(2), row(3, { externalId: 'X' }), row(4, { externalId: 'E2' })]);
    expect(p.creates.map((c) => c.ref)).toEqual([2, 3]);
    expect(issues).toEqual([
      { ref: 4, field: 'externalId', code: 'external_id_repeated', params: { first: 2 } },
    ]);
  });

  it('an externalId seen before: the same content is a duplicate, other content a conflict', () => {
    const first = plan([row(1), row(2)]).plan.creates;
    const existing = new Map(
      first.map((c) => [c.externalId, { id: `id-${c.externalId}`, fingerprint: c.fingerprint }]),
    );
    const { plan: p, issues } = plan([row(1), row(2, { durationSeconds: 61 }), row(3)], existing);
    expect(p.duplicates).toEqual([{ ref: 1, externalId: 'E1', id: 'id-E1', masked: [] }]);
    expect(p.creates.map((c) => c.ref)).toEqual([3]);
    expect(issues).toEqual([{ ref: 2, field: 'externalId', code: 'external_id_conflict' }]);
  });

  it('the same contact by topic path or by topic id has the same content', () => {
    const byPath = plan([row(1)]).plan.creates[0]?.fingerprint;
    const byId = plan([row(1, { topic: { id: 't-invoice' } })]).plan.creates[0]?.fingerprint;
    expect(byId).toBe(byPath);
  });
});

describe('canonicalContact', () => {
  it("is the stated content in a fixed order, with the source's failure choice (null when defaulted)", () => {
    const { plan: p } = plan([row(1)]);
    const ready = p.creates[0];
    if (!ready) throw new Error('no row');
    expect(JSON.parse(canonicalContact(row(1), ready.fields, ready.topicId))).toEqual([
      'phone',
      '2026-06-01T08:00:00.000Z',
      60,
      'want_to_know',
      null,
      't-invoice',
      false,
      null,
      'resolved_self',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '',
    ]);
  });
});
