import { describe, expect, it } from 'vitest';
import {
  calendarDateOf,
  clockTimeOf,
  correctionOf,
  draftOfContact,
  draftProblems,
  emptyDraft,
  failureDemandShown,
  isoWithOffset,
  newContactOf,
  receivedAtOf,
  resolutionChange,
  startOf,
  type ContactDraft,
} from './contact-draft.js';
import type { Contact, Topic } from './contact-types.js';

const timerStart = new Date(2026, 2, 9, 10, 42, 17);
const now = new Date(timerStart.getTime() + 185_000);

const invoice: Topic = {
  id: '7b0f7f47-8d0a-4a5e-9a43-3f0c0d5d2a11',
  parentId: null,
  name: 'Faktura',
  ownerUnitId: 'c7c0b7a4-5a5b-4d87-9a0b-0a1f0e3b6c21',
  defaultFailureReason: 'did_not_understand_information',
  retiredAt: null,
  path: 'Vatten och avlopp › Faktura',
};

const filled = (changes: Partial<ContactDraft> = {}): ContactDraft => ({
  ...emptyDraft('phone', timerStart),
  topicId: invoice.id,
  need: 'want_to_know',
  resolution: 'resolved_self',
  ...changes,
});

describe('timing', () => {
  it('untouched, the contact starts when the timer did, to the second, and lasts until now', () => {
    const body = newContactOf(filled(), timerStart, now);
    expect(body.startedAt).toBe(timerStart.toISOString());
    expect(body.durationSeconds).toBe(185);
  });

  it('a typed start time moves the start to that minute of the same day; the duration follows it', () => {
    const draft = filled({ startTime: '10:30' });
    const start = startOf(draft, timerStart);
    expect(start && clockTimeOf(start)).toBe('10:30');
    expect(newContactOf(draft, timerStart, now).durationSeconds).toBe(12 * 60 + 17 + 185);
  });

  it('a typed duration wins over the timer', () =>
    expect(newContactOf(filled({ duration: '2:30' }), timerStart, now).durationSeconds).toBe(150));

  it('a start time that is not HH:MM and a duration that is not one are problems', () =>
    expect(draftProblems(filled({ startTime: '25:00', duration: 'lång' }), timerStart)).toEqual([
      'startTime',
      'duration',
    ]));
});

describe('draftProblems', () => {
  it('an empty contact lacks topic, need and resolution', () =>
    expect(draftProblems(emptyDraft('phone', timerStart), timerStart)).toEqual([
      'topicId',
      'need',
      'resolution',
    ]));

  it('a filled-in phone contact has none', () => expect(draftProblems(filled(), timerStart)).toEqual([]));

  it('a problem needs its kind', () =>
    expect(draftProblems(filled({ need: 'problem' }), timerStart)).toEqual(['problemKind']));

  it('forwarded needs the receiving unit, what was done and what the receiver is to do', () =>
    expect(draftProblems(filled({ resolution: 'forwarded', forwardDone: '  ' }), timerStart)).toEqual([
      'forwardedToUnitId',
      'forwardDone',
      'forwardExpected',
    ]));

  it('failure demand chosen by the guide needs a reason', () =>
    expect(
      draftProblems(
        filled({ failureDemand: { overridden: true, isFailureDemand: true, reason: '' } }),
        timerStart,
      ),
    ).toEqual(['failureReason']));

  it('a correction cannot leave the duration empty (no timer runs)', () =>
    expect(draftProblems(filled({ duration: '' }), timerStart, true)).toEqual(['duration']));
});

describe('newContactOf', () => {
  it('fields that do not apply are sent as null, texts trimmed', () => {
    const body = newContactOf(
      filled({
        problemKind: 'service',
        caseReference: 'KS 2017/380',
        forwardDone: 'Gav nummer',
        citizenDistrict: '  Jakobsberg ',
        summary: ' Frågade om fakturan. ',
      }),
      timerStart,
      now,
    );
    expect(body).toMatchObject({
      problemKind: null,
      caseReference: null,
      forwardDone: null,
      citizenDistrict: 'Jakobsberg',
      summary: 'Frågade om fakturan.',
    });
  });

  it('failure demand is left to the server unless the guide chose it', () => {
    expect(newContactOf(filled(), timerStart, now)).not.toHaveProperty('isFailureDemand');
    const chosen = filled({
      failureDemand: { overridden: true, isFailureDemand: false, reason: 'chasing_case' },
    });
    expect(newContactOf(chosen, timerStart, now)).toMatchObject({
      isFailureDemand: false,
      failureReason: null,
    });
  });

  it('an existing case keeps its reference', () =>
    expect(
      newContactOf(filled({ concernsExistingCase: true, caseReference: ' BN 2026/12 ' }), timerStart, now),
    ).toMatchObject({ concernsExistingCase: true, caseReference: 'BN 2026/12' }));
});

