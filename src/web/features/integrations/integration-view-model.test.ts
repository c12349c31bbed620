import { describe, expect, it } from 'vitest';
import { liveTokenCount, orderTokens, tokenState } from './integration-view-model.js';
import type { ApiToken } from './types.js';

const NOW = new Date('2026-05-01T12:00:00Z');

function token(id: string, overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id,
    integrationId: 'i',
    name: id,
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: null,
    expiresAt: '2027-01-01T00:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

describe('tokenState', () => {
  it('31 days left -> active; exactly 30 days left -> expiresSoon (flagged from 30 days)', () => {
    expect(tokenState(token('a', { expiresAt: '2026-06-01T12:00:00Z' }), NOW)).toBe('active');
    expect(tokenState(token('a', { expiresAt: '2026-05-31T12:00:00Z' }), NOW)).toBe('expiresSoon');
  });

  it('expiry passed since the list was loaded -> expired, though the server said active', () => {
    expect(tokenState(token('a', { expiresAt: '2026-05-01T12:00:00Z' }), NOW)).toBe('expired');
  });

  it('revoked and expired come from the server as they are', () => {
    expect(tokenState(token('a', { status: 'revoked', expiresAt: '2026-05-10T00:00:00Z' }), NOW)).toBe(
      'revoked',
    );
    expect(tokenState(token('a', { status: 'expired' }), NOW)).toBe('expired');
  });
});

describe('orderTokens and liveTokenCount', () => {
  it('working tokens first, newest first; then the rest, newest first; 2 of 4 work', () => {
    const tokens = [
      token('old-live', { createdAt: '2026-01-01T00:00:00Z' }),
      token('revoked', { status: 'revoked', createdAt: '2026-04-01T00:00:00Z' }),
      token('new-live', { createdAt: '2026-03-01T00:00:00Z', expiresAt: '2026-05-20T00:00:00Z' }),
      token('expired', { status: 'expired', createdAt: '2025-01-01T00:00:00Z' }),
    ];
    expect(orderTokens(tokens, NOW).map((t) => t.id)).toEqual(['new-live', 'old-live', 'revoked', 'expired']);
    expect(liveTokenCount({ tokens }, NOW)).toBe(2);
  });
});
