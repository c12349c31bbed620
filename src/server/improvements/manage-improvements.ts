/**
 * The improvement board (issue #6): create an improvement (its before measured there and then),
 * change it, move it across the board, and judge it (core/improvements/improvement.ts). Texts are
 * refused when they hold personal data (a board card is read by the whole team); targets are
 * checked against core's rules and the catalogue; every change writes an audit event in its own
 * transaction.
 *
 * A card may follow a survey measure (issue #15): its before is the card's before weeks, its after
 * the after weeks, both read from the answers when the card is shown (answers are not corrected
 * afterwards, unlike contacts, so there is nothing to snapshot), and judged by core's surveyChange.
 * A card whose only target is a survey measure has no failure-demand figures or verdict.
 */
import type { Actor } from '../../core/auth/roles.js';
import { calendarDayOf } from '../../core/contacts/calendar-day.js';
import {
  afterPeriod,
  baselinePeriod,
  DEFAULT_BASELINE_WEEKS,
  moveRefusal,
  targetRefusals,
  yearBeforeOf,
  type ImprovementStatus,
  type WeekFigures,
} from '../../core/improvements/improvement.js';
import { improvementVerdict, type ImprovementVerdict } from '../../core/improvements/improvement-verdict.js';
import { detectPersonalData } from '../../core/privacy/personal-data.js';
import { addParts, parseMeasureScope } from '../../core/signals/measures.js';
import {
  SURVEY_CHANGE_MIN_N,
  surveyChange,
  type SurveyChange,
  type SurveyMeasure,
} from '../../core/surveys/survey-measures.js';
import { assertMeasureScopeExists } from '../goals/measure-scope.js';
import { readMeasureSeries } from '../goals/read-measure-series.js';
import { Problem } from '../http/problem.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, notFound, type FieldError } from '../http/problem.js';
import { readImprovementWeeks } from './queries/improvement-weeks.js';
import {
  insertImprovement,
  listImprovements,
  readImprovement,
  updateImprovement,
  type ImprovementChanges,
  type ImprovementRow,
} from './queries/improvements.js';
import { countExistingTopics, existsSignal, existsUnit } from './queries/references.js';
import type { ChangeImprovementBody, CreateImprovementBody, MoveImprovementBody } from './schema.js';

interface Options {
  db: Database;
  actor: Actor;
  /** The clock, for tests: the day the before is measured up to and the after from. */
  now?: Date;
}

export interface ImprovementEvaluation {
  improvement: ImprovementRow;
  /** The after weeks so far; null before the change took effect or while no whole week is over. */
  after: { from: string; to: string; weeks: WeekFigures[] } | null;
  /** null until the change took effect, and for a card that targets a survey measure only. */
  verdict: ImprovementVerdict | null;
  /** The survey measure's before and after, when the card follows one. */
  survey: SurveyEvidence | null;
}

export interface SurveyEvidence extends Omit<SurveyChange, 'before' | 'after'> {
  measure: SurveyMeasure;
  scope: string;
  before: SurveyChange['before'] & { from: string; to: string };
  after: (SurveyChange['after'] & { from: string; to: string }) | null;
  minimumN: number;
}

const hasContactTargets = (row: {
  topicIds: readonly string[];
  needs: readonly string[];
  failureReasons: readonly string[];
}) => row.topicIds.length + row.needs.length + row.failureReasons.length > 0;

/** The survey measure's figures over the card's before weeks and its after weeks so far. */
async function surveyEvidence(
  client: SqlClient,
  row: ImprovementRow,
  after: { from: string; to: string } | null,
): Promise<SurveyEvidence | null> {
  if (row.surveyMeasure === null || row.surveyScope === null) return null;
  const measure = row.surveyMeasure;
  const scope = parseMeasureScope(row.surveyScope)!;
  const partsOf = async (from: string, to: string) =>
    addParts(await readMeasureSeries(client, { measure, scope, from, to }));
  const before = await partsOf(row.baselineFrom, row.baselineTo);
  const afterParts = after ? await partsOf(after.from, after.to) : { numerator: 0, denominator: 0 };
  const change = surveyChange(measure, before, afterParts);
  return {
    measure,
    scope: row.surveyScope,
    ...change,
    before: { ...change.before, from: row.baselineFrom, to: row.baselineTo },
    after: after ? { ...change.after, ...after } : null,
    minimumN: SURVEY_CHANGE_MIN_N,
  };
}

const audit = (
  client: SqlClient,
  actor: Actor,
  action: string,
  id: string,
  details: Record<string, unknown>,
) =>
  insertAuditEventSql(client, {
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    action,
    entityType: 'improvement',
    entityId: id,
    details,
  });

