import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { importErrorsOf, parentOptions, unitPathsById, visibleTopicTree } from './topic-view-model.js';
import type { Topic } from './types.js';

const topic = (id: string, path: string, parentId: string | null, retired = false): Topic => ({
  id,
  parentId,
  name: path.split(' › ').at(-1) ?? path,
  ownerUnitId: 'u',
  defaultFailureReason: null,
  retiredAt: retired ? '2026-01-01T00:00:00.000Z' : null,
  path,
  searchWords: [],
});

// In API order, but the view model does not rely on it.
const topics = [
  topic('old', 'Äldreomsorg', null),
  topic('va', 'Vatten och avlopp', null),
  topic('leak', 'Vatten och avlopp › Vattenläcka', 'va'),
  topic('inv', 'Vatten och avlopp › Faktura', 'va'),
  topic('fee', 'Vatten och avlopp › Faktura › Påminnelseavgift', 'inv'),
  topic('gone', 'Avfall', null, true),
  topic('bulky', 'Avfall › Grovsopor', 'gone', true),
];

describe('visibleTopicTree', () => {
  it('with retired topics: everything, nested, Swedish order (Ä last)', () => {
    const tree = visibleTopicTree(topics, true);
    expect(tree.map((n) => n.topic.name)).toEqual(['Avfall', 'Vatten och avlopp', 'Äldreomsorg']);
    expect(tree[1]?.children.map((n) => n.topic.name)).toEqual(['Faktura', 'Vattenläcka']);
    expect(tree[1]?.children[0]?.children.map((n) => n.topic.path)).toEqual([
      'Vatten och avlopp › Faktura › Påminnelseavgift',
    ]);
  });

  it('without: a retired topic goes with everything below it', () => {
    expect(visibleTopicTree(topics, false).map((n) => n.topic.name)).toEqual([
      'Vatten och avlopp',
      'Äldreomsorg',
    ]);
  });
});

describe('parentOptions', () => {
  it('active topics in catalogue order, labelled with their path', () => {
    expect(parentOptions(topics)).toEqual([
      { value: 'va', label: 'Vatten och avlopp' },
      { value: 'inv', label: 'Vatten och avlopp › Faktura' },
      { value: 'fee', label: 'Vatten och avlopp › Faktura › Påminnelseavgift' },
      { value: 'leak', label: 'Vatten och avlopp › Vattenläcka' },
      { value: 'old', label: 'Äldreomsorg' },
    ]);
  });

  it('when moving a topic: not the topic itself nor anything below it (that would be a cycle)', () => {
    expect(parentOptions(topics, 'inv').map((o) => o.value)).toEqual(['va', 'leak', 'old']);
  });
});

describe('unitPathsById', () => {
  it('each unit’s path from its department, archived units included', () => {
    const units: Unit[] = [
      {
        id: 'sbf',
        parentId: null,
        name: 'Samhällsbyggnadsförvaltningen',
        kind: 'department',
        archivedAt: null,
      },
      { id: 'avf', parentId: 'sbf', name: 'Avfall', kind: 'unit', archivedAt: '2026-01-01T00:00:00.000Z' },
    ];
    expect([...unitPathsById(units)]).toEqual([
      ['sbf', 'Samhällsbyggnadsförvaltningen'],
      ['avf', 'Samhällsbyggnadsförvaltningen › Avfall'],
    ]);
  });
});

describe('importErrorsOf', () => {
  it('reads line and column from each pointer, in line order; other pointers get line 0', () => {
    const error = new ApiError(400, 'topic_import_invalid', 'Filen lästes inte in.', [
      { pointer: '/csv/line/12/owner', code: 'unit_unknown', detail: 'Enheten finns inte.' },
      { pointer: '/csv/line/3', code: 'csv_field_count', detail: 'Raden har 3 fält.' },
      { pointer: '/csv/line/3/default_failure_reason', code: 'invalid_choice', detail: '' },
      { pointer: '/body/csv', code: 'file_too_large', detail: 'Filen får vara högst 1 MB.' },
    ]);
    expect(importErrorsOf(error)).toEqual([
      { line: 0, column: null, detail: 'Filen får vara högst 1 MB.' },
      { line: 3, column: null, detail: 'Raden har 3 fält.' },
      { line: 3, column: 'default_failure_reason', detail: 'invalid_choice' },
      { line: 12, column: 'owner', detail: 'Enheten finns inte.' },
    ]);
    expect(importErrorsOf(null)).toEqual([]);
  });
});
