/**
 * Queued calls from queue_log events, fed one at a time in file order. One queued call per
 * (callid, queue, ENTERQUEUE): it opens at ENTERQUEUE and closes at its first terminal event
 * (queue_log.md, gotcha 5): ABANDON, EXITWITHTIMEOUT, EXITWITHKEY, EXITEMPTY, WITHDRAW, Wazo's LEAVEEMPTY, or, once
 * answered, COMPLETECALLER, COMPLETEAGENT, BLINDTRANSFER, ATTENDEDTRANSFER or TRANSFER.
 *
 * Streaming: `push` returns the call an event completes, so nothing but the open calls and a
 * window of recent lines is held. Log rotation at midnight leaves calls open at the end of a
 * file; `state()` is a plain JSON-serialisable object from which the next file's assembler
 * starts, so those calls are completed when the next file arrives.
 *
 * Decisions where the spec is silent:
 * - Exact duplicate lines (a PBX restart rewrites lines) are recognised by their text, within a
 *   window of `duplicateWindowSeconds` (default one hour) behind the latest time seen, carried
 *   across files in the state; older duplicates are not recognised, which bounds memory and the
 *   state's size. A whole call repeated later still has the same (callid, queue, entered at),
 *   which the importer's idempotency key catches. Two identical lines in the same second are
 *   one line (no real call writes the same event twice in a second with the same fields).
 * - The wait of an answered call is CONNECT's holdtime (else the terminal event's holdtime); of
 *   an unanswered one the event's waittime, else (old lines without it) the seconds from
 *   ENTERQUEUE to the event.
 * - A terminal event for a (callid, queue) with no open call (its ENTERQUEUE was never seen) is
 *   counted as `orphanEvents` and makes no call; so is any other call event without a call.
 * - A second ENTERQUEUE for a (callid, queue) still open replaces the first, which had no end
 *   (counted as `unterminated`, never a call).
 * - RINGNOANSWER counts as a ring-no-answer; RINGCANCELED (the caller hung up while a member's
 *   phone rang) does not.
 * - Attended transfer into another queue (Asterisk 18/20, docs/metrics.md "Transfer into another
 *   queue"): the caller's CONNECT (or COMPLETECALLER/COMPLETEAGENT) in a second queue comes under
 *   the original callid with no ENTERQUEUE there. When that callid has a call open in another
 *   queue, or one that ended within the duplicate window, the event starts the caller's call in
 *   the second queue (entered at the event's time minus its holdtime, and its talk for a COMPLETE*
 *   without CONNECT), answered with CONNECT's holdtime as its wait. A call still open and answered
 *   in the first queue ends there as transferred, at that moment (talk from its CONNECT). An
 *   ATTENDEDTRANSFER without an open call for its callid (logged under the consult call's id)
 *   ends the one open call of its queue answered by the same member, with the event's holdtime
 *   and calltime; the consult call's own ENTERQUEUE in the second queue is the same caller's
 *   entry and becomes that call's (counted once, `transfersJoined`).
 * - A caller turned away (FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_*: queue-log.ts) is
 *   returned as a TurnedAwayCaller, not a call: they were never in the queue.
 * - Wazo's LEAVEEMPTY ends a call still open in its queue as exit_empty (see leftEmpty); after
 *   Asterisk's EXITEMPTY, which ended it already, it is a custom event.
 */
import { isCallEvent, turnedAwayReason, type QueueLogEvent, type TurnedAwayReason } from './queue-log.js';

export type CallOutcome = 'answered' | 'abandoned' | 'timeout' | 'exit_key' | 'exit_empty' | 'withdrawn';
export type AnsweredEnd = 'completed_caller' | 'completed_agent' | 'transferred';

export interface QueuedCall {
  callId: string;
  queue: string;
  enteredAt: Date;
  endedAt: Date;
  outcome: CallOutcome;
  /** How an answered call ended; null for the other outcomes. */
  answeredEnd: AnsweredEnd | null;
  /** The member who answered; null when not answered. */
  agent: string | null;
  waitSeconds: number;
  /** 0 when not answered. */
  talkSeconds: number;
  ringNoAnswerCount: number;
}

