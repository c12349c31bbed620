import { describe, expect, it } from 'vitest';
import type { TopicCsvRow } from './topic-csv.js';
import { planTopicImport, type PlanTopic, type PlanUnit } from './topic-import-plan.js';

const units: PlanUnit[] = [
  { id: 'sbf', parentId: null, name: 'Samhällsbyggnadsförvaltningen', archived: false },
  { id: 'va', parentId: 'sbf', name: 'Vatten och avlopp', archived: false },
  { id: 'avf', parentId: 'sbf', name: 'Avfall', archived: false },
  { id: 'kf', parentId: null, name: 'Kulturförvaltningen', archived: false },
  { id: 'avf2', parentId: 'kf', name: 'Avfall', archived: false },
  { id: 'old', parentId: 'sbf', name: 'Nedlagd', archived: true },
];

const topic = (
  id: string,
  name: string,
  parentId: string | null,
  rest: Partial<PlanTopic> = {},
): PlanTopic => ({
  id,
  name,
  parentId,
  ownerUnitId: 'va',
  defaultFailureReason: null,
  retired: false,
  searchWords: [],
  ...rest,
});

const row = (
  line: number,
  path: string,
  owner = 'Vatten och avlopp',
  rest: Partial<TopicCsvRow> = {},
): TopicCsvRow => ({
  line,
  path: path.split(' › '),
  owner,
  defaultFailureReason: null,
  retired: false,
  searchWords: null,
  ...rest,
});

const plan = (topics: PlanTopic[], rows: TopicCsvRow[]) => planTopicImport({ topics, units, rows });

describe('planTopicImport: creating', () => {
  it('an empty catalogue -> every topic created, missing parents first, owned like the row that needed them', () => {
    const { plan: p, errors } = plan(
      [],
      [
        row(2, 'Vatten › Faktura › Påminnelse', 'Vatten och avlopp', {
          defaultFailureReason: 'chasing_case',
        }),
      ],
    );
    expect(errors).toEqual([]);
    expect(p.creates).toEqual([
      {
        key: 'vatten',
        parent: null,
        name: 'Vatten',
        ownerUnitId: 'va',
        defaultFailureReason: null,
        retired: false,
        searchWords: [],
        line: null,
      },
      {
        key: 'vatten\u0000faktura',
        parent: { key: 'vatten' },
        name: 'Faktura',
        ownerUnitId: 'va',
        defaultFailureReason: null,
        retired: false,
        searchWords: [],
        line: null,
      },
      {
        key: 'vatten\u0000faktura\u0000påminnelse',
        parent: { key: 'vatten\u0000faktura' },
        name: 'Påminnelse',
        ownerUnitId: 'va',
        defaultFailureReason: 'chasing_case',
        retired: false,
        searchWords: [],
        line: 2,
      },
    ]);
  });

  it('a parent that has a row of its own later in the file -> created from that row, once, still before the child', () => {
    const { plan: p } = plan(
      [],
      [row(2, 'Vatten › Faktura'), row(3, 'Vatten', 'Samhällsbyggnadsförvaltningen › Avfall')],
    );
    expect(p.creates.map((c) => [c.name, c.ownerUnitId, c.line])).toEqual([
      ['Vatten', 'avf', 3],
      ['Faktura', 'va', 2],
    ]);
  });

  it('below an existing topic -> the parent is named by id', () => {
    const { plan: p } = plan([topic('t-va', 'Vatten', null)], [row(2, 'vatten › Läcka')]);
    expect(p.creates).toEqual([expect.objectContaining({ name: 'Läcka', parent: { id: 't-va' } })]);
  });
});

describe('planTopicImport: existing topics', () => {
  const catalogue = [
    topic('t-va', 'Vatten', null),
    topic('t-inv', 'Faktura', 't-va', { defaultFailureReason: 'did_not_understand_information' }),
  ];

  it('the same values -> unchanged; the path matches in any case and the spelling is not changed', () => {
    const { plan: p } = plan(catalogue, [
      row(2, 'VATTEN'),
      row(3, 'vatten › faktura', 'Vatten och avlopp', {
        defaultFailureReason: 'did_not_understand_information',
      }),
    ]);
    expect(p).toEqual({ creates: [], updates: [], unchanged: 2 });
  });

  it('other owner, reason or retired state -> one update naming only what differs', () => {
    const { plan: p } = plan(catalogue, [
      row(3, 'Vatten › Faktura', 'Samhällsbyggnadsförvaltningen › Avfall', { retired: true }),
    ]);
    expect(p.updates).toEqual([
      {
        id: 't-inv',
        line: 3,
        changes: { ownerUnitId: 'avf', defaultFailureReason: null, retired: true },
      },
    ]);
  });

  it('topics absent from the file -> left alone (never deleted)', () => {
    expect(plan(catalogue, []).plan).toEqual({ creates: [], updates: [], unchanged: 0 });
  });
});

