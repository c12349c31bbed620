import { describe, expect, it } from 'vitest';
import { reportQueryOf, reportSearchParams, weekErrors } from './report-query.js';

const TODAY = '2026-03-04'; // Wednesday of 2026-W10
const GROUP = 'group:0d7c6f3e-1b2a-4c5d-8e9f-001122334455';

describe('the report in the address', () => {
  it('nothing chosen: all queues, the ten weeks ending with the last complete week', () => {
    expect(reportQueryOf(new URLSearchParams(), TODAY)).toEqual({
      scope: 'all',
      from: '2025-W52',
      to: '2026-W09',
    });
  });

  it('keeps a valid choice as it is', () => {
    const params = new URLSearchParams({ scope: GROUP, from: '2025-W50', to: '2026-W02' });
    expect(reportQueryOf(params, TODAY)).toEqual({ scope: GROUP, from: '2025-W50', to: '2026-W02' });
  });

  it('a broken scope becomes all queues; broken or reversed weeks the default weeks', () => {
    const q = (s: Record<string, string>) => reportQueryOf(new URLSearchParams(s), TODAY);
    expect(q({ scope: 'queue:42', from: '2026-W01', to: '2026-W02' }).scope).toBe('all');
    expect(q({ from: '2026-W54', to: '2026-W02' })).toMatchObject({ from: '2025-W52', to: '2026-W09' });
    expect(q({ from: '2026-W05', to: '2026-W02' })).toMatchObject({ from: '2025-W52', to: '2026-W09' });
  });

  it('only `to` given: that one week', () => {
    expect(reportQueryOf(new URLSearchParams({ to: '2026-W07' }), TODAY)).toMatchObject({
      from: '2026-W07',
      to: '2026-W07',
    });
  });

  it('writes the query back in a fixed order', () => {
    expect(reportSearchParams({ scope: 'all', from: '2026-W01', to: '2026-W10' }).toString()).toBe(
      'scope=all&from=2026-W01&to=2026-W10',
    );
  });
});

describe('checking the two weeks', () => {
  it('names the field at fault', () => {
    expect(weekErrors('2026-W01', '2026-W10')).toEqual({});
    expect(weekErrors('2026-W1', '2026-W10')).toEqual({ from: 'invalid' });
    expect(weekErrors('2026-W01', 'v10')).toEqual({ to: 'invalid' });
    expect(weekErrors('2026-W10', '2026-W01')).toEqual({ to: 'order' });
    expect(weekErrors('2025-W52', '2026-W01')).toEqual({}); // across New Year
  });
});
