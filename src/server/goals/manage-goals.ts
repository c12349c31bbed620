/**
 * Goals: list, create, change and archive (never delete). Each goal is checked against core's
 * rules (signals/measures.ts, goalRefusals: capacity measures only in the area 'accessible', the
 * target's range per unit, the validity), and the migration's CHECK constraints repeat them.
 * Every change writes an audit event in its own transaction.
 */
import type { Actor } from '../../core/auth/roles.js';
import {
  defaultDirection,
  formatMeasureScope,
  goalRefusals,
  parseMeasureScope,
  type GoalDraft,
} from '../../core/signals/measures.js';
import type { Database, SqlClient } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { insertAuditEventSql } from '../audit/record-audit-event.js';
import { badRequest, notFound, Problem, type FieldError } from '../http/problem.js';
import { assertMeasureScopeExists } from './measure-scope.js';
import {
  archiveGoal,
  insertGoal,
  isActivePerson,
  listGoals,
  readGoal,
  updateGoal,
  type GoalRow,
  type GoalValues,
} from './queries/goals.js';
import type { ChangeGoalBody, CreateGoalBody } from './schema.js';

interface Options {
  db: Database;
  actor: Actor;
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
    entityType: 'goal',
    entityId: id,
    details,
  });

/** 400 with every field at fault, or nothing: core's rules, the scope's existence and the owner. */
async function assertValid(client: SqlClient, actor: Actor, values: GoalValues): Promise<void> {
  const draft: GoalDraft = { ...values };
  const errors: FieldError[] = goalRefusals(draft).map((r) => ({
    pointer: `/body/${r.field}`,
    code: r.code,
  }));
  const scope = parseMeasureScope(values.scope)!;
  if (scope.kind !== 'all' && !errors.some((e) => e.pointer === '/body/scope')) {
    try {
      await assertMeasureScopeExists(client, scope, actor.tenantId);
    } catch (error) {
      if (!(error instanceof Problem) || error.status !== 404) throw error;
      errors.push({ pointer: '/body/scope', code: 'scope_unknown' });
    }
  }
  if (!(await isActivePerson(client, values.ownerUserId))) {
    errors.push({ pointer: '/body/ownerUserId', code: 'owner_unknown' });
  }
  if (errors.length > 0) throw badRequest('validation_failed', errors);
}

export async function listGoalsOf({ db, actor, includeArchived }: Options & { includeArchived: boolean }) {
  return withTenantClient(db, actor.tenantId, (client) => listGoals(client, includeArchived));
}

export async function createGoal({ db, actor, body }: Options & { body: CreateGoalBody }): Promise<GoalRow> {
  const values: GoalValues = {
    measure: body.measure,
    scope: formatMeasureScope(parseMeasureScope(body.scope)!),
    target: body.target,
    direction: body.direction ?? defaultDirection(body.measure),
    level: body.level,
    area: body.area,
    validFrom: body.validFrom,
    validTo: body.validTo,
    ownerUserId: body.ownerUserId ?? actor.userId,
    minimumN: body.minimumN,
  };
  return withTenantClient(db, actor.tenantId, async (client) => {
    await assertValid(client, actor, values);
    const id = await insertGoal(client, values, actor.userId);
    await audit(client, actor, 'goal.created', id, { ...values });
    return (await readGoal(client, id))!;
  });
}

export async function changeGoal({
  db,
  actor,
  id,
  body,
}: Options & { id: string; body: ChangeGoalBody }): Promise<GoalRow> {
  return withTenantClient(db, actor.tenantId, async (client) => {
    const before = await readGoal(client, id);
    if (!before) throw notFound();
    const values: GoalValues = {
      measure: before.measure,
      scope: before.scope,
      target: body.target ?? before.target,
      direction: body.direction ?? before.direction,
      level: body.level ?? before.level,
      area: body.area ?? before.area,
      validFrom: body.validFrom ?? before.validFrom,
      validTo: body.validTo === undefined ? before.validTo : body.validTo,
      ownerUserId: body.ownerUserId ?? before.ownerUserId,
      minimumN: body.minimumN ?? before.minimumN,
    };
    await assertValid(client, actor, values);
    if (!(await updateGoal(client, id, values, actor.userId))) throw notFound();
    await audit(client, actor, 'goal.updated', id, { changed: Object.keys(body), ...body });
    return (await readGoal(client, id))!;
  });
}

export async function removeGoal({ db, actor, id }: Options & { id: string }): Promise<void> {
  await withTenantClient(db, actor.tenantId, async (client) => {
    if (!(await archiveGoal(client, id, actor.userId))) throw notFound();
    await audit(client, actor, 'goal.archived', id, {});
  });
}
