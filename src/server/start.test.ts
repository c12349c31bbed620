import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import { createLogger } from './logger.js';
import { openConfiguredDatabase, startServer } from './start.js';

const root = await mkdtemp(path.join(os.tmpdir(), 'lots-start-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('startServer on a fresh embedded installation', () => {
  it('creates the data folder, migrates, seeds the demo, serves, prints the logins and closes cleanly', async () => {
    // Parents that do not exist yet: PGlite would fail on them without start's mkdir.
    const dataDir = path.join(root, 'nested', 'data');
    // Without the year of contacts (LOTS_DEMO_CONTACTS), which takes long; seed-contacts.test.ts covers it.
    const config = loadConfig({
      LOTS_DATA_DIR: dataDir,
      LOTS_PORT: '0',
      LOG_LEVEL: 'silent',
      LOTS_DEMO_CONTACTS: 'false',
    });
    let printed = '';
    const logger = await createLogger({ level: 'silent' });
    const server = await startServer(config, { handleSignals: false, write: (t) => (printed += t), logger });
    try {
      expect(printed).toContain(`Lots is running at: ${server.url}`);
      expect(printed).toContain('admin@jarfalla.example');
      expect(printed).toContain('lots-demo-2026');

      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: 'embedded' });
      const login = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'vagledare@jarfalla.example', password: 'lots-demo-2026' }),
      });
      expect(login.status).toBe(200);

      // The folder is held while the server runs (see the next test for what that refuses).
      expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(true);
    } finally {
      await server.close();
      await server.close(); // twice is harmless
    }
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
    // initdb of a new PGlite folder takes 5-10 s on these machines.
  }, 90_000);

  it('refuses a data folder that a living process holds, and takes over one left by a dead process', async () => {
    const dataDir = path.join(root, 'locked');
    await mkdir(dataDir, { recursive: true });
    // The parent of this test process is alive and is not this process.
    await writeFile(path.join(dataDir, LOCK_FILE), `${process.ppid}\n`);
    await expect(openConfiguredDatabase({ databaseUrl: undefined, dataDir })).rejects.toBeInstanceOf(
      DataDirLockedError,
    );
    // No process has pid 2^22 + 1 (above Linux's pid_max default).
    await writeFile(path.join(dataDir, LOCK_FILE), `${2 ** 22 + 1}\n`);
    const unlock = await lockDataDir(dataDir);
    expect(await readFile(path.join(dataDir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await unlock();
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });
});

describe('createLogger', () => {
  it('writes JSON lines and redacts personal fields that slip into a log call', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = await createLogger({ level: 'info', destination });
    logger.info({ email: 'anna@example.se', user: { password: 'hemligt-lösenord', role: 'guide' } }, 'oops');
    logger.debug('below the level');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '{}');
    expect(line).toMatchObject({
      msg: 'oops',
      email: '[redacted]',
      user: { password: '[redacted]', role: 'guide' },
    });
    expect(lines[0]).not.toContain('anna@example.se');
  });
});
