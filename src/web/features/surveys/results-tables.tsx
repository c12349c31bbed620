/**
 * The tables of one set of results (the whole, or one group of a breakdown): the scale questions
 * and dimensions with a bar chart of the share satisfied (the table is its text alternative), the
 * answers to yes/no and choice questions, and the number of comments. Each figure links to the
 * answers behind it.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  choiceRows,
  indexText,
  meanText,
  scaleRows,
  shareText,
  type IntervalJson,
  type ResultsBodyJson,
  type ScaleRow,
} from '../../../core/surveys/result-rows.js';
import {
  formatDecimal,
  formatInteger,
  formatLocaleOf,
  type FormatLocale,
} from '../../../core/text/format.js';
import { TableWrap } from '../../components/table-wrap.js';
import { drillDownQuery, type DrillTarget, type ResultsFilters } from './results-query.js';
import type { Breakdown, Dimension, Survey } from './types.js';

export function shareOrDash(
  share: number | null,
  interval: IntervalJson | null,
  locale: FormatLocale,
): string {
  return shareText(share, interval, locale);
}

export function ResultsTables({
  surveyId,
  results,
  national,
  survey,
  filters,
  group = null,
  caption,
}: {
  surveyId: string;
  results: ResultsBodyJson;
  national: { question: string; index: number }[];
  survey: Survey;
  filters: ResultsFilters;
  group?: { by: Breakdown; key: string } | null;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = formatLocaleOf(i18n.language);
  const en = i18n.language.startsWith('en');
  const questionText = (key: string) => {
    const q = survey.definition.questions.find((x) => x.key === key);
    return q ? (en && q.text.en ? q.text.en : q.text.sv) : key;
  };
  const choiceText = (question: string, choice: string) => {
    const q = survey.definition.questions.find((x) => x.key === question);
    if (q?.kind === 'yes_no') return t(`surveys.answers.${choice === 'yes' ? 'yes' : 'no'}`);
    const c = q?.choices?.find((x) => x.key === choice);
    return c ? (en && c.label.en ? c.label.en : c.label.sv) : choice;
  };
  const drill = (target: DrillTarget) => {
    // Within a group, the group is one more filter (the figure is the group's).
    const base = group ? drillDownQuery(filters, { group }) : null;
    const f = base ? filtersFromQuery(base, filters) : filters;
    return `/surveys/${surveyId}/answers?${drillDownQuery(f, target)}`;
  };
  const rows = scaleRows(results, national);
  const choices = choiceRows(results);
  const texts = results.questions.filter((q) => q.kind === 'text');
  const rowLabel = (r: ScaleRow) =>
    r.level === 'dimension' ? t(`surveys.dimensions.${r.key as Dimension}`) : questionText(r.key);
  return (
    <>
      {rows.length > 0 && (
        <>
          <figure className="share-bars" aria-hidden="true">
            {rows.map((r) => (
              <div key={`${r.level}-${r.key}`} className="share-bar-row">
                <span className="share-bar-label">{rowLabel(r)}</span>
                <span className="share-bar-track">
                  <span
                    className={r.result.uncertain ? 'share-bar uncertain' : 'share-bar'}
                    style={{ width: `${Math.round((r.result.satisfiedShare ?? 0) * 100)}%` }}
                  />
                </span>
                <span className="share-bar-value">{shareText(r.result.satisfiedShare, null, locale)}</span>
              </div>
            ))}
          </figure>
          <TableWrap>
            <table>
              <caption>{t('surveys.results.scaleCaption', { what: caption })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.results.question')}</th>
                  <th scope="col" className="numeric">
                    {t('surveys.results.n')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('surveys.results.mean')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('surveys.results.index')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('surveys.results.satisfied')}
                  </th>
                  <th scope="col">{t('surveys.results.national')}</th>
                  <th scope="col">{t('surveys.results.note')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr
                    key={`${r.level}-${r.key}`}
                    className={r.level === 'dimension' ? 'dimension-row' : undefined}
                  >
                    <th scope="row">
                      {r.level === 'dimension' && (
                        <span className="muted">{t('surveys.results.dimension')}: </span>
                      )}
                      {rowLabel(r)}
                    </th>
                    <td className="numeric">
                      <Link
                        to={drill(r.level === 'dimension' ? { dimension: r.key } : { question: r.key })}
                        aria-label={t('surveys.results.drill', { n: r.result.n, what: rowLabel(r) })}
                      >
                        {formatInteger(r.result.n, locale)}
                      </Link>
                    </td>
                    <td className="numeric">{meanText(r.result, locale)}</td>
                    <td className="numeric">{r.kind === 'scale5' ? indexText(r.result, locale) : '–'}</td>
                    <td className="numeric">
                      {shareText(r.result.satisfiedShare, r.result.satisfiedInterval, locale)}
                    </td>
                    <td>{nationalText(r, locale, t)}</td>
                    <td>
                      {r.result.uncertain
                        ? t('surveys.results.uncertain')
                        : r.national !== null && !r.result.comparableWithSkr
                          ? t('surveys.results.notComparable')
                          : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
      {choices.length > 0 && (
        <TableWrap>
          <table>
            <caption>{t('surveys.results.choiceCaption', { what: caption })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.results.question')}</th>
                <th scope="col">{t('surveys.results.answer')}</th>
                <th scope="col" className="numeric">
                  {t('surveys.results.count')}
                </th>
                <th scope="col" className="numeric">
                  {t('surveys.results.share')}
                </th>
                <th scope="col">{t('surveys.results.note')}</th>
              </tr>
            </thead>
            <tbody>
              {choices.map((c) => (
                <tr key={`${c.question}-${c.choice}`}>
                  <th scope="row">{questionText(c.question)}</th>
                  <td>{choiceText(c.question, c.choice)}</td>
                  <td className="numeric">
                    <Link
                      to={drill({ question: c.question, value: c.choice })}
                      aria-label={t('surveys.results.drill', {
                        n: c.count,
                        what: `${questionText(c.question)}: ${choiceText(c.question, c.choice)}`,
                      })}
                    >
                      {formatInteger(c.count, locale)}
                    </Link>{' '}
                    / {formatInteger(c.n, locale)}
                  </td>
                  <td className="numeric">{shareText(c.share, c.interval, locale)}</td>
                  <td>{c.uncertain ? t('surveys.results.uncertain') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {texts.map((q) => (
        <p key={q.key}>
          {t('surveys.results.comments', {
            question: questionText(q.key),
            n: formatInteger(q.kind === 'text' ? q.n : 0, locale),
          })}{' '}
          <Link to={drill({ question: q.key })}>{t('surveys.results.readComments')}</Link>
        </p>
      ))}
    </>
  );
}

/** "Riket 2024: 72" beside an SKR question, and the difference only when SKR's rule is met. */
function nationalText(r: ScaleRow, locale: FormatLocale, t: TFunction): string {
  if (r.national === null) return '';
  const base = t('surveys.results.nationalValue', { index: formatDecimal(r.national, 0, locale) });
  if (!r.result.comparableWithSkr || r.result.index === null) return base;
  return `${base} (${t('surveys.results.difference', { points: formatDecimal(r.result.index - r.national, 0, locale) })})`;
}

function filtersFromQuery(query: string, like: ResultsFilters): ResultsFilters {
  const p = new URLSearchParams(query);
  const filters = { ...like.filters };
  for (const key of ['version', 'channel', 'topicId', 'need', 'unitId', 'resolution'] as const) {
    const v = p.get(key);
    if (v) filters[key] = v;
  }
  return { from: p.get('from') ?? like.from, to: p.get('to') ?? like.to, filters, by: null };
}
