import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './context.js';
import { runCli } from './main.js';

const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-comments-'));

/** Runs `lots ...args` in-process; no database is opened for these commands. */
async function lots(args: string[], stdin = '') {
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
    openDatabase: () => Promise.reject(new Error('no database for comments')),
    readStdin: () => Promise.resolve(stdin),
    handleSignals: false,
  };
  const code = await runCli(['node', 'lots', ...args], context);
  return { code, stdout, stderr };
}

describe('lots comments classify', () => {
  it('classifies comments from standard input, one per line, as TSV in their order', async () => {
    const run = await lots(['comments', 'classify'], 'Jättekul att sitta i kö i 40 minuter\n\nToppen\n');
    expect(run.code).toBe(0);
    const rows = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(rows[0]?.slice(0, 5)).toEqual(['n', 'status', 'tone', 'tone_confidence', 'areas']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['1', 'analysed', 'negative'],
      ['2', 'empty', ''],
      ['3', 'analysed', 'positive'],
    ]);
    expect(rows[1]?.[4]).toContain('waiting_time');
  });

  it('reads a named column of a CSV file and writes JSON or CSV to a file', async () => {
    const file = path.join(dir, 'svar.csv');
    await writeFile(
      file,
      'id;Kommentar\n1;"Handläggaren var otrevlig; jag ringer inte igen"\n2;Trevligt bemötande\n',
    );
    const json = await lots(['comments', 'classify', file, '--column', 'Kommentar', '--format', 'json']);
    expect(json.code).toBe(0);
    const results = JSON.parse(json.stdout) as Array<{
      n: number;
      tone: string;
      areas: Array<{ area: string }>;
    }>;
    expect(results.map((r) => [r.n, r.tone, r.areas[0]?.area])).toEqual([
      [1, 'negative', 'handler'],
      [2, 'positive', 'handler'],
    ]);
    const out = path.join(dir, 'resultat.csv');
    expect(
      (await lots(['comments', 'classify', file, '--column', 'Kommentar', '--format', 'csv', '--out', out]))
        .code,
    ).toBe(0);
    expect((await readFile(out, 'utf8')).split('\r\n')[2]?.split(';').slice(0, 3)).toEqual([
      '2',
      'analysed',
      'positive',
    ]);
  });

  it('says which columns exist when the one asked for is missing, and refuses binary input', async () => {
    const file = path.join(dir, 'fel.csv');
    await writeFile(file, 'id,text\n1,Bra\n');
    const missing = await lots(['comments', 'classify', file, '--column', 'Kommentar']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('id, text');
    const binary = await lots(['comments', 'classify'], 'PK\u0003\u0004\u0000\u0000');
    expect(binary.code).toBe(1);
    expect(binary.stderr).toContain('inte en textfil');
  });
});
