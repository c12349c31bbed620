// Each text file of a built web app also as .br and .gz beside it, compressed once at the highest
// levels, so that the server sends them as they are instead of compressing per request
// (@fastify/static preCompressed; issue #14.6). Files under 1 kB are left: their headers would
// outweigh the saving. `node scripts/precompress.mjs <dir>`, or from scripts/build.mjs.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const TEXT = /\.(js|mjs|css|html|svg|json|txt|map|webmanifest)$/;

export async function precompress(dir) {
  const files = (await readdir(dir, { recursive: true })).filter((f) => TEXT.test(f));
  // zlib's asynchronous calls run on the thread pool: the files are compressed side by side.
  await Promise.all(
    files.map(async (file) => {
      const full = path.join(dir, file);
      const data = await readFile(full);
      if (data.length < 1024) return;
      const params = {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      };
      await writeFile(`${full}.br`, await brotli(data, { params }));
      await writeFile(`${full}.gz`, await gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }));
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs <dir>');
    process.exit(2);
  }
  await precompress(dir);
}
