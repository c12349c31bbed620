/**
 * A file arriving as a stream of bytes (an upload, or a file the CLI opens), read as batches of
 * lines with bounded memory: one chunk and one partial line at a time. The SHA-256 and the byte
 * count are of the bytes as sent, so the same file is recognised however it is read; a gzip file
 * (a rotated queue_log.1.gz) is recognised by its magic number and unpacked on the way.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

export interface FileTap {
  /** Bytes read so far (as sent, before decompression). */
  bytes: number;
  /** The SHA-256 of the bytes as sent, in hex; set when the file has been read to its end. */
  sha256: string | null;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Yields the file's lines in batches (without line breaks; a final empty line is not yielded). */
export async function* readLineBatches(
  input: AsyncIterable<Uint8Array>,
  tap: FileTap,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<string[]> {
  const hash = createHash('sha256');
  const counted = (async function* () {
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      hash.update(bytes);
      tap.bytes += bytes.length;
      onBytes?.(tap.bytes);
      yield bytes;
    }
    tap.sha256 = hash.digest('hex');
  })();

  // Peek at the first chunk for the gzip magic number, then read on from the same iterator.
  const first = await counted.next();
  if (first.done) {
    return;
  }
  const head = first.value;
  const rest = (async function* () {
    yield head;
    yield* counted;
  })();
  const isGzip = head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  const bytes: AsyncIterable<Uint8Array> = isGzip ? Readable.from(rest).pipe(createGunzip()) : rest;

  const decoder = new TextDecoder('utf-8');
  let partial = '';
  let bomChecked = false;
  for await (const chunk of bytes) {
    let text = partial + decoder.decode(chunk, { stream: true });
    if (!bomChecked && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      bomChecked = true;
    }
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    if (lines.length > 0) yield withoutCarriageReturns(lines);
  }
  const last = partial + decoder.decode();
  if (last !== '') yield withoutCarriageReturns([last]);
}

/** Lines of a file written on Windows end in CR LF: the CR is not part of the line. */
function withoutCarriageReturns(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.endsWith('\r')) lines[i] = line.slice(0, -1);
  }
  return lines;
}
