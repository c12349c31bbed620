import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleSignals } from './schedule-signals.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('scheduleSignals', () => {
  it('runs at the next 06:00 Stockholm time for yesterday, then again a day later; stop clears the timer', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T12:00:00Z'));
    const days: string[] = [];
    const schedule = scheduleSignals({
      run: (day) => {
        days.push(day);
        return Promise.resolve();
      },
      onError: () => undefined,
    });
    // 06:00 CET on 11 March is 05:00 UTC: 17 hours from now.
    await vi.advanceTimersByTimeAsync(17 * 3_600_000 - 1);
    expect(days).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(days).toEqual(['2026-03-10']);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000);
    expect(days).toEqual(['2026-03-10', '2026-03-11']);
    schedule.stop();
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(days).toHaveLength(2);
  });

  it('a run still going delays the next: runs never overlap; a failed run is reported and the schedule goes on', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T04:59:00Z'));
    let running = 0;
    let most = 0;
    const errors: unknown[] = [];
    let calls = 0;
    const schedule = scheduleSignals({
      run: async () => {
        calls += 1;
        running += 1;
        most = Math.max(most, running);
        // 30 hours: longer than the day between runs.
        await new Promise((resolve) => setTimeout(resolve, 30 * 3_600_000));
        running -= 1;
        if (calls === 1) throw new Error('boom');
      },
      onError: (error) => errors.push(error),
    });
    await vi.advanceTimersByTimeAsync(4 * 24 * 3_600_000);
    schedule.stop();
    expect(most).toBe(1);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(errors).toHaveLength(1);
  });
});
