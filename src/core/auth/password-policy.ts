/**
 * Password rules after NIST SP 800-63B §5.1.1.2: a minimum length, no composition rules, and a
 * check against passwords known to be common. The upper bound keeps hashing cost bounded.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'common' | 'contains_email';

// Common and locally typical choices; compared after lower-casing and removing digits/symbols
// at the ends, so "Sommar2024!" counts as "sommar".
const COMMON = new Set([
  'password',
  'passw0rd',
  'lösenord',
  'losenord',
  'qwerty',
  'qwertyuiop',
  'asdfghjkl',
  'abc',
  'abcdef',
  'letmein',
  'welcome',
  'välkommen',
  'valkommen',
  'sommar',
  'vinter',
  'hösten',
  'hosten',
  'våren',
  'varen',
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
  'admin',
  'administrator',
  'kommun',
  'kontaktcenter',
  'medborgare',
  'iloveyou',
  'monkey',
  'dragon',
  'master',
  'football',
  'fotboll',
  'hockey',
  'sverige',
  'stockholm',
  'göteborg',
  'malmö',
  'hejhej',
  'hemligt',
  'hemlig',
  'changeme',
  'trustno1',
  'sunshine',
  'princess',
  'starwars',
  'solsken',
  'katten',
  'hunden',
  'lots',
]);

function core(password: string): string {
  return password.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** Returns the problems with a proposed password; an empty list means it is acceptable. */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  const stripped = core(password);
  if (
    COMMON.has(stripped) ||
    /^(.)\1*$/u.test(password) ||
    /^(0123456789|1234567890|123456789012)/.test(password)
  ) {
    problems.push('common');
  }
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 3 && password.toLowerCase().includes(local)) problems.push('contains_email');
  return problems;
}
