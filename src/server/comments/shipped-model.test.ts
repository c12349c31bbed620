import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLabelledTsv } from '../../core/comments/labels.js';
import { classifyComment, DEFAULT_MODEL_SETTINGS, trainCommentModel } from '../../core/comments/model.js';
import { readLexicon } from './lexicon-files.js';
import { DEFAULT_MODEL_PATH, loadCommentModel, parseModel, writeModelFile } from './model-file.js';
import { TRAIN_PATH } from './train-model.js';

// The shipped model (data/models/comments.json) on the guide's hard cases. These comments are
// the guide's own examples and variants of them; they are the behaviour a municipality relies on.
const model = loadCommentModel();
const classify = (text: string) => classifyComment(model, text);
const areasOf = (text: string) => classify(text).areas.map((a) => a.area);

describe('the shipped comment model', () => {
  it('loads from the file that ships with Lots, small enough to ship', async () => {
    const { provenance } = parseModel(await readFile(DEFAULT_MODEL_PATH, 'utf8'));
    expect(provenance.trainingRows).toBeGreaterThanOrEqual(2500);
    expect((await readFile(DEFAULT_MODEL_PATH)).byteLength).toBeLessThan(20 * 1024 * 1024);
  });

  it('reads irony as criticism', () => {
    expect(classify('Jättekul att sitta i kö i 40 minuter').tone).toBe('negative');
    expect(areasOf('Jättekul att sitta i kö i 40 minuter')).toContain('waiting_time');
    expect(classify('Tack för ingenting').tone).toBe('negative');
  });

  it('turns praise and criticism around under negation', () => {
    expect(classify('inte dålig alls').tone).toBe('positive');
    expect(classify('Hon var inte särskilt hjälpsam').tone).toBe('negative');
    expect(classify('Hon var mycket hjälpsam').tone).toBe('positive');
    expect(classify('Det var inte krångligt').tone).toBe('positive');
  });

  it('understands comments typed without å, ä and ö', () => {
    expect(classify('vantetiden var lang').tone).toBe('negative');
    expect(areasOf('vantetiden var lang')).toEqual(['waiting_time']);
    expect(classify('jattebra bemotande').tone).toBe('positive');
    expect(areasOf('jattebra bemotande')).toEqual(['handler']);
  });

  it('gives both areas when the guide is praised and the municipality blamed', () => {
    const text = 'Personen jag pratade med var jättegullig men snöröjningen är en katastrof';
    expect(areasOf(text)).toEqual(expect.arrayContaining(['handler', 'municipal_services']));
    expect(classify(text).tone).toBe('skeptical');
  });

  it('reads transcribed speech with fillers and one-word answers', () => {
    expect(classify('ehm alltså jag ringde och eh hon var jättetrevlig och hjälpte mig').tone).toBe(
      'positive',
    );
    expect(classify('Toppen').tone).toBe('positive');
    expect(areasOf('Toppen')).toEqual(['experience']);
    expect(classify('ok').tone).toBe('skeptical');
  });

  it('explains a result by the words that weighed most', () => {
    const result = classify('Otrevlig handläggare och lång kö');
    expect(result.tone).toBe('negative');
    expect(result.reasons.map((r) => r.word)).toContain('otrevlig');
    const waiting = result.areas.find((a) => a.area === 'waiting_time');
    expect(waiting?.reasons.map((r) => r.word)).toContain('kö');
  });

  it('masks personal data before analysis', () => {
    const result = classify('Ring mig på 070-123 45 67 eller mejla anna@example.se, ingen har hört av sig');
    expect(result.masked).toBe(true);
    const words = [...result.reasons, ...result.areas.flatMap((a) => a.reasons)].map((r) => r.word);
    expect(words.join(' ')).not.toMatch(/070|anna|example/);
  });
});

describe('training', () => {
  it('is deterministic: two runs on the same rows write the same file', async () => {
    const rows = parseLabelledTsv(await readFile(TRAIN_PATH, 'utf8')).slice(0, 400);
    const lexicon = readLexicon();
    const settings = { ...DEFAULT_MODEL_SETTINGS, dimensions: 1 << 14 };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lots-model-'));
    const provenance = { trainingRows: rows.length, trainingSha256: 'x', settings, crossValidation: null };
    writeModelFile(path.join(dir, 'a.json'), trainCommentModel(rows, settings, lexicon), provenance);
    writeModelFile(path.join(dir, 'b.json'), trainCommentModel(rows, settings, lexicon), provenance);
    const [a, b] = await Promise.all([
      readFile(path.join(dir, 'a.json')),
      readFile(path.join(dir, 'b.json')),
    ]);
    expect(a.equals(b)).toBe(true);
    // And the file loads back into a model that classifies as the trained one did.
    const loaded = parseModel(a.toString('utf8')).model;
    const trained = trainCommentModel(rows, settings, lexicon);
    const text = 'Trevlig personal men lång kö';
    expect(classifyComment(loaded, text)).toEqual(classifyComment(trained, text));
  });
});
