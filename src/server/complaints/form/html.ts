/**
 * The public e-form at /s/<key> (issue #17): HTML made on the server without JavaScript, like the
 * survey answer page, mobile first. Swedish unless the browser prefers English, with a link to
 * the other language. After a server round trip with errors, every value typed is back in its
 * field, an error summary lists them, each field names its own error (aria-describedby) and the
 * first invalid field has autofocus.
 */
import { COMPLAINT_TYPE_NAMES, COMPLAINT_TYPES } from '../../../core/complaints/complaints.js';
import { escapeHtml as e } from '../../http/escape-html.js';
import type { Locale } from '../../http/locale.js';
import { MAX_BODY } from '../schema.js';
import type { CategoryRow } from '../queries/settings.js';
import type { FieldName, FormErrorCode, FormErrors, FormFields } from './submit-form.js';

const TEXTS = {
  sv: {
    title: 'Lämna en synpunkt',
    intro: 'Berätta vad du tycker om kommunens service: klagomål, beröm, förslag eller en fråga. Du kan vara anonym.',
    type: 'Vad vill du lämna?',
    category: 'Vad handlar det om?',
    noCategory: 'Vet inte eller annat',
    body: 'Din synpunkt',
    bodyHint: `Beskriv vad som hände och var. Skriv inte personnummer. Högst ${MAX_BODY} tecken.`,
    contactLegend: 'Dina kontaktuppgifter (frivilligt)',
    contactHint: 'Lämnar du inga kontaktuppgifter är du anonym, och då kan vi inte svara dig.',
    name: 'Namn',
    email: 'E-postadress',
    phone: 'Telefonnummer',
    wantsAnswer: 'Jag vill ha svar',
    send: 'Skicka',
    optional: 'frivilligt',
    errorSummary: 'Rätta följande innan du skickar',
    receiptTitle: 'Tack för din synpunkt!',
    receiptNumber: 'Ditt ärendenummer är',
    receiptAnswer: (day: string) => `Du får svar senast ${day}.`,
    receiptNoAnswer: 'Du har inte bett om svar. Vi läser alla synpunkter och använder dem för att bli bättre.',
    receiptQuote: 'Ange numret om du kontaktar oss om ärendet.',
    another: 'Lämna en synpunkt till',
    notFoundTitle: 'Sidan finns inte',
    notFound: 'Kontrollera adressen.',
    other: 'In English',
    otherLang: 'en',
    honeypot: 'Lämna det här fältet tomt',
  },
  en: {
    title: 'Give feedback',
    intro: "Tell us what you think of the municipality's service: a complaint, praise, a suggestion or a question. You may stay anonymous.",
    type: 'What do you want to give?',
    category: 'What is it about?',
    noCategory: "Don't know or other",
    body: 'Your feedback',
    bodyHint: `Describe what happened and where. Do not write personal identity numbers. At most ${MAX_BODY} characters.`,
    contactLegend: 'Your contact details (optional)',
    contactHint: 'If you give no contact details you are anonymous, and we cannot answer you.',
    name: 'Name',
    email: 'E-mail address',
    phone: 'Phone number',
    wantsAnswer: 'I want an answer',
    send: 'Send',
    optional: 'optional',
    errorSummary: 'Correct the following before you send',
    receiptTitle: 'Thank you for your feedback!',
    receiptNumber: 'Your case number is',
    receiptAnswer: (day: string) => `You will get an answer by ${day}.`,
    receiptNoAnswer: 'You did not ask for an answer. We read all feedback and use it to improve.',
    receiptQuote: 'Quote the number if you contact us about it.',
    another: 'Give more feedback',
    notFoundTitle: 'The page does not exist',
    notFound: 'Check the address.',
    other: 'På svenska',
    otherLang: 'sv',
    honeypot: 'Leave this field empty',
  },
} as const;

