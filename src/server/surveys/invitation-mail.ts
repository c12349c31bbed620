/**
 * The invitation e-mail (issue #15): who asks and why in two sentences, the survey's first
 * question with each grade a link (one click opens the page with that grade chosen; one tap on
 * "Nästa" stores it: see answer-page/routes.ts), the link to the whole survey, how long it is
 * valid, and that not answering is fine. In Swedish, with a line offering English. The mail
 * carries no personal data besides the address it is sent to.
 */
import type { Question, SurveyDefinition } from '../../core/surveys/questions.js';
import { escapeHtml as e } from '../http/escape-html.js';

export interface InvitationMailInput {
  municipality: string;
  definition: SurveyDefinition;
  /** The page's absolute address, https://.../e/<token>. */
  url: string;
  expiresAt: Date;
  reminder: boolean;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const day = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Stockholm',
  }).format(d);

function grades(question: Question): { grade: number; label: string }[] {
  if (question.kind !== 'scale5' && question.kind !== 'nps') return [];
  const [low, high] = question.kind === 'scale5' ? [1, 5] : [0, 10];
  const out: { grade: number; label: string }[] = [];
  for (let g = low; g <= high; g += 1) {
    const end = g === low ? question.ends?.low.sv : g === high ? question.ends?.high.sv : undefined;
    out.push({ grade: g, label: end ? `${g} – ${end}` : String(g) });
  }
  return out;
}

export function invitationMail(input: InvitationMailInput): MailContent {
  const first = input.definition.questions.find((q) => !q.condition);
  const oneClick = first ? grades(first) : [];
  const link = (g: number) => `${input.url}?q=${encodeURIComponent(first!.key)}&v=${g}`;
  const subject = `${input.reminder ? 'Påminnelse: ' : ''}Hur var din kontakt med ${input.municipality}?`;
  const intro = `Hej! Du var nyligen i kontakt med ${input.municipality}. Vi vill gärna veta hur det var, så att vi kan bli bättre. Det tar en minut, och vi ser inte vem som svarar.`;
  const valid = `Länken gäller till och med ${day(new Date(input.expiresAt.getTime() - 1))}. Vill du inte svara behöver du inte göra något.`;
  const english = `Answer in English: ${input.url}?lang=en`;
  const text = [
    intro,
    '',
    ...(first && oneClick.length > 0
      ? [first.text.sv, ...oneClick.map((o) => `${o.label}: ${link(o.grade)}`), '']
      : []),
    `Svara på enkäten: ${input.url}`,
    '',
    valid,
    '',
    english,
  ].join('\n');
  const html = `<!doctype html><html lang="sv"><body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b">
<p>${e(intro)}</p>
${
  first && oneClick.length > 0
    ? `<p style="font-weight:600">${e(first.text.sv)}</p><p>${oneClick
        .map(
          (o) =>
            `<a href="${e(link(o.grade))}" style="display:inline-block;margin:0 8px 8px 0;padding:10px 16px;border:2px solid #0b5cad;border-radius:8px;color:#0b5cad;text-decoration:none">${e(o.label)}</a>`,
        )
        .join('')}</p>`
    : ''
}
<p><a href="${e(input.url)}" style="color:#0b5cad">Svara på enkäten</a></p>
<p>${e(valid)}</p>
<p lang="en"><a href="${e(`${input.url}?lang=en`)}" style="color:#0b5cad">Answer in English</a></p>
</body></html>`;
  return { subject, text, html };
}
