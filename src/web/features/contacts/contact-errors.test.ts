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

  it('the first invalid field in form order, whatever order the problems came in', () =>
    expect(firstInvalid(draftErrors(['resolution', 'topicId'], (f) => f))).toBe('topicId'));

  it('no errors, nothing to focus', () => expect(firstInvalid(apiErrors(null))).toBeNull());
});
