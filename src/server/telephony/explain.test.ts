/**
 * POST /api/telephony/imports/explain (issue 12): a dry run that shows a sample of calls with the
 * lines that made each, its outcome, wait, talk and day. Uses the corpus file of an attended
 * transfer into another queue (corpus/README.md), whose lines are worked by hand below.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';
import { rollups } from '../../test/telephony.js';

const server = await testServer();
const FILE = readFileSync(
  path.join(
    path.dirname(fileURLToPath(import.meta.url)),
    'corpus',
    'asterisk20-attended-transfer-two-queues.queue_log',
  ),
);
const lines = FILE.toString('utf8').trimEnd().split('\n');

const explain = (headers: Record<string, string> | undefined, query = 'format=asterisk-queue-log') =>
  server.app.inject({
    method: 'POST',
    url: `/api/telephony/imports/explain?${query}`,
    headers: { ...(headers ?? {}), 'content-type': 'application/octet-stream' },
    payload: FILE,
  });

describe('POST /api/telephony/imports/explain', () => {
  it('401 without a session, 403 for a manager, 400 for an unknown format', async () => {
    expect((await explain(undefined)).statusCode).toBe(401);
    const manager = await signedInAs(server, ['manager']);
    expect((await explain(manager.headers)).statusCode).toBe(403);
    const admin = await signedInAs(server, ['administrator']);
    expect((await explain(admin.headers, 'format=nope')).statusCode).toBe(400);
  });

  it('shows each call with its lines, outcome, wait, talk and day, and saves nothing', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const res = await explain(admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ summary: { calls: number; dryRun: boolean }; calls: unknown[] }>();
    expect(body.summary).toMatchObject({ calls: 2, dryRun: true });
    const line = (n: number) => ({ line: n, text: lines[n - 1] });
    expect(body.calls).toEqual([
      {
        callId: '1717397390.239830',
        queue: '1509',
        day: '2024-06-03',
        outcome: 'answered',
        answeredEnd: 'transferred',
        waitSeconds: 12,
        talkSeconds: 65,
        sample: 'first',
        // The DID line QueueLog() wrote for the call, ENTERQUEUE and CONNECT, then the ATTENDEDTRANSFER logged
        // under the consult call's id that ended it.
        lines: [line(1), line(2), line(3), line(6)],
      },
      {
        callId: '1717397390.239830',
        queue: '1510',
        day: '2024-06-03',
        outcome: 'answered',
        answeredEnd: 'completed_agent',
        waitSeconds: 7,
        talkSeconds: 173,
        sample: 'first',
        lines: [line(7), line(8)],
      },
    ]);
    expect(await rollups(server.db, admin.tenant.id, 'all')).toEqual([]);
  });

  it('explains a file imported before as it reads, not as repeated lines', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/telephony/imports?format=asterisk-queue-log',
      headers: { ...admin.headers, 'content-type': 'application/octet-stream' },
      payload: FILE,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const res = await explain(admin.headers);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ calls: { queue: string; waitSeconds: number }[] }>();
    expect(body.calls.map((c) => [c.queue, c.waitSeconds])).toEqual([
      ['1509', 12],
      ['1510', 7],
    ]);
  });
});
