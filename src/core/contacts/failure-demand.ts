/**
 * Failure demand (undvikbar efterfrågan): contacts caused by a failure to do something, or to do
 * it right, for the citizen (John Seddon's term; see ../shared/DOMAIN.md). DOMAIN.md names what
 * counts: the needs 'problem' and 'dont_understand', chasing an existing case, and errors. The
 * guide sees the default when logging and may override it; the default only has to be the
 * usual answer.
 */
import type { FailureReason, Need } from './taxonomy.js';

/** Which rule gave the default, so a screen can say why ("default: chasing an existing case"). */
export type FailureDemandBasis =
  'need_dont_understand' | 'need_problem' | 'chasing_case' | 'topic_default' | 'none';

export interface FailureDemandDefault {
  isFailureDemand: boolean;
  /** Set exactly when isFailureDemand is true. */
  reason: FailureReason | null;
  basis: FailureDemandBasis;
}

export interface FailureDemandFacts {
  need: Need;
  concernsExistingCase: boolean;
  /** The topic's own default reason (topics.default_failure_reason), for topics that mostly arise from a failure. */
  topicDefaultReason: FailureReason | null;
}

/**
 * The default failure-demand classification of a contact, first rule that applies:
 * 1. need 'dont_understand' -> failure demand, 'did_not_understand_information' (DOMAIN.md: the
 *    citizen does not understand the service or the information: the information failed);
 * 2. need 'problem' -> failure demand (DOMAIN.md), with the topic's reason when it has one (an
 *    e-service topic says 'eservice_problem'), else 'municipality_error': a problem with the
 *    service itself or its delivery is the municipality not doing something right;
 * 3. need 'want_to_know' about an existing case -> 'chasing_case' (DOMAIN.md: "chasing an existing
 *    case"; most such calls ask for a status the citizen should have been given). Wanting a
 *    service on an existing case (sending a complement, booking) is not chasing;
 * 4. otherwise the topic's default reason when it has one (the quarterly invoice topic: most calls
 *    about it are failure demand);
 * 5. otherwise value demand: not failure demand.
 */
export function defaultFailureDemand({
  need,
  concernsExistingCase,
  topicDefaultReason,
}: FailureDemandFacts): FailureDemandDefault {
  if (need === 'dont_understand')
    return { isFailureDemand: true, reason: 'did_not_understand_information', basis: 'need_dont_understand' };
  if (need === 'problem')
    return {
      isFailureDemand: true,
      reason: topicDefaultReason ?? 'municipality_error',
      basis: 'need_problem',
    };
  if (need === 'want_to_know' && concernsExistingCase)
    return { isFailureDemand: true, reason: 'chasing_case', basis: 'chasing_case' };
  if (topicDefaultReason !== null)
    return { isFailureDemand: true, reason: topicDefaultReason, basis: 'topic_default' };
  return { isFailureDemand: false, reason: null, basis: 'none' };
}
