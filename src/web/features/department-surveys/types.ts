/** The departments' verdict as the API answers it (server/department-surveys). */
export interface Interval {
  low: number;
  high: number;
}

export interface Scale {
  n: number;
  mean: number | null;
  meanInterval: Interval | null;
  index: number | null;
  indexInterval: Interval | null;
  satisfied: number;
  satisfiedShare: number | null;
  satisfiedInterval: Interval | null;
  uncertain: boolean;
}

export interface DepartmentResults {
  surveyId: string;
  name: string;
  rounds: {
    id: string;
    period: string;
    fromDay: string;
    toDay: string;
    delivered: number;
    answered: number;
  }[];
  departments: {
    id: string | null;
    name: string | null;
    rounds: {
      roundId: string;
      respondents: number;
      responseRate: { delivered: number; answered: number; rate: number | null };
      dimension: Scale | null;
    }[];
  }[];
  changes: {
    invitationId: string;
    roundId: string;
    departmentId: string;
    text: string;
    improvement: { id: string; title: string } | null;
  }[];
  canStartImprovement: boolean;
}
