/**
 * Where an import's calls go: buffered into chunks, their queues resolved (created on first
 * sight), and inserted while the next chunk is being read, one statement in flight at a time. The
 * day of each call is its ENTERQUEUE's local day in the tenant's zone. Counts what was new and
 * what was stored already, and the range of days written, for the rollups and the summary.
 */
import type { SqlClient } from '../../../db/database.js';
import { localDayNumbers } from '../../../core/calendar/local-day.js';
import type { AnsweredEnd, CallOutcome, TurnedAwayCaller } from '../../../core/telephony/call-assembly.js';
import { insertQueuedCalls, type QueuedCallColumns } from '../queries/insert-queued-calls.js';
import { insertTurnedAwayCallers } from '../queries/insert-turned-away-callers.js';
import { resolveQueues } from '../queries/resolve-queues.js';

/** What the sink needs of a call, from any format. */
export interface SinkCall {
  callId: string;
  queue: string;
  enteredAt: Date;
  endedAt: Date;
  outcome: CallOutcome;
  answeredEnd: AnsweredEnd | null;
  waitSeconds: number;
  talkSeconds: number;
  ringNoAnswerCount: number;
}

export const CALL_CHUNK = 10_000;

const emptyColumns = (): QueuedCallColumns => ({
  queueIds: [],
  callIds: [],
  enteredAt: [],
  dayNumbers: [],
  endedAt: [],
  outcomes: [],
  answeredEnds: [],
  waitSeconds: [],
  talkSeconds: [],
  ringNoAnswer: [],
});

export class CallSink {
  inserted = 0;
  offeredToInsert = 0;
  /** Callers turned away: handed in, and new to the database. */
  turnedAway = 0;
  turnedAwayInserted = 0;
  firstDay: number | null = null;
  lastDay: number | null = null;
  /** The earliest and latest local day of the calls handed in (stored before or not). */
  firstCallDay: number | null = null;
  lastCallDay: number | null = null;

  private pending: { calls: SinkCall[] } = { calls: [] };
  private turnedAwayPending: TurnedAwayCaller[] = [];
  private inFlight: Promise<void> | null = null;
  private readonly queueIds = new Map<string, string>();
  private readonly dayOf: (epochSeconds: number) => number;

  constructor(
    private readonly client: SqlClient,
    private readonly tenantId: string,
    private readonly source: string,
    private readonly importId: string,
    timeZone: string,
  ) {
    this.dayOf = localDayNumbers(timeZone);
  }

  /**
   * Buffers a call; true when the chunk is full and the caller should `await flush()` (no promise
   * per call: an import of a million calls reads several million lines).
   */
  push(call: SinkCall): boolean {
    this.pending.calls.push(call);
    return this.pending.calls.length >= CALL_CHUNK;
  }

  /** Buffers a caller turned away (few: written at the end, in one statement per chunk). */
  async pushTurnedAway(caller: TurnedAwayCaller): Promise<void> {
    this.turnedAway += 1;
    this.turnedAwayPending.push(caller);
    if (this.turnedAwayPending.length >= CALL_CHUNK) await this.flushTurnedAway();
  }

  /** Sends what is buffered and waits until every statement has finished. */
  async finish(): Promise<void> {
    await this.flush();
    await this.settle();
    await this.flushTurnedAway();
  }

  private async flushTurnedAway(): Promise<void> {
    const callers = this.turnedAwayPending;
    if (callers.length === 0) return;
    this.turnedAwayPending = [];
    await this.settle();
    await this.resolve(callers.map((c) => c.queue));
    const columns = {
      queueIds: [] as string[],
      callIds: [] as string[],
      at: [] as number[],
      dayNumbers: [] as number[],
      reasons: [] as string[],
    };
    for (const c of callers) {
      const at = Math.floor(c.at.getTime() / 1000);
      const day = this.dayOf(at);
      this.noteCallDay(day);
      columns.queueIds.push(this.queueIds.get(c.queue) as string);
      columns.callIds.push(c.callId);
      columns.at.push(at);
      columns.dayNumbers.push(day);
      columns.reasons.push(c.reason);
    }
    const written = await insertTurnedAwayCallers(
      this.client,
      this.tenantId,
      this.source,
      this.importId,
      columns,
    );
    this.turnedAwayInserted += written;
    if (written > 0) {
      for (const d of columns.dayNumbers) {
        if (this.firstDay === null || d < this.firstDay) this.firstDay = d;
        if (this.lastDay === null || d > this.lastDay) this.lastDay = d;
      }
    }
  }

