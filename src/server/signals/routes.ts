import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dayToEvaluate } from '../../core/signals/schedule.js';
import { actorOf } from '../http/access.js';
import { createMailer } from './mailer.js';
import { acknowledge, auditRun, listSignalsOf, setSubscription, subscriptionOf } from './manage-signals.js';
import { presentSignal } from './presenter.js';
import { runSignals } from './run-signals.js';
import {
  AcknowledgementBody,
  IdParams,
  RunBody,
  RunJson,
  SignalJson,
  SignalListJson,
  SignalsQuery,
  SubscriptionJson,
} from './schema.js';

const SIGNALS =
  'Signals: docs/metrics.md, "Goals and control charts". A rule that fired on a chart with a baseline, or a goal ' +
  'missed over a whole period with at least its minimum n.';

const subscriptionJson = (since: Date | null) => ({
  isSubscribed: since !== null,
  since: since?.toISOString() ?? null,
});

export const signalRoutes: FastifyPluginAsyncZod = async (app) => {
  const mailer = createMailer(app.lotsConfig);
  app.addHook('onClose', () => mailer?.close());

  app.get(
    '/api/signals',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['signals'],
        summary: 'The signals: open ones (not yet acknowledged) or all, newest first',
        description: SIGNALS,
        querystring: SignalsQuery,
        response: { 200: SignalListJson },
      },
    },
    async (request) => ({
      signals: (
        await listSignalsOf({ db: app.db, actor: actorOf(request), status: request.query.status })
      ).map(presentSignal),
    }),
  );

  app.post(
    '/api/signals/:id/acknowledgement',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['signals'],
        summary: 'Acknowledge a signal: what was done, or why nothing is needed',
        description: '409 when the signal is acknowledged already.',
        params: IdParams,
        body: AcknowledgementBody,
        response: { 200: SignalJson },
      },
    },
    async (request) =>
      presentSignal(
        await acknowledge({ db: app.db, actor: actorOf(request), id: request.params.id, body: request.body }),
      ),
  );

  app.get(
    '/api/signals/subscription',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['signals'],
        summary: 'Whether I get new signals by e-mail',
        response: { 200: SubscriptionJson },
      },
    },
    async (request) => subscriptionJson(await subscriptionOf({ db: app.db, actor: actorOf(request) })),
  );

  app.put(
    '/api/signals/subscription',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['signals'],
        summary: 'Get new signals by e-mail (to my own address)',
        response: { 200: SubscriptionJson },
      },
    },
    async (request) =>
      subscriptionJson(await setSubscription({ db: app.db, actor: actorOf(request), isSubscribed: true })),
  );

  app.delete(
    '/api/signals/subscription',
    {
      config: { permission: 'goals:read' },
      schema: {
        tags: ['signals'],
        summary: 'Stop getting signals by e-mail',
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await setSubscription({ db: app.db, actor: actorOf(request), isSubscribed: false });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/signals/run',
    {
      config: { permission: 'goals:write' },
      schema: {
        tags: ['signals'],
        summary: 'Evaluate a day now (as the daily job does at 06:00) and e-mail the new signals',
        description: `${SIGNALS} Idempotent: a signal is raised once. Default day: yesterday.`,
        body: RunBody,
        response: { 200: RunJson },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const day = request.body.day ?? dayToEvaluate(new Date());
      const [run] = await runSignals({
        db: app.db,
        day,
        tenantId: actor.tenantId,
        mailer,
        publicUrl: app.lotsConfig.publicUrl,
        minimumN: app.lotsConfig.signalsMinimumN,
      });
      if (run?.error) throw new Error(`signal evaluation failed: ${run.error}`);
      await auditRun({ db: app.db, actor, day, signals: run?.signals.length ?? 0 });
      return { day, signals: (run?.signals ?? []).map(presentSignal), mailed: run?.mailed ?? 0 };
    },
  );
};
