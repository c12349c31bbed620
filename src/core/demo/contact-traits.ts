/**
 * What one demo contact is about and how it ended: need, topic, existing case, graded
 * resolution, failure demand and a coarse citizen profile, with a short Swedish summary. The
 * shares are DOMAIN.md's: needs 45/25/16/12/2/small, resolved by the guide alone about 70%,
 * failure demand about a third. Failure demand is the product's own default rule
 * (core/contacts/failure-demand.ts), with the overrides a guide would realistically make.
 */
import type { CalendarDay } from '../contacts/calendar-day.js';
import { defaultFailureDemand } from '../contacts/failure-demand.js';
import {
  AGE_BANDS,
  GENDERS,
  type AgeBand,
  type Channel,
  type FailureReason,
  type Gender,
  type Need,
  type ProblemKind,
  type Resolution,
} from '../contacts/taxonomy.js';
import type { ContactYearInput, YearTopic } from './contact-year-input.js';
import {
  FORWARD_DONE,
  FORWARD_EXPECTED,
  INVOICE_SUMMARIES,
  NEED_SUMMARIES,
  CASE_SUMMARIES,
} from './contact-texts.js';
import { weightTable, type Random, type WeightTable } from './random.js';

export interface DemoContactTraits {
  need: Need;
  problemKind: ProblemKind | null;
  topicId: string;
  ownerUnitId: string;
  concernsExistingCase: boolean;
  caseReference: string | null;
  resolution: Resolution;
  forwardedToUnitId: string | null;
  forwardDone: string | null;
  forwardExpected: string | null;
  isFailureDemand: boolean;
  failureReason: FailureReason | null;
  isFailureDemandOverridden: boolean;
  citizenGender: Gender | null;
  citizenAgeBand: AgeBand | null;
  citizenDistrict: string | null;
  summary: string;
}

/** DOMAIN.md's needs with one municipality's shares; 'other_authority' is "small": 1%. */
export const NEED_SHARES: Readonly<Record<Need, number>> = {
  want_service: 0.44,
  want_to_know: 0.25,
  problem: 0.16,
  dont_understand: 0.12,
  opinion: 0.02,
  other_authority: 0.01,
};

/** After the invoice: most do not understand it, some ask about it, a few want autogiro. */
const SPIKE_NEEDS: Readonly<Partial<Record<Need, number>>> = {
  dont_understand: 0.7,
  want_to_know: 0.2,
  want_service: 0.1,
};

/** Resolved by the guide alone, during the contact, by need (weighted: about 70%). */
const RESOLVED_SELF: Readonly<Record<Need, number>> = {
  want_service: 0.72,
  want_to_know: 0.82,
  problem: 0.45,
  dont_understand: 0.75,
  opinion: 0.62,
  other_authority: 0.85,
};
const SPIKE_RESOLVED_SELF = 0.8;
/** How the others ended. */
const OTHER_RESOLUTIONS = weightTable([0.35, 0.15, 0.38, 0.12]);
const OTHER_RESOLUTION_NAMES = [
  'resolved_handling',
  'resolved_specialist',
  'forwarded',
  'unresolved',
] as const;

/** About an existing case (ärende), by need; on a topic whose default is chasing a case, mostly so. */
const EXISTING_CASE: Readonly<Record<Need, number>> = {
  want_service: 0.1,
  want_to_know: 0.07,
  problem: 0.25,
  dont_understand: 0.1,
  opinion: 0.05,
  other_authority: 0,
};
const EXISTING_CASE_ON_CHASING_TOPIC = 0.6;
const CASE_REFERENCE_GIVEN = 0.55;

const PROFILE_RECORDED = 0.4;
const GENDER_TABLE = weightTable([0.53, 0.43, 0.01, 0.03]);
const AGE_TABLE = weightTable([0.03, 0.12, 0.2, 0.19, 0.16, 0.13, 0.11, 0.06]);

export interface TraitContext {
  input: ContactYearInput;
  random: Random;
  baseNeeds: WeightTable;
  spikeNeeds: WeightTable;
  topics: WeightTable;
  topicById: ReadonlyMap<string, YearTopic>;
  districts: WeightTable;
  contactCentre: ReadonlySet<string>;
}

const NEEDS_ORDER = Object.keys(NEED_SHARES) as Need[];

