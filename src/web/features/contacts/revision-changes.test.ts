import { describe, expect, it } from 'vitest';
import type { ContactRevision } from './contact-types.js';
import { revisionChanges } from './revision-changes.js';

const base: ContactRevision = {
  revision: 2,
  action: 'corrected',
  changedByUserId: 'u1',
  changedByName: 'Anna Lind',
  changedAt: '2026-11-20T09:12:00.000Z',
  reason: 'Valde fel behov',
  before: null,
  after: null,
};

describe('revisionChanges', () => {
  it('lists the changed fields in the order of the form, with both values', () => {
    const changes = revisionChanges({
      ...base,
      before: { summary: 'a', need: 'want_to_know', isFailureDemand: false, failureReason: null },
      after: {
        summary: 'b',
        need: 'dont_understand',
        isFailureDemand: true,
        failureReason: 'did_not_understand_information',
      },
    });
    expect(changes.known).toEqual([
      { field: 'need', before: 'want_to_know', after: 'dont_understand' },
      { field: 'isFailureDemand', before: false, after: true },
      { field: 'failureReason', before: null, after: 'did_not_understand_information' },
      { field: 'summary', before: 'a', after: 'b' },
    ]);
    expect(changes.unknown).toEqual([]);
  });

  it('the creation and a deletion have no field changes to list', () => {
    expect(
      revisionChanges({ ...base, action: 'created', revision: 1, reason: null, after: { need: 'opinion' } }),
    ).toEqual({ known: [], unknown: [] });
    expect(revisionChanges({ ...base, action: 'deleted', reason: 'Dubblett' }).known).toEqual([]);
  });

  it('a field this version does not know is kept by name, not dropped', () => {
    const changes = revisionChanges({
      ...base,
      before: { channel: 'phone', mood: 'x' },
      after: { channel: 'chat', mood: 'y' },
    });
    expect(changes.known).toEqual([{ field: 'channel', before: 'phone', after: 'chat' }]);
    expect(changes.unknown).toEqual(['mood']);
  });

  it('when an e-mail came in is a field of its own, after the channel', () =>
    expect(
      revisionChanges({
        ...base,
        before: { receivedAt: null, channel: 'phone' },
        after: { receivedAt: '2026-11-20T07:15:00.000Z', channel: 'email' },
      }).known,
    ).toEqual([
      { field: 'channel', before: 'phone', after: 'email' },
      { field: 'receivedAt', before: null, after: '2026-11-20T07:15:00.000Z' },
    ]));
});
