/**
 * Issue #14.6: what the server sends is compressed and cached. The web app's files are
 * compressed at build time (scripts/precompress.mjs, run here on a small web root) and sent as
 * the client accepts them, brotli before gzip; hashed assets are cached for a year, the page
 * itself never without asking again; API answers of 1 kB or more are compressed on the fly; a
 * compressed request body is not inflated.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { signedInAs, testServer } from '../../test/server.js';

const webRoot = await mkdtemp(path.join(os.tmpdir(), 'lots-compression-'));
afterAll(() => rm(webRoot, { recursive: true, force: true }));
const script = `console.log(${JSON.stringify('Lots '.repeat(2_000))});\n`;
const page = `<!doctype html><html lang="sv"><head><title>Lots</title></head><body>${'<p>Lots</p>'.repeat(200)}</body></html>`;
await mkdir(path.join(webRoot, 'assets'));
await writeFile(path.join(webRoot, 'index.html'), page);
await writeFile(path.join(webRoot, 'assets', 'app-Ab12Cd34.js'), script);
await writeFile(path.join(webRoot, 'assets', 'tiny-Ef56Gh78.js'), 'export {};\n');
await promisify(execFile)(process.execPath, [path.resolve('scripts/precompress.mjs'), webRoot]);

const server = await testServer({ webRoot });
const { app } = server;

describe('compression and caching', () => {
  it('the build writes .br and .gz beside each text file of 1 kB or more, and only those', async () => {
    expect((await readdir(path.join(webRoot, 'assets'))).sort()).toEqual([
      'app-Ab12Cd34.js',
      'app-Ab12Cd34.js.br',
      'app-Ab12Cd34.js.gz',
      'tiny-Ef56Gh78.js',
    ]);
  });

  it.each([
    ['br, gzip', 'br', (b: Buffer) => zlib.brotliDecompressSync(b)],
    ['gzip, deflate, br;q=0.5', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
    ['gzip', 'gzip', (b: Buffer) => zlib.gunzipSync(b)],
  ])(
    'a hashed asset asked for with Accept-Encoding %s comes as %s, cached for a year',
    async (accept, encoding, decode) => {
      const res = await app.inject({
        method: 'GET',
        url: '/assets/app-Ab12Cd34.js',
        headers: { 'accept-encoding': accept },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.rawPayload.length).toBeLessThan(script.length / 10);
      expect(decode(res.rawPayload).toString()).toBe(script);
    },
  );

  it('without Accept-Encoding the asset comes as it is', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-Ab12Cd34.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(script);
  });

  it('the page is compressed and asked for again on each visit (it names the current assets)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/analys/nar',
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(page);
  });

  it('an API answer of 1 kB or more is compressed; a small one is not', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const large = await app.inject({
      method: 'GET',
      url: '/api/docs/json',
      headers: { ...admin.headers, 'accept-encoding': 'gzip' },
    });
    expect(large.statusCode).toBe(200);
    expect(large.headers['content-encoding']).toBe('gzip');
    const document = JSON.parse(zlib.gunzipSync(large.rawPayload).toString()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
    expect(large.rawPayload.length).toBeLessThan(JSON.stringify(document).length / 4);

    const small = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toBeTruthy();
  });

  it('a compressed request body is not inflated (415: the server reads only plain bodies)', async () => {
    const admin = await signedInAs(server, ['administrator']);
    const res = await app.inject({
      method: 'POST',
      url: '/api/telephony/closed-days',
      headers: { ...admin.headers, 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: zlib.gzipSync(JSON.stringify({ day: '2026-03-05', reason: 'Personaldag' })),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});
