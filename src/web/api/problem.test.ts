// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ApiError, HTTP_ERROR, fieldKeyOf, formErrorsOf, parseProblem } from './problem.js';

const problemResponse = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  });

describe('parseProblem', () => {
  it('reads status, code, detail and the field errors of a problem document', async () => {
    const error = await parseProblem(
      problemResponse(400, {
        type: 'https://lots.se/problems/validation-failed',
        title: 'Bad Request',
        status: 400,
        code: 'validation_failed',
        detail: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
        errors: [{ pointer: '/body/email', code: 'invalid_email', detail: 'Ogiltig e-postadress.' }],
      }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      detail: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
    });
    expect(error.fieldErrors).toEqual([
      { pointer: '/body/email', code: 'invalid_email', detail: 'Ogiltig e-postadress.' },
    ]);
  });

  it('a body that is not JSON (a proxy page) still gives an error with the status', async () => {
    const error = await parseProblem(
      new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'content-type': 'text/html' } }),
    );
    expect(error).toMatchObject({ status: 502, code: HTTP_ERROR, detail: '' });
  });

  it('broken JSON is not a crash', async () => {
    const error = await parseProblem(
      new Response('{"status": ', { status: 500, headers: { 'content-type': 'application/json' } }),
    );
    expect(error).toMatchObject({ status: 500, code: HTTP_ERROR });
  });

  it('skips malformed entries in errors', async () => {
    const error = await parseProblem(
      problemResponse(400, {
        status: 400,
        code: 'validation_failed',
        detail: 'x',
        errors: [null, { code: 'x' }, { pointer: '/body/name' }],
      }),
    );
    expect(error.fieldErrors).toEqual([{ pointer: '/body/name', code: 'invalid', detail: '' }]);
  });
});

describe('fieldKeyOf', () => {
  it.each([
    ['/body/email', 'email'],
    ['/body/admin/email', 'admin.email'],
    ['/body/roles/0/unitId', 'roles.unitId'],
    ['/body/roles', 'roles'],
    ['/body/a~1b', 'a/b'],
  ])('%s -> %s', (pointer, key) => expect(fieldKeyOf(pointer)).toBe(key));

  it.each(['/body', '/query/includeArchived', ''])('%s names no field', (pointer) =>
    expect(fieldKeyOf(pointer)).toBeNull(),
  );
});

describe('formErrorsOf', () => {
  it('puts errors next to known fields and the rest in the summary', () => {
    const error = new ApiError(400, 'validation_failed', 'Rätta fälten.', [
      { pointer: '/body/email', code: 'invalid_email', detail: 'Ogiltig e-postadress.' },
      { pointer: '/body/email', code: 'too_long', detail: 'För lång.' },
      { pointer: '/body', code: 'unknown_field', detail: 'Okänt fält: extra.' },
    ]);
    const errors = formErrorsOf(error, ['email', 'password']);
    expect([...errors.byField]).toEqual([['email', 'Ogiltig e-postadress.']]);
    expect(errors.other).toEqual(['Okänt fält: extra.']);
  });

  it('no error, no messages', () => {
    expect(formErrorsOf(null, ['email'])).toEqual({ byField: new Map(), other: [] });
  });
});
