import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

describe('checkPassword: length (NIST SP 800-63B: at least 12 here, no composition rules)', () => {
  it('11 characters -> too_short (one below the minimum)', () => {
    expect(checkPassword('blåbärssylt')).toEqual(['too_short']);
  });

  it('12 characters -> accepted (exactly the minimum)', () => {
    expect(checkPassword('blåbärssylt!')).toEqual([]);
  });

  it('counts characters, not UTF-16 units or bytes: 11 letters + 1 emoji = 12 -> accepted', () => {
    expect('blåbärssylt🫐'.length).toBe(13);
    expect(checkPassword('blåbärssylt🫐')).toEqual([]);
  });

  it('256 characters -> accepted; 257 -> too_long (bounds hashing cost)', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(checkPassword('kvistig-gran'.repeat(22).slice(0, PASSWORD_MAX_LENGTH))).toEqual([]);
    expect(checkPassword('kvistig-gran'.repeat(22).slice(0, PASSWORD_MAX_LENGTH + 1))).toEqual(['too_long']);
  });

  it('no composition rules: only lower-case letters and hyphens -> accepted', () => {
    expect(checkPassword('korrekt-häst-batteri')).toEqual([]);
  });
});

describe('checkPassword: common passwords', () => {
  it('"Sommar2024!!" -> common (digits and symbols at the ends are stripped: "sommar")', () => {
    expect(checkPassword('Sommar2024!!')).toEqual(['common']);
  });

  it('"Lösenord123456" -> common (Swedish for "password", case-insensitive)', () => {
    expect(checkPassword('Lösenord123456')).toEqual(['common']);
  });

  it('"aaaaaaaaaaaa" -> common (one character repeated)', () => {
    expect(checkPassword('aaaaaaaaaaaa')).toEqual(['common']);
  });

  it('"123456789012" -> common (a keyboard run)', () => {
    expect(checkPassword('123456789012')).toEqual(['common']);
  });

  it('"password" inside a longer phrase -> accepted (only the whole core is compared)', () => {
    expect(checkPassword('mitt-password-är-långt')).toEqual([]);
  });

  it('short and common -> both problems reported at once', () => {
    expect(checkPassword('qwerty')).toEqual(['too_short', 'common']);
  });
});

describe('checkPassword: containing the e-mail address', () => {
  it('contains the local part "anna.lind" -> contains_email', () => {
    expect(checkPassword('anna.lind-2026-vinter', { email: 'anna.lind@jarfalla.se' })).toEqual([
      'contains_email',
    ]);
  });

  it('in other case -> contains_email (compared case-insensitively)', () => {
    expect(checkPassword('ANNA.LIND-2026-vinter', { email: 'anna.lind@jarfalla.se' })).toEqual([
      'contains_email',
    ]);
  });

  it('local part shorter than 3 characters ("al") -> not checked (would refuse too much)', () => {
    expect(checkPassword('al-blåbärssylt', { email: 'al@jarfalla.se' })).toEqual([]);
  });

  it('without an address -> no contains_email check', () => {
    expect(checkPassword('anna.lind-2026-vinter')).toEqual([]);
  });
});
