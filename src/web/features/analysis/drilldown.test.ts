import { describe, expect, it } from 'vitest';
import type { AnalysisFilters } from './analysis-query.js';
import {
  contactListHref,
  drillParams,
  lastYearBucket,
  lastYearDayOf,
  type DrillTarget,
} from './drilldown.js';

const DEPT = '5b0c7a8e-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const UNIT = '9f8e7d6c-5b4a-4321-8fed-cba987654321';
const TOPIC = '0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21';
const PAGE: AnalysisFilters = { from: '2026-01-01', to: '2026-03-31', channel: 'phone' };
const PAGE_WITH_UNIT: AnalysisFilters = { ...PAGE, unitId: UNIT };

/** The contact list's parameters as a plain object, for readable expectations. */
const drill = (target: DrillTarget, filters: AnalysisFilters = PAGE) =>
  Object.fromEntries(drillParams(filters, target));

describe('from a chart element to its contacts', () => {
  it('keeps the page’s filters and adds a heat map cell’s weekday and hour', () => {
    expect(drill({ kind: 'cell', weekday: 3, hour: 14 })).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      channel: 'phone',
      weekday: '3',
      hour: '14',
    });
  });

  it('a bucket replaces the period with its own days', () => {
    expect(drill({ kind: 'bucket', from: '2026-02-01', to: '2026-02-28' })).toMatchObject({
      from: '2026-02-01',
      to: '2026-02-28',
    });
  });

  it('a district by name, and "not recorded" as noDistrict=true', () => {
    expect(drill({ kind: 'district', district: 'Jakobsberg' })).toMatchObject({ district: 'Jakobsberg' });
    const none = drill({ kind: 'district', district: null });
    expect(none).toMatchObject({ noDistrict: 'true' });
    expect(none).not.toHaveProperty('district');
  });

  it('gender and age band, "not recorded" as none', () => {
    expect(drill({ kind: 'gender', gender: 'woman' })).toMatchObject({ gender: 'woman' });
    expect(drill({ kind: 'gender', gender: null })).toMatchObject({ gender: 'none' });
    expect(drill({ kind: 'ageBand', ageBand: '30-39' })).toMatchObject({ ageBand: '30-39' });
    expect(drill({ kind: 'ageBand', ageBand: null })).toMatchObject({ ageBand: 'none' });
  });

  it('a need, a channel, a topic', () => {
    expect(drill({ kind: 'need', need: 'problem' })).toMatchObject({ need: 'problem' });
    expect(drill({ kind: 'channel', channel: 'email' })).toMatchObject({ channel: 'email' });
    expect(drill({ kind: 'topic', topicId: TOPIC })).toMatchObject({ topicId: TOPIC });
  });

  it('a failure reason is failure demand with that reason', () => {
    expect(drill({ kind: 'failureReason', reason: 'chasing_case' })).toMatchObject({
      failureDemand: 'true',
      failureReason: 'chasing_case',
    });
  });

  it('failure demand of a topic, and a fix-first row, are the topic’s failure-demand contacts', () => {
    for (const kind of ['failureByTopic', 'fixFirst'] as const) {
      const params = drill({ kind, topicId: TOPIC });
      expect(params).toMatchObject({ topicId: TOPIC, failureDemand: 'true' });
      expect(params).not.toHaveProperty('failureReason');
    }
  });

  it('a department row sets the unit to the department', () => {
    expect(drill({ kind: 'department', departmentId: DEPT })).toMatchObject({ unitId: DEPT });
    expect(drill({ kind: 'failureByDepartment', departmentId: DEPT })).toMatchObject({
      unitId: DEPT,
      failureDemand: 'true',
    });
    expect(drill({ kind: 'existingCases', departmentId: DEPT })).toMatchObject({
      unitId: DEPT,
      existingCase: 'true',
    });
  });

  it('but keeps a unit already chosen in the filter bar: the analysis counted only its contacts', () => {
    expect(drill({ kind: 'department', departmentId: DEPT }, PAGE_WITH_UNIT)).toMatchObject({ unitId: UNIT });
    expect(drill({ kind: 'existingCases', departmentId: DEPT }, PAGE_WITH_UNIT)).toMatchObject({
      unitId: UNIT,
      existingCase: 'true',
    });
  });

  it('forwarded to a department: resolution forwarded and the receiving unit, the owner filter untouched', () => {
    const params = drill({ kind: 'forwardedTo', departmentId: DEPT }, PAGE_WITH_UNIT);
    expect(params).toMatchObject({ resolution: 'forwarded', forwardedToUnitId: DEPT, unitId: UNIT });
  });

  it('a grade of resolution within an outcome row adds the grade to the row’s own filter', () => {
    expect(
      drill({
        kind: 'resolution',
        resolution: 'resolved_self',
        within: { kind: 'channel', channel: 'chat' },
      }),
    ).toMatchObject({ channel: 'chat', resolution: 'resolved_self' });
    expect(drill({ kind: 'resolution', resolution: 'unresolved', within: null })).toMatchObject({
      resolution: 'unresolved',
    });
  });

  it('several at once: a need in a month', () => {
    expect(
      drill({
        kind: 'all',
        targets: [
          { kind: 'bucket', from: '2026-02-01', to: '2026-02-28' },
          { kind: 'need', need: 'want_to_know' },
        ],
      }),
    ).toEqual({ from: '2026-02-01', to: '2026-02-28', channel: 'phone', need: 'want_to_know' });
  });

  it('is an address of the contact list', () => {
    expect(contactListHref(PAGE, { kind: 'need', need: 'opinion' })).toBe(
      '/contacts/list?from=2026-01-01&to=2026-03-31&channel=phone&need=opinion',
    );
  });
});

describe('the same days a year earlier, as the analysis compares them', () => {
  it('months: the same dates; 29 February has none', () => {
    expect(lastYearDayOf('2026-03-15', 'month')).toBe('2025-03-15');
    expect(lastYearDayOf('2028-02-29', 'month')).toBeNull();
  });

  it('weeks: the same ISO weekday of the same ISO week (2026-W10 Monday is 2026-03-02; 2025-W10 Monday is 2025-03-03)', () => {
    expect(lastYearDayOf('2026-03-02', 'week')).toBe('2025-03-03');
    expect(lastYearDayOf('2026-03-08', 'week')).toBe('2025-03-09');
  });

  it('week 53 has none when the year before had 52 (2026-W53 begins 2026-12-28; 2025 had 52)', () => {
    expect(lastYearDayOf('2026-12-28', 'week')).toBeNull();
  });

  it('a bucket maps to its days a year earlier', () => {
    expect(lastYearBucket({ from: '2026-03-02', to: '2026-03-08' }, 'week')).toEqual({
      kind: 'bucket',
      from: '2025-03-03',
      to: '2025-03-09',
    });
  });

  it('February of a leap year maps to 1-28 February', () => {
    expect(lastYearBucket({ from: '2028-02-01', to: '2028-02-29' }, 'month')).toEqual({
      kind: 'bucket',
      from: '2027-02-01',
      to: '2027-02-28',
    });
  });

  it('none for a week 53 the year before did not have', () => {
    expect(lastYearBucket({ from: '2026-12-28', to: '2026-12-31' }, 'week')).toBeNull();
  });
});
