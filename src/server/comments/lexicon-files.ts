/**
 * Reads the sentiment lexicons copied into data/comments/lexicon (their sources and licences are
 * in data/comments/README.md) into folded stems. A stem that both lexicons, or two senses, mark
 * with opposite polarity is left out.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { Lexicon } from '../../core/comments/features.js';
import { stem } from '../../core/comments/stem.js';
import { fold } from '../../core/comments/text.js';

export const LEXICON_DIRECTORY = fileURLToPath(new URL('../../../data/comments/lexicon/', import.meta.url));

export function readLexicon(directory: string = LEXICON_DIRECTORY): Lexicon {
  const positive = new Set<string>();
  const negative = new Set<string>();
  const add = (word: string, sign: number) => {
    if (sign === 0 || /\s/.test(word.trim())) return;
    const key = fold(stem(word.trim().toLowerCase()));
    if (key.length < 3) return;
    (sign > 0 ? positive : negative).add(key);
  };
  const sentimentlex = Papa.parse<Record<string, string>>(
    readFileSync(`${directory}sentimentlex.csv`, 'utf8'),
    { header: true, skipEmptyLines: true },
  );
  for (const row of sentimentlex.data)
    add(row.word ?? '', row.polarity === 'pos' ? 1 : row.polarity === 'neg' ? -1 : 0);
  for (const line of readFileSync(`${directory}afinn-sv-165.txt`, 'utf8').split('\n')) {
    const [word = '', score = '0'] = line.split('\t');
    const value = Number(score);
    add(word, Number.isFinite(value) ? Math.sign(value) : 0);
  }
  for (const key of [...positive]) {
    if (negative.has(key)) {
      positive.delete(key);
      negative.delete(key);
    }
  }
  return { positive, negative };
}
