/**
 * Test support for telephony: queue_log lines written the way Asterisk writes them
 * (../shared/data/telephony/queue_log.md), and helpers to upload a file and read the rollups.
 */
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.js';
import { withTenantClient } from '../db/tenant-context.js';
import type { SignedIn } from './server.js';

/** Epoch seconds of a Stockholm wall-clock time 'YYYY-MM-DD HH:MM:SS' (winter or summer time, by the date). */
export function stockholmEpoch(local: string): number {
  const [date, time] = local.split(' ') as [string, string];
  const utc = Date.parse(`${date}T${time}Z`) / 1000;
  // Last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC: UTC+2, else UTC+1.
  const year = Number(date.slice(0, 4));
  const lastSunday = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1) / 1000;
  };
  const summer = utc - 7200 >= lastSunday(2) && utc - 7200 < lastSunday(9);
  return utc - (summer ? 7200 : 3600);
}

export interface CallLines {
  callId: string;
  queue: string;
  /** Epoch seconds of ENTERQUEUE. */
  at: number;
  wait: number;
}

/** ENTERQUEUE, CONNECT and COMPLETECALLER (or COMPLETEAGENT) of an answered call. */
export function answeredCallLines(c: CallLines & { talk: number; end?: 'COMPLETECALLER' | 'COMPLETEAGENT' }) {
  return [
    `${c.at}|${c.callId}|${c.queue}|NONE|ENTERQUEUE||0701234567|1`,
    `${c.at + c.wait}|${c.callId}|${c.queue}|Agent/101|CONNECT|${c.wait}|${c.callId}9|3`,
    `${c.at + c.wait + c.talk}|${c.callId}|${c.queue}|Agent/101|${c.end ?? 'COMPLETECALLER'}|${c.wait}|${c.talk}|1`,
  ];
}

/** ENTERQUEUE and ABANDON (or EXITWITHTIMEOUT) of a call that left the queue unanswered. */
export function unansweredCallLines(c: CallLines & { exit?: 'ABANDON' | 'EXITWITHTIMEOUT' }) {
  return [
    `${c.at}|${c.callId}|${c.queue}|NONE|ENTERQUEUE||0701234567|1`,
    `${c.at + c.wait}|${c.callId}|${c.queue}|NONE|${c.exit ?? 'ABANDON'}|1|1|${c.wait}`,
  ];
}

export function postCallFile(
  app: FastifyInstance,
  who: SignedIn | null,
  file: string | Buffer,
  query: string,
  contentType = 'application/octet-stream',
) {
  return app.inject({
    method: 'POST',
    url: `/api/telephony/imports?${query}`,
    headers: { ...(who?.headers ?? {}), 'content-type': contentType },
    payload: file,
  });
}

export interface RollupRow {
  scope: string;
  scope_id: string;
  day: string;
  offered: number;
  answered: number;
  abandoned: number;
  timeout: number;
  short_abandons: number;
  answered_wait_seconds: number;
  abandoned_wait_seconds: number;
  answered_wait_under_60: number;
  answered_wait_60_to_120: number;
  answered_wait_over_120: number;
  answered_within: number;
  completed_caller: number;
  completed_agent: number;
  transferred: number;
  talk_seconds: number;
  turned_away: number;
}

/** The tenant's rollup rows of one scope, by day (read as the tenant, through row-level security). */
export async function rollups(db: Database, tenantId: string, scope: 'queue' | 'group' | 'all') {
  return withTenantClient(db, tenantId, (c) =>
    c.query<RollupRow>(
      `SELECT scope, scope_id, day::text, offered, answered, abandoned, timeout, short_abandons,
              answered_wait_seconds::int, abandoned_wait_seconds::int, answered_wait_under_60,
              answered_wait_60_to_120, answered_wait_over_120, answered_within, completed_caller,
              completed_agent, transferred, talk_seconds::int, turned_away
         FROM call_day_rollups WHERE scope = $1 ORDER BY scope_id, day`,
      [scope],
    ),
  );
}
