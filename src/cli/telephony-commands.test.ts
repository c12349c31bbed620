import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTenant } from '../test/factories.js';
import { testDatabase } from '../test/database.js';
import { answeredCallLines, rollups, stockholmEpoch, unansweredCallLines } from '../test/telephony.js';
import type { CliContext } from './context.js';
import { runCli } from './main.js';

const db = await testDatabase();
const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-cli-'));

async function lots(args: string[]) {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    env: {},
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    promptSecret: undefined,
    openDatabase: () => Promise.resolve({ db, close: () => Promise.resolve() }),
    handleSignals: false,
  };
  const code = await runCli(['node', 'lots', ...args], context);
  return { code, stdout, stderr };
}

const monday = (time: string) => stockholmEpoch(`2026-03-02 ${time}`);
/** Two files as Asterisk rotates them: a call queued over midnight continues in the second. */
async function files(): Promise<[string, string]> {
  const late = stockholmEpoch('2026-03-02 23:59:50');
  const [enter, connect, complete] = answeredCallLines({
    callId: 'c.9',
    queue: 'kundtjanst',
    at: late,
    wait: 20,
    talk: 60,
  });
  const first = [
    ...answeredCallLines({ callId: 'c.1', queue: 'kundtjanst', at: monday('09:00:00'), wait: 30, talk: 100 }),
    ...unansweredCallLines({ callId: 'c.2', queue: 'kundtjanst', at: monday('09:01:00'), wait: 50 }),
    enter as string,
  ].sort((x, y) => Number(x.split('|')[0]) - Number(y.split('|')[0]));
  const a = path.join(dir, `queue_log.1-${Math.random()}`);
  const b = path.join(dir, `queue_log-${Math.random()}`);
  await writeFile(a, `${first.join('\n')}\n`);
  await writeFile(b, `${connect ?? ''}\n${complete ?? ''}\n`);
  return [a, b];
}

describe('lots import calls', () => {
  it('imports files in order; a call crossing the rotation is completed by the second file', async () => {
    const tenant = await createTenant(db);
    const [a, b] = await files();
    const run = await lots([
      'import',
      'calls',
      '--tenant',
      tenant.municipalityCode,
      '--format',
      'asterisk-queue-log',
      '--json',
      a,
      b,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const summaries = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(summaries).toEqual([
      expect.objectContaining({ calls: 2, imported: 2, stillOpen: 1 }),
      expect.objectContaining({ calls: 1, imported: 1, completedFromEarlierFile: 1, stillOpen: 0 }),
    ]);
    expect((await rollups(db, tenant.id, 'all'))[0]).toMatchObject({
      day: '2026-03-02',
      offered: 3,
      answered: 2,
    });
  });

  it('stops at a file with unreadable lines, names them, and imports nothing of it or after it', async () => {
    const tenant = await createTenant(db);
    const [a, b] = await files();
    const bad = path.join(dir, `bad-${Math.random()}`);
    await writeFile(bad, '1772438400|x|kundtjanst|NONE|CONNECT|abc|1|1\n');
    const run = await lots([
      'import',
      'calls',
      '--tenant',
      tenant.municipalityCode,
      '--format',
      'asterisk-queue-log',
      bad,
      a,
      b,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rad / line 1: CONNECT holdtime "abc" is not a whole number');
    expect(run.stderr).toContain('The files after it were not imported.');
    expect(await rollups(db, tenant.id, 'all')).toEqual([]);
  });

  it('--explain shows each sampled call with the lines that made it, and saves nothing (issue 12)', async () => {
    const tenant = await createTenant(db);
    const [a] = await files();
    const run = await lots([
      'import',
      'calls',
      '--tenant',
      tenant.municipalityCode,
      '--format',
      'asterisk-queue-log',
      '--explain',
      a,
    ]);
    expect(run.code, run.stderr).toBe(0);
    const text = await readFile(a, 'utf8');
    const lines = text.trimEnd().split('\n');
    // Lines 1, 2 and 4 made c.1 (ENTERQUEUE, CONNECT, COMPLETECALLER); 3 and 5 c.2 (ENTERQUEUE, ABANDON).
    expect(run.stdout).toContain('2 samtal / calls, 2 visas / shown');
    expect(run.stdout).toContain(
      'c.1 kundtjanst 2026-03-02: answered (completed_caller), väntan / wait 30 s, samtal / talk 100 s [bland de första / among the first]',
    );
    expect(run.stdout).toContain(
      'c.2 kundtjanst 2026-03-02: abandoned, väntan / wait 50 s, samtal / talk 0 s [bland de första / among the first]',
    );
    const c1 = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => l.includes('|c.1|'));
    for (const [n, l] of c1) expect(run.stdout).toContain(`rad / line ${n}: ${l}`);
    expect(c1).toHaveLength(3);
    expect(await rollups(db, tenant.id, 'all')).toEqual([]);
  });

  it('refuses an unknown format and an unknown municipality clearly', async () => {
    const unknown = await lots(['import', 'calls', '--tenant', '0123', '--format', 'excel', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Okänt format: excel');
  });
});

describe('lots report weekly', () => {
  it('prints the JSON model and writes an Excel file', async () => {
    const tenant = await createTenant(db);
    const [a, b] = await files();
    await lots([
      'import',
      'calls',
      '--tenant',
      tenant.municipalityCode,
      '--format',
      'asterisk-queue-log',
      a,
      b,
    ]);
    const json = await lots([
      'report',
      'weekly',
      '--tenant',
      tenant.municipalityCode,
      '--from',
      '2026-W10',
      '--to',
      '2026-W10',
    ]);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as {
      measures: { measure: string; rows: { key: string; cells: { value: number | null }[] }[] }[];
    };
    const availability = report.measures.find((m) => m.measure === 'availability');
    // 2 answered of 3 offered on Monday.
    expect(availability?.rows.find((r) => r.key === 'monday')?.cells[0]?.value).toBeCloseTo(2 / 3, 12);

    const out = path.join(dir, `rapport-${Math.random()}.xlsx`);
    const xlsx = await lots([
      'report',
      'weekly',
      '--tenant',
      tenant.municipalityCode,
      '--from',
      '2026-W10',
      '--to',
      '2026-W10',
      '--format',
      'xlsx',
      '--out',
      out,
    ]);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Veckorapport')?.getRow(1).getCell(7).value).toBe('v.\u00a010 2026');

    const needsOut = await lots([
      'report',
      'weekly',
      '--tenant',
      tenant.municipalityCode,
      '--from',
      '2026-W10',
      '--to',
      '2026-W10',
      '--format',
      'pdf',
    ]);
    expect(needsOut.code).toBe(1);
    expect(needsOut.stderr).toContain('--out');
  });
});
