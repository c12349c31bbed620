/**
 * Callers turned away (issue 12.8, docs/metrics.md "Callers turned away"): a queue_log with
 * FULL, JOINEMPTY, JOINUNAVAIL, CLOSED and DIVERT_HOLDTIME lines beside its calls, through the
 * import, the rollups, the weekly report, a goal and a control chart. Hand-worked figures.
 */
import { describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';
import { answeredCallLines, postCallFile, rollups, stockholmEpoch } from '../../test/telephony.js';

const server = await testServer();
const { app } = server;
const at = (local: string) => stockholmEpoch(local);

// Monday 2026-03-09: 10 calls answered in kundtjanst. Turned away from kundtjanst: 1.1 FULL
// (twice: one caller), 1.2 JOINEMPTY, 1.3 JOINUNAVAIL, 1.4 CLOSED at 18:00, 1.5 DIVERT_HOLDTIME.
// 1.6 FULL from bygglov, then entered kundtjanst and was answered (the 10th call): turned away in
// bygglov, not in all queues. An EXITWITHKEY call is offered (not turned away); a DID line is a
// custom event. Tuesday 2026-03-10: 1.7 FULL from kundtjanst, with no calls that day.
// Monday, all queues: offered 11 (10 answered, 1 exit with key), turned away 5, 5 of 16 callers =
// 31 % > 5 %: flagged. kundtjanst: turned away 5; bygglov: 1. Tuesday: 1 of 1: flagged. Week: 6.
const lines = [
  ...Array.from({ length: 9 }, (_, i) =>
    answeredCallLines({
      callId: `2.${i}`,
      queue: 'kundtjanst',
      at: at(`2026-03-09 09:0${i}:00`),
      wait: 20,
      talk: 100,
    }),
  ).flat(),
  `${at('2026-03-09 10:00:00')}|1.1|kundtjanst|NONE|FULL|`,
  `${at('2026-03-09 10:00:30')}|1.1|kundtjanst|NONE|FULL|`,
  `${at('2026-03-09 10:01:00')}|1.2|kundtjanst|NONE|JOINEMPTY`,
  `${at('2026-03-09 10:02:00')}|1.3|kundtjanst|NONE|JOINUNAVAIL|`,
  `${at('2026-03-09 10:03:00')}|1.5|kundtjanst|NONE|DIVERT_HOLDTIME|300`,
  `${at('2026-03-09 10:04:00')}|1.6|bygglov|NONE|FULL`,
  ...answeredCallLines({
    callId: '1.6',
    queue: 'kundtjanst',
    at: at('2026-03-09 10:04:01'),
    wait: 10,
    talk: 50,
  }),
  `${at('2026-03-09 10:10:00')}|3.1|kundtjanst|NONE|ENTERQUEUE||0701234567|1`,
  `${at('2026-03-09 10:10:40')}|3.1|kundtjanst|NONE|EXITWITHKEY|1|1|1|40`,
  `${at('2026-03-09 10:11:00')}|3.2|kundtjanst|NONE|DID|0101234567`,
  `${at('2026-03-09 18:00:00')}|1.4|kundtjanst|NONE|CLOSED`,
  `${at('2026-03-10 09:00:00')}|1.7|kundtjanst|NONE|FULL`,
];
const FILE = `${lines.join('\n')}\n`;

interface Report {
  measures: {
    measure: string;
    rows: { key: string; cells: { value: number | null; dataIssues: string[] }[] }[];
  }[];
  dataIssues: { kind: string; week: string; day: string | null }[];
}

describe('callers turned away (issue 12.8)', () => {
  it('are counted beside the calls, per queue and for all queues; availability unchanged', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const res = await postCallFile(app, admin, FILE, 'format=asterisk-queue-log');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ calls: 11, turnedAway: 8, customEvents: 1, orphanEvents: 0 });
    const all = await rollups(server.db, admin.tenant.id, 'all');
    expect(all.map((r) => [r.day, r.offered, r.answered, r.turned_away])).toEqual([
      ['2026-03-09', 11, 10, 5],
      ['2026-03-10', 0, 0, 1],
    ]);
    const queues = await rollups(server.db, admin.tenant.id, 'queue');
    expect(queues.map((r) => [r.day, r.offered, r.turned_away]).sort()).toEqual([
      ['2026-03-09', 0, 1],
      ['2026-03-09', 11, 5],
      ['2026-03-10', 0, 1],
    ]);

    // The same file again changes nothing; a dry run says the same.
    const again = await postCallFile(app, admin, FILE, 'format=asterisk-queue-log');
    expect(again.json()).toMatchObject({ imported: 0, turnedAway: 8 });
    expect((await rollups(server.db, admin.tenant.id, 'all')).map((r) => r.turned_away)).toEqual([5, 1]);

    // The weekly report: a row per day and the week, the issue flagged.
    const manager = await signedInAs(server, ['manager'], { tenant: admin.tenant });
    const report = await app.inject({
      method: 'GET',
      url: '/api/reports/weekly?scope=all&from=2026-W11&to=2026-W11',
      headers: manager.headers,
    });
    expect(report.statusCode, report.body).toBe(200);
    const body = report.json<Report>();
    const table = body.measures.find((m) => m.measure === 'turnedAway');
    const cell = (key: string) => table?.rows.find((r) => r.key === key)?.cells[0];
    expect([cell('monday')?.value, cell('tuesday')?.value, cell('week')?.value]).toEqual([5, 1, 6]);
    expect(cell('monday')?.dataIssues).toEqual(['many_turned_away']);
    const availability = body.measures.find((m) => m.measure === 'availability');
    expect(availability?.rows.find((r) => r.key === 'monday')?.cells[0]?.value).toBeCloseTo(10 / 11, 10);
    expect(body.dataIssues).toEqual([
      { kind: 'many_turned_away', week: '2026-W11', day: '2026-03-09' },
      { kind: 'many_turned_away', week: '2026-W11', day: '2026-03-10' },
      { kind: 'many_turned_away', week: '2026-W11', day: null },
    ]);

    // The measure registry: a goal (capacity: the area accessible) and a control chart.
    const goal = await app.inject({
      method: 'POST',
      url: '/api/goals',
      headers: manager.headers,
      payload: {
        measure: 'turnedAway',
        target: 3,
        level: 'day',
        area: 'accessible',
        validFrom: '2026-01-01',
      },
    });
    expect(goal.statusCode, goal.body).toBe(201);
    expect(goal.json()).toMatchObject({ direction: 'at_most' });
    const chart = await app.inject({
      method: 'GET',
      url: '/api/charts?measure=turnedAway&scope=all&from=2026-03-09&to=2026-03-10',
      headers: manager.headers,
    });
    expect(chart.statusCode, chart.body).toBe(200);
    expect(JSON.stringify(chart.json())).toContain('"value":5');
  });
});
