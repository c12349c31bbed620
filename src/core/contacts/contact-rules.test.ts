import { describe, expect, it } from 'vitest';
import { blankToNull, checkContact, type ContactFields } from './contact-rules.js';

const now = new Date('2026-05-04T12:00:00Z');
const valid: ContactFields = {
  channel: 'phone',
  startedAt: new Date('2026-05-04T11:55:00Z'),
  durationSeconds: 240,
  need: 'want_to_know',
  problemKind: null,
  concernsExistingCase: false,
  caseReference: null,
  resolution: 'resolved_self',
  forwardedToUnitId: null,
  forwardDone: null,
  forwardExpected: null,
  isFailureDemand: false,
  failureReason: null,
  citizenGender: null,
  citizenAgeBand: null,
  citizenDistrict: null,
  summary: 'Frågade om öppettider.',
  receivedAt: null,
};
const check = (changes: Partial<ContactFields>) => checkContact({ ...valid, ...changes }, now);
const forwarded: Partial<ContactFields> = {
  resolution: 'forwarded',
  forwardedToUnitId: '6f1c1f2e-52a4-4f0e-9a57-0a3b6f6f7a10',
  forwardDone: 'Kontrollerade fakturan.',
  forwardExpected: 'Ring upp kunden.',
};

describe('checkContact', () => {
  it('a plain resolved phone question -> no issues', () => {
    expect(check({})).toEqual([]);
  });

  describe('forwarded: to whom, what was done and what the receiver is to do (closed-file review)', () => {
    it('all three given -> valid', () => {
      expect(check(forwarded)).toEqual([]);
    });

    it('forwarded with none of the three -> each one named', () => {
      expect(check({ resolution: 'forwarded' })).toEqual([
        { field: 'forwardedToUnitId', code: 'required_when_forwarded' },
        { field: 'forwardDone', code: 'required_when_forwarded' },
        { field: 'forwardExpected', code: 'required_when_forwarded' },
      ]);
    });

    it('forwarded without what the receiver is expected to do -> that one only', () => {
      expect(check({ ...forwarded, forwardExpected: null })).toEqual([
        { field: 'forwardExpected', code: 'required_when_forwarded' },
      ]);
    });

    it('resolved but with a receiving unit -> only_when_forwarded (a resolved contact went nowhere)', () => {
      expect(check({ ...forwarded, resolution: 'resolved_handling' })).toEqual([
        { field: 'forwardedToUnitId', code: 'only_when_forwarded' },
        { field: 'forwardDone', code: 'only_when_forwarded' },
        { field: 'forwardExpected', code: 'only_when_forwarded' },
      ]);
    });
  });

  it('need problem without a kind -> required_for_problem; with one -> valid', () => {
    expect(check({ need: 'problem', isFailureDemand: true, failureReason: 'municipality_error' })).toEqual([
      { field: 'problemKind', code: 'required_for_problem' },
    ]);
    expect(
      check({
        need: 'problem',
        problemKind: 'delivery',
        isFailureDemand: true,
        failureReason: 'municipality_error',
      }),
    ).toEqual([]);
  });

  it('a problem kind on another need -> only_for_problem', () => {
    expect(check({ problemKind: 'service' })).toEqual([{ field: 'problemKind', code: 'only_for_problem' }]);
  });

  it('failure demand without a reason -> required_for_failure_demand; a reason without it -> only_for_failure_demand', () => {
    expect(check({ isFailureDemand: true })).toEqual([
      { field: 'failureReason', code: 'required_for_failure_demand' },
    ]);
    expect(check({ failureReason: 'other' })).toEqual([
      { field: 'failureReason', code: 'only_for_failure_demand' },
    ]);
  });

  it('a case reference without an existing case -> only_for_existing_case', () => {
    expect(check({ caseReference: 'KS 2017/380' })).toEqual([
      { field: 'caseReference', code: 'only_for_existing_case' },
    ]);
    expect(check({ concernsExistingCase: true, caseReference: 'KS 2017/380' })).toEqual([]);
  });

  it('a personal identity number as case reference -> contains_personal_data', () => {
    expect(check({ concernsExistingCase: true, caseReference: '19811218-9876' })).toEqual([
      { field: 'caseReference', code: 'contains_personal_data' },
    ]);
  });

  it('started 5 min in the future -> fine (clock skew); 5 min 1 s -> in_future', () => {
    expect(check({ startedAt: new Date('2026-05-04T12:05:00Z') })).toEqual([]);
    expect(check({ startedAt: new Date('2026-05-04T12:05:01Z') })).toEqual([
      { field: 'startedAt', code: 'in_future' },
    ]);
  });

  it('started 31 days ago -> fine; 31 days and 1 s -> too_old', () => {
    expect(check({ startedAt: new Date('2026-04-03T12:00:00Z') })).toEqual([]);
    expect(check({ startedAt: new Date('2026-04-03T11:59:59Z') })).toEqual([
      { field: 'startedAt', code: 'too_old' },
    ]);
  });

  it('a district that is a postcode -> district_not_area', () => {
    expect(check({ citizenDistrict: '177 30' })).toEqual([
      { field: 'citizenDistrict', code: 'district_not_area' },
    ]);
  });
});

describe('blankToNull', () => {
  it.each([
    [null, null, 'null stays null'],
    [undefined, null, 'left out is null'],
    ['   ', null, 'white space only is nothing'],
    ['  KS 2017/380 ', 'KS 2017/380', 'trimmed'],
  ])('%j -> %j (%s)', (input, expected, _why) => {
    expect(blankToNull(input)).toBe(expected);
  });
});
