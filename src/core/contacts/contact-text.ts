/**
 * The free text of a contact (summary, and for a forwarded contact what was done and what the
 * receiver is to do) is stored with personal data masked: closed-file review asks whether the
 * description holds personal data, and it should not (DOMAIN.md). The guide is warned while
 * typing; whatever is left is masked here before it is stored.
 */
import type { PersonalDataKind } from '../privacy/finding.js';
import { maskPersonalData } from '../privacy/personal-data.js';

export const MASKED_TEXT_FIELDS = ['summary', 'forwardDone', 'forwardExpected'] as const;
export type MaskedTextField = (typeof MASKED_TEXT_FIELDS)[number];

/** One field that had personal data masked, with the kinds found (each once, sorted). */
export interface MaskedField {
  field: MaskedTextField;
  kinds: PersonalDataKind[];
}

export type ContactTexts = Record<MaskedTextField, string | null>;

/** The texts with personal data masked, and which fields had what masked. */
export function maskContactTexts<T extends ContactTexts>(texts: T): { texts: T; masked: MaskedField[] } {
  const out: T = { ...texts };
  const masked: MaskedField[] = [];
  for (const field of MASKED_TEXT_FIELDS) {
    const text = texts[field];
    if (text === null) continue;
    const result = maskPersonalData(text);
    if (result.findings.length === 0) continue;
    out[field] = result.text;
    masked.push({ field, kinds: [...new Set(result.findings.map((f) => f.kind))].sort() });
  }
  return { texts: out, masked };
}
