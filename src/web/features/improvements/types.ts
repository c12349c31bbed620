/** Improvements as the API answers them (server/improvements). */
import type { FailureReason, Need } from '../../../core/contacts/taxonomy.js';

export const STATUSES = ['idea', 'planned', 'in_progress', 'done', 'evaluated'] as const;
export type ImprovementStatus = (typeof STATUSES)[number];
export type Verdict = 'improved' | 'worsened' | 'no_change' | 'not_enough_data';

export interface WeekFigures {
  week: string;
  contacts: number;
  failureDemand: number;
}

export interface Improvement {
  id: string;
  title: string;
  problem: string;
  owner: { unitId: string; name: string };
  status: ImprovementStatus;
  dueOn: string | null;
  notes: string;
  targets: { topicIds: string[]; needs: Need[]; failureReasons: FailureReason[] };
  source: 'board' | 'fix_first' | 'signal';
  sourceSignalId: string | null;
  createdBy: string;
  createdAt: string;
  before: { from: string; to: string; weeks: WeekFigures[] };
  implementedOn: string | null;
  after: { from: string; to: string; weeks: WeekFigures[] } | null;
  verdict: {
    verdict: Verdict;
    isMixed: boolean;
    share: {
      verdict: Verdict;
      before: { numerator: number; denominator: number; share: number | null };
      after: { numerator: number; denominator: number; share: number | null };
      difference: number | null;
      interval: { low: number; high: number } | null;
      minimumN: number;
    };
    count: {
      verdict: Verdict;
      beforePoints: number;
      afterPoints: number;
      limits: { centre: number; upper: number; lower: number; sigma: number } | null;
      afterMean: number | null;
      minBeforePoints: number;
      minAfterPoints: number;
    };
  } | null;
}
