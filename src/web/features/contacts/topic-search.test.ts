import { describe, expect, it } from 'vitest';
import type { Topic } from './contact-types.js';
import { normalizeForSearch, searchWords, topicOptions, topicUsageOf } from './topic-search.js';

const topic = (id: string, path: string, retired = false): Topic => {
  const names = path.split(' › ');
  return {
    id,
    parentId: null,
    name: names[names.length - 1] ?? path,
    ownerUnitId: 'unit',
    defaultFailureReason: null,
    retiredAt: retired ? '2026-01-01T00:00:00.000Z' : null,
    path,
  };
};

const catalogue = [
  topic('va', 'Vatten och avlopp'),
  topic('va-faktura', 'Vatten och avlopp › Faktura'),
  topic('va-lacka', 'Vatten och avlopp › Läcka'),
  topic('avfall-faktura', 'Avfall › Faktura'),
  topic('forskola', 'Förskola › Ansökan om plats'),
  topic('arsavgift', 'Kultur och fritid › Årsavgift'),
  topic('cafe', 'Kultur och fritid › Café i parken'),
  topic('gammal', 'Vatten och avlopp › Gammal taxa', true),
];

const ids = (query: string, usage = topicUsageOf([])) =>
  topicOptions(catalogue, query, usage).map((o) => o.topic.id);

describe('normalizeForSearch', () => {
  it('lower case, spaces collapsed', () =>
    expect(normalizeForSearch('  Vatten  OCH avlopp ')).toBe('vatten och avlopp'));
  it('keeps å, ä and ö as letters of their own', () => expect(normalizeForSearch('ÅÄÖ åäö')).toBe('åäö åäö'));
  it('drops other accents: é -> e, ü -> u', () =>
    expect(normalizeForSearch('Café Müller')).toBe('cafe muller'));
  it('› separates words like a space', () =>
    expect(searchWords('vatten›faktura')).toEqual(['vatten', 'faktura']));
});

describe('topicOptions with a search', () => {
  it('matches on the whole path: a department word and a topic word', () =>
    expect(ids('vatten fakt')).toEqual(['va-faktura']));

  it('a topic whose own name starts with the search comes before one that only has it in its path', () =>
    expect(ids('faktura')).toEqual(['avfall-faktura', 'va-faktura']));

  it('case does not matter', () => expect(ids('FÖRSKOLA')).toEqual(['forskola']));

  it('å is not a: "ars" does not find Årsavgift, "års" does', () => {
    expect(ids('ars')).toEqual([]);
    expect(ids('års')).toEqual(['arsavgift']);
  });

  it('é is e: "cafe" finds Café', () => expect(ids('cafe')).toEqual(['cafe']));

  it('retired topics are never offered', () => expect(ids('gammal')).toEqual([]));

  it('among equal matches the guide’s more used topic comes first', () => {
    const usage = topicUsageOf([
      { topicId: 'va-faktura' },
      { topicId: 'va-faktura' },
      { topicId: 'avfall-faktura' },
    ]);
    expect(ids('faktura', usage)).toEqual(['va-faktura', 'avfall-faktura']);
  });

  it('word starts rank before matches inside words', () =>
    // "av" starts "Avfall" and "avlopp" but only sits inside "Årsavgift", so that comes last.
    expect(ids('av')).toEqual(['avfall-faktura', 'va', 'va-faktura', 'va-lacka', 'arsavgift']));
});

describe('topicOptions with an empty search', () => {
  it('recent first, then most used, then the rest of the catalogue in its order', () => {
    // Newest first: läcka once (latest), faktura three times, förskola twice.
    const usage = topicUsageOf(
      ['va-lacka', 'va-faktura', 'forskola', 'va-faktura', 'forskola', 'va-faktura'].map((topicId) => ({
        topicId,
      })),
    );
    const options = topicOptions(catalogue, '', usage);
    expect(options.map((o) => `${o.group}:${o.topic.id}`)).toEqual([
      'recent:va-lacka',
      'recent:va-faktura',
      'recent:forskola',
      'all:va',
      'all:avfall-faktura',
      'all:arsavgift',
      'all:cafe',
    ]);
  });

  it('more than five used: the most used that are not among the recent five follow them', () => {
    const used = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a6', 'a7'];
    const topics = used.map((id) => topic(id, `Ämne ${id}`));
    const usage = topicUsageOf(used.map((topicId) => ({ topicId })));
    expect(usage.mostUsed[0]).toBe('a6');
    const options = topicOptions(topics, '', usage);
    expect(options.filter((o) => o.group === 'mostUsed').map((o) => o.topic.id)).toEqual(['a6', 'a7']);
  });

  it('a retired topic the guide used is left out of the recent ones', () => {
    const usage = topicUsageOf([{ topicId: 'gammal' }, { topicId: 'va' }]);
    expect(topicOptions(catalogue, ' ', usage)[0]).toEqual({ topic: catalogue[0], group: 'recent' });
  });
});

describe('topicOptions with search words (issue #13)', () => {
  const withWords = (t: Topic, searchWords: string[]): Topic => ({ ...t, searchWords });
  const words = [
    withWords(topic('sophamtning', 'Avfall och återvinning › Utebliven sophämtning'), [
      'soptunna',
      'sopkärl',
      'tömning',
    ]),
    withWords(topic('grovsopor', 'Avfall och återvinning › Grovsopor och återvinningscentral'), [
      'ÅVC',
      'Återvinningscentral',
      'Sperrmüll',
    ]),
    withWords(topic('sotning', 'Bygglov › Sotning'), ['skorsten']),
    topic('va-faktura', 'Vatten och avlopp › Faktura'),
  ];
  const found = (query: string) => topicOptions(words, query).map((o) => o.topic.id);

  it('"soptunna" finds waste collection, which has no such word in its name', () =>
    expect(found('soptunna')).toEqual(['sophamtning']));
  it('case does not matter, and a search word may be typed in part', () => {
    expect(found('SOPTUNNA')).toEqual(['sophamtning']);
    expect(found('sopk')).toEqual(['sophamtning']);
  });
  it('accents other than å, ä, ö are ignored ("sperrmull"), å stays å ("avc" is not "åvc")', () => {
    expect(found('sperrmull')).toEqual(['grovsopor']);
    expect(found('åvc')).toEqual(['grovsopor']);
    expect(found('avc')).toEqual([]);
  });
  it('a word of the path and a search word together', () =>
    expect(found('bygglov skorsten')).toEqual(['sotning']));
  it('matches on the path come before matches on search words', () => {
    const both = [withWords(topic('tomning', 'Avfall › Tömning av slamavskiljare'), []), ...words];
    expect(topicOptions(both, 'tömning').map((o) => o.topic.id)).toEqual(['tomning', 'sophamtning']);
  });
});
