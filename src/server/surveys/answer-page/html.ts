/**
 * The answer page citizens open from an invitation (issue #15): HTML made on the server, one
 * question a page, no JavaScript at all, so it is small and fast on a slow phone and works with
 * any browser, keyboard and screen reader. Swedish unless the browser prefers English, with a
 * link to the other language. Every answer is a plain form post, stored at once.
 */
import type { AnswerValue, Question } from '../../../core/surveys/questions.js';
import type { Locale } from '../../http/locale.js';
import { escapeHtml as e } from '../../http/escape-html.js';

const TEXTS = {
  sv: {
    progress: (n: number, of: number) => `Fråga ${n} av ${of}`,
    next: 'Nästa',
    send: 'Skicka',
    skip: 'Hoppa över',
    back: 'Föregående fråga',
    optional: 'Frivillig',
    thanksTitle: 'Tack för dina svar!',
    thanks: 'Dina svar är sparade. De hjälper oss att göra det enklare att få hjälp av kommunen.',
    change: 'Ändra dina svar',
    other: 'In English',
    otherLang: 'en',
    unknownTitle: 'Länken hittades inte',
    unknown: 'Kontrollera att du fått med hela adressen från meddelandet.',
    expiredTitle: 'Enkäten är stängd',
    expired: 'Länken gäller inte längre. Tack för att du ville svara!',
    errorSummary: 'Svaret kunde inte sparas',
    textHint: 'Skriv inte ditt namn, personnummer eller telefonnummer.',
    yes: 'Ja',
    no: 'Nej',
    chooseOne: 'Välj ett svar.',
    limit: (n: number) => `Högst ${n} tecken.`,
  },
  en: {
    progress: (n: number, of: number) => `Question ${n} of ${of}`,
    next: 'Next',
    send: 'Send',
    skip: 'Skip',
    back: 'Previous question',
    optional: 'Optional',
    thanksTitle: 'Thank you for your answers!',
    thanks: 'Your answers are saved. They help us make it easier to get help from the municipality.',
    change: 'Change your answers',
    other: 'På svenska',
    otherLang: 'sv',
    unknownTitle: 'The link was not found',
    unknown: 'Check that you have the whole address from the message.',
    expiredTitle: 'The survey is closed',
    expired: 'The link is no longer valid. Thank you for wanting to answer!',
    errorSummary: 'The answer could not be saved',
    textHint: 'Do not write your name, personal identity number or phone number.',
    yes: 'Yes',
    no: 'No',
    chooseOne: 'Choose an answer.',
    limit: (n: number) => `At most ${n} characters.`,
  },
} as const;

export type PageTexts = (typeof TEXTS)[Locale];
export const pageTexts = (locale: Locale): PageTexts => TEXTS[locale];

function layout(locale: Locale, title: string, body: string, otherHref: string | null): string {
  const t = TEXTS[locale];
  const other = otherHref
    ? `<p class="lang"><a href="${e(otherHref)}" lang="${t.otherLang}" hreflang="${t.otherLang}">${t.other}</a></p>`
    : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(title)}</title>
<link rel="stylesheet" href="/e/answer.css">
</head>
<body>
<main>
${other}
${body}
</main>
</body>
</html>`;
}

function pick(text: { sv: string; en?: string }, locale: Locale): string {
  return locale === 'en' && text.en ? text.en : text.sv;
}

export function messagePage(locale: Locale, kind: 'unknown' | 'expired'): string {
  const t = TEXTS[locale];
  const [title, text] = kind === 'unknown' ? [t.unknownTitle, t.unknown] : [t.expiredTitle, t.expired];
  return layout(locale, title, `<h1>${e(title)}</h1><p>${e(text)}</p>`, null);
}

export function thanksPage(
  locale: Locale,
  surveyName: string,
  changeHref: string,
  otherHref: string,
): string {
  const t = TEXTS[locale];
  return layout(
    locale,
    `${t.thanksTitle} – ${surveyName}`,
    `<h1>${e(t.thanksTitle)}</h1><p>${e(t.thanks)}</p><p><a href="${e(changeHref)}">${e(t.change)}</a></p>`,
    otherHref,
  );
}

function control(
  question: Question,
  locale: Locale,
  value: AnswerValue | undefined,
  describedBy: string,
): string {
  const t = TEXTS[locale];
  const radio = (key: string, label: string) =>
    `<label class="option"><input type="radio" name="value" value="${e(key)}"${
      String(value) === key ? ' checked' : ''
    }${describedBy}> <span>${e(label)}</span></label>`;
  switch (question.kind) {
    case 'scale5':
    case 'nps': {
      const [low, high] = question.kind === 'scale5' ? [1, 5] : [0, 10];
      const options: string[] = [];
      for (let g = low; g <= high; g += 1) {
        const end = g === low ? question.ends?.low : g === high ? question.ends?.high : undefined;
        options.push(radio(String(g), end ? `${g} – ${pick(end, locale)}` : String(g)));
      }
      return `<div class="options scale${question.kind === 'nps' ? ' nps' : ''}">${options.join('')}</div>`;
    }
    case 'yes_no':
      return `<div class="options">${radio('yes', t.yes)}${radio('no', t.no)}</div>`;
    case 'one_choice':
      return `<div class="options">${(question.choices ?? []).map((c) => radio(c.key, pick(c.label, locale))).join('')}</div>`;
    case 'many_choices': {
      const chosen = Array.isArray(value) ? value : [];
      return `<div class="options">${(question.choices ?? [])
        .map(
          (c) =>
            `<label class="option"><input type="checkbox" name="value" value="${e(c.key)}"${
              chosen.includes(c.key) ? ' checked' : ''
            }${describedBy}> <span>${e(pick(c.label, locale))}</span></label>`,
        )
        .join('')}</div>`;
    }
    case 'text':
      return `<textarea id="answer" name="value" rows="6" maxlength="2000" aria-describedby="hint${
        describedBy ? ' error' : ''
      }">${typeof value === 'string' ? e(value) : ''}</textarea>`;
  }
}

