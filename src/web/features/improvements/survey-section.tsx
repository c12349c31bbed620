/**
 * A card's survey measure before and after (issue #15; docs/metrics.md, "Survey measures"): the
 * value and n of each side, the difference with its 95% interval, and the verdict (improved only
 * when the whole interval is above 0, with at least 30 answers on each side).
 */
import { useTranslation } from 'react-i18next';
import { formatGoalValue } from '../goals/goal-format.js';
import { unitOf } from '../goals/measure-units.js';
import { formatDay } from '../telephony/report-format.js';
import type { SurveyEvidence } from './types.js';

export function SurveySection({ survey }: { survey: SurveyEvidence }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const unit = unitOf(survey.measure);
  const value = (v: number | null) => formatGoalValue(v, unit, lang);
  // A difference of shares reads in percentage points, of an index or grade in its own unit.
  const difference = (v: number) => formatGoalValue(v, unit, lang);
  return (
    <section aria-labelledby="survey-before-after">
      <h2 id="survey-before-after">
        {t('improvements.survey.surveyHeading', { measure: t(`goals.measures.${survey.measure}`) })}
      </h2>
      <ul>
        <li>
          {t('improvements.survey.before', {
            from: formatDay(survey.before.from, lang),
            to: formatDay(survey.before.to, lang),
            value: value(survey.before.value),
            n: survey.before.n,
          })}
        </li>
        <li>
          {survey.after
            ? t('improvements.survey.after', {
                from: formatDay(survey.after.from, lang),
                to: formatDay(survey.after.to, lang),
                value: value(survey.after.value),
                n: survey.after.n,
              })
            : t('improvements.survey.afterNone')}
        </li>
        {survey.difference !== null && survey.interval && (
          <li>
            {t('improvements.survey.difference', {
              difference: difference(survey.difference),
              low: difference(survey.interval.low),
              high: difference(survey.interval.high),
            })}
          </li>
        )}
      </ul>
      <p>
        <strong>{t(`improvements.survey.verdicts.${survey.verdict}`)}</strong>
      </p>
    </section>
  );
}
