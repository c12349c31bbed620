/** The API's feature route plugins, in one list so that app.ts stays the same as features grow. */
import type { FastifyPluginAsync } from 'fastify';

export const featureRoutes: FastifyPluginAsync[] = [];
