/**
 * The contact taxonomies of docs/glossary.md and ../shared/DOMAIN.md: how a citizen reached us,
 * why (need), how it ended (graded resolution) and, for failure demand, what failed.
 */

export const CHANNELS = [
  'phone',
  'visit',
  'email',
  'chat',
  'eservice',
  'letter',
  'social_media',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Citizen needs, with one municipality's shares: 45 / 25 / 16 / 12 / 2 / small (DOMAIN.md). */
export const NEEDS = [
  'want_service',
  'want_to_know',
  'problem',
  'dont_understand',
  'opinion',
  'other_authority',
] as const;
export type Need = (typeof NEEDS)[number];

/** For need 'problem': (a) the service itself, (b) its delivery. */
export const PROBLEM_KINDS = ['service', 'delivery'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** Graded resolution (lösningsgrad); first-contact resolution is resolved_self over all contacts. */
export const RESOLUTIONS = [
  'resolved_self',
  'resolved_handling',
  'resolved_specialist',
  'forwarded',
  'unresolved',
] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Why a contact was failure demand (undvikbar efterfrågan). */
export const FAILURE_REASONS = [
  'did_not_understand_information',
  'eservice_problem',
  'chasing_case',
  'municipality_error',
  'other',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/**
 * The optional, coarse citizen profile (never identifying): gender, where 'unknown' means the
 * guide could not tell (null means not recorded), and ten-year age bands as in Statistics
 * Sweden's tables, with the young and the old grouped.
 */
export const GENDERS = ['woman', 'man', 'other', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

export const AGE_BANDS = ['0-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
