/**
 * The answer page at /e/<token> (issue #15): plain HTML forms, one question a page.
 *
 * - GET shows the question asked in `?q=`, else the first question asked and not yet answered,
 *   else the thanks page. `?v=` pre-selects an answer (the grade clicked in the invitation mail)
 *   without storing it: mail security scanners open every link in a message, and an answer
 *   stored on GET would be theirs, not the citizen's (the reason RFC 8058 makes one-click
 *   unsubscribe a POST). One tap on "Nästa" stores it.
 * - POST stores the answer (or skips an optional question) and sends the browser on (303).
 * - A link that does not exist is a kind 404 page, an expired one a kind 410 page, a wrong answer
 *   the same question again with the error, never a bare error.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { isAsked, type AnswerValue, type Question } from '../../../core/surveys/questions.js';
import { FIELD_MESSAGES } from '../../http/messages.js';
import { localeFromHeader, type Locale } from '../../http/locale.js';
import { Problem } from '../../http/problem.js';
import { answerQuestion, openLink, type OpenedLink } from '../answer-survey.js';
import { ANSWER_CSS, messagePage, pageTexts, questionPage, thanksPage } from './html.js';

/** A citizen answering sends a few answers a minute; a flood from one address is refused (429). */
export const PUBLIC_RATE_LIMIT = { max: 120, timeWindow: 60_000 };

interface PageQuery {
  q?: string;
  v?: string;
  lang?: string;
  done?: string;
}

function localeOf(request: FastifyRequest<{ Querystring: PageQuery }>): Locale {
  const lang = request.query.lang;
  return lang === 'en' || lang === 'sv' ? lang : localeFromHeader(request.headers['accept-language']);
}

function href(token: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
  const text = search.toString();
  return `/e/${token}${text ? `?${text}` : ''}`;
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

function problemPage(reply: FastifyReply, locale: Locale, error: unknown): FastifyReply {
  if (error instanceof Problem && error.code === 'survey_link_expired')
    return send(reply, 410, messagePage(locale, 'expired'));
  if (error instanceof Problem && error.code === 'survey_link_unknown')
    return send(reply, 404, messagePage(locale, 'unknown'));
  throw error;
}

const askedOf = (link: OpenedLink): Question[] =>
  link.definition.questions.filter((q) => isAsked(q, link.answers));

/** The pre-selected value of `?v=` for the question, when it is one of its answers. */
function prefill(question: Question, v: string | undefined): AnswerValue | undefined {
  if (v === undefined) return undefined;
  if (question.kind === 'scale5' || question.kind === 'nps')
    return /^\d{1,2}$/.test(v) ? Number(v) : undefined;
  return question.kind === 'yes_no' || question.kind === 'one_choice' ? v : undefined;
}

function render(
  token: string,
  locale: Locale,
  link: OpenedLink,
  question: Question,
  value: AnswerValue | undefined,
  error: string | null,
): string {
  const asked = askedOf(link);
  const index = asked.findIndex((q) => q.key === question.key);
  const lang = locale === 'sv' ? undefined : locale;
  const previous = index > 0 ? asked[index - 1] : undefined;
  const name = locale === 'en' && link.name.en ? link.name.en : link.name.sv;
  return questionPage({
    locale,
    surveyName: name,
    question,
    number: index + 1,
    of: asked.length,
    value,
    action: href(token, { lang }),
    backHref: previous ? href(token, { q: previous.key, lang }) : null,
    otherHref: href(token, { q: question.key, lang: locale === 'sv' ? 'en' : 'sv' }),
    error,
  });
}

/** The form's value for the question: a number for scales, a list for several choices, else text. */
function formValue(question: Question, raw: string[]): AnswerValue | null {
  if (raw.length === 0) return null;
  if (question.kind === 'many_choices') return raw;
  if (question.kind === 'text' && raw[0]!.trim() === '') return null;
  const [first] = raw as [string];
  if (question.kind === 'scale5' || question.kind === 'nps')
    return /^-?\d+$/.test(first) ? Number(first) : first;
  return first;
}

export const surveyPageRoutes: FastifyPluginAsync = async (app) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 16_384 },
    (_request, body, done) => done(null, new URLSearchParams(body as string)),
  );

  // Pages, not API: not in the OpenAPI document (which describes JSON routes and problem+json).
  app.get('/e/answer.css', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(ANSWER_CSS),
  );

  app.get<{ Params: { token: string }; Querystring: PageQuery }>(
    '/e/:token',
    { config: { rateLimit: PUBLIC_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const locale = localeOf(request);
      const { token } = request.params;
      let link: OpenedLink;
      try {
        link = await openLink(app.db, token);
      } catch (error) {
        return problemPage(reply, locale, error);
      }
      const asked = askedOf(link);
      const lang = locale === 'sv' ? undefined : locale;
      const chosen = request.query.q === undefined ? undefined : asked.find((q) => q.key === request.query.q);
      const next = chosen ?? (request.query.done ? undefined : asked.find((q) => !link.answers.has(q.key)));
      if (!next) {
        const name = locale === 'en' && link.name.en ? link.name.en : link.name.sv;
        return send(
          reply,
          200,
          thanksPage(
            locale,
            name,
            href(token, { q: asked[0]?.key, lang }),
            href(token, { done: '1', lang: locale === 'sv' ? 'en' : 'sv' }),
          ),
        );
      }
      const value = link.answers.get(next.key) ?? prefill(next, request.query.v);
      return send(reply, 200, render(token, locale, link, next, value, null));
    },
  );

  app.post<{ Params: { token: string }; Querystring: PageQuery; Body: URLSearchParams }>(
    '/e/:token',
    { config: { rateLimit: PUBLIC_RATE_LIMIT }, schema: { hide: true } },
    async (request, reply) => {
      const locale = localeOf(request);
      const { token } = request.params;
      const lang = locale === 'sv' ? undefined : locale;
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams();
      let link: OpenedLink;
      try {
        link = await openLink(app.db, token);
      } catch (error) {
        return problemPage(reply, locale, error);
      }
      const question = askedOf(link).find((q) => q.key === form.get('question'));
      if (!question) return reply.redirect(href(token, { lang }), 303);
      const raw = form.getAll('value');
      const value = formValue(question, raw);
      if (value === null) {
        if (form.get('skip') && !question.required)
          return reply.redirect(afterHref(token, link, question, lang), 303);
        return send(
          reply,
          400,
          render(token, locale, link, question, undefined, pageTexts(locale).chooseOne),
        );
      }
      try {
        link = await answerQuestion(app.db, token, question.key, value);
      } catch (error) {
        if (error instanceof Problem && error.status === 400) {
          const code = error.fieldErrors[0]?.code;
          const message =
            code && code in FIELD_MESSAGES
              ? FIELD_MESSAGES[code as keyof typeof FIELD_MESSAGES][locale].replace('{max}', '2000')
              : pageTexts(locale).chooseOne;
          return send(reply, 400, render(token, locale, link, question, undefined, message));
        }
        return problemPage(reply, locale, error);
      }
      return reply.redirect(afterHref(token, link, question, lang), 303);
    },
  );
};

/** Where to go after a question: the next question asked without an answer, else the thanks page. */
function afterHref(token: string, link: OpenedLink, current: Question, lang: string | undefined): string {
  const asked = askedOf(link);
  const from = asked.findIndex((q) => q.key === current.key);
  const next = asked.slice(from + 1).find((q) => !link.answers.has(q.key));
  return next ? href(token, { q: next.key, lang }) : href(token, { done: '1', lang });
}