/** Everything drawn from repeatedly, built once. `total` and `spike` are the expected contacts. */
export function traitContext(
  input: ContactYearInput,
  random: Random,
  total: number,
  spike: number,
): TraitContext {
  const base = compensate(NEED_SHARES, SPIKE_NEEDS, total, spike);
  const topicById = new Map(input.topics.map((t) => [t.id, t]));
  for (const id of [input.invoiceTopicId, input.opinionTopicId, input.otherAuthorityTopicId])
    if (id !== null && !topicById.has(id)) throw new RangeError(`topic ${id} is not in the catalogue`);
  return {
    input,
    random,
    baseNeeds: weightTable(NEEDS_ORDER.map((n) => base[n])),
    spikeNeeds: weightTable(NEEDS_ORDER.map((n) => SPIKE_NEEDS[n] ?? 0)),
    topics: weightTable(input.topics.map((t) => t.weight)),
    topicById,
    districts: weightTable(input.districts.map((d) => d.weight)),
    contactCentre: new Set(input.contactCentreUnitIds),
  };
}

/**
 * Shares for the ordinary contacts such that, with `special` contacts of their own mix added, the
 * whole meets `overall`: base(x) = (overall(x)·N − specialMix(x)·S) / (N − S), floored at 0 and
 * normalised.
 */
export function compensate<K extends string>(
  overall: Readonly<Record<K, number>>,
  specialMix: Readonly<Partial<Record<K, number>>>,
  total: number,
  special: number,
): Record<K, number> {
  const result = {} as Record<K, number>;
  let sum = 0;
  for (const key of Object.keys(overall) as K[]) {
    const value = Math.max(0, overall[key] * total - (specialMix[key] ?? 0) * special);
    result[key] = value;
    sum += value;
  }
  for (const key of Object.keys(result) as K[]) result[key] = sum > 0 ? result[key] / sum : 0;
  return result;
}

export interface ContactFrame {
  channel: Channel;
  startedAt: Date;
  day: CalendarDay;
  /** One of the extra calls after the quarterly invoice. */
  isSpike: boolean;
}

export function contactTraits(context: TraitContext, frame: ContactFrame): DemoContactTraits {
  const { random, input } = context;
  const need =
    NEEDS_ORDER[random.weighted(frame.isSpike ? context.spikeNeeds : context.baseNeeds)] ?? 'want_service';
  const topic = chooseTopic(context, need, frame.isSpike);
  const problemKind: ProblemKind | null =
    need === 'problem' ? (random.chance(0.55) ? 'service' : 'delivery') : null;

  const caseChance = frame.isSpike
    ? 0
    : topic.defaultFailureReason === 'chasing_case' && need === 'want_to_know'
      ? EXISTING_CASE_ON_CHASING_TOPIC
      : EXISTING_CASE[need];
  const concernsExistingCase = random.chance(caseChance);
  const caseReference =
    concernsExistingCase && random.chance(CASE_REFERENCE_GIVEN) ? caseNumber(random, topic, frame.day) : null;

  const failure = frame.isSpike
    ? ruleOnly(need, concernsExistingCase, topic)
    : failureDemand(random, frame.channel, need, problemKind, concernsExistingCase, topic);
  const resolution = chooseResolution(context, need, topic, frame.isSpike);
  const forwarded = resolution === 'forwarded';
  const profile = random.chance(PROFILE_RECORDED);
  const district =
    profile && random.chance(0.8)
      ? (input.districts[random.weighted(context.districts)]?.name ?? null)
      : null;

  return {
    need,
    problemKind,
    topicId: topic.id,
    ownerUnitId: topic.ownerUnitId,
    concernsExistingCase,
    caseReference,
    resolution,
    forwardedToUnitId: forwarded ? topic.ownerUnitId : null,
    forwardDone: forwarded ? random.pick(FORWARD_DONE) : null,
    forwardExpected: forwarded ? random.pick(FORWARD_EXPECTED) : null,
    ...failure,
    citizenGender: profile ? (GENDERS[random.weighted(GENDER_TABLE)] ?? null) : null,
    citizenAgeBand: profile && random.chance(0.9) ? (AGE_BANDS[random.weighted(AGE_TABLE)] ?? null) : null,
    citizenDistrict: district,
    summary: summary(random, topic, need, concernsExistingCase, topic.id === input.invoiceTopicId),
  };
}

