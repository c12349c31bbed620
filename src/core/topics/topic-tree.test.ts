import { describe, expect, it } from 'vitest';
import {
  joinTopicPath,
  orderWithPaths,
  pathNamesById,
  splitTopicPath,
  subtreeIds,
  topicNameProblem,
  topicPathKey,
  type TreeNode,
} from './topic-tree.js';

const n = (id: string, name: string, parentId: string | null = null): TreeNode => ({ id, name, parentId });

describe('orderWithPaths', () => {
  const catalogue = [
    n('va', 'Vatten och avlopp'),
    n('inv', 'Faktura', 'va'),
    n('leak', 'Vattenläcka', 'va'),
    n('old', 'Äldreomsorg'),
    n('home', 'Hemtjänst', 'old'),
    n('pre', 'Förskola'),
    n('app', 'Ansökan om plats', 'pre'),
    n('prio', 'Förtur', 'app'),
  ];

  it('depth first, siblings in Swedish order (Ä after V), each with its path and depth', () => {
    expect(orderWithPaths(catalogue).map((t) => [t.path, t.depth])).toEqual([
      ['Förskola', 0],
      ['Förskola › Ansökan om plats', 1],
      ['Förskola › Ansökan om plats › Förtur', 2],
      ['Vatten och avlopp', 0],
      ['Vatten och avlopp › Faktura', 1],
      ['Vatten och avlopp › Vattenläcka', 1],
      ['Äldreomsorg', 0],
      ['Äldreomsorg › Hemtjänst', 1],
    ]);
  });

  it('keeps the nodes’ own fields', () => {
    const [first] = orderWithPaths([{ ...n('a', 'A'), extra: 42 }]);
    expect(first).toEqual({ id: 'a', name: 'A', parentId: null, extra: 42, path: 'A', depth: 0 });
  });

  it('a node whose parent is missing -> placed at the top, not dropped', () => {
    expect(orderWithPaths([n('x', 'Ensam', 'missing')]).map((t) => t.path)).toEqual(['Ensam']);
  });

  it('an (impossible) cycle -> the walk stops instead of looping forever, and nothing is lost', () => {
    const cyclic = [n('a', 'A', 'b'), n('b', 'B', 'a')];
    expect(pathNamesById(cyclic).get('a')).toEqual(['B', 'A']);
    expect(
      orderWithPaths(cyclic)
        .map((t) => t.id)
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('paths as text', () => {
  it('join with " › " and split back, trimming each name, with or without spaces', () => {
    expect(joinTopicPath(['Förskola', 'Avgift'])).toBe('Förskola › Avgift');
    expect(splitTopicPath('Förskola›Avgift')).toEqual(['Förskola', 'Avgift']);
    expect(splitTopicPath('  Förskola ›  Avgift ')).toEqual(['Förskola', 'Avgift']);
  });

  it('an empty name between two separators stays empty, so it can be reported', () => {
    expect(splitTopicPath('A ›  › B')).toEqual(['A', '', 'B']);
  });

  it('topicPathKey: case does not matter (the sibling-name rule ignores it), order and level do', () => {
    expect(topicPathKey(['VATTEN', 'faktura'])).toBe(topicPathKey(['Vatten', 'Faktura']));
    expect(topicPathKey(['Ä'])).toBe(topicPathKey(['ä']));
    expect(topicPathKey(['A', 'B'])).not.toBe(topicPathKey(['B', 'A']));
    expect(topicPathKey(['A B'])).not.toBe(topicPathKey(['A', 'B']));
  });
});

describe('topicNameProblem', () => {
  it.each<[string, string | null, string]>([
    ['Faktura', null, 'an ordinary name'],
    ['', 'required', 'empty'],
    ['x'.repeat(200), null, '200 characters is the limit'],
    ['x'.repeat(201), 'too_long', 'one over the limit'],
    ['Vatten › Faktura', 'topic_name_separator', 'the separator would split the name in a path'],
    ['Vatten > Faktura', null, 'an ordinary > is fine'],
  ])('%j -> %s (%s)', (name, expected) => {
    expect(topicNameProblem(name)).toBe(expected);
  });
});

describe('subtreeIds', () => {
  it('the node and everything below it, not its siblings or parent', () => {
    const nodes = [n('r', 'R'), n('a', 'A', 'r'), n('b', 'B', 'a'), n('c', 'C', 'r')];
    expect([...subtreeIds(nodes, 'a')].sort()).toEqual(['a', 'b']);
    expect([...subtreeIds(nodes, 'r')].sort()).toEqual(['a', 'b', 'c', 'r']);
  });
});
