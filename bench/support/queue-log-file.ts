/**
 * Writes a realistic Asterisk queue_log of `calls` queued calls for the benchmarks: two queues of
 * one group, working hours on weekdays from 2026-01-05 on, about 3.4 lines a call (answered calls
 * with the odd RINGNOANSWER, abandons, timeouts that overflow into the second queue, exits with a
 * key), in time order as Asterisk writes it. Deterministic.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** A small linear congruential generator: the same file every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface QueueLogFile {
  path: string;
  calls: number;
  queuedCalls: number;
  lines: number;
}

/** Writes the file; `queuedCalls` counts overflow segments (one call in two queues is two). */
export async function writeQueueLogFile(path: string, calls: number, seed = 2026): Promise<QueueLogFile> {
  const rand = random(seed);
  const out = createWriteStream(path);
  let buffer: string[] = [];
  let lines = 0;
  let queuedCalls = 0;
  const flush = async () => {
    if (!out.write(buffer.join(''))) await once(out, 'drain');
    buffer = [];
  };
  // Events are generated per call and written in order of time within a window of calls that
  // overlap, so the file is in time order like Asterisk's.
  const pending: { t: number; line: string }[] = [];
  const emit = (t: number, text: string) => pending.push({ t, line: `${t}|${text}\n` });
  let day = Date.UTC(2026, 0, 5) / 1000;
  let at = day + 7 * 3600; // 08:00 Stockholm (UTC+1) in winter
  for (let i = 0; i < calls; i += 1) {
    at += 1 + Math.floor(rand() * 18);
    if (at > day + 15.5 * 3600) {
      day += 86_400;
      const weekday = new Date(day * 1000).getUTCDay();
      if (weekday === 6) day += 2 * 86_400;
      at = day + 7 * 3600;
    }
    const id = `${at}.${i}`;
    const r = rand();
    const wait = Math.floor(rand() * (r < 0.85 ? 120 : 300));
    emit(at, `${id}|kundtjanst|NONE|ENTERQUEUE||07${String(i % 100_000_000).padStart(8, '0')}|1`);
    queuedCalls += 1;
    if (r < 0.8) {
      if (rand() < 0.1)
        emit(at + Math.min(wait, 15), `${id}|kundtjanst|Agent/10${i % 10}|RINGNOANSWER|15000`);
      const talk = 30 + Math.floor(rand() * 400);
      emit(at + wait, `${id}|kundtjanst|Agent/10${i % 10}|CONNECT|${wait}|${id}7|${Math.min(wait, 5)}`);
      emit(at + wait + talk, `${id}|kundtjanst|Agent/10${i % 10}|COMPLETECALLER|${wait}|${talk}|1`);
    } else if (r < 0.9) {
      emit(at + wait, `${id}|kundtjanst|NONE|ABANDON|1|1|${wait}`);
    } else if (r < 0.97) {
      emit(at + 90, `${id}|kundtjanst|NONE|EXITWITHTIMEOUT|1|1|90`);
      emit(at + 90, `${id}|kundtjanst-overflow|NONE|ENTERQUEUE||070000000|1`);
      queuedCalls += 1;
      const talk = 60 + Math.floor(rand() * 300);
      emit(at + 90 + wait, `${id}|kundtjanst-overflow|Agent/201|CONNECT|${wait}|${id}8|3`);
      emit(at + 90 + wait + talk, `${id}|kundtjanst-overflow|Agent/201|COMPLETEAGENT|${wait}|${talk}|1`);
    } else {
      emit(at + 20, `${id}|kundtjanst|NONE|EXITWITHKEY|1|1|1|20`);
    }
    // Write out what no later call can precede (calls end within 90 + 300 + 460 s).
    if (pending.length > 20_000) {
      pending.sort((a, b) => a.t - b.t);
      const cut = at - 1_000;
      let n = 0;
      while (n < pending.length && (pending[n] as { t: number }).t < cut) n += 1;
      for (const p of pending.splice(0, n)) buffer.push(p.line);
      lines += n;
      await flush();
    }
  }
  pending.sort((a, b) => a.t - b.t);
  for (const p of pending) buffer.push(p.line);
  lines += pending.length;
  await flush();
  out.end();
  await once(out, 'finish');
  return { path, calls, queuedCalls, lines };
}
