import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { buildChart } from './build-chart.js';
import { goalStatus } from './goal-status.js';
import { changeGoal, createGoal, listGoalsOf, removeGoal } from './manage-goals.js';
import { presentBaseline, presentGoal } from './presenter.js';
import {
  BaselineBody,
  BaselineJson,
  BaselineListJson,
  BaselinesQuery,
  ChangeGoalBody,
  ChartJson,
  ChartQuery,
  CreateGoalBody,
  GoalJson,
  GoalListJson,
  GoalsQuery,
  GoalStatusJson,
  IdParams,
  StatusQuery,
} from './schema.js';
import { listChartBaselines, setBaseline } from './set-baseline.js';

const GOALS = 'Goals: docs/metrics.md, "Goals and control charts". Shares are fractions 0..1, times seconds.';

export const goalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/goals',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['goals'],
        summary: 'The goals (archived ones with includeArchived=true)',
        description: GOALS,
        querystring: GoalsQuery,
        response: { 200: GoalListJson },
      },
    },
    async (request) => ({
      goals: (
        await listGoalsOf({
          db: app.db,
          actor: actorOf(request),
          includeArchived: request.query.includeArchived,
        })
      ).map(presentGoal),
    }),
  );

  app.post(
    '/api/goals',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['goals'],
        summary: 'Create a goal',
        description: `${GOALS} A capacity measure (a count or a time) can be a goal only in the area accessible.`,
        body: CreateGoalBody,
        response: { 201: GoalJson },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentGoal(await createGoal({ db: app.db, actor: actorOf(request), body: request.body }))),
  );

  app.get(
    '/api/goals/status',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['goals'],
        summary: 'Where we are: each goal valid on the day, judged on its period so far',
        description: `${GOALS} met, missed, or not_enough_data below the goal's minimum n.`,
        querystring: StatusQuery,
        response: { 200: GoalStatusJson },
      },
    },
    async (request) => {
      const status = await goalStatus({
        db: app.db,
        actor: actorOf(request),
        day: request.query.day,
        lastComplete: true,
      });
      return { day: status.day, goals: status.goals.map((g) => ({ ...g, goal: presentGoal(g.goal) })) };
    },
  );

  app.patch(
    '/api/goals/:id',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['goals'],
        summary: 'Change a goal (its measure and scope stay)',
        params: IdParams,
        body: ChangeGoalBody,
        response: { 200: GoalJson },
      },
    },
    async (request) =>
      presentGoal(
        await changeGoal({ db: app.db, actor: actorOf(request), id: request.params.id, body: request.body }),
      ),
  );

  app.delete(
    '/api/goals/:id',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['goals'],
        summary: 'Archive a goal (kept, no longer shown or judged)',
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeGoal({ db: app.db, actor: actorOf(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/charts',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['goals'],
        summary:
          'A measure’s control chart: XmR for counts and times, p-chart for shares, X-bar for a survey’s index or mean',
        description:
          'Per day from..to (at most 1,100 days; per ISO week for a survey measure): the value, its limits from the baseline that governs it, and the ' +
          'rules that fired. Closed days, days not yet over and days without data are skipped. Without a baseline ' +
          'the chart has points only. ' +
          GOALS,
        querystring: ChartQuery,
        response: { 200: ChartJson },
      },
    },
    async (request) => buildChart({ db: app.db, actor: actorOf(request), ...request.query }),
  );

  app.get(
    '/api/charts/baselines',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['goals'],
        summary: 'The charts’ baselines (of one chart with measure and scope)',
        querystring: BaselinesQuery,
        response: { 200: BaselineListJson },
      },
    },
    async (request) => ({
      baselines: (await listChartBaselines({ db: app.db, actor: actorOf(request), ...request.query })).map(
        presentBaseline,
      ),
    }),
  );

  app.post(
    '/api/charts/baselines',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['goals'],
        summary: 'Set a new baseline: the chart’s limits from these days, from their start on',
        description:
          'The limits change from the baseline’s start; earlier days keep the limits they had. A baseline is set ' +
          'once and never changed. 409 when the chart has a baseline starting the same day.',
        body: BaselineBody,
        response: { 201: BaselineJson },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          presentBaseline(await setBaseline({ db: app.db, actor: actorOf(request), body: request.body })),
        ),
  );
};
