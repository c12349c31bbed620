// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewContact, SavedContact } from './contact-types.js';
import { emptyDraft } from './contact-draft.js';
import { createContactOutbox, postContact, type ContactOutbox } from './contact-outbox.js';
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

const form = {
  draft: emptyDraft('phone', new Date('2026-03-09T09:42:17.000Z')),
  timerStart: new Date('2026-03-09T09:42:17.000Z'),
};

describe('useSaveContact and the outbox', () => {
  let outbox: ContactOutbox;
  beforeEach(() => {
    vi.useFakeTimers();
    outbox = createContactOutbox(postContact);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('a lost answer is retried by itself, with the same key and body, until it is saved', async () => {
    const calls = network(['drop', 'drop', 201]);
    const saved: SavedContact[] = [];
    const { result } = renderHook(() => useSaveContact('key-1', (c) => saved.push(c), outbox));
    await act(async () => result.current.save(body, form));
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
    const { result } = renderHook(() => useSaveContact('key-2', () => undefined, outbox));
    await act(async () => result.current.save(body, form));
    await act(async () => result.current.retryNow());
    expect(result.current.state).toEqual({ phase: 'idle' });
    expect(calls).toHaveLength(2);
  });

  it('a refusal about the content is not retried: the form is the guide’s again', async () => {
    const calls = network([400]);
    const { result } = renderHook(() => useSaveContact('key-3', () => undefined, outbox));
    await act(async () => result.current.save(body, form));
    await act(async () => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.state.phase).toBe('failed');
    expect(calls).toHaveLength(1);
  });

  it('a second save while one is under way is ignored (no double contact from a double key press)', async () => {
    const calls = network(['drop', 201]);
    await act(async () => {
      outbox.save({ key: 'key-4', body, ...form });
      outbox.save({ key: 'key-5', body, ...form });
    });
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(calls.map((c) => c.key)).toEqual(['key-4', 'key-4']);
  });

  it('leaving the logging screen does not stop a waiting save: it is saved while the guide is elsewhere', async () => {
    const calls = network(['drop', 'drop', 201]);
    const { result, unmount } = renderHook(() => useSaveContact('key-6', () => undefined, outbox));
    await act(async () => result.current.save(body, form));
    expect(outbox.snapshot().contact?.key).toBe('key-6');
    unmount();
    await act(async () => vi.advanceTimersByTimeAsync(4_000));
    expect(calls.map((c) => c.key)).toEqual(['key-6', 'key-6', 'key-6']);
    expect(outbox.snapshot()).toEqual({ contact: null, state: { phase: 'idle' } });
  });

  it('a contact refused while the guide was elsewhere stays, with the draft, until the form takes it back', async () => {
    network(['drop', 400]);
    const { result, unmount } = renderHook(() => useSaveContact('key-7', () => undefined, outbox));
    await act(async () => result.current.save(body, form));
    unmount();
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    const held = outbox.snapshot();
    expect(held.state.phase).toBe('failed');
    expect(held.contact).toEqual({ key: 'key-7', body, ...form });
    // Back on the screen: the form of the same key sees the refusal.
    const again = renderHook(() => useSaveContact('key-7', () => undefined, outbox));
    expect(again.result.current.state.phase).toBe('failed');
    outbox.release('key-7');
    expect(outbox.snapshot().contact).toBeNull();
  });

  it('the browser asks before closing the tab only while a save is under way', async () => {
    network(['drop', 201]);
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    await act(async () => outbox.save({ key: 'key-8', body, ...form }));
    expect(added.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
    await act(async () => vi.advanceTimersByTimeAsync(1_000));
    expect(removed.mock.calls.filter(([type]) => type === 'beforeunload')).toHaveLength(1);
    added.mockRestore();
    removed.mockRestore();
  });
});
