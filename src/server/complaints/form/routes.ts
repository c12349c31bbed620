/**
 * The public e-form (issue #17): GET /s/<key> shows it (key: the municipality code or the tenant
 * id), POST stores a synpunkt and sends the browser to its receipt (303), or shows the form again
 * with the errors and everything typed. Spam without third parties: a honeypot field, the signed
 * token's time check, and a rate limit per client address. Pages, not API: hidden from OpenAPI.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ANSWER_CSS } from '../../surveys/answer-page/html.js';
import { localeFromHeader, type Locale } from '../../http/locale.js';
import { Problem } from '../../http/problem.js';
import { createMailer, type Mailer } from '../../signals/mailer.js';
import { FORM_CSS, formPage, notFoundPage, receiptPage } from './html.js';
import { EMPTY_FIELDS, openForm, receiptOf, submitForm, type FormFields } from './submit-form.js';

/** Sending the form is rare: a flood of POSTs from one address is refused (429). */
export const FORM_POST_RATE_LIMIT = { max: 10, timeWindow: 60_000 };
export const FORM_PAGE_RATE_LIMIT = { max: 120, timeWindow: 60_000 };

interface Query {
  lang?: string;
}

function localeOf(request: FastifyRequest<{ Querystring: Query }>, form?: URLSearchParams): Locale {
  const lang = form?.get('lang') ?? request.query.lang;
  return lang === 'en' || lang === 'sv' ? lang : localeFromHeader(request.headers['accept-language']);
}

function href(key: string, locale: Locale, suffix = ''): string {
  return `/s/${encodeURIComponent(key)}${suffix}${locale === 'en' ? '?lang=en' : ''}`;
}

function other(key: string, locale: Locale, suffix = ''): string {
  return `/s/${encodeURIComponent(key)}${suffix}?lang=${locale === 'sv' ? 'en' : 'sv'}`;
}

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('x-robots-tag', 'noindex')
    .send(html);
}

function notFound(reply: FastifyReply, locale: Locale, error: unknown): FastifyReply {
  if (error instanceof Problem && error.status === 404) return send(reply, 404, notFoundPage(locale));
  throw error;
}

function fieldsOf(form: URLSearchParams): FormFields {
  const text = (name: string) => (form.get(name) ?? '').replace(/\r\n/g, '\n');
  return {
    type: text('type'),
    category: text('category'),
    body: text('body'),
    wantsAnswer: form.get('wantsAnswer') === '1',
    name: text('name').trim(),
    email: text('email').trim(),
    phone: text('phone').trim(),
  };
}

export const complaintFormRoutes: FastifyPluginAsync = async (app) => {
  let mailer: Mailer | null | undefined;
  const mailerOf = () => (mailer === undefined ? (mailer = createMailer(app.lotsConfig)) : mailer);
  app.addHook('onClose', () => mailer?.close());

  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 65_536 },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );

  app.get('/s/form.css', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(ANSWER_CSS + FORM_CSS),
  );

  app.get<{ Params: { key: string }; Querystring: Query }>(
    '/s/:key',
    { config: { rateLimit: FORM_PAGE_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const locale = localeOf(request);
      const { key } = request.params;
      try {
        const context = await openForm(app.db, key);
        return send(
          reply,
          200,
          formPage({
            locale,
            action: href(key, locale),
            otherHref: other(key, locale),
            categories: context.categories,
            token: context.token,
            fields: EMPTY_FIELDS,
            errors: {},
          }),
        );
      } catch (error) {
        return notFound(reply, locale, error);
      }
    },
  );

  app.post<{ Params: { key: string }; Querystring: Query; Body: URLSearchParams }>(
    '/s/:key',
    { config: { rateLimit: FORM_POST_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      const locale = localeOf(request);
      const { key } = request.params;
      // The honeypot: people do not see the field; a bot that fills it gets a plain refusal.
      if ((form.get('website') ?? '') !== '') return send(reply, 400, notFoundPage(locale));
      const fields = fieldsOf(form);
      try {
        const result = await submitForm({
          db: app.db,
          key,
          fields,
          token: form.get('token') ?? '',
          locale,
          mailer: mailerOf(),
        });
        if (result.kind === 'registered')
          return reply.redirect(href(key, locale, `/receipt/${result.nonce}`), 303);
        return send(
          reply,
          422,
          formPage({
            locale,
            action: href(key, locale),
            otherHref: other(key, locale),
            categories: result.context.categories,
            token: result.context.token,
            fields,
            errors: result.errors,
          }),
        );
      } catch (error) {
        return notFound(reply, locale, error);
      }
    },
  );

  app.get<{ Params: { key: string; nonce: string }; Querystring: Query }>(
    '/s/:key/receipt/:nonce',
    { config: { rateLimit: FORM_PAGE_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const locale = localeOf(request);
      const { key, nonce } = request.params;
      try {
        const receipt = await receiptOf(app.db, key, nonce);
        return send(reply, 200, receiptPage(locale, receipt, href(key, locale), other(key, locale, `/receipt/${nonce}`)));
      } catch (error) {
        return notFound(reply, locale, error);
      }
    },
  );
};