describe('failureDemandShown', () => {
  it('no need yet: no default to show', () =>
    expect(failureDemandShown(emptyDraft('phone', timerStart), invoice).basis).toBeNull());

  it('the core rule: a question on a topic with a default reason is failure demand with that reason', () =>
    expect(failureDemandShown(filled(), invoice)).toEqual({
      isFailureDemand: true,
      reason: 'did_not_understand_information',
      overridden: false,
      basis: 'topic_default',
    }));

  it('wanting to know about an existing case is chasing it', () =>
    expect(failureDemandShown(filled({ concernsExistingCase: true }), undefined)).toMatchObject({
      isFailureDemand: true,
      reason: 'chasing_case',
      basis: 'chasing_case',
    }));

  it('the guide’s choice wins', () =>
    expect(
      failureDemandShown(
        filled({ failureDemand: { overridden: true, isFailureDemand: false, reason: '' } }),
        invoice,
      ),
    ).toEqual({ isFailureDemand: false, reason: '', overridden: true, basis: null }));
});

describe('correctionOf', () => {
  const saved: Contact = {
    id: 'a3f3c1de-0000-4000-8000-000000000001',
    channel: 'phone',
    startedAt: timerStart.toISOString(),
    durationSeconds: 185,
    need: 'want_to_know',
    problemKind: null,
    topicId: invoice.id,
    ownerUnitId: invoice.ownerUnitId,
    concernsExistingCase: false,
    caseReference: null,
    resolution: 'resolved_self',
    forwardedToUnitId: null,
    forwardDone: null,
    forwardExpected: null,
    isFailureDemand: true,
    failureReason: 'did_not_understand_information',
    isFailureDemandOverridden: false,
    citizenGender: null,
    citizenAgeBand: null,
    citizenDistrict: null,
    summary: 'Frågade om fakturan.',
    receivedAt: null,
    loggedByMe: true,
    revision: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    deletedAt: null,
    canCorrect: true,
    canDelete: true,
    canSeeRevisions: true,
  };

  it('the draft of a saved contact changes nothing', () =>
    expect(correctionOf(saved, draftOfContact(saved), 'Fel')).toBeNull());

  it('only the changed fields, with the reason', () =>
    expect(
      correctionOf(
        saved,
        { ...draftOfContact(saved), need: 'dont_understand', duration: '4:00' },
        ' Fel behov ',
      ),
    ).toEqual({ need: 'dont_understand', durationSeconds: 240, reason: 'Fel behov' }));

  it('a new start time is sent as an instant', () => {
    const changes = correctionOf(saved, { ...draftOfContact(saved), startTime: '10:00' }, 'Fel tid');
    expect(changes && new Date(changes.startedAt ?? '').getMinutes()).toBe(0);
  });

  it('choosing failure demand by hand is a change even when the value is the same', () =>
    expect(
      correctionOf(
        saved,
        {
          ...draftOfContact(saved),
          failureDemand: {
            overridden: true,
            isFailureDemand: true,
            reason: 'did_not_understand_information',
          },
        },
        'Bekräftat',
      ),
    ).toEqual({
      isFailureDemand: true,
      failureReason: 'did_not_understand_information',
      reason: 'Bekräftat',
    }));

  describe('the receipt of an e-mail contact', () => {
    // Imported with seconds; the form shows the minute.
    const received = new Date(2026, 2, 9, 8, 15, 30);
    const mail: Contact = { ...saved, channel: 'email', receivedAt: received.toISOString() };

    it('the draft shows it on the browser’s clock, and unchanged it is not sent', () => {
      expect(draftOfContact(mail)).toMatchObject({ receivedDate: '2026-03-09', receivedTime: '08:15' });
      expect(correctionOf(mail, draftOfContact(mail), 'Fel')).toBeNull();
      expect(correctionOf(mail, { ...draftOfContact(mail), receivedTime: '8.15' }, 'Fel')).toBeNull();
    });

    it('a new time is sent with the browser’s offset', () => {
      const changes = correctionOf(mail, { ...draftOfContact(mail), receivedTime: '07:50' }, 'Fel tid');
      expect(Object.keys(changes ?? {}).sort()).toEqual(['reason', 'receivedAt']);
      expect(changes?.receivedAt).toMatch(/^2026-03-09T07:50:00[+-]\d{2}:\d{2}$/);
      expect(new Date(changes?.receivedAt ?? '').getTime()).toBe(new Date(2026, 2, 9, 7, 50).getTime());
    });

    it('cleared, it is sent as null', () =>
      expect(
        correctionOf(mail, { ...draftOfContact(mail), receivedDate: '', receivedTime: '' }, 'Okänt'),
      ).toEqual({ receivedAt: null, reason: 'Okänt' }));

    it('another channel clears it', () =>
      expect(correctionOf(mail, { ...draftOfContact(mail), channel: 'phone' }, 'Var ett samtal')).toEqual({
        channel: 'phone',
        receivedAt: null,
        reason: 'Var ett samtal',
      }));

    it('one given to an e-mail contact without one is sent', () => {
      const without: Contact = { ...mail, receivedAt: null };
      expect(draftOfContact(without)).toMatchObject({ receivedDate: '', receivedTime: '' });
      const changes = correctionOf(
        without,
        { ...draftOfContact(without), receivedDate: '2026-03-08', receivedTime: '16:40' },
        'Lade till',
      );
      expect(new Date(changes?.receivedAt ?? '').getTime()).toBe(new Date(2026, 2, 8, 16, 40).getTime());
    });

    it('a phone contact without one sends none', () =>
      expect(correctionOf(saved, { ...draftOfContact(saved), need: 'opinion' }, 'Fel')).toEqual({
        need: 'opinion',
        reason: 'Fel',
      }));
  });
});

