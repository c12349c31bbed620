import { describe, expect, it } from 'vitest';
import {
  clockTimeOf,
  correctionOf,
  draftOfContact,
  draftProblems,
  emptyDraft,
  failureDemandShown,
  newContactOf,
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
    loggedByUserId: 'a3f3c1de-0000-4000-8000-000000000002',
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
