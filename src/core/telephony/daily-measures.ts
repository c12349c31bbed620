/**
 * The telephony measures of one day, for one queue or a queue group, from assembled calls
 * (docs/metrics.md, "Telephony", defines each; this is the code it names).
 *
 * - The day of a call is the calendar day of its ENTERQUEUE in the tenant's time zone (default
 *   Europe/Stockholm), so a day is 23 or 25 hours long at the daylight-saving changes.
 * - Queue group: the calls of the group's queues with the same callid are one call (a call that
 *   overflows from one queue of the group to another, or re-enters one, counts once). That call
 *   entered when its first segment entered (which decides its day). It is answered when any of
 *   its segments was answered (a caller answered in one queue and transferred into another is an
 *   answered call, whatever happened after), with the answered end of its last answered segment
 *   and the talk of all its answered segments; otherwise it has the outcome of its last segment
 *   (by ENTERQUEUE, then end time, then the outcome later in OUTCOME_ORDER). It waited the sum of
 *   the waits of its segments entered up to its first answered one (all of them when none was
 *   answered), and rang unanswered the sum of its segments' rings. One queue is a group of one.
 * - Short abandons: an abandoned call whose wait is shorter than `shortAbandonSeconds` (default
 *   0, so none) is left out of offered and of abandoned, and counted beside them.
 * - Shares are over offered and are null when nothing was offered; they cannot exceed 1, as
 *   every answered call is an offered call.
 * - Callers turned away (FULL, JOINEMPTY, JOINUNAVAIL, CLOSED, DIVERT_*: never in the queue) are
 *   not offered and count beside the calls: each callid once per queue (group), on the day of its
 *   first such event, and not at all when that callid entered a queue of the group (the group
 *   took the call in, say by overflow to another of its queues).
 */
import { calendarDayRange, MUNICIPAL_TIME_ZONE, type CalendarDay } from '../contacts/calendar-day.js';
import type { AnsweredEnd, CallOutcome, QueuedCall, TurnedAwayCaller } from './call-assembly.js';

export interface DailyMeasureOptions {
  day: CalendarDay;
  /** The queues of the queue (group); calls of other queues are ignored. */
  queues: readonly string[];
  timeZone?: string;
  /** Abandons with a wait shorter than this (seconds) are not offered. Default 0. */
  shortAbandonSeconds?: number;
  /** "Answered within" means a wait of at most this (seconds). Default 120. */
  answeredWithinSeconds?: number;
  /** The callers turned away (any queues and days: those of the group and day are counted). */
  turnedAway?: readonly TurnedAwayCaller[];
}

export interface DailyMeasures {
  day: CalendarDay;
  offered: number;
  answered: number;
  abandoned: number;
  timeout: number;
  exitKey: number;
  exitEmpty: number;
  withdrawn: number;
  /** Abandons shorter than the threshold, left out of offered and abandoned. */
  shortAbandons: number;
  /** Callers turned away: not offered (docs/metrics.md, "Callers turned away"). */
  turnedAway: number;
  answeredEnds: Record<AnsweredEnd, number>;
  /** answered / offered; null when nothing was offered. */
  availability: number | null;
  /** Sums kept for exact weekly and monthly means. */
  answeredWaitSeconds: number;
  abandonedWaitSeconds: number;
  /** answeredWaitSeconds / answered; null when nothing was answered. */
  meanWaitAnsweredSeconds: number | null;
  /** abandonedWaitSeconds / abandoned; null when nothing was abandoned. */
  meanWaitAbandonedSeconds: number | null;
  /** Answered with wait < 60 s. */
  answeredWaitUnder60: number;
  /** Answered with 60 s <= wait <= 120 s. */
  answeredWait60To120: number;
  /** Answered with wait > 120 s. */
  answeredWaitOver120: number;
  /** Answered with wait <= answeredWithinSeconds. */
  answeredWithin: number;
  /** answeredWithin / offered; null when nothing was offered. */
  answeredWithinShare: number | null;
}

/** One call of the group: the segments of one callid merged (see the module comment). */
export interface GroupCall {
  callId: string;
  enteredAt: Date;
  outcome: CallOutcome;
  answeredEnd: AnsweredEnd | null;
  waitSeconds: number;
  talkSeconds: number;
  ringNoAnswerCount: number;
  segments: number;
}

/** The calls of the given queues, each callid once. */
export function groupCalls(calls: readonly QueuedCall[], queues: readonly string[]): GroupCall[] {
  const inGroup = new Set(queues);
  const byCallId = new Map<string, QueuedCall[]>();
  for (const call of calls) {
    if (!inGroup.has(call.queue)) continue;
    const list = byCallId.get(call.callId);
    if (list) list.push(call);
    else byCallId.set(call.callId, [call]);
  }
  return [...byCallId.values()].map((segments) => {
    const ordered = [...segments].sort(
      (a, b) =>
        a.enteredAt.getTime() - b.enteredAt.getTime() ||
        a.endedAt.getTime() - b.endedAt.getTime() ||
        OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome),
    );
    const first = ordered[0] as QueuedCall;
    const last = ordered[ordered.length - 1] as QueuedCall;
    const answered = ordered.filter((c) => c.outcome === 'answered');
    const firstAnswer = answered[0];
    const deciding = answered[answered.length - 1] ?? last;
    const waited = firstAnswer
      ? ordered.filter((c) => c.enteredAt.getTime() <= firstAnswer.enteredAt.getTime())
      : ordered;
    return {
      callId: first.callId,
      enteredAt: first.enteredAt,
      outcome: deciding.outcome,
      answeredEnd: deciding.answeredEnd,
      waitSeconds: waited.reduce((sum, c) => sum + c.waitSeconds, 0),
      talkSeconds: answered.reduce((sum, c) => sum + c.talkSeconds, 0),
      ringNoAnswerCount: ordered.reduce((sum, c) => sum + c.ringNoAnswerCount, 0),
      segments: ordered.length,
    };
  });
}