function chooseTopic(context: TraitContext, need: Need, isSpike: boolean): YearTopic {
  const { random, input, topicById } = context;
  const byId = (id: string | null) => (id === null ? undefined : topicById.get(id));
  const special = isSpike
    ? byId(input.invoiceTopicId)
    : need === 'opinion' && random.chance(0.5)
      ? byId(input.opinionTopicId)
      : need === 'other_authority' && random.chance(0.85)
        ? byId(input.otherAuthorityTopicId)
        : undefined;
  return special ?? input.topics[random.weighted(context.topics)] ?? input.topics[0]!;
}

/**
 * The default rule, then what guides change: a fault report (a problem with the service itself,
 * such as a broken street light) is often what the municipality wants to hear, so some of
 * those are marked value demand (a third); on a topic that defaults to failure demand, someone wanting the
 * service (autogiro for the invoice) or asking ahead (the fee before applying) often is not one;
 * and a few contacts that wanted a service came only because the e-service failed them. The
 * calls after the invoice keep the rule's answer.
 */
function failureDemand(
  random: Random,
  channel: Channel,
  need: Need,
  problemKind: ProblemKind | null,
  concernsExistingCase: boolean,
  topic: YearTopic,
): Pick<DemoContactTraits, 'isFailureDemand' | 'failureReason' | 'isFailureDemandOverridden'> {
  const rule = defaultFailureDemand({
    need,
    concernsExistingCase,
    topicDefaultReason: topic.defaultFailureReason,
  });
  const valueDemand = { isFailureDemand: false, failureReason: null, isFailureDemandOverridden: true };
  if (rule.basis === 'need_problem' && problemKind === 'service' && random.chance(0.35)) return valueDemand;
  if (rule.basis === 'topic_default' && random.chance(need === 'want_service' ? 0.6 : 0.4))
    return valueDemand;
  if (rule.basis === 'none' && need === 'want_service' && channel !== 'eservice' && random.chance(0.02))
    return { isFailureDemand: true, failureReason: 'eservice_problem', isFailureDemandOverridden: true };
  return {
    isFailureDemand: rule.isFailureDemand,
    failureReason: rule.reason,
    isFailureDemandOverridden: false,
  };
}

function ruleOnly(
  need: Need,
  concernsExistingCase: boolean,
  topic: YearTopic,
): Pick<DemoContactTraits, 'isFailureDemand' | 'failureReason' | 'isFailureDemandOverridden'> {
  const rule = defaultFailureDemand({
    need,
    concernsExistingCase,
    topicDefaultReason: topic.defaultFailureReason,
  });
  return {
    isFailureDemand: rule.isFailureDemand,
    failureReason: rule.reason,
    isFailureDemandOverridden: false,
  };
}

function chooseResolution(context: TraitContext, need: Need, topic: YearTopic, isSpike: boolean): Resolution {
  const { random } = context;
  if (random.chance(isSpike ? SPIKE_RESOLVED_SELF : RESOLVED_SELF[need])) return 'resolved_self';
  const other = OTHER_RESOLUTION_NAMES[random.weighted(OTHER_RESOLUTIONS)] ?? 'unresolved';
  // The contact centre does not forward to itself: it handles its own topics afterwards.
  if (other === 'forwarded' && context.contactCentre.has(topic.ownerUnitId)) return 'resolved_handling';
  return other;
}

/** "BN 2026/123": the board's series, the year the case was opened, a running number. */
function caseNumber(random: Random, topic: YearTopic, day: CalendarDay): string {
  const year = Number(day.slice(0, 4)) - (random.chance(0.2) ? 1 : 0);
  return `${topic.caseSeries} ${year}/${1 + random.int(1800)}`;
}

function summary(
  random: Random,
  topic: YearTopic,
  need: Need,
  existingCase: boolean,
  isInvoice: boolean,
): string {
  const phrases =
    isInvoice && need !== 'opinion' && need !== 'other_authority'
      ? INVOICE_SUMMARIES
      : existingCase && need !== 'other_authority'
        ? CASE_SUMMARIES
        : NEED_SUMMARIES[need];
  return `${topic.name}: ${random.pick(phrases)}`;
}
