import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { withTenantClient } from '../../db/tenant-context.js';
import { signedInAs, testServer } from '../../test/server.js';
import {
  answeredCallLines,
  postCallFile,
  rollups,
  stockholmEpoch,
  unansweredCallLines,
} from '../../test/telephony.js';

const server = await testServer();
const { app, db } = server;

/** Lines sorted by time, as Asterisk writes them. */
const file = (...calls: string[][]) =>
  calls
    .flat()
    .map((line, i) => ({ line, i, t: Number(line.split('|')[0]) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((l) => l.line)
    .join('\n') + '\n';

const monday = (time: string) => stockholmEpoch(`2026-03-02 ${time}`);

/** Five calls on Monday 2 March 2026 (winter time), hand-worked in the test below. */
const MONDAY = file(
  answeredCallLines({
    callId: '1772438400.1',
    queue: 'kundtjanst',
    at: monday('09:00:00'),
    wait: 30,
    talk: 200,
  }),
  answeredCallLines({
    callId: '1772438700.2',
    queue: 'kundtjanst',
    at: monday('09:05:00'),
    wait: 90,
    talk: 100,
    end: 'COMPLETEAGENT',
  }),
  answeredCallLines({
    callId: '1772439000.3',
    queue: 'kundtjanst',
    at: monday('09:10:00'),
    wait: 150,
    talk: 60,
  }),
  unansweredCallLines({ callId: '1772439600.4', queue: 'kundtjanst', at: monday('09:20:00'), wait: 45 }),
  unansweredCallLines({
    callId: '1772440200.5',
    queue: 'kundtjanst',
    at: monday('09:30:00'),
    wait: 300,
    exit: 'EXITWITHTIMEOUT',
  }),
);

const importer = () => signedInAs(server, ['administrator']);

describe('POST /api/telephony/imports', () => {
  it('401 without a session', async () => {
    expect((await postCallFile(app, null, MONDAY, 'format=asterisk-queue-log')).statusCode).toBe(401);
  });

  it('400 for an unknown format, naming the query field', async () => {
    const a = await importer();
    const res = await postCallFile(app, a, MONDAY, 'format=excel');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ pointer: '/querystring/format' });
  });

  it('403 for a guide and a manager (they read reports, they do not import)', async () => {
    for (const role of ['guide', 'manager'] as const) {
      const who = await signedInAs(server, [role]);
      expect((await postCallFile(app, who, MONDAY, 'format=asterisk-queue-log')).statusCode).toBe(403);
    }
  });

  it('imports the calls and keeps the day’s rollup: hand-worked counts, waits and bands', async () => {
    const a = await importer();
    const res = await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log&fileName=queue_log');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'asterisk',
      fileName: 'queue_log',
      lines: 13,
      calls: 5,
      imported: 5,
      duplicates: 0,
      stillOpen: 0,
      rejectedCount: 0,
      firstDay: '2026-03-02',
      lastDay: '2026-03-02',
      alreadyImportedAs: null,
    });
    const [all] = await rollups(db, a.tenant.id, 'all');
    expect(all).toMatchObject({
      day: '2026-03-02',
      offered: 5,
      answered: 3,
      abandoned: 1,
      timeout: 1,
      short_abandons: 0,
      // 30 + 90 + 150
      answered_wait_seconds: 270,
      abandoned_wait_seconds: 45,
      // 30 s < 60; 90 s in 60-120; 150 s > 120
      answered_wait_under_60: 1,
      answered_wait_60_to_120: 1,
      answered_wait_over_120: 1,
      // wait <= 120: 30 and 90
      answered_within: 2,
      completed_caller: 2,
      completed_agent: 1,
      talk_seconds: 360,
    });
    const perQueue = await rollups(db, a.tenant.id, 'queue');
    expect(perQueue).toHaveLength(1);
    expect(perQueue[0]).toMatchObject({ offered: 5, answered: 3 });
  });

  it('the same file again changes nothing and names the earlier import', async () => {
    const a = await importer();
    const first = await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log');
    const again = await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      importId: null,
      alreadyImportedAs: first.json().importId,
      imported: 0,
    });
    expect((await rollups(db, a.tenant.id, 'all'))[0]).toMatchObject({ offered: 5 });
  });

  it('the same file again reports the file as it is (5 calls, no repeated lines), and so does a dry run of it (issue 12.9)', async () => {
    const a = await importer();
    const first = await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log');
    expect(first.json()).toMatchObject({ calls: 5, imported: 5, duplicateLines: 0 });
    for (const query of ['format=asterisk-queue-log', 'format=asterisk-queue-log&dryRun=true']) {
      const again = await postCallFile(app, a, MONDAY, query);
      expect(again.json(), query).toMatchObject({
        alreadyImportedAs: first.json().importId,
        lines: first.json().lines,
        calls: 5,
        duplicateLines: 0,
        imported: 0,
        duplicates: 5,
      });
    }
  });

  it('the same calls in another file are duplicates: nothing is counted twice', async () => {
    const a = await importer();
    await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log');
    // Lines within an hour of the last file's end are recognised as repeated lines (a restart).
    const extra = file(
      answeredCallLines({
        callId: '1772442000.6',
        queue: 'kundtjanst',
        at: monday('10:00:00'),
        wait: 10,
        talk: 50,
      }),
    );
    const overlapping = await postCallFile(app, a, MONDAY + extra, 'format=asterisk-queue-log');
    expect(overlapping.statusCode).toBe(201);
    expect(overlapping.json()).toMatchObject({ duplicateLines: 13, calls: 1, imported: 1, duplicates: 0 });
    // Older calls sent again (hours later) are read as calls and found already stored.
    const noon = file(
      answeredCallLines({
        callId: '1772449200.7',
        queue: 'kundtjanst',
        at: monday('12:00:00'),
        wait: 20,
        talk: 30,
      }),
    );
    await postCallFile(app, a, noon, 'format=asterisk-queue-log');
    const resent = await postCallFile(app, a, MONDAY + extra + noon, 'format=asterisk-queue-log');
    expect(resent.json()).toMatchObject({ calls: 6, imported: 0, duplicates: 6, duplicateLines: 3 });
    expect((await rollups(db, a.tenant.id, 'all'))[0]).toMatchObject({ offered: 7, answered: 5 });
  });

  it('exact duplicate lines (a PBX restart) are skipped and counted', async () => {
    const a = await importer();
    const lines = MONDAY.trimEnd().split('\n');
    const repeated = [...lines.slice(0, 4), ...lines.slice(2, 4), ...lines.slice(4)].join('\n');
    const res = await postCallFile(app, a, repeated, 'format=asterisk-queue-log');
    expect(res.json()).toMatchObject({ duplicateLines: 2, calls: 5, imported: 5 });
  });

  it('422 with every unreadable line by number, and nothing saved', async () => {
    const a = await importer();
    const lines = MONDAY.trimEnd().split('\n');
    lines[1] = lines[1]?.replace('|CONNECT|30|', '|CONNECT|thirty|') ?? '';
    lines.push('garbage');
    const res = await postCallFile(app, a, lines.join('\n'), 'format=asterisk-queue-log');
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'call_import_invalid' });
    expect(res.json().errors).toEqual([
      expect.objectContaining({ pointer: '/file/line/2', code: 'line_rejected' }),
      expect.objectContaining({ pointer: '/file/line/14', code: 'line_rejected' }),
    ]);
    expect(res.json().errors[0].detail).toContain('holdtime "thirty" is not a whole number');
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([]);
    const stored = await withTenantClient(db, a.tenant.id, (c) =>
      c.query<{ n: number }>(
        'SELECT (SELECT count(*) FROM queued_calls)::int + (SELECT count(*) FROM call_imports)::int AS n',
      ),
    );
    expect(stored[0]?.n).toBe(0);
  });

  it('a dry run reports what would happen and saves nothing', async () => {
    const a = await importer();
    const res = await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log&dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, importId: null, calls: 5, imported: 5 });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([]);
  });

  it('a dry run of a file with an unreadable line says a real run would import nothing (issue 12.9)', async () => {
    const a = await importer();
    // The five calls are read before the unreadable last line.
    const file = `${MONDAY}1772443800|1772443800.9|kundtjanst|NONE|ENTERQUEUE||0701234567|one\n`;
    const res = await postCallFile(app, a, file, 'format=asterisk-queue-log&dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      dryRun: true,
      importId: null,
      calls: 5,
      rejectedCount: 1,
      imported: 0,
      duplicates: 0,
    });
    expect(res.json().rejected).toEqual([{ line: 14, reason: expect.any(String) }]);
  });

  it('a call still queued at the end of a file (rotation at midnight) is completed by the next file, on its first day', async () => {
    const a = await importer();
    const at = stockholmEpoch('2026-03-02 23:59:30');
    const [enter, connect, complete] = answeredCallLines({
      callId: '1772492370.9',
      queue: 'kundtjanst',
      at,
      wait: 40,
      talk: 120,
    });
    const first = await postCallFile(app, a, `${enter}\n`, 'format=asterisk-queue-log&fileName=queue_log.1');
    expect(first.json()).toMatchObject({ calls: 0, imported: 0, stillOpen: 1 });
    const second = await postCallFile(
      app,
      a,
      `${connect}\n${complete}\n`,
      'format=asterisk-queue-log&fileName=queue_log',
    );
    expect(second.json()).toMatchObject({
      calls: 1,
      imported: 1,
      completedFromEarlierFile: 1,
      stillOpen: 0,
      firstDay: '2026-03-02',
    });
    expect(await rollups(db, a.tenant.id, 'all')).toEqual([
      expect.objectContaining({ day: '2026-03-02', offered: 1, answered: 1, answered_wait_seconds: 40 }),
    ]);
  });

  it('reads a gzip file (a rotated queue_log.1.gz) by its magic number', async () => {
    const a = await importer();
    const res = await postCallFile(app, a, gzipSync(MONDAY), 'format=asterisk-queue-log', 'application/gzip');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ calls: 5, imported: 5 });
  });

  it('tenants are apart: the same file in two municipalities gives each its own calls', async () => {
    const a = await importer();
    const b = await importer();
    await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log');
    const res = await postCallFile(app, b, MONDAY, 'format=asterisk-queue-log');
    expect(res.json()).toMatchObject({ imported: 5, alreadyImportedAs: null });
    expect(await rollups(db, b.tenant.id, 'all')).toHaveLength(1);
  });
});

describe('GET /api/telephony/imports', () => {
  it('lists the imports newest first, with who imported and what', async () => {
    const a = await importer();
    await postCallFile(app, a, MONDAY, 'format=asterisk-queue-log&fileName=queue_log');
    const res = await app.inject({ method: 'GET', url: '/api/telephony/imports', headers: a.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().imports).toEqual([
      expect.objectContaining({
        fileName: 'queue_log',
        format: 'asterisk-queue-log',
        imported: 5,
        firstDay: '2026-03-02',
        createdBy: a.user.displayName,
      }),
    ]);
  });
});
