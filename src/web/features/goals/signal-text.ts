/** What a signal says, in words: its measure and rule or missed goal, and its figures. */
import type { TFunction } from 'i18next';
import { formatDay } from '../telephony/report-format.js';
import { formatGoalValue } from './goal-format.js';
import type { MeasureUnit, Signal } from './types.js';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function signalTitle(signal: Signal, t: TFunction): string {
  const measure = t(`goals.measures.${signal.measure}`, { defaultValue: signal.measure });
  return signal.kind === 'rule'
    ? t('goals.signals.rule', { measure, rule: t(`goals.rules.${signal.rule ?? 'beyond_limits'}`) })
    : t('goals.signals.goalMissed', { measure, period: signal.period ?? '' });
}

export function signalDetail(signal: Signal, unit: MeasureUnit, t: TFunction, lang: string): string {
  const d = signal.details;
  const f = (v: unknown) => formatGoalValue(num(v), unit, lang);
  return signal.kind === 'rule'
    ? t('goals.signals.ruleDetail', {
        value: f(d['value']),
        day: formatDay(signal.day, lang),
        lower: f(d['lower']),
        upper: f(d['upper']),
        centre: f(d['centre']),
      })
    : t('goals.signals.goalDetail', {
        value: f(d['value']),
        direction: t(`goals.directions.${d['direction'] === 'at_most' ? 'at_most' : 'at_least'}`),
        target: f(d['target']),
        n: num(d['n']) ?? 0,
      });
}
