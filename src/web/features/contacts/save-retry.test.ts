import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../../api/problem.js';
import { isRetryable, newIdempotencyKey, retryDelay } from './save-retry.js';

describe('isRetryable', () => {
  it.each([
    [0, NETWORK_ERROR, true, 'no answer: the network dropped'],
    [503, 'http_error', true, 'a proxy says the server is away'],
    [500, 'internal', true, 'a fault on the server'],
    [409, 'idempotency_request_outstanding', true, 'the first save is still running'],
    [429, 'rate_limited', true, 'too many requests'],
    [400, 'validation', false, 'the content is wrong: trying again will not help'],
    [403, 'forbidden', false, 'not allowed'],
    [422, 'idempotency_key_reused', false, 'the key was used for another body'],
  ])('%s %s -> %s (%s)', (status, code, expected) =>
    expect(isRetryable(new ApiError(status, code, ''))).toBe(expected),
  );
});

describe('retryDelay', () => {
  it('grows, then stays at the last wait', () =>
    expect([1, 2, 3, 4, 5, 9].map(retryDelay)).toEqual([1_000, 3_000, 10_000, 30_000, 30_000, 30_000]));
});

describe('newIdempotencyKey', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  it('a version-4 UUID, new each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(a);
  });
  it('without crypto.randomUUID (plain http), built from getRandomValues', () => {
    const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(UUID_V4);
    } finally {
      if (original) Object.defineProperty(crypto, 'randomUUID', original);
      else delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
  });
});
