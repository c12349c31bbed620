import { describe, expect, it } from 'vitest';
import { emailDomainOf, isAddressInDomains, isEmailDomain, normalizeEmail } from './email.js';

describe('e-mail addresses and domains', () => {
  it('normalises: trimmed and lower-case', () => {
    expect(normalizeEmail('  Anna.Lind@Jarfalla.SE ')).toBe('anna.lind@jarfalla.se');
  });

  it('domain of an address: after the last @, lower-case; none without @', () => {
    expect(emailDomainOf('Anna@Jarfalla.SE')).toBe('jarfalla.se');
    expect(emailDomainOf('"a@b"@kommun.se')).toBe('kommun.se');
    expect(emailDomainOf('no-at-sign')).toBe('');
  });

  it.each([
    ['jarfalla.se', true],
    ['sub.kommun.example', true],
    ['x-y.se', true],
    ['se', false],
    ['-jarfalla.se', false],
    ['jarfalla-.se', false],
    ['Jarfalla.se', false],
    ['jar falla.se', false],
    ['jarfalla..se', false],
  ])('isEmailDomain(%s) = %s', (text, expected) => {
    expect(isEmailDomain(text)).toBe(expected);
  });

  it('an address is in the domains only by its exact domain (no sub- or super-domains)', () => {
    expect(isAddressInDomains('Chef@Jarfalla.example', ['jarfalla.example'])).toBe(true);
    expect(isAddressInDomains('chef@evil.jarfalla.example', ['jarfalla.example'])).toBe(false);
    expect(isAddressInDomains('chef@jarfalla.example.evil', ['jarfalla.example'])).toBe(false);
    expect(isAddressInDomains('chef', ['jarfalla.example'])).toBe(false);
  });
});
