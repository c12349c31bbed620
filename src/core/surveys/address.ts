/**
 * The address a survey invitation goes to, as a guide types it (or an integration posts it):
 * an e-mail address, or a Swedish mobile number for a text message. Normalised so that the same
 * address always gives the same quarantine key: e-mail in lower case; a mobile number in E.164
 * (+46 7X XXX XX XX). Text messages go only to Swedish mobile numbers (07X, PTS's numbering
 * plan): a landline cannot receive them, and foreign numbers would need a provider contract
 * the municipality has not made. Anything else is refused with the reason.
 */
import { findEmailAddresses } from '../privacy/email-address.js';
import type { Medium } from './invitations.js';

export type AddressProblem = 'empty' | 'not_an_address' | 'not_a_mobile_number';

export type SurveyAddress = { medium: Medium; address: string } | { problem: AddressProblem };

const SEPARATORS = /[\s\-\u2010-\u2015\u2212()]/g;

export function surveyAddressOf(text: string): SurveyAddress {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'empty' };
  if (trimmed.includes('@')) {
    const [found] = findEmailAddresses(trimmed);
    return found && found.start === 0 && found.end === trimmed.length && trimmed.length <= 254
      ? { medium: 'email', address: trimmed.toLowerCase() }
      : { problem: 'not_an_address' };
  }
  const digits = trimmed.replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(digits)) return { problem: 'not_an_address' };
  const national = digits.startsWith('+46')
    ? `0${digits.slice(3)}`
    : digits.startsWith('0046')
      ? `0${digits.slice(4)}`
      : digits;
  if (/^07[02369]\d{7}$/.test(national)) return { medium: 'sms', address: `+46${national.slice(1)}` };
  return { problem: 'not_a_mobile_number' };
}
