/** Where an import's interval rows go: chunked, queues resolved, one statement at a time. */
import { localDayNumbers } from '../../../core/calendar/local-day.js';
import type { CallInterval } from '../../../core/telephony/call-csv.js';
import type { SqlClient } from '../../../db/database.js';
import { insertCallIntervals, type IntervalColumns } from '../queries/insert-call-intervals.js';
import { resolveQueues } from '../queries/resolve-queues.js';

const CHUNK = 2_000;

export class IntervalSink {
  read = 0;
  inserted = 0;
  replaced = 0;
  firstDay: number | null = null;
  lastDay: number | null = null;
  private pending: CallInterval[] = [];
  private readonly queueIds = new Map<string, string>();
  private readonly dayOf: (epochSeconds: number) => number;

  constructor(
    private readonly client: SqlClient,
    private readonly source: string,
    private readonly importId: string,
    timeZone: string,
  ) {
    this.dayOf = localDayNumbers(timeZone);
  }

  push(interval: CallInterval): boolean {
    this.read += 1;
    this.pending.push(interval);
    return this.pending.length >= CHUNK;
  }

  async flush(): Promise<void> {
    const rows = uniqueIntervals(this.pending);
    this.pending = [];
    if (rows.length === 0) return;
    const names = [...new Set(rows.map((r) => r.queue))].filter((n) => !this.queueIds.has(n));
    if (names.length > 0)
      for (const [name, id] of await resolveQueues(this.client, names)) this.queueIds.set(name, id);
    const c: IntervalColumns = {
      queueIds: [],
      startsAt: [],
      dayNumbers: [],
      offered: [],
      answered: [],
      abandoned: [],
      answeredWaitSeconds: [],
      answeredWaitUnder60: [],
      answeredWaitMax120: [],
      abandonedWaitSeconds: [],
    };
    for (const r of rows) {
      const start = Math.floor(r.start.getTime() / 1000);
      c.queueIds.push(this.queueIds.get(r.queue) as string);
      c.startsAt.push(start);
      c.dayNumbers.push(this.dayOf(start));
      c.offered.push(r.offered);
      c.answered.push(r.answered);
      c.abandoned.push(r.abandoned);
      c.answeredWaitSeconds.push(r.answeredWaitSeconds);
      c.answeredWaitUnder60.push(r.answeredWaitUnder60);
      c.answeredWaitMax120.push(r.answeredWaitMax120);
      c.abandonedWaitSeconds.push(r.abandonedWaitSeconds);
    }
    const result = await insertCallIntervals(this.client, this.source, this.importId, c);
    this.inserted += result.inserted;
    this.replaced += result.replaced;
    if (result.firstDay !== null && (this.firstDay === null || result.firstDay < this.firstDay))
      this.firstDay = result.firstDay;
    if (result.lastDay !== null && (this.lastDay === null || result.lastDay > this.lastDay))
      this.lastDay = result.lastDay;
  }
}

/** The last row of an interval in a chunk wins (one statement may touch a row once). */
function uniqueIntervals(rows: readonly CallInterval[]): CallInterval[] {
  const byKey = new Map<string, CallInterval>();
  for (const r of rows) byKey.set(`${r.queue}\u0000${r.start.getTime()}`, r);
  return [...byKey.values()];
}
