import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withTenant } from '../../db/tenant-context.js';
import { actorOf, sessionOf } from '../http/access.js';
import { Problem } from '../http/problem.js';
import { loginWithPassword } from './login.js';
import { presentSession } from './presenter.js';
import { LocaleBody, LoginBody, SessionResponse } from './schema.js';
import { endSession, resumeSession } from './sessions.js';
import { SESSION_COOKIE } from './session-token.js';
import { updateOwnLocale } from './queries/update-own-locale.js';

/** The session cookie's attributes: the same when it is set and when it is cleared. */
function sessionCookieOptions(request: FastifyRequest) {
  const setting = request.server.lotsConfig.cookieSecure;
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: setting === 'auto' ? request.protocol === 'https' : setting,
  } as const;
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, value: string, expires: Date): void {
  reply.setCookie(SESSION_COOKIE, value, { ...sessionCookieOptions(request), expires });
}

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: app.lotsConfig.loginRateLimit, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail address and password; sets the session cookie',
        body: LoginBody,
        response: { 200: SessionResponse },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      app.loginLimits.assertAllowed(email);
      let created;
      try {
        created = await loginWithPassword({ db: app.db, email, password });
      } catch (error) {
        if (
          error instanceof Problem &&
          (error.code === 'invalid_credentials' || error.code === 'account_locked')
        )
          app.loginLimits.failed(email);
        throw error;
      }
      app.loginLimits.succeeded(email);
      const auth = await resumeSession(app.db, created.cookie);
      if (!auth) throw new Problem(401, 'unauthenticated');
      setSessionCookie(request, reply, created.cookie, created.expiresAt);
      return presentSession(auth.session);
    },
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: 'session' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their tenant and the CSRF token',
        response: { 200: SessionResponse },
      },
    },
    async (request) => presentSession(sessionOf(request)),
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'session' },
      schema: { tags: ['auth'], summary: 'Sign out: ends the session', response: { 204: z.null() } },
    },
    async (request, reply) => {
      await endSession(app.db, request.cookies[SESSION_COOKIE]);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/auth/locale',
    {
      config: { access: 'session' },
      schema: {
        tags: ['auth'],
        summary: "Set the signed-in user's interface language",
        body: LocaleBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      await withTenant(app.db, actor.tenantId, (tx) =>
        updateOwnLocale(tx, actor.userId, request.body.locale),
      );
      return reply.status(204).send(null);
    },
  );
};
