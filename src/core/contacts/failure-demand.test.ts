import { describe, expect, it } from 'vitest';
import { defaultFailureDemand } from './failure-demand.js';
import type { FailureReason, Need } from './taxonomy.js';

const facts = (
  need: Need,
  concernsExistingCase = false,
  topicDefaultReason: FailureReason | null = null,
) => ({
  need,
  concernsExistingCase,
  topicDefaultReason,
});

describe('defaultFailureDemand', () => {
  it.each([
    [
      facts('dont_understand'),
      true,
      'did_not_understand_information',
      'need_dont_understand',
      'not understanding is failed information (DOMAIN.md)',
    ],
    [
      facts('dont_understand', true, 'eservice_problem'),
      true,
      'did_not_understand_information',
      'need_dont_understand',
      'the need decides before the case and the topic',
    ],
    [
      facts('problem'),
      true,
      'municipality_error',
      'need_problem',
      'a problem with a service: the municipality did not do it right',
    ],
    [
      facts('problem', false, 'eservice_problem'),
      true,
      'eservice_problem',
      'need_problem',
      'an e-service topic names the more precise reason',
    ],
    [
      facts('problem', true),
      true,
      'municipality_error',
      'need_problem',
      'a problem on an existing case is still a problem, not chasing',
    ],
    [
      facts('want_to_know', true),
      true,
      'chasing_case',
      'chasing_case',
      'asking about one’s own open case is chasing it (DOMAIN.md)',
    ],
    [
      facts('want_to_know', true, 'did_not_understand_information'),
      true,
      'chasing_case',
      'chasing_case',
      'chasing is more specific than the topic default',
    ],
    [
      facts('want_service', true),
      false,
      null,
      'none',
      'adding to an existing case (a complement, a booking) is value demand',
    ],
    [
      facts('want_to_know', false, 'did_not_understand_information'),
      true,
      'did_not_understand_information',
      'topic_default',
      'the quarterly invoice topic: most questions about it are failure demand',
    ],
    [
      facts('want_service', false, 'eservice_problem'),
      true,
      'eservice_problem',
      'topic_default',
      'topic default applies to any other need',
    ],
    [
      facts('opinion', false, 'other'),
      true,
      'other',
      'topic_default',
      'even to an opinion; the guide overrides praise',
    ],
    [facts('want_service'), false, null, 'none', 'applying for a service is value demand'],
    [
      facts('want_to_know'),
      false,
      null,
      'none',
      'a question without a case or a failing topic is value demand',
    ],
    [facts('opinion', true), false, null, 'none', 'an opinion is not chasing, even about a case'],
    [
      facts('other_authority'),
      false,
      null,
      'none',
      'another authority’s matter: not failure demand by default',
    ],
  ] as const)('%j -> %s %s (%s: %s)', (input, isFailureDemand, reason, basis, _why) => {
    expect(defaultFailureDemand(input)).toEqual({ isFailureDemand, reason, basis });
  });
});
