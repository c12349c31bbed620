/**
 * The measures a goal or a control chart can have, with their units, for the pages. The registry
 * is core's (core/signals/measures.ts); it is repeated here because importing it would bring the
 * Swedish holiday calendar into the browser (a test keeps the two equal).
 */
import type { MeasureKey } from '../../../core/signals/measures.js';
import type { MeasureUnit } from './types.js';

const SECONDS: readonly string[] = ['meanQueueSeconds', 'meanAbandonedWaitSeconds'];
const SHARES: readonly string[] = [
  'availability',
  'answeredWithinShare',
  'resolutionRate',
  'resolvedHandlingShare',
  'resolvedSpecialistShare',
  'forwardedShare',
  'unresolvedShare',
  'emailsWithinShare',
  'failure_demand_share',
  'first_contact_resolution',
  'existing_case_share',
  'forwarded_share',
];

/** Survey measures (issue #15): about one survey's dimension or question, chosen beside the measure. */
export const SURVEY_MEASURE_KEYS: readonly MeasureKey[] = [
  'survey_index',
  'survey_mean',
  'survey_satisfied_share',
];

export function isSurveyMeasure(measure: string): boolean {
  return (SURVEY_MEASURE_KEYS as readonly string[]).includes(measure);
}

/** In the order the goal form offers them: the team's service first, the citizens' and departments' voice, then the load. */
export const MEASURE_KEYS: readonly MeasureKey[] = [
  'availability',
  'answeredWithinShare',
  'meanQueueSeconds',
  'resolutionRate',
  'first_contact_resolution',
  'failure_demand_share',
  'existing_case_share',
  'forwarded_share',
  'emailsWithinShare',
  'resolvedHandlingShare',
  'resolvedSpecialistShare',
  'forwardedShare',
  'unresolvedShare',
  ...SURVEY_MEASURE_KEYS,
  'offered',
  'answered',
  'abandoned',
  'turnedAway',
  'meanAbandonedWaitSeconds',
  'answeredUnder60',
  'answered60To120',
  'answeredOver120',
  'answeredWithin',
  'phoneContacts',
  'visitors',
  'emailsDue',
  'contacts',
];

export function unitOf(measure: string): MeasureUnit {
  if (measure === 'survey_index') return 'index';
  if (measure === 'survey_mean') return 'grade';
  if (measure === 'survey_satisfied_share') return 'share';
  if (SECONDS.includes(measure)) return 'seconds';
  if (SHARES.includes(measure)) return 'share';
  return 'count';
}

/** Counts and times say how much work came: goals on them belong to the area accessible only. */
export function isCapacity(measure: string): boolean {
  const unit = unitOf(measure);
  return unit === 'count' || unit === 'seconds';
}