const ERRORS: Record<FormErrorCode, { sv: string; en: string }> = {
  type_required: { sv: 'Välj vad du vill lämna.', en: 'Choose what you want to give.' },
  category_unknown: { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' },
  body_required: { sv: 'Skriv din synpunkt.', en: 'Write your feedback.' },
  body_too_long: { sv: `Texten får vara högst ${MAX_BODY} tecken.`, en: `The text may be at most ${MAX_BODY} characters.` },
  name_too_long: { sv: 'Namnet får vara högst 200 tecken.', en: 'The name may be at most 200 characters.' },
  email_invalid: { sv: 'Skriv en e-postadress som namn@exempel.se.', en: 'Write an e-mail address such as name@example.com.' },
  phone_invalid: { sv: 'Skriv ett telefonnummer med siffror, som 08-123 456.', en: 'Write a phone number in digits, such as 08-123 456.' },
  answer_needs_address: {
    sv: 'Ange e-postadress eller telefonnummer om du vill ha svar.',
    en: 'Give an e-mail address or a phone number if you want an answer.',
  },
  too_fast: {
    sv: 'Formuläret skickades väldigt snabbt. Kontrollera uppgifterna och skicka igen.',
    en: 'The form was sent very quickly. Check your details and send again.',
  },
  expired: {
    sv: 'Formuläret hann bli för gammalt. Din text finns kvar: skicka igen.',
    en: 'The form had been open too long. Your text is kept: send again.',
  },
  forged: {
    sv: 'Formuläret kunde inte tas emot. Din text finns kvar: skicka igen.',
    en: 'The form could not be received. Your text is kept: send again.',
  },
};

export const errorText = (code: FormErrorCode, locale: Locale) => ERRORS[code][locale];

/** Field order on the page: the first invalid one gets autofocus. */
const ORDER: FieldName[] = ['type', 'category', 'body', 'name', 'email', 'phone', 'wantsAnswer', 'form'];

const FIELD_ID: Record<FieldName, string> = {
  type: 'type-complaint',
  category: 'category-none',
  body: 'body',
  name: 'name',
  email: 'email',
  phone: 'phone',
  wantsAnswer: 'wants-answer',
  form: 'body',
};

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
<link rel="stylesheet" href="/s/form.css">
</head>
<body>
<main>
${other}
${body}
</main>
</body>
</html>`;
}

export interface FormPage {
  locale: Locale;
  action: string;
  otherHref: string;
  categories: readonly CategoryRow[];
  token: string;
  fields: FormFields;
  errors: FormErrors;
}

export function formPage(p: FormPage): string {
  const t = TEXTS[p.locale];
  const first = ORDER.find((name) => p.errors[name] !== undefined);
  const focus = (name: FieldName) => (first === name || (first === 'form' && name === 'body') ? ' autofocus' : '');
  const err = (name: FieldName) => {
    const code = p.errors[name];
    return code ? `<p class="error" id="${name}-error">${e(errorText(code, p.locale))}</p>` : '';
  };
  const described = (name: FieldName, hint?: string) => {
    const ids = [hint, p.errors[name] ? `${name}-error` : undefined].filter(Boolean);
    return ids.length > 0 ? ` aria-describedby="${ids.join(' ')}"` : '';
  };
  const invalid = (name: FieldName) => (p.errors[name] ? ' aria-invalid="true"' : '');
  const summary =
    first === undefined
      ? ''
      : `<div class="summary" role="alert"><h2>${e(t.errorSummary)}</h2><ul>${ORDER.filter((n) => p.errors[n])
          .map((n) => `<li><a href="#${FIELD_ID[n]}">${e(errorText(p.errors[n]!, p.locale))}</a></li>`)
          .join('')}</ul></div>`;
  const f = p.fields;
  const radio = (name: 'type' | 'category', value: string, id: string, label: string, index: number) =>
    `<label class="option"><input type="radio" id="${id}" name="${name}" value="${e(value)}"${
      f[name] === value ? ' checked' : ''
    }${index === 0 ? focus(name) : ''}${described(name)}> <span>${e(label)}</span></label>`;
  const types = COMPLAINT_TYPES.map((type, i) => radio('type', type, `type-${type.replace('_', '-')}`, COMPLAINT_TYPE_NAMES[type][p.locale], i)).join('');
  const categories = [
    radio('category', '', 'category-none', t.noCategory, 0),
    ...p.categories.map((c, i) => radio('category', c.key, `category-${c.key.replaceAll('_', '-')}`, p.locale === 'en' ? c.en : c.sv, i + 1)),
  ].join('');
  const input = (name: 'name' | 'email' | 'phone', type: string, autocomplete: string, max: number) =>
    `<label for="${name}">${e(t[name])}</label>${err(name)}<input id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" maxlength="${max}" value="${e(f[name])}"${focus(name)}${invalid(name)}${described(name)}>`;
  return layout(
    p.locale,
    t.title,
    `<h1>${e(t.title)}</h1>
<p>${e(t.intro)}</p>
${summary}
<form method="post" action="${e(p.action)}" novalidate>
<input type="hidden" name="token" value="${e(p.token)}">
${err('form')}
<fieldset><legend class="question">${e(t.type)}</legend>${err('type')}<div class="options">${types}</div></fieldset>
<fieldset><legend class="question">${e(t.category)} <span class="optional">(${e(t.optional)})</span></legend>${err('category')}<div class="options">${categories}</div></fieldset>
<label for="body" class="question">${e(t.body)}</label>
<p class="hint" id="body-hint">${e(t.bodyHint)}</p>${err('body')}
<textarea id="body" name="body" rows="8" maxlength="${MAX_BODY}"${focus('body')}${invalid('body')}${described('body', 'body-hint')}>${e(f.body)}</textarea>
<fieldset><legend class="question">${e(t.contactLegend)}</legend>
<p class="hint">${e(t.contactHint)}</p>
${input('name', 'text', 'name', 200)}
${input('email', 'email', 'email', 254)}
${input('phone', 'tel', 'tel', 40)}
${err('wantsAnswer')}<label class="option"><input type="checkbox" id="wants-answer" name="wantsAnswer" value="1"${f.wantsAnswer ? ' checked' : ''}${focus('wantsAnswer')}${described('wantsAnswer')}> <span>${e(t.wantsAnswer)}</span></label>
</fieldset>
<div class="trap" aria-hidden="true"><label for="website">${e(t.honeypot)}</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<div class="actions"><button type="submit">${e(t.send)}</button></div>
</form>`,
    p.otherHref,
  );
}

