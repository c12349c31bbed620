// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyLanguage, i18n } from '../../i18n/i18n.js';
import { signalDetail, signalTitle } from './signal-text.js';
import type { Signal } from './types.js';

afterEach(() => applyLanguage('sv'));

const rule: Signal = {
  id: '1',
  kind: 'rule',
  measure: 'availability',
  scope: 'all',
  rule: 'beyond_limits',
  goalId: null,
  day: '2026-11-30',
  period: null,
  details: { value: 0.612, lower: 0.71, upper: 0.93, centre: 0.82, n: 410 },
  raisedAt: '2026-12-01T05:00:00.000Z',
  acknowledgement: null,
};
const goal: Signal = {
  ...rule,
  kind: 'goal_missed',
  measure: 'meanQueueSeconds',
  rule: null,
  goalId: '2',
  period: '2026-W48',
  details: { value: 143.4, target: 120, direction: 'at_most', n: 1520 },
};

describe('what a signal says', () => {
  it('a rule: the measure, the rule and the figures in the measure’s unit', async () => {
    await applyLanguage('sv', { remember: false });
    expect(signalTitle(rule, i18n.t)).toBe('Tillgänglighet: en punkt utanför gränserna');
    expect(signalDetail(rule, 'share', i18n.t, 'sv')).toBe(
      'Värde 61,2\u00a0% den 30 november 2026 (gränser 71,0\u00a0%–93,0\u00a0%, mittlinje 82,0\u00a0%).',
    );
  });

  it('a missed goal: its period, value against the target, and n; in English too', async () => {
    await applyLanguage('sv', { remember: false });
    expect(signalTitle(goal, i18n.t)).toBe('Medelkötid, besvarade: målet nåddes inte 2026-W48');
    expect(signalDetail(goal, 'seconds', i18n.t, 'sv')).toBe(
      'Utfall 143\u00a0s mot målet högst 120\u00a0s (n = 1520).',
    );
    await applyLanguage('en', { remember: false });
    expect(signalTitle(goal, i18n.t)).toBe('Mean queue time, answered: the goal was missed in 2026-W48');
    expect(signalDetail(goal, 'seconds', i18n.t, 'en')).toBe(
      'Value 143\u00a0s against the goal at most 120\u00a0s (n = 1520).',
    );
  });
});
