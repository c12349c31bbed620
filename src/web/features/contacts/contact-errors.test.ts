import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem.js';
import { apiErrors, draftErrors, firstInvalid } from './contact-errors.js';

describe('contact form errors', () => {
  it('API pointers become the form’s fields; startedAt is the start time field', () => {
    const error = new ApiError(400, 'validation', 'Rätta de markerade fälten.', [
      { pointer: '/body/startedAt', code: 'in_future', detail: 'Tiden ligger i framtiden.' },
      { pointer: '/body/summary', code: 'too_big', detail: 'För lång.' },
      { pointer: '/headers/idempotency-key', code: 'invalid', detail: 'Ogiltig nyckel.' },
    ]);
    const errors = apiErrors(error);
    expect([...errors.byField]).toEqual([
      ['startTime', 'Tiden ligger i framtiden.'],
      ['summary', 'För lång.'],
    ]);
    expect(errors.other).toEqual(['Ogiltig nyckel.']);
  });

  it('the receipt’s errors are at its field, in the form’s own words when it has them', () => {
    const error = new ApiError(400, 'validation', 'Rätta de markerade fälten.', [
      { pointer: '/body/receivedAt', code: 'after_start', detail: 'Efter start.' },
      { pointer: '/body/summary', code: 'too_big', detail: 'För lång.' },
    ]);
    expect(apiErrors(error, (key) => `text:${key}`).byField.get('receivedAt')).toBe(
      'text:receivedAtAfterStart',
    );
    expect(apiErrors(error, (key) => `text:${key}`).byField.get('summary')).toBe('För lång.');
    expect(apiErrors(error).byField.get('receivedAt')).toBe('Efter start.');
    const onlyEmail = new ApiError(400, 'validation', '', [
      { pointer: '/body/receivedAt', code: 'only_for_email', detail: 'Bara e-post.' },
    ]);
    expect(apiErrors(onlyEmail, (key) => key).byField.get('receivedAt')).toBe('receivedAtOnlyForEmail');
    expect(firstInvalid(apiErrors(onlyEmail))).toBe('receivedAt');
  });

  it('the first invalid field in form order, whatever order the problems came in', () =>
    expect(firstInvalid(draftErrors(['resolution', 'topicId'], (f) => f))).toBe('topicId'));

  it('no errors, nothing to focus', () => expect(firstInvalid(apiErrors(null))).toBeNull());
});
