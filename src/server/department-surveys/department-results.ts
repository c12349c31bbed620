/**
 * The departments' verdict over time (issue #15): per department and round (periods side by side)
 * the respondents, the response rate and the figures of the samarbete dimension and each 1-5
 * question (core/surveys/department-rounds.ts, the same statistics as every survey), and the "one
 * thing" answers with the improvement card each started.
 *
 * Who sees what (department_surveys:read): quality developers, managers and administrators
 * (surveys:read too) see every department; a department contact sees only the department above
 * the unit they speak for, never another department's figures or answers, nor all together.
 */
import { can, type Actor } from '../../core/auth/roles.js';
import { departmentRoundResults } from '../../core/surveys/department-rounds.js';
import { responseRate, type ResponseRate } from '../../core/surveys/results.js';
import type { SurveyResults } from '../../core/surveys/aggregate.js';
import type { AnswerValue } from '../../core/surveys/questions.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { forbidden, notFound } from '../http/problem.js';
import { listSurveys, readSurvey } from '../surveys/queries/surveys.js';
import { readDepartmentDelivery } from './queries/department-delivery.js';
import { readDepartmentsOf } from './queries/departments-of.js';
import { readRoundAnswers } from './queries/round-answers.js';
import { listRounds, type RoundRow } from './queries/rounds.js';

export interface DepartmentResultsView {
  surveyId: string;
  name: string;
  rounds: (Omit<RoundRow, 'surveyId' | 'openedAt'> & { openedAt: string })[];
  departments: {
    id: string | null;
    name: string | null;
    rounds: { roundId: string; responseRate: ResponseRate; results: SurveyResults }[];
  }[];
  /** The "one thing" answers, newest round first. */
  changes: {
    invitationId: string;
    roundId: string;
    departmentId: string;
    text: string;
    improvement: { id: string; title: string } | null;
  }[];
  /** Whether the asker may start an improvement from an answer. */
  canStartImprovement: boolean;
}

/** The departments the actor may see: all (null) with surveys:read, else their own; forbidden otherwise. */
async function visibleDepartments(client: SqlClient, actor: Actor): Promise<string[] | null> {
  if (can(actor, 'surveys:read')) return null;
  const units = actor.roles.flatMap((r) => (r.role === 'department_contact' && r.unitId ? [r.unitId] : []));
  if (units.length === 0) throw forbidden();
  return (await readDepartmentsOf(client, units)).map((d) => d.id);
}

export async function departmentResults({
  db,
  actor,
  surveyId,
}: {
  db: Database;
  actor: Actor;
  surveyId: string;
}): Promise<DepartmentResultsView> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const visible = await visibleDepartments(client, actor);
    const survey = await readSurvey(client, surveyId);
    if (!survey || survey.audience !== 'departments') throw notFound();
    const rounds = await listRounds(client, surveyId);
    const rows = await readRoundAnswers(client, surveyId, visible);
    const byInvitation = new Map<
      string,
      { roundId: string; departmentId: string; answers: Map<string, AnswerValue> }
    >();
    for (const r of rows) {
      const entry = byInvitation.get(r.invitationId) ?? {
        roundId: r.roundId,
        departmentId: r.departmentId,
        answers: new Map<string, AnswerValue>(),
      };
      entry.answers.set(r.questionKey, r.value);
      byInvitation.set(r.invitationId, entry);
    }
    const delivery = await readDepartmentDelivery(client, surveyId, visible);
    const departmentIds = [...new Set(delivery.map((d) => d.departmentId))];
    const names = new Map(delivery.map((d) => [d.departmentId, d.departmentName]));
    const results = departmentRoundResults(
      survey.definition,
      rounds.map((r) => r.id),
      departmentIds,
      [...byInvitation.values()],
    );
    // A department contact sees their own department only, not the whole of all departments.
    const groups: (string | null)[] = visible === null ? [null, ...departmentIds] : departmentIds;
    const rateOf = (departmentId: string | null, roundId: string) => {
      const counts = delivery.filter(
        (d) => d.roundId === roundId && (departmentId === null || d.departmentId === departmentId),
      );
      return responseRate(
        counts.reduce((a, d) => a + d.delivered, 0),
        counts.reduce((a, d) => a + d.answered, 0),
      );
    };
    return {
      surveyId,
      name: survey.name,
      rounds: rounds.map(({ surveyId: _s, openedAt, ...r }) => ({ ...r, openedAt: openedAt.toISOString() })),
      departments: groups.map((id) => ({
        id,
        name: id === null ? null : (names.get(id) ?? null),
        rounds: rounds.map((round) => ({
          roundId: round.id,
          responseRate: rateOf(id, round.id),
          results: results.find((x) => x.departmentId === id && x.roundId === round.id)!.results,
        })),
      })),
      changes: rows
        .filter((r) => r.questionKey === 'one_change' && typeof r.value === 'string')
        .map((r) => ({
          invitationId: r.invitationId,
          roundId: r.roundId,
          departmentId: r.departmentId,
          text: r.value as string,
          improvement: r.improvementId ? { id: r.improvementId, title: r.improvementTitle ?? '' } : null,
        }))
        .reverse(),
      canStartImprovement: can(actor, 'improvements:write'),
    };
  });
}

/** The departments' surveys, for everyone who may read the departments' verdict (names and status only). */
export async function departmentSurveysOf({
  db,
  actor,
}: {
  db: Database;
  actor: Actor;
}): Promise<{ id: string; name: string; status: string }[]> {
  return withTenantClient(db, actor.tenantId, async (client) =>
    (await listSurveys(client))
      .filter((s) => s.audience === 'departments')
      .map((s) => ({ id: s.id, name: s.name, status: s.status })),
  );
}