const TEXT_FIELDS = ['title', 'problem', 'notes'] as const;

function textErrors(body: Partial<Record<(typeof TEXT_FIELDS)[number], string | undefined>>): FieldError[] {
  return TEXT_FIELDS.flatMap((field) => {
    const text = body[field];
    return text !== undefined && detectPersonalData(text).length > 0
      ? [{ pointer: `/body/${field}`, code: 'contains_personal_data' }]
      : [];
  });
}

/** The board with each card's verdict (done and evaluated cards are judged on the data so far). */
export async function boardOf({ db, actor, now = new Date() }: Options): Promise<ImprovementEvaluation[]> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const rows = await listImprovements(client);
    const evaluations: ImprovementEvaluation[] = [];
    for (const row of rows) evaluations.push(await evaluate(client, row, calendarDayOf(now)));
    return evaluations;
  });
}

export async function improvementOf({ db, actor, id, now = new Date() }: Options & { id: string }) {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const row = await readImprovement(client, id);
    if (!row) throw notFound();
    return evaluate(client, row, calendarDayOf(now));
  });
}

async function evaluate(
  client: SqlClient,
  row: ImprovementRow,
  today: string,
): Promise<ImprovementEvaluation> {
  const targets = { topicIds: row.topicIds, needs: row.needs, failureReasons: row.failureReasons };
  // Snapshots taken before migration 0015 lack the week's count of all contacts: read it now.
  const improvement = row.baselineWeeks.every((w) => typeof w.allContacts === 'number')
    ? row
    : {
        ...row,
        baselineWeeks: await readImprovementWeeks(client, {
          from: row.baselineFrom,
          to: row.baselineTo,
          ...targets,
        }).then((live) =>
          row.baselineWeeks.map((w) => ({
            ...w,
            allContacts: live.find((l) => l.week === w.week)?.allContacts ?? 0,
          })),
        ),
      };
  if (row.implementedOn === null)
    return { improvement, after: null, verdict: null, survey: await surveyEvidence(client, row, null) };
  const period = afterPeriod(row.implementedOn, today);
  const survey = await surveyEvidence(client, row, period);
  if (!hasContactTargets(row))
    return { improvement, after: period ? { ...period, weeks: [] } : null, verdict: null, survey };
  const weeks = period ? await readImprovementWeeks(client, { ...period, ...targets }) : [];
  // The same weeks a year before, read when all of them are before the change.
  const yearBefore =
    period && yearBeforeOf(period.to) < row.implementedOn
      ? await readImprovementWeeks(client, {
          from: yearBeforeOf(period.from),
          to: yearBeforeOf(period.to),
          ...targets,
        })
      : null;
  const cycle =
    row.cycleWeeks !== null && row.cycleStartsOn !== null
      ? { weeks: row.cycleWeeks, startsOn: row.cycleStartsOn }
      : null;
  return {
    improvement,
    after: period ? { ...period, weeks } : null,
    survey,
    verdict: improvementVerdict({
      before: improvement.baselineWeeks,
      after: weeks,
      yearBefore,
      implementedOn: row.implementedOn,
      cycle,
    }),
  };
}