/** A caller the queue did not take in (docs/metrics.md, "Callers turned away"). */
export interface TurnedAwayCaller {
  callId: string;
  queue: string;
  at: Date;
  reason: TurnedAwayReason;
}

/** A call between its ENTERQUEUE and its end, as kept in the state (JSON-safe). */
export interface OpenCall {
  callId: string;
  queue: string;
  /** Epoch seconds of ENTERQUEUE. */
  enteredAt: number;
  ringNoAnswerCount: number;
  /** CONNECT's holdtime and member, once answered (and when, in epoch seconds; absent in old states). */
  connected: { holdSeconds: number; agent: string; at?: number } | null;
}

export interface AssemblyState {
  version: 1;
  openCalls: OpenCall[];
  /** Recent lines by epoch second, for recognising duplicates across files. */
  recentLines: { time: number; lines: string[] }[];
}

export interface AssemblyCounts {
  /** Events pushed, duplicates included. */
  events: number;
  duplicates: number;
  callsCompleted: number;
  /** Events from QueueLog()/AMI that Asterisk itself does not write (DID, INFO, ...), turned away not included. */
  customEvents: number;
  /** Callers turned away (FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_*). */
  turnedAway: number;
  /** Call events with no open call to belong to. */
  orphanEvents: number;
  /** Open calls replaced by a new ENTERQUEUE for the same callid and queue. */
  unterminated: number;
  /** Calls started in a second queue by an attended transfer (no ENTERQUEUE under their callid). */
  transfersIn: number;
  /** Consult calls' queue entries taken as the transferred caller's (not a second call). */
  transfersJoined: number;
}

export interface AssemblyOptions {
  duplicateWindowSeconds?: number;
}

/** How an answered call ended, from its terminal event. */
interface AnsweredPart {
  end: AnsweredEnd;
  talkSeconds: number;
  holdSeconds: number;
}

export const EMPTY_ASSEMBLY_STATE: AssemblyState = { version: 1, openCalls: [], recentLines: [] };

const HOUR_SECONDS = 3_600;

const keyOf = (callId: string, queue: string): string => `${callId}\u0000${queue}`;

export class CallAssembler {
  readonly counts: AssemblyCounts = {
    events: 0,
    duplicates: 0,
    callsCompleted: 0,
    customEvents: 0,
    turnedAway: 0,
    orphanEvents: 0,
    unterminated: 0,
    transfersIn: 0,
    transfersJoined: 0,
  };
  /** Callids of calls ended lately (epoch seconds of the end), for transfers into another queue. */
  private readonly ended = new Map<string, number>();
  /** Consult callid -> the caller's callid and when, from an ATTENDEDTRANSFER under the consult call. */
  private readonly consults = new Map<string, { callId: string; time: number }>();
  /** queue + member -> the caller's callid and when, for calls ended by a transfer into another queue. */
  private readonly transferredBy = new Map<string, { callId: string; time: number }>();
  /** Calls a transfer completed beside the event's own result: takeCompleted() hands them over. */
  private pendingCalls: QueuedCall[] = [];
  private readonly open = new Map<string, OpenCall>();
  /**
   * The lines of each recent second: the line itself when the second has one (most do), an array
   * when it has more. No Set per second: an import of a million calls reads a second's lines
   * about once, and a Set each cost more in allocation and collection than all the rest.
   */
  private readonly recent = new Map<number, string | string[]>();
  private latestTime = -Infinity;
  private prunedAt = -Infinity;
  private readonly window: number;

  constructor(state: AssemblyState = EMPTY_ASSEMBLY_STATE, options: AssemblyOptions = {}) {
    if (state.version !== 1) throw new RangeError(`unknown assembly state version ${String(state.version)}`);
    this.window = options.duplicateWindowSeconds ?? HOUR_SECONDS;
    for (const call of state.openCalls) {
      this.open.set(keyOf(call.callId, call.queue), structuredClone(call));
    }
    for (const { time, lines } of state.recentLines) {
      const unique = [...new Set(lines)];
      if (unique.length > 0) this.recent.set(time, unique.length === 1 ? (unique[0] as string) : unique);
      this.latestTime = Math.max(this.latestTime, time);
    }
  }

