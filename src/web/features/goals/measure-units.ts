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

/** In the order the goal form offers them: the team's service first, then the load. */
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
  if (SECONDS.includes(measure)) return 'seconds';
  if (SHARES.includes(measure)) return 'share';
  return 'count';
}

/** Counts and times say how much work came: goals on them belong to the area accessible only. */
export function isCapacity(measure: string): boolean {
  return unitOf(measure) !== 'share';
}
