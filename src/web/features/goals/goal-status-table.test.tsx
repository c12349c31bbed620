// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithApp } from '../../testing/render.js';
import { GoalStatusTable } from './goal-status-table.js';
import type { GoalStatus } from './types.js';

afterEach(() => cleanup());

const goal: GoalStatus['goal'] = {
  id: 'g1',
  measure: 'availability',
  unit: 'share',
  isCapacity: false,
  scope: 'all',
  target: 0.85,
  direction: 'at_least',
  level: 'week',
  area: 'accessible',
  validFrom: '2026-01-01',
  validTo: null,
  owner: { id: 'u', name: 'Karin Holm' },
  minimumN: 30,
};

describe('GoalStatusTable', () => {
  it('judges a Monday on last week and shows the week so far beside it as provisional', () => {
    const status: GoalStatus = {
      goal,
      // Monday 7 December 2026 at nine: a few calls, too few to judge.
      period: { key: '2026-W50', from: '2026-12-07', to: '2026-12-13', through: '2026-12-07' },
      status: 'not_enough_data',
      value: 0.9,
      n: 12,
      lastComplete: {
        period: { key: '2026-W49', from: '2026-11-30', to: '2026-12-06', through: '2026-12-06' },
        status: 'met',
        value: 0.874,
        n: 3120,
      },
    };
    renderWithApp(<GoalStatusTable goals={[status]} caption="Målen" />);
    const row = screen.getByRole('row', { name: /Tillgänglighet/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells.map((c) => c.textContent)).toEqual([
      'Tillgänglig',
      // The period as people write it, not '2026-W49 (Vecka (taktiskt))'.
      'v.\u00a049 2026',
      '87,4\u00a0%',
      '3\u00a0120',
      'Uppnått',
      'v.\u00a050 2026: 90,0\u00a0% hittills (För lite data, preliminärt)',
    ]);
  });
});