  /** Feeds the next event in file order; returns the call it completes, or the caller it turned away, if any. */
  push(event: QueueLogEvent): QueuedCall | TurnedAwayCaller | null {
    this.counts.events += 1;
    if (this.isDuplicate(event)) {
      this.counts.duplicates += 1;
      return null;
    }
    if (event.type === 'custom') {
      const reason = turnedAwayReason(event);
      if (reason === null) {
        const left = event.event === 'LEAVEEMPTY' ? this.leftEmpty(event) : null;
        if (left === null) this.counts.customEvents += 1;
        return left;
      }
      this.counts.turnedAway += 1;
      return { callId: event.callId, queue: event.queue, at: new Date(event.time * 1000), reason };
    }
    if (!isCallEvent(event)) return null;

    const key = keyOf(event.callId, event.queue);
    if (event.type === 'ENTERQUEUE') {
      if (this.open.has(key)) this.counts.unterminated += 1;
      this.open.set(key, {
        callId: event.callId,
        queue: event.queue,
        enteredAt: event.time,
        ringNoAnswerCount: 0,
        connected: null,
      });
      return null;
    }
    let call = this.open.get(key);
    if (!call) {
      const started = this.transferredIn(event);
      if (started === 'closed') return null;
      if (!started) {
        this.counts.orphanEvents += 1;
        return null;
      }
      call = started;
    }
    const since = Math.max(0, event.time - call.enteredAt);
    // No closure per event (this runs for every line of a million-call file): this.close.
    switch (event.type) {
      case 'RINGNOANSWER':
        call.ringNoAnswerCount += 1;
        return null;
      case 'CONNECT':
        call.connected = { holdSeconds: event.holdSeconds, agent: event.agent, at: event.time };
        return null;
      case 'COMPLETECALLER':
      case 'COMPLETEAGENT':
        return this.close(key, call, event, 'answered', 0, {
          end: event.type === 'COMPLETECALLER' ? 'completed_caller' : 'completed_agent',
          talkSeconds: event.talkSeconds,
          holdSeconds: event.holdSeconds,
        });
      case 'BLINDTRANSFER':
      case 'ATTENDEDTRANSFER':
      case 'TRANSFER':
        return this.close(key, call, event, 'answered', 0, {
          end: 'transferred',
          talkSeconds: event.talkSeconds,
          holdSeconds: event.holdSeconds,
        });
      case 'ABANDON':
        return this.close(key, call, event, 'abandoned', event.waitSeconds ?? since);
      case 'EXITWITHTIMEOUT':
        return this.close(key, call, event, 'timeout', event.waitSeconds ?? since);
      case 'EXITWITHKEY':
        return this.close(key, call, event, 'exit_key', event.waitSeconds ?? since);
      case 'EXITEMPTY':
        return this.close(key, call, event, 'exit_empty', event.waitSeconds ?? since);
      case 'WITHDRAW':
        return this.close(key, call, event, 'withdrawn', event.waitSeconds);
      default:
        // RINGCANCELED, AGENTDUMP, SYSCOMPAT: part of the call, not its end.
        return null;
    }
  }

  /**
   * Wazo's LEAVEEMPTY (written by its dialplan when Queue() ends with QUEUESTATUS=LEAVEEMPTY: no
   * member left to take the waiting caller) ends the caller's open call in that queue as
   * exit_empty, not answered by a person, its wait from ENTERQUEUE to the event (as Wazo's
   * fill_leaveempty_calls counts it). Asterisk's own EXITEMPTY usually comes first and has ended
   * the call already; then, as for a call answered meanwhile, the event is a custom event (null).
   */
  private leftEmpty(event: QueueLogEvent): QueuedCall | null {
    const key = keyOf(event.callId, event.queue);
    const call = this.open.get(key);
    if (!call || call.connected !== null) return null;
    return this.close(key, call, event, 'exit_empty', Math.max(0, event.time - call.enteredAt));
  }