export interface QuestionPage {
  locale: Locale;
  surveyName: string;
  question: Question;
  number: number;
  of: number;
  value: AnswerValue | undefined;
  action: string;
  backHref: string | null;
  otherHref: string;
  error: string | null;
}

export function questionPage(p: QuestionPage): string {
  const t = TEXTS[p.locale];
  const q = p.question;
  const title = pick(q.text, p.locale);
  const errorId = p.error ? ' aria-describedby="error"' : '';
  const error = p.error
    ? `<div class="error" id="error" role="alert"><strong>${e(t.errorSummary)}:</strong> ${e(p.error)}</div>`
    : '';
  const hint = q.kind === 'text' ? `<p class="hint" id="hint">${e(t.textHint)} ${e(t.limit(2000))}</p>` : '';
  const field =
    q.kind === 'text'
      ? `<label for="answer" class="question">${e(title)}${q.required ? '' : ` <span class="optional">(${e(t.optional)})</span>`}</label>${hint}${error}${control(q, p.locale, p.value, errorId)}`
      : `<fieldset><legend class="question">${e(title)}${
          q.required ? '' : ` <span class="optional">(${e(t.optional)})</span>`
        }</legend>${error}${control(q, p.locale, p.value, errorId)}</fieldset>`;
  const last = p.number === p.of;
  const skip = q.required
    ? ''
    : `<button type="submit" name="skip" value="1" class="secondary">${e(t.skip)}</button>`;
  const back = p.backHref ? `<p><a href="${e(p.backHref)}">${e(t.back)}</a></p>` : '';
  return layout(
    p.locale,
    `${title} – ${p.surveyName}`,
    `<h1>${e(p.surveyName)}</h1>
<p class="progress">${e(t.progress(p.number, p.of))}</p>
<form method="post" action="${e(p.action)}">
<input type="hidden" name="question" value="${e(q.key)}">
${field}
<div class="actions"><button type="submit">${e(last ? t.send : t.next)}</button>${skip}</div>
</form>
${back}`,
    p.otherHref,
  );
}

/** The page's whole style sheet: large touch targets (at least 44 px), contrast above 4.5:1, one column. */
export const ANSWER_CSS = `*{box-sizing:border-box}
body{margin:0;font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
main{max-width:36rem;margin:0 auto;padding:1rem}
h1{font-size:1.375rem;margin:.5rem 0}
.progress{color:#4a4a4a;margin:0 0 1rem}
fieldset{border:0;margin:0;padding:0}
.question{display:block;font-weight:600;font-size:1.25rem;margin-bottom:.75rem}
.optional{font-weight:400;color:#4a4a4a}
.options{display:flex;flex-direction:column;gap:.5rem}
.option{display:flex;align-items:center;gap:.75rem;min-height:3rem;padding:.5rem .75rem;border:2px solid #595959;border-radius:.5rem;cursor:pointer}
.option input{width:1.5rem;height:1.5rem;margin:0;flex:none}
.option:focus-within{outline:3px solid #0b5cad;outline-offset:2px}
textarea{width:100%;font:inherit;padding:.5rem;border:2px solid #595959;border-radius:.5rem}
textarea:focus{outline:3px solid #0b5cad;outline-offset:2px}
.hint{color:#4a4a4a;margin:.25rem 0 .5rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.25rem}
button{font:inherit;font-weight:600;min-height:3rem;min-width:8rem;padding:.5rem 1.25rem;border-radius:.5rem;border:2px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b5cad}
button:focus-visible,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}
a{color:#0b5cad}
.lang{text-align:right;margin:0}
.lang a{display:inline-block;min-height:2.75rem;padding:.6rem 0}
.error{border-left:.375rem solid #b3261e;background:#fdf1f0;padding:.5rem .75rem;margin:0 0 .75rem}
@media (min-width:40rem){.scale:not(.nps){flex-direction:row;flex-wrap:wrap}.scale:not(.nps) .option{flex:1 1 6rem}}
`;
