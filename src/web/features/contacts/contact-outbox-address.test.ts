import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR } from '../../api/problem.js';
import { emptyDraft } from './contact-draft.js';
import { createContactOutbox, type AddressOutcome } from './contact-outbox.js';
import type { NewContact, SavedContact } from './contact-types.js';
import { surveyAddressProblem, surveyAddressToSend } from './survey-address-field.js';

const start = new Date('2026-03-09T09:42:17.000Z');
const body = { channel: 'phone' } as NewContact;
const saved = { id: 'c1', maskedPersonalData: [] } as unknown as SavedContact;
const contact = (surveyAddress?: string) => ({
  key: 'k1',
  body,
  draft: emptyDraft('phone', start),
  timerStart: start,
  surveyAddress,
});

describe('the outbox with a survey address', () => {
  let log: string[];
  let outcomes: AddressOutcome[];
  beforeEach(() => {
    vi.useFakeTimers();
    log = [];
    outcomes = [];
  });
  afterEach(() => vi.useRealTimers());

  const outbox = (addressScript: ('ok' | 'drop' | 400)[]) => {
    const box = createContactOutbox(
      async (key) => {
        log.push(`contact ${key}`);
        return saved;
      },
      async (id, address) => {
        log.push(`address ${id} ${address}`);
        const step = addressScript.shift() ?? 'ok';
        if (step === 'drop') throw new ApiError(0, NETWORK_ERROR, '');
        if (step === 400) throw new ApiError(400, 'validation_failed', 'För gammal.');
      },
    );
    box.onSaved((_c, _k, address) => outcomes.push(address));
    return box;
  };

  it('posts the address after the contact, to the saved contact’s id', async () => {
    const box = outbox(['ok']);
    box.save(contact('070-123 45 67'));
    await vi.runAllTimersAsync();
    expect(log).toEqual(['contact k1', 'address c1 070-123 45 67']);
    expect(outcomes).toEqual([{ kind: 'saved' }]);
  });

  it('without an address posts only the contact', async () => {
    const box = outbox([]);
    box.save(contact());
    await vi.runAllTimersAsync();
    expect(log).toEqual(['contact k1']);
    expect(outcomes).toEqual([{ kind: 'none' }]);
  });

  it('a lost answer to the address tries the whole save again (same key) and keeps the address', async () => {
    const box = outbox(['drop', 'ok']);
    box.save(contact('a@b.se'));
    await vi.advanceTimersByTimeAsync(0);
    expect(box.snapshot().state).toEqual({ phase: 'waiting', retries: 1, trying: false });
    expect(box.snapshot().contact?.surveyAddress).toBe('a@b.se');
    await vi.runAllTimersAsync();
    expect(log).toEqual(['contact k1', 'address c1 a@b.se', 'contact k1', 'address c1 a@b.se']);
    expect(outcomes).toEqual([{ kind: 'saved' }]);
  });

  it('a refused address leaves the contact saved and says why (never dropped in silence)', async () => {
    const box = outbox([400]);
    box.save(contact('a@b.se'));
    await vi.runAllTimersAsync();
    expect(box.snapshot().state).toEqual({ phase: 'idle' });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]!.kind).toBe('refused');
  });
});

describe('the survey address field', () => {
  it('closed or empty: nothing to check and nothing to send', () => {
    expect(surveyAddressProblem({ open: false, text: 'x' })).toBeNull();
    expect(surveyAddressProblem({ open: true, text: '  ' })).toBeNull();
    expect(surveyAddressToSend({ open: true, text: '  ' })).toBeUndefined();
    expect(surveyAddressToSend({ open: false, text: 'a@b.se' })).toBeUndefined();
  });
  it('a landline is not a mobile number (08 cannot take a text message)', () => {
    expect(surveyAddressProblem({ open: true, text: '08-123 456 78' })).toBe('not_a_mobile_number');
    expect(surveyAddressProblem({ open: true, text: '070-123 45 67' })).toBeNull();
  });
  it('sends what was typed, trimmed', () => {
    expect(surveyAddressToSend({ open: true, text: ' a@b.se ' })).toBe('a@b.se');
  });
});