  /**
   * An event of a (callid, queue) with no open call: the start of an attended transfer's call in a
   * second queue (a new open call), an ATTENDEDTRANSFER under the consult call's id that ends the
   * caller's call ('closed'), or null (an orphan).
   */
  private transferredIn(event: QueueLogEvent): OpenCall | 'closed' | null {
    if (event.type === 'ATTENDEDTRANSFER') {
      const answeredBy = [...this.open.entries()].filter(
        ([, c]) => c.queue === event.queue && c.connected?.agent === event.agent && c.callId !== event.callId,
      );
      let callerId: string;
      if (answeredBy.length === 1) {
        const [key, caller] = answeredBy[0] as [string, OpenCall];
        callerId = caller.callId;
        const done = this.close(key, caller, event, 'answered', 0, {
          end: 'transferred',
          talkSeconds: event.talkSeconds,
          holdSeconds: event.holdSeconds,
        });
        this.pendingCalls.push(done);
      } else {
        // The caller's CONNECT in the second queue came first and ended the call here already.
        const earlier = this.transferredBy.get(keyOf(event.queue, event.agent));
        if (answeredBy.length > 0 || !earlier || earlier.time < event.time - this.window) return null;
        callerId = earlier.callId;
      }
      this.consults.set(event.callId, { callId: callerId, time: event.time });
      // The caller may already be in the second queue: the consult call's entry there is theirs.
      for (const [k, c] of this.open) {
        const callerThere = this.open.get(keyOf(callerId, c.queue));
        if (c.callId === event.callId && c.connected === null && callerThere) {
          callerThere.ringNoAnswerCount += c.ringNoAnswerCount;
          this.open.delete(k);
          this.counts.transfersJoined += 1;
        }
      }
      return 'closed';
    }
    if (event.type !== 'CONNECT' && event.type !== 'COMPLETECALLER' && event.type !== 'COMPLETEAGENT') {
      return null;
    }
    const elsewhere = [...this.open.entries()].filter(
      ([, c]) => c.callId === event.callId && c.queue !== event.queue,
    );
    const endedLately = (this.ended.get(event.callId) ?? -Infinity) >= event.time - this.window;
    if (elsewhere.length === 0 && !endedLately) return null;
    const talk = event.type === 'CONNECT' ? 0 : event.talkSeconds;
    let enteredAt = event.time - event.holdSeconds - talk;
    let rings = 0;
    // The consult call's entry in this queue, if the transfer named it: the caller's entry here.
    for (const [k, c] of this.open) {
      if (
        c.queue === event.queue &&
        c.connected === null &&
        this.consults.get(c.callId)?.callId === event.callId
      ) {
        enteredAt = Math.min(enteredAt, c.enteredAt);
        rings += c.ringNoAnswerCount;
        this.open.delete(k);
        this.counts.transfersJoined += 1;
      }
    }
    // Still answered in the first queue: the transfer ended it there, as the caller entered here.
    for (const [k, c] of elsewhere) {
      if (c.connected === null) continue;
      const talkThere = Math.max(0, enteredAt - (c.connected.at ?? enteredAt));
      this.transferredBy.set(keyOf(c.queue, c.connected.agent), { callId: c.callId, time: event.time });
      this.pendingCalls.push(
        this.close(k, c, { ...event, time: Math.max(enteredAt, c.enteredAt) }, 'answered', 0, {
          end: 'transferred',
          talkSeconds: talkThere,
          holdSeconds: c.connected.holdSeconds,
        }),
      );
    }
    const call: OpenCall = {
      callId: event.callId,
      queue: event.queue,
      enteredAt,
      ringNoAnswerCount: rings,
      connected: null,
    };
    this.open.set(keyOf(event.callId, event.queue), call);
    this.counts.transfersIn += 1;
    return call;
  }

