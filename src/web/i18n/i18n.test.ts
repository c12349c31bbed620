// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };
import { applyLanguage, i18n } from './i18n.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translation files', () => {
  const svLeaves = leaves(sv);
  const enLeaves = leaves(en);

  it('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...svLeaves.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...svLeaves, ...enLeaves]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of svLeaves)
      expect(placeholders(enLeaves.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

describe('applyLanguage', () => {
  afterEach(() => applyLanguage('sv'));

  it('switches texts, <html lang> and the remembered choice', async () => {
    expect(i18n.t('login.title')).toBe('Logga in');
    await applyLanguage('en');
    expect(i18n.t('login.title')).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('lots.language')).toBe('en');
  });
});
