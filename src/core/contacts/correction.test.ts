import { describe, expect, it } from 'vitest';
import { canCorrect, correctionRefusal, type CorrectableContact } from './correction.js';

const guide = { userId: 'guide-1' };
const contact = (createdAt: string, overrides: Partial<CorrectableContact> = {}): CorrectableContact => ({
  loggedByUserId: 'guide-1',
  createdAt: new Date(createdAt),
  deletedAt: null,
  ...overrides,
});

describe('correctionRefusal / canCorrect', () => {
  it('logged 09:00, corrected 16:00 local the same day -> allowed', () => {
    const c = contact('2026-05-04T07:00:00Z');
    expect(correctionRefusal(c, guide, new Date('2026-05-04T14:00:00Z'))).toBeNull();
    expect(canCorrect(c, guide, new Date('2026-05-04T14:00:00Z'))).toBe(true);
  });

  it('logged 23:50, now 00:10 local the next day -> other_day (20 minutes later, but a new day)', () => {
    expect(correctionRefusal(contact('2026-05-04T21:50:00Z'), guide, new Date('2026-05-04T22:10:00Z'))).toBe(
      'other_day',
    );
  });

  it('logged yesterday -> other_day', () => {
    expect(canCorrect(contact('2026-05-03T08:00:00Z'), guide, new Date('2026-05-04T08:00:00Z'))).toBe(false);
  });

  it('fall-back day (25 h): logged 00:30 CEST, corrected 23:30 CET -> allowed, 24 h later in UTC', () => {
    expect(
      correctionRefusal(contact('2026-10-24T22:30:00Z'), guide, new Date('2026-10-25T22:30:00Z')),
    ).toBeNull();
  });

  it('spring-forward day (23 h): logged 00:10 CET, corrected 00:10 CEST the next day -> other_day, only 23 h later', () => {
    expect(correctionRefusal(contact('2026-03-28T23:10:00Z'), guide, new Date('2026-03-29T22:10:00Z'))).toBe(
      'other_day',
    );
  });

  it('a UTC server clock does not matter: 00:30 local the same day is 22:30 UTC the day before', () => {
    expect(
      correctionRefusal(contact('2026-06-09T22:30:00Z'), guide, new Date('2026-06-10T20:00:00Z')),
    ).toBeNull();
  });

  it('another user, even the same day -> not_logger', () => {
    expect(
      correctionRefusal(
        contact('2026-05-04T07:00:00Z'),
        { userId: 'manager-1' },
        new Date('2026-05-04T08:00:00Z'),
      ),
    ).toBe('not_logger');
  });

  it('deleted -> deleted, before any other reason', () => {
    const c = contact('2026-05-04T07:00:00Z', {
      deletedAt: new Date('2026-05-04T07:30:00Z'),
      loggedByUserId: 'x',
    });
    expect(correctionRefusal(c, guide, new Date('2026-05-04T08:00:00Z'))).toBe('deleted');
  });
});
