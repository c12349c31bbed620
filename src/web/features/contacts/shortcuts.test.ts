// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NEEDS, RESOLUTIONS } from '../../../core/contacts/taxonomy.js';
import {
  isTextEntry,
  NEED_KEYS,
  PROBLEM_KIND_KEYS,
  RESOLUTION_KEYS,
  shortcutOf,
  SURVEY_ADDRESS_KEY,
} from './shortcuts.js';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutOf', () => {
  it('every need and resolution has its own key, and no key is used twice', () => {
    const keys = [
      ...NEEDS.map((n) => NEED_KEYS[n]),
      ...RESOLUTIONS.map((r) => RESOLUTION_KEYS[r]),
      ...Object.values(PROBLEM_KIND_KEYS),
      SURVEY_ADDRESS_KEY,
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('digits choose the need, q-t the resolution, outside text fields', () => {
    expect(shortcutOf(press('2'), false, false)).toEqual({ action: 'need', value: 'want_to_know' });
    expect(shortcutOf(press('q'), false, false)).toEqual({ action: 'resolution', value: 'resolved_self' });
    expect(shortcutOf(press('R'), false, false)).toEqual({ action: 'resolution', value: 'forwarded' });
  });

  it('k opens the survey address field, but not while typing (an e-mail address has a k in it)', () => {
    expect(shortcutOf(press('k'), false, false)).toEqual({ action: 'surveyAddress' });
    expect(shortcutOf(press('K'), false, true)).toEqual({ action: 'surveyAddress' });
    expect(shortcutOf(press('k'), true, false)).toBeNull();
  });

  it('in a text field a single key is typing', () => expect(shortcutOf(press('2'), true, false)).toBeNull());

  it('a key with Ctrl, Alt or ⌘ is the browser’s, not ours', () => {
    expect(shortcutOf(press('q', { ctrlKey: true }), false, false)).toBeNull();
    expect(shortcutOf(press('2', { altKey: true }), false, false)).toBeNull();
  });

  it('the kind of problem only while its choice is shown', () => {
    expect(shortcutOf(press('a'), false, false)).toBeNull();
    expect(shortcutOf(press('s'), false, true)).toEqual({ action: 'problemKind', value: 'delivery' });
  });

  it('Ctrl+Enter or ⌘+Enter saves, in a text field too; plain Enter does not', () => {
    expect(shortcutOf(press('Enter', { ctrlKey: true }), true, false)).toEqual({ action: 'save' });
    expect(shortcutOf(press('Enter', { metaKey: true }), false, false)).toEqual({ action: 'save' });
    expect(shortcutOf(press('Enter'), false, false)).toBeNull();
  });
});

describe('isTextEntry', () => {
  const element = (html: string) => {
    document.body.innerHTML = html;
    return document.body.firstElementChild;
  };
  it.each([
    ['<input type="text">', true],
    ['<input>', true],
    ['<input type="time">', true],
    ['<textarea></textarea>', true],
    ['<select></select>', true],
    ['<input type="radio">', false],
    ['<input type="checkbox">', false],
    ['<button>Spara</button>', false],
    ['<fieldset></fieldset>', false],
  ])('%s -> %s', (html, expected) => expect(isTextEntry(element(html))).toBe(expected));
  it('nothing focused', () => expect(isTextEntry(null)).toBe(false));
});
