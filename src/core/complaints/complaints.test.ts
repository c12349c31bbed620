import { describe, expect, it } from 'vitest';
import {
  canMove,
  COMPLAINT_STATES,
  DEFAULT_CATEGORIES,
  isAcknowledged,
  parseRegistrationNumber,
  registrationNumber,
  STATE_TRANSITIONS,
} from './complaints.js';

describe('complaints', () => {
  it("has Järfälla's six categories, whose shares add up to the whole", () => {
    expect(DEFAULT_CATEGORIES.map((c) => c.key)).toEqual([
      'not_delivered',
      'not_understood',
      'too_slow',
      'no_contact',
      'rude',
      'competence',
    ]);
    // 62 + 14 + 13 + 8 + 2 + 1 = 100 %.
    expect(DEFAULT_CATEGORIES.reduce((sum, c) => sum + c.share * 100, 0)).toBeCloseTo(100, 9);
  });

  it('moves a case only along the allowed transitions', () => {
    expect(canMove('received', 'in_progress')).toBe(true);
    expect(canMove('received', 'answered')).toBe(true);
    expect(canMove('in_progress', 'received')).toBe(false);
    expect(canMove('answered', 'reopened')).toBe(true);
    expect(canMove('closed', 'reopened')).toBe(true);
    expect(canMove('closed', 'answered')).toBe(false);
    expect(canMove('reopened', 'in_progress')).toBe(true);
    expect(canMove('reopened', 'reopened')).toBe(false);
    for (const state of COMPLAINT_STATES) {
      expect(STATE_TRANSITIONS[state]).not.toContain(state);
      expect(STATE_TRANSITIONS[state]).not.toContain('received');
    }
  });

  it('counts a case acknowledged once it left received', () => {
    expect(isAcknowledged('received')).toBe(false);
    expect(isAcknowledged('in_progress')).toBe(true);
    expect(isAcknowledged('closed')).toBe(true);
  });

  it('writes and reads the registration number', () => {
    expect(registrationNumber(2026, 123)).toBe('SYN 2026/123');
    expect(registrationNumber(2026, 1)).toBe('SYN 2026/1');
    expect(() => registrationNumber(2026, 0)).toThrow(RangeError);
    expect(() => registrationNumber(26, 1)).toThrow(RangeError);
    expect(parseRegistrationNumber('SYN 2026/123')).toEqual({ year: 2026, number: 123 });
    expect(parseRegistrationNumber(' syn2026/7 ')).toEqual({ year: 2026, number: 7 });
    expect(parseRegistrationNumber('SYN 2026/0')).toBeNull();
    expect(parseRegistrationNumber('2026/12')).toBeNull();
  });
});