/** The outcomes in the order that breaks a tie of ENTERQUEUE and end (the later one decides). */
const OUTCOME_ORDER: readonly CallOutcome[] = [
  'answered',
  'abandoned',
  'timeout',
  'exit_key',
  'exit_empty',
  'withdrawn',
];

/** numerator / denominator, or null when the denominator is 0. */
export function share(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** Every count zero and every share and mean without a value: the start of a day's or a period's sums. */
export function emptyMeasures(): Omit<DailyMeasures, 'day'> {
  return {
    offered: 0,
    answered: 0,
    abandoned: 0,
    timeout: 0,
    exitKey: 0,
    exitEmpty: 0,
    withdrawn: 0,
    shortAbandons: 0,
    turnedAway: 0,
    answeredEnds: { completed_caller: 0, completed_agent: 0, transferred: 0 },
    availability: null,
    answeredWaitSeconds: 0,
    abandonedWaitSeconds: 0,
    meanWaitAnsweredSeconds: null,
    meanWaitAbandonedSeconds: null,
    answeredWaitUnder60: 0,
    answeredWait60To120: 0,
    answeredWaitOver120: 0,
    answeredWithin: 0,
    answeredWithinShare: null,
  };
}

export function dailyMeasures(calls: readonly QueuedCall[], options: DailyMeasureOptions): DailyMeasures {
  const timeZone = options.timeZone ?? MUNICIPAL_TIME_ZONE;
  const shortAbandon = options.shortAbandonSeconds ?? 0;
  const within = options.answeredWithinSeconds ?? 120;
  if (!(shortAbandon >= 0)) throw new RangeError(`short-abandon threshold ${shortAbandon} is negative`);
  if (!(within >= 0)) throw new RangeError(`answered-within threshold ${within} is negative`);

  const m: DailyMeasures = { day: options.day, ...emptyMeasures() };
  // The day as the instants [local midnight, next local midnight): 23 or 25 hours at DST.
  const { start, end } = calendarDayRange(options.day, options.day, timeZone);
  for (const call of groupCalls(calls, options.queues)) {
    const at = call.enteredAt.getTime();
    if (at < start.getTime() || at >= end.getTime()) continue;
    if (call.outcome === 'abandoned' && call.waitSeconds < shortAbandon) {
      m.shortAbandons += 1;
      continue;
    }
    m.offered += 1;
    switch (call.outcome) {
      case 'answered':
        m.answered += 1;
        m.answeredWaitSeconds += call.waitSeconds;
        if (call.answeredEnd) m.answeredEnds[call.answeredEnd] += 1;
        if (call.waitSeconds < 60) m.answeredWaitUnder60 += 1;
        else if (call.waitSeconds <= 120) m.answeredWait60To120 += 1;
        else m.answeredWaitOver120 += 1;
        if (call.waitSeconds <= within) m.answeredWithin += 1;
        break;
      case 'abandoned':
        m.abandoned += 1;
        m.abandonedWaitSeconds += call.waitSeconds;
        break;
      case 'timeout':
        m.timeout += 1;
        break;
      case 'exit_key':
        m.exitKey += 1;
        break;
      case 'exit_empty':
        m.exitEmpty += 1;
        break;
      case 'withdrawn':
        m.withdrawn += 1;
        break;
    }
  }
  m.turnedAway = turnedAwayOn(options.turnedAway ?? [], calls, options.queues, start, end);
  m.availability = share(m.answered, m.offered);
  m.meanWaitAnsweredSeconds = share(m.answeredWaitSeconds, m.answered);
  m.meanWaitAbandonedSeconds = share(m.abandonedWaitSeconds, m.abandoned);
  m.answeredWithinShare = share(m.answeredWithin, m.offered);
  return m;
}

/**
 * The callers of the group turned away on the day [start, end): each callid once, on the day of
 * its first turned-away event in the group, unless it entered one of the group's queues.
 */
export function turnedAwayOn(
  turnedAway: readonly TurnedAwayCaller[],
  calls: readonly QueuedCall[],
  queues: readonly string[],
  start: Date,
  end: Date,
): number {
  const inGroup = new Set(queues);
  const entered = new Set(calls.filter((c) => inGroup.has(c.queue)).map((c) => c.callId));
  const first = new Map<string, number>();
  for (const t of turnedAway) {
    if (!inGroup.has(t.queue) || entered.has(t.callId)) continue;
    const at = t.at.getTime();
    const seen = first.get(t.callId);
    if (seen === undefined || at < seen) first.set(t.callId, at);
  }
  let count = 0;
  for (const at of first.values()) if (at >= start.getTime() && at < end.getTime()) count += 1;
  return count;
}
