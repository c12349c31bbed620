import { describe, expect, it } from 'vitest';
import { FailureWindow } from './failure-window.js';

const MIN = 60_000;

describe('FailureWindow', () => {
  it('3 failures with limit 3 -> over; 2 -> not yet', () => {
    const w = new FailureWindow({ limit: 3, windowMs: 15 * MIN });
    w.record('a', 0);
    w.record('a', 1 * MIN);
    expect(w.isOver('a', 2 * MIN)).toBe(false);
    w.record('a', 2 * MIN);
    expect(w.isOver('a', 2 * MIN)).toBe(true);
  });

  it('each failure ages out on its own: at 15 min + 1 ms the first is gone, 2 of 3 remain -> not over', () => {
    const w = new FailureWindow({ limit: 3, windowMs: 15 * MIN });
    for (const t of [0, 1 * MIN, 2 * MIN]) w.record('a', t);
    expect(w.isOver('a', 15 * MIN - 1)).toBe(true);
    expect(w.isOver('a', 15 * MIN)).toBe(false);
  });

  it('keys are counted apart, and clear forgets one key only', () => {
    const w = new FailureWindow({ limit: 2, windowMs: MIN });
    for (const key of ['a', 'a', 'b', 'b']) w.record(key, 0);
    w.clear('a');
    expect(w.isOver('a', 1)).toBe(false);
    expect(w.isOver('b', 1)).toBe(true);
  });

  it('keeps no key whose failures aged out (bounded memory under a spray of addresses)', () => {
    const w = new FailureWindow({ limit: 5, windowMs: MIN });
    for (let i = 0; i < 1000; i++) w.record(`user${i}`, i);
    expect(w.size).toBe(1000);
    w.record('late', 2 * MIN + 1000);
    expect(w.size).toBe(1);
  });
});
