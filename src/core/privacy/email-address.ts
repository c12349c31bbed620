/**
 * E-mail addresses in free text, with a practical pattern rather than the full grammar of
 * RFC 5322 (quoted local parts and IP-literal domains do not occur in contact summaries).
 *
 * - Local part: letters of any script (so å, ä, ö and internationalised addresses as in
 *   RFC 6531), digits and . _ % + -.
 * - Domain: at least two labels of letters, digits and hyphens separated by dots; the last label
 *   (the top-level domain) is two or more letters. "anna@localhost" and "anna@127.0.0.1" are not
 *   reported. A dot after the address ends the sentence, not the address.
 */
import type { PersonalDataFinding } from './finding.js';

/**
 * The lookbehind stops a match from starting inside a longer local part, so that a long run of
 * letters without '@' is scanned once rather than once per letter (quadratic). Labels and dots
 * alternate, so the domain splits one way only.
 */
const EMAIL_ADDRESS = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const TOP_LEVEL_DOMAIN = /^\p{L}{2,}$/u;

/** Finds e-mail addresses, in text order. */
export function findEmailAddresses(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL_ADDRESS)) {
    const address = match[0];
    const topLevelDomain = address.slice(address.lastIndexOf('.') + 1);
    if (TOP_LEVEL_DOMAIN.test(topLevelDomain)) {
      findings.push({ kind: 'email', start: match.index, end: match.index + address.length });
    }
  }
  return findings;
}
