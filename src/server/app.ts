/**
 * The HTTP application: API under /api (JSON, problem+json errors, OpenAPI at /api/docs) and the
 * built single-page app for every other path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database.js';
import type { Config } from './config.js';
import { registerAccessControl } from './http/access.js';
import { registerErrorHandling, sendProblem } from './http/error-handler.js';
import { Problem } from './http/problem.js';
import { validatorCompiler } from './http/zod-field-error.js';
import { authRoutes } from './auth/routes.js';
import { healthRoutes } from './health/routes.js';
import { featureRoutes } from './features.js';

export interface AppOptions {
  db: Database;
  config: Pick<
    Config,
    | 'trustProxy'
    | 'cookieSecure'
    | 'loginRateLimit'
    | 'webRoot'
    | 'chromiumPath'
    | 'smtpUrl'
    | 'mailFrom'
    | 'publicUrl'
    | 'signalsMinimumN'
  >;
  logger: FastifyBaseLogger | false;
}

export const BODY_LIMIT_BYTES = 1024 * 1024;

const DOCS_CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;" +
  "font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    lotsConfig: AppOptions['config'];
  }
}

export async function buildApp({ db, config, logger }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // Fastify's own request lines would log the raw URL; app.ts logs the route pattern instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: config.trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    // Ids in logs come from us, never from a client header.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('lotsConfig', config);
  registerErrorHandling(app);

  // Only the route pattern is logged, never the path or query, which can carry personal data.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerAccessControl(app, db);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lots API',
        description:
          'Measuring and improving citizen service in a municipal contact centre. Errors are application/problem+json (RFC 9457).',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'lots_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
          // Integrations (accounts of other systems): routes with a permission the integration holds.
          bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'lots_<tenant id>.<secret>' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { validatorUrl: null } });
  // Swagger UI sets inline styles from its scripts; its pages alone may use inline styles (never scripts).
  app.addHook('onSend', async (request, reply) => {
    if (request.routeOptions.url?.startsWith('/api/docs')) reply.header('content-security-policy', DOCS_CSP);
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  for (const plugin of featureRoutes) await app.register(plugin);

  const indexHtml = path.join(config.webRoot, 'index.html');
  const hasWeb = existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webRoot,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        if (filePath.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && hasWeb;
    if (isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return sendProblem(request, reply, new Problem(404, 'not_found'));
  });
  return app;
}