describe('when the e-mail came in', () => {
  const email = (receivedDate: string, receivedTime: string) =>
    filled({ channel: 'email', receivedDate, receivedTime });

  it('an instant in ISO 8601 with the given offset, to the second', () => {
    const instant = new Date('2026-03-09T07:15:30.250Z');
    expect(isoWithOffset(instant, 60)).toBe('2026-03-09T08:15:30+01:00');
    expect(isoWithOffset(instant, 120)).toBe('2026-03-09T09:15:30+02:00');
    expect(isoWithOffset(instant, 0)).toBe('2026-03-09T07:15:30+00:00');
    expect(isoWithOffset(instant, -330)).toBe('2026-03-09T01:45:30-05:30');
    expect(isoWithOffset(new Date('2026-03-08T23:30:00Z'), 60)).toBe('2026-03-09T00:30:00+01:00');
  });

  it('by default with the browser’s offset: its wall clock, and the same instant', () => {
    const instant = new Date(2026, 6, 1, 8, 15);
    const iso = isoWithOffset(instant);
    expect(iso).toMatch(/^2026-07-01T08:15:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(instant.getTime());
  });

  it('the typed date and time are the browser’s wall clock, sent with its offset', () => {
    const body = newContactOf(email('2026-03-09', '08:15'), timerStart, now);
    expect(body.receivedAt).toMatch(/^2026-03-09T08:15:00[+-]\d{2}:\d{2}$/);
    expect(new Date(body.receivedAt ?? '').getTime()).toBe(new Date(2026, 2, 9, 8, 15).getTime());
    expect(receivedAtOf(email(' 20260309 ', '8.15'))).toBe(body.receivedAt);
  });

  it('an e-mail without a receipt sends null; another channel never sends one, even one left over', () => {
    expect(newContactOf(email('', ''), timerStart, now)).toHaveProperty('receivedAt', null);
    const switched = { ...email('2026-03-09', '08:15'), channel: 'phone' as const };
    expect(newContactOf(switched, timerStart, now)).not.toHaveProperty('receivedAt');
    expect(receivedAtOf(switched)).toBeNull();
    expect(draftProblems(switched, timerStart)).toEqual([]);
  });

  it('half a receipt, or one that is no date or time, is a problem; the whole or nothing is none', () => {
    for (const [date, time] of [
      ['2026-03-09', ''],
      ['', '08:15'],
      ['2026-02-30', '08:15'],
      ['9/3', '08:15'],
      ['2026-03-09', '24:00'],
    ] as const)
      expect(draftProblems(email(date, time), timerStart), `${date} ${time}`).toEqual(['receivedAt']);
    expect(draftProblems(email('2026-03-09', '08:15'), timerStart)).toEqual([]);
    expect(draftProblems(email(' ', ''), timerStart)).toEqual([]);
  });

  it('a receipt after the start is left to the server, which says so at the field', () =>
    expect(draftProblems(email('2026-03-10', '08:15'), timerStart)).toEqual([]));

  it('the date is the browser’s calendar day', () =>
    expect(calendarDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05'));
});

describe('resolutionChange', () => {
  const owner = {
    id: invoice.ownerUnitId,
    parentId: null,
    name: 'Samhällsbyggnad',
    kind: 'department' as const,
    archivedAt: null,
  };
  it('forwarding offers the topic’s responsible unit', () =>
    expect(resolutionChange(filled(), 'forwarded', invoice, [owner])).toEqual({
      resolution: 'forwarded',
      forwardedToUnitId: owner.id,
    }));
  it('but not an archived one, nor over the guide’s own choice', () => {
    expect(
      resolutionChange(filled(), 'forwarded', invoice, [{ ...owner, archivedAt: '2026-01-01T00:00:00Z' }]),
    ).toEqual({
      resolution: 'forwarded',
    });
    expect(resolutionChange(filled({ forwardedToUnitId: 'other' }), 'forwarded', invoice, [owner])).toEqual({
      resolution: 'forwarded',
    });
  });
  it('other resolutions change only themselves', () =>
    expect(resolutionChange(filled(), 'unresolved', invoice, [owner])).toEqual({ resolution: 'unresolved' }));
});
