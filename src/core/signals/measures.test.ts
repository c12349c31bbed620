import { describe, expect, it } from 'vitest';
import {
  addParts,
  CAPACITY_MEASURES,
  defaultDirection,
  goalRefusals,
  MEASURE_DEFINITIONS,
  MEASURES,
  valueOfParts,
  type GoalDraft,
} from './measures.js';

const goal = (over: Partial<GoalDraft> = {}): GoalDraft => ({
  measure: 'availability',
  scope: 'all',
  target: 0.85,
  direction: 'at_least',
  level: 'week',
  area: 'accessible',
  validFrom: '2026-01-01',
  validTo: null,
  minimumN: 30,
  ...over,
});

describe('MEASURE_DEFINITIONS', () => {
  it('holds the weekly report’s measures and the analyses’ contact measures, each once', () => {
    expect(new Set(MEASURES).size).toBe(MEASURES.length);
    expect(MEASURES).toHaveLength(29);
    expect(MEASURES.slice(-3)).toEqual(['survey_index', 'survey_mean', 'survey_satisfied_share']);
    expect(MEASURES).toContain('availability');
    expect(MEASURES).toContain('failure_demand_share');
  });

  it('labels every count and time as capacity, and no share', () => {
    expect(CAPACITY_MEASURES).toEqual([
      'offered',
      'answered',
      'abandoned',
      'turnedAway',
      'meanQueueSeconds',
      'meanAbandonedWaitSeconds',
      'answeredUnder60',
      'answered60To120',
      'answeredOver120',
      'answeredWithin',
      'phoneContacts',
      'visitors',
      'emailsDue',
      'contacts',
    ]);
  });

  it.each([
    ['availability', 'share', 'p', 'telephony', 'staffed', 'higher', true],
    ['meanQueueSeconds', 'seconds', 'xmr', 'telephony', 'staffed', 'lower', true],
    ['turnedAway', 'count', 'xmr', 'telephony', 'staffed', 'lower', true],
    ['offered', 'count', 'xmr', 'telephony', 'staffed', null, true],
    ['resolutionRate', 'share', 'p', 'contacts', 'staffed', 'higher', false],
    ['visitors', 'count', 'xmr', 'visitors', 'staffed', null, false],
    ['emailsWithinShare', 'share', 'p', 'email', 'continuous', 'higher', false],
    ['contacts', 'count', 'xmr', 'contacts', 'continuous', null, false],
    ['failure_demand_share', 'share', 'p', 'contacts', 'continuous', 'lower', false],
  ] as const)(
    '%s: %s, %s chart, from %s, %s calendar, better %s',
    (key, unit, chart, source, calendar, better, queues) => {
      expect(MEASURE_DEFINITIONS[key]).toMatchObject({
        unit,
        chart,
        source,
        calendar,
        better,
        hasQueueScope: queues,
      });
    },
  );

  it.each([
    ['survey_index', 'index', 'xbar'],
    ['survey_mean', 'grade', 'xbar'],
    ['survey_satisfied_share', 'share', 'p'],
  ] as const)(
    '%s: %s on a weekly %s chart, a survey scope, not capacity, higher is better',
    (key, unit, chart) => {
      expect(MEASURE_DEFINITIONS[key]).toEqual({
        key,
        unit,
        chart,
        isCapacity: false,
        source: 'survey',
        calendar: 'continuous',
        better: 'higher',
        hasQueueScope: false,
        hasSurveyScope: true,
        interval: 'week',
      });
    },
  );

  it('a new goal points toward the better side (at_least for a capacity count)', () => {
    expect(defaultDirection('failure_demand_share')).toBe('at_most');
    expect(defaultDirection('availability')).toBe('at_least');
    expect(defaultDirection('offered')).toBe('at_least');
  });
});