export function receiptPage(
  locale: Locale,
  receipt: { registrationNumber: string; wantsAnswer: boolean; answerBy: string },
  formHref: string,
  otherHref: string,
): string {
  const t = TEXTS[locale];
  return layout(
    locale,
    `${t.receiptTitle} ${receipt.registrationNumber}`,
    `<h1>${e(t.receiptTitle)}</h1>
<p>${e(t.receiptNumber)} <strong class="number">${e(receipt.registrationNumber)}</strong>.</p>
<p>${e(receipt.wantsAnswer ? t.receiptAnswer(receipt.answerBy) : t.receiptNoAnswer)}</p>
<p>${e(t.receiptQuote)}</p>
<p><a href="${e(formHref)}">${e(t.another)}</a></p>`,
    otherHref,
  );
}

export function notFoundPage(locale: Locale): string {
  const t = TEXTS[locale];
  return layout(locale, t.notFoundTitle, `<h1>${e(t.notFoundTitle)}</h1><p>${e(t.notFound)}</p>`, null);
}

/** The survey page's sheet plus the form's inputs, the error summary and the honeypot kept off screen. */
export const FORM_CSS = `input[type=text],input[type=email],input[type=tel]{display:block;width:100%;font:inherit;min-height:3rem;padding:.5rem;border:2px solid #595959;border-radius:.5rem;margin-bottom:.75rem}
input:focus{outline:3px solid #0b5cad;outline-offset:2px}
label[for]{display:block;font-weight:600;margin-top:.5rem}
label.option{font-weight:400}
fieldset{margin-top:1.25rem}
.summary{border:3px solid #b3261e;padding:.5rem 1rem;margin:1rem 0}
.summary h2{font-size:1.125rem;margin:.25rem 0}
p.error{color:#b3261e;font-weight:600;margin:.25rem 0}
[aria-invalid=true]{border-color:#b3261e}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.number{font-size:1.25rem}
`;