describe('planTopicImport: owners', () => {
  it.each([
    ['Samhällsbyggnadsförvaltningen › Vatten och avlopp', 'va', 'the whole path'],
    ['samhällsbyggnadsförvaltningen›vatten och avlopp', 'va', 'any case and spacing'],
    ['Vatten och avlopp', 'va', 'a name no other unit has'],
    ['Samhällsbyggnadsförvaltningen', 'sbf', 'a department by its name'],
    ['Kulturförvaltningen › Avfall', 'avf2', 'a repeated name by its path'],
  ])('%j -> %s (%s)', (owner, id) => {
    const { plan: p, errors } = plan([], [row(2, 'X', owner)]);
    expect(errors).toEqual([]);
    expect(p.creates[0]?.ownerUnitId).toBe(id);
  });

  it.each([
    ['Avfall', 'unit_ambiguous', 'two units are called so'],
    ['Okänd', 'unit_unknown', 'no unit is called so'],
    ['Kulturförvaltningen › Vatten och avlopp', 'unit_unknown', 'a real unit under the wrong department'],
    ['Nedlagd', 'unit_archived', 'an archived unit cannot be given a topic'],
  ])('%j -> %s (%s)', (owner, code) => {
    expect(plan([], [row(7, 'X', owner)]).errors).toEqual([{ line: 7, column: 'owner', code }]);
  });

  it('an archived unit that already owns the topic may stay its owner (re-importing an old export works)', () => {
    const { plan: p, errors } = plan(
      [topic('t', 'X', null, { ownerUnitId: 'old' })],
      [row(2, 'X', 'Nedlagd')],
    );
    expect(errors).toEqual([]);
    expect(p.unchanged).toBe(1);
  });
});

describe('planTopicImport: no active topic below a retired one', () => {
  it('retiring a parent whose active child is not in the file -> refused on the parent’s line', () => {
    const existing = [topic('p', 'P', null), topic('c', 'C', 'p')];
    expect(plan(existing, [row(4, 'P', undefined, { retired: true })]).errors).toEqual([
      { line: 4, column: 'retired', code: 'topic_has_active_children' },
    ]);
  });

  it('retiring the parent and the child together -> fine', () => {
    const existing = [topic('p', 'P', null), topic('c', 'C', 'p')];
    const { errors, plan: p } = plan(existing, [
      row(2, 'P', undefined, { retired: true }),
      row(3, 'P › C', undefined, { retired: true }),
    ]);
    expect(errors).toEqual([]);
    expect(p.updates).toHaveLength(2);
  });

  it('an active row below a parent the file retires -> refused on the child’s line', () => {
    expect(plan([], [row(2, 'P', undefined, { retired: true }), row(3, 'P › C')]).errors).toEqual([
      { line: 3, column: 'retired', code: 'topic_parent_retired' },
    ]);
  });

  it('a new path through a retired topic -> refused, also for the parent it would create', () => {
    const existing = [topic('p', 'P', null, { retired: true })];
    expect(plan(existing, [row(5, 'P › Ny › Djup')]).errors).toEqual([
      { line: 5, column: 'path', code: 'topic_parent_retired' },
    ]);
  });

  it('a retired row below a retired topic -> fine (history can be imported)', () => {
    const existing = [topic('p', 'P', null, { retired: true })];
    expect(plan(existing, [row(2, 'P › Gammal', undefined, { retired: true })]).errors).toEqual([]);
  });
});

describe('planTopicImport: search words', () => {
  it('sets the words a row gives, leaves them when the file has no such column, and creates with them', () => {
    const existing = [
      topic('t1', 'Sophämtning', null, { searchWords: ['soptunna'] }),
      topic('t2', 'Faktura', null, { searchWords: ['räkning'] }),
    ];
    const result = plan(existing, [
      row(2, 'Sophämtning', 'Vatten och avlopp', { searchWords: ['soptunna', 'sopkärl'] }),
      row(3, 'Faktura', 'Vatten och avlopp', { searchWords: null }),
      row(4, 'Läcka', 'Vatten och avlopp', { searchWords: ['vattenläcka'] }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.plan.updates).toEqual([
      { id: 't1', line: 2, changes: { searchWords: ['soptunna', 'sopkärl'] } },
    ]);
    expect(result.plan.unchanged).toBe(1);
    expect(result.plan.creates.map((c) => [c.name, c.searchWords])).toEqual([['Läcka', ['vattenläcka']]]);
  });
});
