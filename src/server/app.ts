/**
 * The HTTP application: API under /api (JSON, problem+json errors, OpenAPI at /api/docs) and the
 * built single-page app for every other path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import applySecurityHeaders, { type HelmetOptions } from 'helmet';
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
import { LoginLimits } from './auth/login-limits.js';
import { healthRoutes } from './health/routes.js';
import { featureRoutes } from './features.js';

export interface AppOptions {
  db: Database;
  config: Pick<
    Config,
    | 'trustProxy'
    | 'cookieSecure'
    | 'loginRateLimit'
    | 'loginAccountFailureLimit'
    | 'loginGlobalFailureLimit'
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

/** helmet's options for every response, including errors raised before any route runs. */
const SECURITY_HEADERS = {
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
  strictTransportSecurity: false,
} as const satisfies HelmetOptions;

const HSTS = 'max-age=31536000; includeSubDomains';

const DOCS_CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;" +
  "font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
    lotsConfig: AppOptions['config'];
    loginLimits: LoginLimits;
  }
}

export async function buildApp({ db, config, logger }: AppOptions): Promise<FastifyInstance> {
  const { trustProxy } = config;
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    // Fastify's own request lines would log the raw URL; app.ts logs the route pattern instead.
    logController: new LogController({ disableRequestLogging: true }),
    // A number of hops as proxy-addr's trust function: the peer and the next hops-1 addresses from
    // the right of X-Forwarded-For are proxies; the address before them is the client's.
    trustProxy:
      typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
    // Ids in logs come from us, never from a client header.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    // A URL the router cannot decode (FST_ERR_BAD_URL, e.g. overlong UTF-8 like %c0%ae) or with an
    // over-long parameter is answered before any hook runs: as problem+json with the same security
    // headers as every other answer, and without echoing the URL (issue #11).
    frameworkErrors: (error, request, reply) => {
      const problem = new Problem(400, error.code === 'FST_ERR_BAD_URL' ? 'bad_url' : 'validation_failed');
      applySecurityHeaders(SECURITY_HEADERS)(request.raw, reply.raw, () => {
        if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
        void sendProblem(request, reply, problem);
      });
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('lotsConfig', config);
  app.decorate(
    'loginLimits',
    new LoginLimits({
      accountFailureLimit: config.loginAccountFailureLimit,
      globalFailureLimit: config.loginGlobalFailureLimit,
    }),
  );
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

  // Answers of 1 kB or more go compressed, brotli or gzip as the client accepts (issue #14.6); the
  // web app's files are compressed once at build time (scripts/build.mjs) and sent as they are.
  // Request bodies are never inflated: a small body must not grow into a large one in the server.
  app.addHook('onRoute', (route) => {
    route.decompress = false;
  });
  await app.register(compress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(helmet, SECURITY_HEADERS);
  // HSTS only over HTTPS (RFC 6797 section 7.2: a host must not send it over plain HTTP).
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });
  // A route that takes a file declares the media types it reads (`consumes`); anything else is a
  // 415 before the body is read, so a JSON body never reaches a file reader (issue #11).
  app.addHook('preParsing', (request, _reply, payload, done) => {
    const consumes = request.routeOptions.schema?.consumes;
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (consumes && !consumes.includes(mediaType)) done(new Problem(415, 'unsupported_media_type'));
    else done(null, payload);
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
      // index.html.br, assets/x.js.gz...: written by the build beside each file.
      preCompressed: true,
      // Hashed assets are kept a year; anything else (the page, which names the current assets)
      // is asked for again on each visit.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.header(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api') && hasWeb;
    if (isPage) return reply.sendFile('index.html');
    return sendProblem(request, reply, new Problem(404, 'not_found'));
  });
  return app;
}
