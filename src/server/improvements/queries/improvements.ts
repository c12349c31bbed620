/** The improvements table (0012): read, create, change, move; every query inside the tenant (row-level security). */
import type { ImprovementStatus, WeekFigures } from '../../../core/improvements/improvement.js';
import type { FailureReason, Need } from '../../../core/contacts/taxonomy.js';
import type { SurveyMeasure } from '../../../core/surveys/survey-measures.js';
import type { SqlClient } from '../../../db/database.js';

export type ImprovementSource = 'board' | 'fix_first' | 'signal' | 'department_answer';

export interface ImprovementRow {
  id: string;
  title: string;
  problem: string;
  ownerUnitId: string;
  ownerUnitName: string;
  status: ImprovementStatus;
  dueOn: string | null;
  notes: string;
  topicIds: string[];
  needs: Need[];
  failureReasons: FailureReason[];
  baselineFrom: string;
  baselineTo: string;
  baselineWeeks: WeekFigures[];
  implementedOn: string | null;
  cycleWeeks: number | null;
  cycleStartsOn: string | null;
  source: ImprovementSource;
  sourceSignalId: string | null;
  sourceInvitationId: string | null;
  surveyMeasure: SurveyMeasure | null;
  surveyScope: string | null;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
}

export interface NewImprovement {
  title: string;
  problem: string;
  ownerUnitId: string;
  status: ImprovementStatus;
  dueOn: string | null;
  notes: string;
  topicIds: readonly string[];
  needs: readonly Need[];
  failureReasons: readonly FailureReason[];
  baselineFrom: string;
  baselineTo: string;
  baselineWeeks: readonly WeekFigures[];
  implementedOn: string | null;
  cycleWeeks: number | null;
  cycleStartsOn: string | null;
  source: ImprovementSource;
  sourceSignalId: string | null;
  sourceInvitationId: string | null;
  surveyMeasure: SurveyMeasure | null;
  surveyScope: string | null;
}

export type ImprovementChanges = Partial<
  Pick<
    NewImprovement,
    | 'title'
    | 'problem'
    | 'ownerUnitId'
    | 'dueOn'
    | 'notes'
    | 'status'
    | 'implementedOn'
    | 'cycleWeeks'
    | 'cycleStartsOn'
  >
>;

const SELECT = `SELECT i.id, i.title, i.problem, i.owner_unit_id AS "ownerUnitId", u.name AS "ownerUnitName",
         i.status, i.due_on::text AS "dueOn", i.notes, i.topic_ids::text[] AS "topicIds", i.needs,
         i.failure_reasons AS "failureReasons", i.baseline_from::text AS "baselineFrom",
         i.baseline_to::text AS "baselineTo", i.baseline_weeks AS "baselineWeeks",
         i.implemented_on::text AS "implementedOn", i.cycle_weeks AS "cycleWeeks",
         i.cycle_starts_on::text AS "cycleStartsOn", i.source, i.source_signal_id AS "sourceSignalId",
         i.source_invitation_id AS "sourceInvitationId", i.survey_measure AS "surveyMeasure",
         i.survey_scope AS "surveyScope",
         c.display_name AS "createdByName", i.created_at AS "createdAt", i.updated_at AS "updatedAt",
         i.status_changed_at AS "statusChangedAt"
    FROM improvements i
    JOIN units u ON u.tenant_id = i.tenant_id AND u.id = i.owner_unit_id
    JOIN users c ON c.tenant_id = i.tenant_id AND c.id = i.created_by_user_id
   WHERE i.tenant_id = lots_current_tenant()`;

const fix = (row: ImprovementRow): ImprovementRow => ({
  ...row,
  createdAt: new Date(row.createdAt),
  updatedAt: new Date(row.updatedAt),
  statusChangedAt: new Date(row.statusChangedAt),
  // PGlite and node-postgres both parse jsonb; a text value would mean a driver change.
  baselineWeeks:
    typeof row.baselineWeeks === 'string'
      ? (JSON.parse(row.baselineWeeks) as WeekFigures[])
      : row.baselineWeeks,
});

/** The board: every improvement, by column, then due date (none last), then age. */
export async function listImprovements(client: SqlClient): Promise<ImprovementRow[]> {
  const rows = await client.query<ImprovementRow>(
    `${SELECT} ORDER BY array_position(ARRAY['idea', 'planned', 'in_progress', 'done', 'evaluated'], i.status),
       i.due_on NULLS LAST, i.created_at`,
  );
  return rows.map(fix);
}

export async function readImprovement(client: SqlClient, id: string): Promise<ImprovementRow | null> {
  const [row] = await client.query<ImprovementRow>(`${SELECT} AND i.id = $1`, [id]);
  return row ? fix(row) : null;
}

export async function insertImprovement(
  client: SqlClient,
  values: NewImprovement,
  userId: string,
): Promise<string> {
  const [row] = await client.query<{ id: string }>(
    `INSERT INTO improvements (tenant_id, title, problem, owner_unit_id, status, due_on, notes, topic_ids,
       needs, failure_reasons, baseline_from, baseline_to, baseline_weeks, implemented_on, source,
       source_signal_id, created_by_user_id, updated_by_user_id, cycle_weeks, cycle_starts_on,
       source_invitation_id, survey_measure, survey_scope)
     VALUES (lots_current_tenant(), $1, $2, $3, $4, $5, $6, $7::uuid[], $8::text[], $9::text[], $10, $11,
       $12::jsonb, $13, $14, $15, $16, $16, $17, $18, $19, $20, $21)
     RETURNING id`,
    [
      values.title,
      values.problem,
      values.ownerUnitId,
      values.status,
      values.dueOn,
      values.notes,
      values.topicIds,
      values.needs,
      values.failureReasons,
      values.baselineFrom,
      values.baselineTo,
      JSON.stringify(values.baselineWeeks),
      values.implementedOn,
      values.source,
      values.sourceSignalId,
      userId,
      values.cycleWeeks,
      values.cycleStartsOn,
      values.sourceInvitationId,
      values.surveyMeasure,
      values.surveyScope,
    ],
  );
  return row!.id;
}

const COLUMNS: Record<keyof ImprovementChanges, string> = {
  title: 'title',
  problem: 'problem',
  ownerUnitId: 'owner_unit_id',
  dueOn: 'due_on',
  notes: 'notes',
  status: 'status',
  implementedOn: 'implemented_on',
  cycleWeeks: 'cycle_weeks',
  cycleStartsOn: 'cycle_starts_on',
};

/** Changes the given fields; a new status also moves status_changed_at. false when there is no such improvement. */
export async function updateImprovement(
  client: SqlClient,
  id: string,
  changes: ImprovementChanges,
  userId: string,
): Promise<boolean> {
  const params: unknown[] = [id, userId];
  const sets = ['updated_by_user_id = $2', 'updated_at = now()'];
  for (const [key, value] of Object.entries(changes) as [keyof ImprovementChanges, unknown][]) {
    if (value === undefined) continue;
    params.push(value);
    sets.push(`${COLUMNS[key]} = $${params.length}`);
    // SET reads the row as it was: the clock moves only when the column really changes.
    if (key === 'status')
      sets.push(
        `status_changed_at = CASE WHEN status = $${params.length} THEN status_changed_at ELSE now() END`,
      );
  }
  const rows = await client.query<{ id: string }>(
    `UPDATE improvements SET ${sets.join(', ')} WHERE tenant_id = lots_current_tenant() AND id = $1 RETURNING id`,
    params,
  );
  return rows.length === 1;
}