export async function createImprovement({
  db,
  actor,
  body,
  now = new Date(),
  sourceInvitationId = null,
}: Options & {
  body: CreateImprovementBody;
  /** A department's answer that started the card (department-surveys). */
  sourceInvitationId?: string | null;
}): Promise<ImprovementEvaluation> {
  const targets = {
    topicIds: body.targets.topicIds,
    needs: body.targets.needs,
    failureReasons: body.targets.failureReasons,
  };
  const today = calendarDayOf(now);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const errors: FieldError[] = [
      ...targetRefusals(targets, { hasSurveyMeasure: Boolean(body.survey) }).map((r) => ({
        pointer: `/body/${r.field}`,
        code: r.code,
      })),
      ...textErrors(body),
    ];
    if (!(await existsUnit(client, body.ownerUnitId)))
      errors.push({ pointer: '/body/ownerUnitId', code: 'unit_unknown' });
    if ((await countExistingTopics(client, targets.topicIds)) !== new Set(targets.topicIds).size)
      errors.push({ pointer: '/body/targets/topicIds', code: 'topic_unknown' });
    if (body.sourceSignalId && !(await existsSignal(client, body.sourceSignalId)))
      errors.push({ pointer: '/body/sourceSignalId', code: 'signal_unknown' });
    const status = body.status;
    if (status === 'evaluated') errors.push({ pointer: '/body/status', code: 'evaluate_only_when_done' });
    if (status === 'done' && !body.implementedOn)
      errors.push({ pointer: '/body/implementedOn', code: 'implemented_on_required' });
    if (body.survey) {
      try {
        await assertMeasureScopeExists(client, parseMeasureScope(body.survey.scope)!, actor.tenantId);
      } catch (error) {
        if (!(error instanceof Problem) || error.status !== 404) throw error;
        errors.push({ pointer: '/body/survey/scope', code: 'scope_unknown' });
      }
    }
    if (errors.length > 0) throw badRequest('validation_failed', errors);

    const baseline = baselinePeriod(today, body.baselineWeeks ?? DEFAULT_BASELINE_WEEKS);
    const baselineWeeks = hasContactTargets(targets)
      ? await readImprovementWeeks(client, { ...baseline, ...targets })
      : [];
    const id = await insertImprovement(
      client,
      {
        title: body.title,
        problem: body.problem,
        ownerUnitId: body.ownerUnitId,
        status,
        dueOn: body.dueOn ?? null,
        notes: body.notes ?? '',
        ...targets,
        baselineFrom: baseline.from,
        baselineTo: baseline.to,
        baselineWeeks,
        implementedOn: status === 'done' ? (body.implementedOn ?? null) : null,
        cycleWeeks: body.cycle?.weeks ?? null,
        cycleStartsOn: body.cycle?.startsOn ?? null,
        source: sourceInvitationId
          ? 'department_answer'
          : body.sourceSignalId
            ? 'signal'
            : body.source === 'fix_first'
              ? 'fix_first'
              : 'board',
        sourceSignalId: body.sourceSignalId ?? null,
        sourceInvitationId,
        surveyMeasure: body.survey?.measure ?? null,
        surveyScope: body.survey?.scope.toLowerCase() ?? null,
      },
      actor.userId,
    );
    // Figures and ids only: the texts are in the row.
    await audit(client, actor, 'improvement.created', id, {
      status,
      ownerUnitId: body.ownerUnitId,
      targets,
      baseline,
    });
    return evaluate(client, (await readImprovement(client, id))!, today);
  });
}

export async function changeImprovement({
  db,
  actor,
  id,
  body,
  now = new Date(),
}: Options & { id: string; body: ChangeImprovementBody }): Promise<ImprovementEvaluation> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const before = await readImprovement(client, id);
    if (!before) throw notFound();
    const errors = textErrors(body);
    if (body.ownerUnitId !== undefined && !(await existsUnit(client, body.ownerUnitId)))
      errors.push({ pointer: '/body/ownerUnitId', code: 'unit_unknown' });
    if (body.implementedOn !== undefined && before.implementedOn === null)
      errors.push({ pointer: '/body/implementedOn', code: 'implemented_on_only_when_done' });
    if (errors.length > 0) throw badRequest('validation_failed', errors);
    const changes: ImprovementChanges = {
      title: body.title,
      problem: body.problem,
      ownerUnitId: body.ownerUnitId,
      dueOn: body.dueOn,
      notes: body.notes,
      implementedOn: body.implementedOn,
      ...(body.cycle !== undefined && {
        cycleWeeks: body.cycle?.weeks ?? null,
        cycleStartsOn: body.cycle?.startsOn ?? null,
      }),
    };
    await updateImprovement(client, id, changes, actor.userId);
    await audit(client, actor, 'improvement.updated', id, { changed: Object.keys(body) });
    return evaluate(client, (await readImprovement(client, id))!, calendarDayOf(now));
  });
}

/**
 * A move on the board. Moving to done records the day the change took effect (given, or today);
 * moving back from done or evaluated to an earlier column clears it, since the change is not in
 * effect any more.
 */
export async function moveImprovement({
  db,
  actor,
  id,
  body,
  now = new Date(),
}: Options & { id: string; body: MoveImprovementBody }): Promise<ImprovementEvaluation> {
  const today = calendarDayOf(now);
  return withTenantClient(db, actor.tenantId, async (client) => {
    const before = await readImprovement(client, id);
    if (!before) throw notFound();
    const to: ImprovementStatus = body.status;
    const refusal = moveRefusal(before.status, to);
    if (refusal) throw badRequest('validation_failed', [{ pointer: '/body/status', code: refusal }]);
    const isDone = to === 'done' || to === 'evaluated';
    const implementedOn = isDone ? (body.implementedOn ?? before.implementedOn ?? today) : null;
    if (body.implementedOn !== undefined && !isDone)
      throw badRequest('validation_failed', [
        { pointer: '/body/implementedOn', code: 'implemented_on_only_when_done' },
      ]);
    await updateImprovement(client, id, { status: to, implementedOn }, actor.userId);
    await audit(client, actor, 'improvement.moved', id, { from: before.status, to, implementedOn });
    return evaluate(client, (await readImprovement(client, id))!, today);
  });
}