  private noteCallDay(day: number): void {
    if (this.firstCallDay === null || day < this.firstCallDay) this.firstCallDay = day;
    if (this.lastCallDay === null || day > this.lastCallDay) this.lastCallDay = day;
  }

  private async resolve(queues: readonly string[]): Promise<void> {
    const names = [...new Set(queues)].filter((n) => !this.queueIds.has(n));
    if (names.length > 0) {
      for (const [name, id] of await resolveQueues(this.client, names)) this.queueIds.set(name, id);
    }
  }

  /** Waits for the statement in flight, if any (its failure surfaces here). */
  async settle(): Promise<void> {
    const inFlight = this.inFlight;
    this.inFlight = null;
    if (inFlight) await inFlight;
  }

  /** Sends the buffered calls once the statement before has finished; does not wait for them. */
  async flush(): Promise<void> {
    const calls = this.pending.calls;
    if (calls.length === 0) return;
    this.pending = { calls: [] };
    await this.settle();
    await this.resolve(calls.map((c) => c.queue));
    const columns = emptyColumns();
    for (const call of uniqueCalls(calls)) {
      const entered = Math.floor(call.enteredAt.getTime() / 1000);
      const day = this.dayOf(entered);
      this.noteCallDay(day);
      columns.queueIds.push(this.queueIds.get(call.queue) as string);
      columns.callIds.push(call.callId);
      columns.enteredAt.push(entered);
      columns.dayNumbers.push(day);
      columns.endedAt.push(Math.floor(call.endedAt.getTime() / 1000));
      columns.outcomes.push(call.outcome);
      columns.answeredEnds.push(call.answeredEnd);
      columns.waitSeconds.push(call.waitSeconds);
      columns.talkSeconds.push(call.talkSeconds);
      columns.ringNoAnswer.push(call.ringNoAnswerCount);
    }
    this.offeredToInsert += calls.length;
    let first = Infinity;
    let last = -Infinity;
    for (const d of columns.dayNumbers) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
    this.inFlight = insertQueuedCalls(this.client, this.tenantId, this.source, this.importId, columns).then(
      (written) => {
        this.inserted += written;
        // The chunk's days: those it may have changed (a superset when some were duplicates).
        if (written > 0) {
          if (this.firstDay === null || first < this.firstDay) this.firstDay = first;
          if (this.lastDay === null || last > this.lastDay) this.lastDay = last;
        }
      },
    );
    // A failure is reported by the next settle(); until then it must not count as unhandled.
    this.inFlight.catch(() => undefined);
  }
}

/**
 * One record per call key (callid, queue, ENTERQUEUE) in a chunk, as one statement may touch a
 * row once: an answered record wins over an unanswered one (a CDR file's rows per member rung),
 * else the first. The others count as duplicates. Keys are compared only among records of the
 * same callid (the segments of an overflowing call), so most records cost one map lookup.
 */
function uniqueCalls(calls: readonly SinkCall[]): SinkCall[] {
  const byCallId = new Map<string, number[]>();
  const kept: (SinkCall | null)[] = [];
  for (const call of calls) {
    const seen = byCallId.get(call.callId);
    if (seen === undefined) {
      byCallId.set(call.callId, [kept.length]);
      kept.push(call);
      continue;
    }
    const same = seen.find((i) => {
      const other = kept[i] as SinkCall;
      return other.queue === call.queue && other.enteredAt.getTime() === call.enteredAt.getTime();
    });
    if (same === undefined) {
      seen.push(kept.length);
      kept.push(call);
    } else if (call.outcome === 'answered' && (kept[same] as SinkCall).outcome !== 'answered') {
      kept[same] = call;
    }
  }
  return kept as SinkCall[];
}