describe('goalRefusals', () => {
  it('accepts a valid goal', () => {
    expect(goalRefusals(goal())).toEqual([]);
  });

  it('refuses a capacity measure in the areas pleasant and trustworthy, allows it in accessible', () => {
    expect(goalRefusals(goal({ measure: 'meanQueueSeconds', target: 60, area: 'pleasant' }))).toEqual([
      { field: 'area', code: 'goal_capacity_area' },
    ]);
    expect(goalRefusals(goal({ measure: 'offered', target: 500, area: 'trustworthy' }))).toEqual([
      { field: 'area', code: 'goal_capacity_area' },
    ]);
    expect(goalRefusals(goal({ measure: 'meanQueueSeconds', target: 60 }))).toEqual([]);
    expect(goalRefusals(goal({ measure: 'first_contact_resolution', area: 'trustworthy' }))).toEqual([]);
  });

  it('refuses a queue scope on a measure that is not the telephony’s', () => {
    const queue = 'queue:0b9d3c4e-1a2b-4c3d-9e8f-001122334455';
    expect(goalRefusals(goal({ scope: queue }))).toEqual([]);
    expect(goalRefusals(goal({ measure: 'resolutionRate', scope: queue }))).toEqual([
      { field: 'scope', code: 'scope_not_for_measure' },
    ]);
  });

  it('a survey measure needs a survey scope, and no other measure takes one', () => {
    const survey = 'survey:0b9d3c4e-1a2b-4c3d-9e8f-001122334455:dimension:samarbete';
    expect(
      goalRefusals(goal({ measure: 'survey_index', scope: survey, target: 75, area: 'pleasant' })),
    ).toEqual([]);
    expect(
      goalRefusals(goal({ measure: 'survey_satisfied_share', scope: survey, area: 'trustworthy' })),
    ).toEqual([]);
    expect(goalRefusals(goal({ measure: 'survey_index', target: 75 }))).toEqual([
      { field: 'scope', code: 'scope_not_for_measure' },
    ]);
    expect(goalRefusals(goal({ scope: survey }))).toEqual([
      { field: 'scope', code: 'scope_not_for_measure' },
    ]);
  });

  it.each([
    ['survey_index', 100, []],
    ['survey_index', 100.5, ['target_out_of_range']],
    ['survey_index', 72.5, []],
    ['survey_mean', 4.2, []],
    ['survey_mean', 0.9, ['target_out_of_range']], // a grade is 1..5
    ['survey_mean', 5.1, ['target_out_of_range']],
  ] as const)('survey: %s with target %s: %j', (measure, target, codes) => {
    const scope = 'survey:0b9d3c4e-1a2b-4c3d-9e8f-001122334455:question:ease';
    expect(goalRefusals(goal({ measure, target, scope })).map((r) => r.code)).toEqual(codes);
  });

  it.each([
    ['availability', 1, []],
    ['availability', 0, []],
    ['availability', 1.01, ['target_out_of_range']], // a share is a fraction, 85% is 0.85
    ['availability', -0.1, ['target_out_of_range']],
    ['offered', 10_000_000, []],
    ['offered', 10_000_001, ['target_out_of_range']],
    ['offered', 12.5, ['target_not_whole']], // half a call
    ['meanQueueSeconds', 86_400, []],
    ['meanQueueSeconds', 86_401, ['target_out_of_range']], // more than a day
    ['meanQueueSeconds', 45.5, []],
  ] as const)('%s with target %s: %j', (measure, target, codes) => {
    expect(goalRefusals(goal({ measure, target })).map((r) => r.code)).toEqual(codes);
  });

  it('refuses a validity that ends before it starts (the same day is one day)', () => {
    expect(goalRefusals(goal({ validFrom: '2026-03-01', validTo: '2026-02-28' }))).toEqual([
      { field: 'validTo', code: 'date_range_reversed' },
    ]);
    expect(goalRefusals(goal({ validFrom: '2026-03-01', validTo: '2026-03-01' }))).toEqual([]);
  });

  it('refuses a minimum n below 1 or above 100,000', () => {
    expect(goalRefusals(goal({ minimumN: 0 })).map((r) => r.code)).toEqual(['too_small_number']);
    expect(goalRefusals(goal({ minimumN: 100_001 })).map((r) => r.code)).toEqual(['too_big_number']);
  });
});

describe('addParts and valueOfParts', () => {
  it('pools a share over days: 10/20 and 95/100 is 105/120, not the mean of 0.5 and 0.95', () => {
    const parts = addParts([
      { numerator: 10, denominator: 20 },
      { numerator: 95, denominator: 100 },
    ]);
    expect(valueOfParts('share', parts)).toEqual({ value: 105 / 120, n: 120 });
  });

  it('a mean time is total seconds over the calls timed; none timed is no value', () => {
    expect(valueOfParts('seconds', { numerator: 3600, denominator: 90 })).toEqual({ value: 40, n: 90 });
    expect(valueOfParts('seconds', { numerator: 0, denominator: 0 })).toEqual({ value: null, n: 0 });
  });

  it('a count is its numerator even on a day with none (0 is a value)', () => {
    expect(valueOfParts('count', { numerator: 0, denominator: 0 })).toEqual({ value: 0, n: 0 });
  });

  it('survey parts add their squares too; an index is points over respondents', () => {
    const parts = addParts([
      { numerator: 175, denominator: 2, squares: 15625 },
      { numerator: 50, denominator: 1, squares: 2500 },
    ]);
    expect(parts).toEqual({ numerator: 225, denominator: 3, squares: 18125 });
    expect(valueOfParts('index', parts)).toEqual({ value: 75, n: 3 });
    expect(addParts([{ numerator: 1, denominator: 2 }])).toEqual({ numerator: 1, denominator: 2 });
  });

  it('a share above 1 (more answered than offered: a data issue) has no value', () => {
    expect(valueOfParts('share', { numerator: 42, denominator: 40 })).toEqual({ value: null, n: 40 });
  });
});
