import { describe, expect, it } from 'vitest';
import {
  decideInvitation,
  DEFAULT_WINDOWS,
  isSampled,
  nextInWindow,
  rulesProblems,
  type ContactForInvitation,
  type InvitationRules,
} from './invitations.js';

const rules: InvitationRules = {
  channels: ['phone', 'email'],
  topics: null,
  needs: null,
  samplingShare: 1,
  quarantineDays: 90,
  dailyCap: null,
  delayMinutes: 30,
  windows: DEFAULT_WINDOWS,
};

const contact: ContactForInvitation = {
  contactId: 'c1',
  channel: 'phone',
  topicId: 't1',
  need: 'want_to_know',
  // Monday 7 December 2026, 10:00 in Stockholm (UTC+1).
  endedAt: new Date('2026-12-07T09:00:00Z'),
  medium: 'sms',
};

const state = { lastInvitedAt: null, plannedOn: () => 0, now: new Date('2026-12-07T09:00:00Z') };

describe('the send window', () => {
  it('sends a text message after the delay when that is inside the window', () => {
    const d = decideInvitation(contact, 's1', rules, state);
    expect(d).toEqual({ invite: true, sendAt: new Date('2026-12-07T09:30:00Z'), sendDay: '2026-12-07' });
  });

  it('keeps text messages from evenings, Sundays and holidays', () => {
    // Saturday 5 December 18:45 + 30 min = 19:15, after 19:00; Sunday is out: Monday 09:00 (08:00 UTC).
    expect(nextInWindow(new Date('2026-12-05T18:15:00Z'), DEFAULT_WINDOWS.sms)).toEqual(
      new Date('2026-12-07T08:00:00Z'),
    );
    // Wednesday 23 December 19:10: julafton, juldagen, annandag jul (a Saturday) and a Sunday follow.
    expect(nextInWindow(new Date('2026-12-23T18:10:00Z'), DEFAULT_WINDOWS.sms)).toEqual(
      new Date('2026-12-28T08:00:00Z'),
    );
    // A summer Monday, 08:30 local (06:30 UTC): the window opens at 09:00 summer time, 07:00 UTC.
    expect(nextInWindow(new Date('2026-06-15T06:30:00Z'), DEFAULT_WINDOWS.sms)).toEqual(
      new Date('2026-06-15T07:00:00Z'),
    );
  });

  it('sends e-mail on a Saturday, but not before seven', () => {
    expect(nextInWindow(new Date('2026-12-05T09:30:00Z'), DEFAULT_WINDOWS.email)).toEqual(
      new Date('2026-12-05T09:30:00Z'),
    );
    expect(nextInWindow(new Date('2026-12-07T05:30:00Z'), DEFAULT_WINDOWS.email)).toEqual(
      new Date('2026-12-07T06:00:00Z'),
    );
  });
});

describe('who is invited', () => {
  it('needs an address, a followed channel, topic and need', () => {
    expect(decideInvitation({ ...contact, medium: null }, 's1', rules, state)).toEqual({
      invite: false,
      reason: 'no_address',
    });
    expect(decideInvitation({ ...contact, channel: 'visit' }, 's1', rules, state)).toEqual({
      invite: false,
      reason: 'not_followed',
    });
    expect(
      decideInvitation({ ...contact, topicId: null }, 's1', { ...rules, topics: ['t1'] }, state),
    ).toEqual({
      invite: false,
      reason: 'not_followed',
    });
    expect(decideInvitation(contact, 's1', { ...rules, needs: ['problem'] }, state)).toEqual({
      invite: false,
      reason: 'not_followed',
    });
    expect(
      decideInvitation(contact, 's1', { ...rules, topics: ['t1'], needs: ['want_to_know'] }, state).invite,
    ).toBe(true);
  });

  it('does not ask an address again within the quarantine', () => {
    // Last invited 1 October: 67 days before 7 December 10:30.
    const invited = { ...state, lastInvitedAt: new Date('2026-10-01T08:00:00Z') };
    expect(decideInvitation(contact, 's1', rules, invited)).toEqual({ invite: false, reason: 'quarantine' });
    expect(decideInvitation(contact, 's1', { ...rules, quarantineDays: 60 }, invited).invite).toBe(true);
  });

  it('stops at the daily cap of the day the invitation would go out', () => {
    const late = { ...contact, endedAt: new Date('2026-12-05T18:15:00Z') };
    const planned = (day: string): number => (day === '2026-12-07' ? 5 : 0);
    expect(
      decideInvitation(
        late,
        's1',
        { ...rules, dailyCap: 5 },
        { ...state, now: late.endedAt, plannedOn: planned },
      ),
    ).toEqual({
      invite: false,
      reason: 'daily_cap',
    });
    expect(
      decideInvitation(
        late,
        's1',
        { ...rules, dailyCap: 6 },
        { ...state, now: late.endedAt, plannedOn: planned },
      ).invite,
    ).toBe(true);
  });

  it('sends no earlier than now when the decision is made late', () => {
    const d = decideInvitation(contact, 's1', rules, { ...state, now: new Date('2026-12-07T12:00:00Z') });
    expect(d).toMatchObject({ invite: true, sendAt: new Date('2026-12-07T12:00:00Z') });
  });

  it('draws the same sample every time, close to the share asked', () => {
    const ids = Array.from(
      { length: 10_000 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const first = ids.filter((id) => isSampled(id, 'survey-a', 0.2));
    expect(ids.filter((id) => isSampled(id, 'survey-a', 0.2))).toEqual(first);
    // Binomial(10,000, 0.2) has a standard deviation of 40: 2,000 ± 200 is five of them.
    expect(first.length).toBeGreaterThan(1_800);
    expect(first.length).toBeLessThan(2_200);
    const other = ids.filter((id) => isSampled(id, 'survey-b', 0.2));
    expect(other).not.toEqual(first);
    expect(decideInvitation(contact, 's1', { ...rules, samplingShare: 0.0001 }, state)).toEqual({
      invite: false,
      reason: 'not_sampled',
    });
  });
});

describe('rules', () => {
  it('are checked field by field', () => {
    expect(rulesProblems(rules)).toEqual([]);
    expect(
      rulesProblems({
        ...rules,
        channels: [],
        samplingShare: 0,
        quarantineDays: -1,
        dailyCap: 0,
        delayMinutes: 1.5,
        windows: { ...DEFAULT_WINDOWS, sms: { fromMinute: 600, toMinute: 620, days: 'every_day' } },
      }).map((p) => p.field),
    ).toEqual(['channels', 'samplingShare', 'quarantineDays', 'dailyCap', 'delayMinutes', 'windows/sms']);
  });
});
