/**
 * The departments' verdict (issue #15): a departments' survey is sent in rounds, one per period
 * (default a tertial, January-April, May-August, September-December, as municipal follow-up
 * divides the year; a quarter or a half year where a municipality asks more or less often), to each
 * department's contacts and its named recipients. Results are shown per department and round,
 * periods side by side, with the same figures as every survey (aggregate.ts, results.ts).
 *
 * - Recipients: every active user with the department_contact role of a unit, for the department
 *   (root unit) above that unit, and every named recipient of the department; an address once per
 *   department (case does not matter), so a contact who is also named gets one invitation; an
 *   address that speaks for two departments gets one for each (its answers are about each).
 * - The day an answer is counted on (for the survey measures' weekly series) is the period's last
 *   day: a round is about the period, whenever its links are opened.
 */
import { surveyResults, type SurveyResults } from './aggregate.js';
import type { AnswerValue, SurveyDefinition } from './questions.js';

export const ROUND_CADENCES = ['tertial', 'quarter', 'half'] as const;
export type RoundCadence = (typeof ROUND_CADENCES)[number];

const PERIOD = /^(20\d{2})-(T[1-3]|Q[1-4]|H[12])$/;

export function isRoundPeriod(text: string): boolean {
  return PERIOD.test(text);
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first and last day of a period key ('2026-T1' is 2026-01-01..2026-04-30); null when it is none. */
export function roundPeriodBounds(key: string): { from: string; to: string } | null {
  const match = PERIOD.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  const kind = match[2]![0]!;
  const index = Number(match[2]!.slice(1));
  const months = kind === 'T' ? 4 : kind === 'Q' ? 3 : 6;
  const first = (index - 1) * months + 1;
  const last = first + months - 1;
  return {
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(last)}-${pad(lastDayOf(year, last))}`,
  };
}

/** The period of a day at a cadence: 2026-05-12 is '2026-T2', '2026-Q2', '2026-H1'. */
export function roundPeriodOf(day: string, cadence: RoundCadence = 'tertial'): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (cadence === 'tertial') return `${year}-T${Math.ceil(month / 4)}`;
  if (cadence === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-H${month <= 6 ? 1 : 2}`;
}

export interface RoundRecipient {
  departmentId: string;
  address: string;
}

/** Each department's addresses, once each (lower case), in a stable order. */
export function roundRecipients(
  contacts: readonly RoundRecipient[],
  named: readonly RoundRecipient[],
): RoundRecipient[] {
  const seen = new Set<string>();
  const result: RoundRecipient[] = [];
  for (const r of [...contacts, ...named]) {
    const address = r.address.trim().toLowerCase();
    const key = `${r.departmentId} ${address}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ departmentId: r.departmentId, address });
  }
  return result.sort((a, b) =>
    a.departmentId === b.departmentId
      ? a.address.localeCompare(b.address)
      : a.departmentId.localeCompare(b.departmentId),
  );
}

/** One respondent of a round: the department the invitation was about and the answers given. */
export interface RoundRespondent {
  roundId: string;
  departmentId: string;
  answers: ReadonlyMap<string, AnswerValue>;
}

export interface DepartmentRoundResults {
  departmentId: string;
  roundId: string;
  /** Invitations delivered (sent, not bounced) and answered, for the response rate. */
  results: SurveyResults;
}

/**
 * The results of each department in each round (and of all departments together, departmentId
 * null), from the respondents' answers: the same figures as the survey's results page.
 */
export function departmentRoundResults(
  definition: SurveyDefinition,
  roundIds: readonly string[],
  departmentIds: readonly string[],
  respondents: readonly RoundRespondent[],
): { departmentId: string | null; roundId: string; results: SurveyResults }[] {
  return [null, ...departmentIds].flatMap((departmentId) =>
    roundIds.map((roundId) => ({
      departmentId,
      roundId,
      results: surveyResults(
        definition,
        respondents
          .filter((r) => r.roundId === roundId && (departmentId === null || r.departmentId === departmentId))
          .map((r) => r.answers),
      ),
    })),
  );
}
