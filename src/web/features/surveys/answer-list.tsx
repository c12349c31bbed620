/**
 * Respondents' answers as a list of cards (phone width first): the contact's day, channel, topic,
 * need, unit and resolution, then each answer. Used by the drill-down and "Min återkoppling".
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatLocaleOf } from '../../../core/text/format.js';
import { formatDate } from '../../i18n/format.js';
import type { AnswerItem, Survey } from './types.js';

export function answerValueText(
  value: number | string | string[],
  kind: string | undefined,
  t: TFunction,
  locale: 'sv' | 'en',
  labelOf: (key: string) => string = (k) => k,
): string {
  if (typeof value === 'number') return formatInteger(value, locale);
  if (Array.isArray(value)) return value.map(labelOf).join(', ');
  if (kind === 'yes_no' && (value === 'yes' || value === 'no')) return t(`surveys.answers.${value}`);
  return labelOf(value);
}

export function AnswerList({ items, survey }: { items: AnswerItem[]; survey: Survey | null }) {
  const { t, i18n } = useTranslation();
  const locale = formatLocaleOf(i18n.language);
  const en = locale === 'en';
  const question = (key: string) => survey?.definition.questions.find((q) => q.key === key);
  return (
    <ol className="answer-list">
      {items.map((item, i) => (
        <li key={item.id ?? i} className="answer-card">
          <p className="muted">
            {[
              item.contactDay && formatDate(item.contactDay, i18n.language),
              item.channel && t(`contacts.channels.${item.channel}`),
              item.topicName,
              item.need && t(`contacts.needs.${item.need}`),
              item.unitName,
              item.resolution && t(`contacts.resolutions.${item.resolution}`),
              item.version !== undefined && t('surveys.results.versionLabel', { version: item.version }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <dl className="answer-pairs">
            {item.answers.map((a) => {
              const q = question(a.question);
              const label = q ? (en && q.text.en ? q.text.en : q.text.sv) : a.question;
              const choice = (key: string) => {
                const c = q?.choices?.find((x) => x.key === key);
                return c ? (en && c.label.en ? c.label.en : c.label.sv) : key;
              };
              return (
                <div key={a.question}>
                  <dt>{label}</dt>
                  <dd>{answerValueText(a.value, a.kind ?? q?.kind, t, locale, choice)}</dd>
                </div>
              );
            })}
          </dl>
        </li>
      ))}
    </ol>
  );
}
