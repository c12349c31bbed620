import { describe, expect, it } from 'vitest';
import type { LabelledComment } from './labels.js';
import {
  classifyComment,
  DEFAULT_MODEL_SETTINGS,
  MAX_ANALYSED_CHARACTERS,
  trainCommentModel,
} from './model.js';

// A small set in the guide's domain: enough for the model to learn its words, small enough to
// train in milliseconds. The shipped model's behaviour is tested in server/comments.
const rows: LabelledComment[] = [
  { text: 'Handläggaren var trevlig', tone: 'positive', areas: ['handler'] },
  { text: 'Trevlig och kunnig personal', tone: 'positive', areas: ['handler'] },
  { text: 'Handläggaren var otrevlig', tone: 'negative', areas: ['handler'] },
  { text: 'Otrevlig personal', tone: 'negative', areas: ['handler'] },
  { text: 'Lång kö i telefon', tone: 'negative', areas: ['waiting_time'] },
  { text: 'Fick vänta länge i kö', tone: 'negative', areas: ['waiting_time'] },
  { text: 'Kort kö, svar direkt', tone: 'positive', areas: ['waiting_time'] },
  { text: 'Hemsidan krånglade', tone: 'negative', areas: ['digital_services'] },
  { text: 'Enkel hemsida', tone: 'positive', areas: ['digital_services'] },
  { text: 'Ok', tone: 'skeptical', areas: ['experience'] },
  { text: 'Det fungerade väl', tone: 'skeptical', areas: ['experience'] },
  { text: 'Helt okej', tone: 'skeptical', areas: ['experience'] },
];
const settings = { ...DEFAULT_MODEL_SETTINGS, dimensions: 1 << 12 };

describe('trainCommentModel', () => {
  it('is deterministic: the same rows give the same weights bit for bit', () => {
    const a = trainCommentModel(rows, settings);
    const b = trainCommentModel(rows, settings);
    expect(Buffer.from(a.tone.weights.buffer).equals(Buffer.from(b.tone.weights.buffer))).toBe(true);
    expect(Buffer.from(a.areas.weights.buffer).equals(Buffer.from(b.areas.weights.buffer))).toBe(true);
    expect(a.tone.weights.some((w) => w !== 0)).toBe(true);
  });

  it('learns tone and area from the words, and says which words weighed most', () => {
    const model = trainCommentModel(rows, settings);
    const result = classifyComment(model, 'Mycket otrevlig handläggare');
    expect(result.tone).toBe('negative');
    expect(result.areas[0]?.area).toBe('handler');
    expect(result.reasons.map((r) => r.word)).toContain('otrevlig');
    expect(classifyComment(model, 'lång kö').areas.map((a) => a.area)).toEqual(['waiting_time']);
  });
});

describe('classifyComment on odd input', () => {
  const model = trainCommentModel(rows, settings);

  it('gives no labels to empty, binary or mask-only input, without error', () => {
    for (const text of ['', '   ', '\u0000\u0001\u0002', '!!!']) {
      const result = classifyComment(model, text);
      expect(result.status).toBe('empty');
      expect(result.tone).toBeNull();
      expect(result.areas).toEqual([]);
    }
  });

  it('masks personal data before analysis and says so', () => {
    const result = classifyComment(model, 'Ring mig på 070-123 45 67, lång kö');
    expect(result.masked).toBe(true);
    expect(result.reasons.map((r) => r.word)).not.toContain('070');
  });

  it('analyses only the first 10,000 characters of an enormous comment', () => {
    const result = classifyComment(model, 'lång kö '.repeat(5000));
    expect(result.truncated).toBe(true);
    expect(result.status).toBe('analysed');
    expect(classifyComment(model, 'x'.repeat(MAX_ANALYSED_CHARACTERS)).truncated).toBe(false);
  });

  it('always gives at least one area to an analysed comment', () => {
    const result = classifyComment(model, 'zzz qqq');
    expect(result.areas.length).toBeGreaterThanOrEqual(1);
  });
});