  private close(
    key: string,
    call: OpenCall,
    event: QueueLogEvent,
    outcome: CallOutcome,
    waitSeconds: number,
    answered?: AnsweredPart,
  ): QueuedCall {
    this.open.delete(key);
    this.counts.callsCompleted += 1;
    // Deleted first so that the map stays in order of ending, which the pruning relies on.
    this.ended.delete(call.callId);
    this.ended.set(call.callId, event.time);
    return {
      callId: call.callId,
      queue: call.queue,
      enteredAt: new Date(call.enteredAt * 1000),
      endedAt: new Date(event.time * 1000),
      outcome,
      answeredEnd: answered?.end ?? null,
      agent: answered ? (call.connected?.agent ?? event.agent) : null,
      waitSeconds: answered ? (call.connected?.holdSeconds ?? answered.holdSeconds) : waitSeconds,
      talkSeconds: answered?.talkSeconds ?? 0,
      ringNoAnswerCount: call.ringNoAnswerCount,
    };
  }

  /** Whether a transfer completed calls beside the last push's result (then call takeCompleted). */
  get hasCompleted(): boolean {
    return this.pendingCalls.length > 0;
  }

  /** The calls a transfer completed beside the pushes' results, once. */
  takeCompleted(): QueuedCall[] {
    const calls = this.pendingCalls;
    this.pendingCalls = [];
    return calls;
  }

  /** The calls still open (for the import summary: reported, not counted). */
  openCalls(): OpenCall[] {
    return [...this.open.values()].map((call) => structuredClone(call));
  }

  /**
   * Removes and returns the open calls that entered before the epoch second: an ENTERQUEUE whose
   * end never comes (a PBX crash) would otherwise be carried from file to file for ever. The
   * importer chooses the age (say a day) and reports what this returns; they are never calls.
   */
  dropOpenCallsBefore(epochSeconds: number): OpenCall[] {
    const dropped: OpenCall[] = [];
    for (const [key, call] of this.open) {
      if (call.enteredAt < epochSeconds) {
        this.open.delete(key);
        dropped.push(call);
      }
    }
    return dropped;
  }

  /** The state the next file's assembler starts from. */
  state(): AssemblyState {
    return {
      version: 1,
      openCalls: this.openCalls(),
      recentLines: [...this.recent.entries()]
        .filter(([time]) => time >= this.latestTime - this.window)
        .sort(([a], [b]) => a - b)
        .map(([time, lines]) => ({ time, lines: typeof lines === 'string' ? [lines] : [...lines] })),
    };
  }

  private isDuplicate(event: QueueLogEvent): boolean {
    if (event.time > this.latestTime) {
      this.latestTime = event.time;
      // Pruned once per 1/24 of the window, not per line: memory stays within 25/24 windows.
      if (this.latestTime - this.prunedAt >= this.window / 24) {
        this.prunedAt = this.latestTime;
        const oldest = this.latestTime - this.window;
        // Both maps are in order of insertion, which is (nearly) time order: stop at the first entry
        // inside the window rather than visit an hour of seconds every 150 s of log. A line out of
        // order may outlive the window a while; nothing reads an entry older than the window.
        for (const time of this.recent.keys()) {
          if (time >= oldest) break;
          this.recent.delete(time);
        }
        for (const [callId, time] of this.ended) {
          if (time >= oldest) break;
          this.ended.delete(callId);
        }
        for (const [callId, c] of this.consults) if (c.time < oldest) this.consults.delete(callId);
        for (const [k, c] of this.transferredBy) if (c.time < oldest) this.transferredBy.delete(k);
      }
    }
    if (event.time < this.latestTime - this.window) return false;
    const lines = this.recent.get(event.time);
    if (lines === event.raw || (typeof lines === 'object' && lines.includes(event.raw))) return true;
    if (lines === undefined) this.recent.set(event.time, event.raw);
    else if (typeof lines === 'string') this.recent.set(event.time, [lines, event.raw]);
    else lines.push(event.raw);
    return false;
  }
}
