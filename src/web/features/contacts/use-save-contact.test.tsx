// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewContact, SavedContact } from './contact-types.js';
import { useSaveContact } from './use-save-contact.js';

const body: NewContact = {
  channel: 'phone',
  startedAt: '2026-03-09T09:42:17.000Z',
  durationSeconds: 185,
  need: 'want_to_know',
  problemKind: null,
  topicId: '7b0f7f47-8d0a-4a5e-9a43-3f0c0d5d2a11',
  concernsExistingCase: false,
  caseReference: null,
  resolution: 'resolved_self',
  forwardedToUnitId: null,
  forwardDone: null,
  forwardExpected: null,
  citizenGender: null,
  citizenAgeBand: null,
  citizenDistrict: null,
  summary: '',
};

/** The browser's fetch, answering from a script: 'drop' is a lost network, a number an HTTP status. */
function network(script: ('drop' | number)[]) {
  const calls: { key: string; body: string }[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ key: headers['Idempotency-Key'] ?? '', body: init.body as string });
    const step = script.shift() ?? 201;
    if (step === 'drop') throw new TypeError('Failed to fetch');
    const json =
      step < 300
        ? { ...body, id: 'c1', maskedPersonalData: [] }
        : { status: step, code: 'validation', detail: 'Fel.' };
    return new Response(JSON.stringify(json), {
      status: step,
      headers: { 'content-type': 'application/json' },
    });
  });
  return calls;
}

describe('useSaveContact', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a lost answer is retried by itself, with the same key and body, until it is saved', async () => {
    const calls = network(['drop', 'drop', 201]);
    const saved: SavedContact[] = [];
    const { result } = renderHook(() => useSaveContact((c) => saved.push(c)));
    await act(async () => result.current.save('key-1', body));
    expect(result.current.state).toEqual({ phase: 'waiting', retries: 1, trying: false });
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(result.current.state).toEqual({ phase: 'waiting', retries: 2, trying: false });
    await act(async () => vi.advanceTimersByTimeAsync(3_000));
    expect(result.current.state).toEqual({ phase: 'idle' });
    expect(saved).toHaveLength(1);
    expect(calls.map((c) => c.key)).toEqual(['key-1', 'key-1', 'key-1']);
    expect(new Set(calls.map((c) => c.body)).size).toBe(1);
  });

  it('"try again now" does not wait for the timer', async () => {
    const calls = network(['drop', 201]);
    const { result } = renderHook(() => useSaveContact(() => undefined));
    await act(async () => result.current.save('key-2', body));
    await act(async () => result.current.retryNow());
    expect(result.current.state).toEqual({ phase: 'idle' });
    expect(calls).toHaveLength(2);
  });

  it('a refusal about the content is not retried: the form is the guide’s again', async () => {
    const calls = network([400]);
    const { result } = renderHook(() => useSaveContact(() => undefined));
    await act(async () => result.current.save('key-3', body));
    await act(async () => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.state.phase).toBe('failed');
    expect(calls).toHaveLength(1);
  });

  it('a second save while one is under way is ignored (no double contact from a double key press)', async () => {
    const calls = network(['drop', 201]);
    const { result } = renderHook(() => useSaveContact(() => undefined));
    await act(async () => {
      result.current.save('key-4', body);
      result.current.save('key-5', body);
    });
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(calls.map((c) => c.key)).toEqual(['key-4', 'key-4']);
  });
});
