/**
 * The daily evaluation in `lots serve`: a timer to the next 06:00 Europe/Stockholm (core's
 * nextRunAt, right on the days the clocks change), which evaluates yesterday and then sets the
 * next timer. The timer is unref'd (it never keeps the process alive) and cleared on close; a run
 * that is still going when the next is due simply delays it, so runs never overlap.
 */
import { dayToEvaluate, nextRunAt } from '../../core/signals/schedule.js';

export interface SignalSchedule {
  /** Clears the timer; a run in progress finishes, and no other follows. */
  stop(): void;
}

export function scheduleSignals(options: {
  /** Evaluates the day for every tenant. */
  run: (day: string, now: Date) => Promise<void>;
  onError: (error: unknown) => void;
  clock?: () => Date;
}): SignalSchedule {
  const clock = options.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let isStopped = false;

  const arm = () => {
    if (isStopped) return;
    const now = clock();
    timer = setTimeout(fire, Math.max(0, nextRunAt(now).getTime() - now.getTime()));
    timer.unref();
  };
  const fire = () => {
    const now = clock();
    options.run(dayToEvaluate(now), now).catch(options.onError).finally(arm);
  };
  arm();
  return {
    stop: () => {
      isStopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
