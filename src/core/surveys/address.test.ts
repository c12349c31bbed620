import { describe, expect, it } from 'vitest';
import { surveyAddressOf } from './address.js';

describe('a survey address', () => {
  it.each([
    ['Anna.Svensson@Example.se ', { medium: 'email', address: 'anna.svensson@example.se' }],
    ['070-123 45 67', { medium: 'sms', address: '+46701234567' }],
    ['+46 (0)73 123 45 67'.replace('(0)', ''), { medium: 'sms', address: '+46731234567' }],
    ['0046761234567', { medium: 'sms', address: '+46761234567' }],
    ['079–123 45 67', { medium: 'sms', address: '+46791234567' }],
    ['08-123 456 78', { problem: 'not_a_mobile_number' }],
    ['074-123 45 67', { problem: 'not_a_mobile_number' }],
    ['+47 912 34 567', { problem: 'not_a_mobile_number' }],
    ['070-123 45 6', { problem: 'not_a_mobile_number' }],
    ['anna@localhost', { problem: 'not_an_address' }],
    ['ring anna@example.se', { problem: 'not_an_address' }],
    ['kl 14', { problem: 'not_an_address' }],
    ['  ', { problem: 'empty' }],
  ])('%j -> %j', (text, expected) => {
    expect(surveyAddressOf(text)).toEqual(expected);
  });
});
