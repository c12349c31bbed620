/**
 * npm run bench:comments: the comment model's figures (issue 16). Classifies 17,000 comments
 * (Medborgarpulsen's yearly volume) on one core and prints the CPU time (and the wall time) against the 2 s target, the
 * model file's size against 20 MB, the resident memory the loaded model takes against 200 MB, and
 * the training time (one training run on data/comments/train.tsv, without cross-validation).
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseLabelledTsv } from '../src/core/comments/labels.js';
import { classifyComment, DEFAULT_MODEL_SETTINGS, trainCommentModel } from '../src/core/comments/model.js';
import { readLexicon } from '../src/server/comments/lexicon-files.js';
import { DEFAULT_MODEL_PATH, loadCommentModel } from '../src/server/comments/model-file.js';
import { TRAIN_PATH } from '../src/server/comments/train-model.js';

const COUNT = 17_000;
const mb = (bytes: number) => bytes / 1024 / 1024;

const rows = parseLabelledTsv(readFileSync(TRAIN_PATH, 'utf8'));
// Comments as they come: the training texts with a varying tail, so the stem cache sees new words.
const comments = Array.from({ length: COUNT }, (_, i) => {
  const text = rows[i % rows.length]?.text ?? '';
  return i < rows.length ? text : `${text} ${['ärende', 'tack', 'kommunen', 'igen', 'idag'][i % 5]} ${i}`;
});

global.gc?.();
const before = process.memoryUsage().rss;
const model = loadCommentModel();
// The first classification builds the interleaved weight table: part of the model's memory.
classifyComment(model, 'uppvärmning');
global.gc?.();
const modelRss = process.memoryUsage().rss - before;
const size = statSync(DEFAULT_MODEL_PATH).size;

const started = performance.now();
const cpuStarted = process.cpuUsage();
let negative = 0;
for (const text of comments) if (classifyComment(model, text).tone === 'negative') negative += 1;
const wall = (performance.now() - started) / 1000;
// The CPU time this single-threaded loop used: the time on one core, whatever else shares the
// machine. The wall time is printed beside it.
const cpu = process.cpuUsage(cpuStarted);
const seconds = (cpu.user + cpu.system) / 1e6;

const lexicon = readLexicon();
const trainStarted = performance.now();
trainCommentModel(rows, DEFAULT_MODEL_SETTINGS, lexicon);
const trainSeconds = (performance.now() - trainStarted) / 1000;

console.log(
  `classify ${COUNT} comments: ${seconds.toFixed(2)} s of CPU on one core (target < 2 s, ratio ${(seconds / 2).toFixed(2)}), ${wall.toFixed(2)} s wall; ${(COUNT / seconds).toFixed(0)} comments/s; ${negative} negative`,
);
console.log(`model file: ${mb(size).toFixed(1)} MB (target < 20 MB, ratio ${(mb(size) / 20).toFixed(2)})`);
console.log(
  `resident memory for the model: ${mb(modelRss).toFixed(0)} MB (target < 200 MB, ratio ${(mb(modelRss) / 200).toFixed(2)})`,
);
console.log(
  `load average during the run: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} (on ${cpus().length} cores)`,
);
console.log(
  `training on ${rows.length} comments: ${trainSeconds.toFixed(1)} s (one run, no cross-validation)`,
);
