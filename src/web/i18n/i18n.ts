/**
 * Interface language: Swedish by default, English one click away. Every visible string lives in
 * sv.json / en.json (same keys, checked by i18n.test.ts). The choice is remembered in this
 * browser, sets <html lang> (WCAG 3.1.1) and goes to the API as Accept-Language.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { setApiLanguage } from '../api/client.js';
import en from './en.json' with { type: 'json' };
import sv from './sv.json' with { type: 'json' };

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'sv';
const STORAGE_KEY = 'lots.language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

export function isLanguage(value: unknown): value is Language {
  return value === 'sv' || value === 'en';
}

/** The language chosen earlier in this browser, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    // Storage can be disabled by the browser's privacy settings.
    return null;
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage() ?? DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // React escapes output itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
setApiLanguage(currentLanguage());

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The other of the two interface languages. */
export function otherLanguage(lang: Language): Language {
  return lang === 'sv' ? 'en' : 'sv';
}

/**
 * Switches the interface language everywhere: texts, <html lang>, the API's Accept-Language,
 * and (when `remember`) this browser's stored choice.
 */
export async function applyLanguage(
  lang: Language,
  { remember = true }: { remember?: boolean } = {},
): Promise<void> {
  setApiLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (remember) {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered; the switch still works for this visit.
    }
  }
  await i18n.changeLanguage(lang);
}
