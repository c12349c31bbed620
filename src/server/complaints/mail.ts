/**
 * The e-mails a citizen gets about a synpunkt (issue #17): the receipt with its registration
 * number, and the answer. In the language the citizen wrote in; nothing but the address it goes
 * to and what the citizen wrote or was answered.
 */
import { registrationNumber } from '../../core/complaints/complaints.js';
import { escapeHtml as e } from '../http/escape-html.js';
import type { MailMessage } from '../signals/mailer.js';

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => `<p>${e(p).replaceAll('\n', '<br>')}</p>`)
    .join('');

export function answerMail(
  to: string,
  c: { year: number; number: number; language: string },
  answer: string,
): MailMessage {
  const number = registrationNumber(c.year, c.number);
  const sv = c.language !== 'en';
  const subject = sv ? `Svar på din synpunkt ${number}` : `Answer to your feedback ${number}`;
  const footer = sv
    ? `Svara inte på det här meddelandet. Ange ${number} om du kontaktar oss om ärendet.`
    : `Please do not reply to this message. Quote ${number} if you contact us about it.`;
  return {
    to,
    subject,
    text: `${answer}\n\n${footer}\n`,
    html: `${paragraphs(answer)}<p>${e(footer)}</p>`,
  };
}

export function receiptMail(to: string, number: string, language: 'sv' | 'en', answerBy: string | null): MailMessage {
  const sv = language === 'sv';
  const subject = sv ? `Vi har tagit emot din synpunkt ${number}` : `We have received your feedback ${number}`;
  const lines = sv
    ? [
        `Tack! Din synpunkt är registrerad med nummer ${number}.`,
        answerBy ? `Du får svar senast ${answerBy}.` : 'Du har inte bett om svar.',
        `Ange ${number} om du kontaktar oss om ärendet.`,
      ]
    : [
        `Thank you! Your feedback is registered as ${number}.`,
        answerBy ? `You will get an answer by ${answerBy}.` : 'You did not ask for an answer.',
        `Quote ${number} if you contact us about it.`,
      ];
  return { to, subject, text: `${lines.join('\n\n')}\n`, html: lines.map((l) => `<p>${e(l)}</p>`).join('') };
}
