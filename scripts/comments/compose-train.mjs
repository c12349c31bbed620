// Writes data/comments/train.tsv: the hand-written comments of data/comments/train-written.tsv,
// then comments composed from the hand-written clauses of fragments.mjs and hard-cases.mjs by
// the labelling guide's rules (docs in data/comments/README.md). Deterministic: the same files give the same set.
// Run: node scripts/comments/compose-train.mjs [count]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { CONTEXT, POOLS, SLOTS } from './fragments.mjs';
import { DIALECT, ENGLISH, FILLERS, IRONY, MASKED, NEGATION, RAMBLE, SHORT } from './hard-cases.mjs';

const AREA = {
  h: 'handler',
  w: 'waiting_time',
  d: 'digital_services',
  m: 'municipal_services',
  e: 'experience',
};
const AREA_ORDER = ['h', 'w', 'd', 'm', 'e'];
const TONE = { '+': 'positive', '-': 'negative', 0: 'skeptical' };

let seed = 0x5eed16;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

function fill(template) {
  return template.replace(/\{([A-Z])\}/g, (_, slot) => pick(SLOTS[slot]));
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clause from a pool: its text, polarity sign (1, -1, 0), weight and area letter. */
function clause(area, tone) {
  const raw = pick(POOLS[area + tone]);
  const strong = raw.startsWith('!');
  const text = fill(strong ? raw.slice(1) : raw);
  return { text, sign: tone === '+' ? 1 : tone === '-' ? -1 : 0, weight: strong ? 2 : 1, area };
}

/** The guide's mixed rule: a side that clearly dominates in force wins; a balance is skeptical. */
function toneOf(clauses) {
  let positive = 0;
  let negative = 0;
  for (const c of clauses) {
    if (c.sign > 0) positive += c.weight;
    if (c.sign < 0) negative += c.weight;
  }
  if (positive === 0 && negative === 0) return '0';
  if (negative === 0) return '+';
  if (positive === 0) return '-';
  if (positive >= 2 * negative) return '+';
  if (negative >= 2 * positive) return '-';
  return '0';
}

function join(clauses) {
  let text = capitalise(clauses[0].text);
  for (let i = 1; i < clauses.length; i += 1) {
    const a = clauses[i - 1];
    const b = clauses[i];
    const contrast = a.sign !== 0 && b.sign !== 0 && a.sign !== b.sign;
    const opener = a.weight === 0 && /(och|att|men|kort)$/.test(a.text);
    const joiner = opener
      ? ' '
      : contrast
        ? pick([' men ', '. Men ', ', men ', ' fast ', '. Dock ', ' men '])
        : pick(['. ', ', ', ' och ', '! ', '. ', ' ']);
    const next = /[.!] $/.test(joiner)
      ? capitalise(b.text)
      : b.text.charAt(0) === b.text.charAt(0).toUpperCase() &&
          /^[A-ZÅÄÖ][a-zåäö]/.test(b.text) &&
          !/^(Anna|Johan|Mina|BankID|VA)/.test(b.text)
        ? b.text.charAt(0).toLowerCase() + b.text.slice(1)
        : b.text;
    text += joiner + next;
  }
  return text + pick(['.', '.', '!', '', '.', '!!', ' :)', '.']);
}

function stripDiacritics(text) {
  return text.replace(/[åä]/g, 'a').replace(/[ÅÄ]/g, 'A').replace(/ö/g, 'o').replace(/Ö/g, 'O');
}

function spoken(text) {
  const words = text
    .toLowerCase()
    .replace(/[.,!?:;)(]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out = [];
  if (chance(0.7)) out.push(pick(FILLERS));
  for (const word of words) {
    out.push(word);
    if (chance(0.12)) out.push(pick(FILLERS));
  }
  return out.join(' ');
}

function dialect(text) {
  let out = text;
  for (const [pattern, replacement] of DIALECT) if (chance(0.6)) out = out.replace(pattern, replacement);
  return out;
}

function typos(text) {
  const chars = [...text];
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i += 1) {
    const at = Math.floor(random() * chars.length);
    if (!/[a-zåäö]/.test(chars[at] ?? '')) continue;
    const kind = random();
    if (kind < 0.35) chars.splice(at, 1);
    else if (kind < 0.7 && at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
    else chars.splice(at, 0, chars[at]);
  }
  return chars.join('');
}

function row(text, tone, areaLetters) {
  const areas = AREA_ORDER.filter((a) => areaLetters.includes(a)).map((a) => AREA[a]);
  return `${text.replace(/[\t\r\n]+/g, ' ').trim()}\t${TONE[tone]}\t${areas.join(',')}`;
}

const AREAS = ['h', 'w', 'd', 'm', 'e'];
const AREA_WEIGHTS = [0.3, 0.22, 0.14, 0.14, 0.2];
function pickArea() {
  let r = random();
  for (let i = 0; i < AREAS.length; i += 1) {
    r -= AREA_WEIGHTS[i];
    if (r < 0) return AREAS[i];
  }
  return 'e';
}
function pickTone() {
  const r = random();
  return r < 0.5 ? '+' : r < 0.82 ? '-' : '0';
}

/**
 * A negated judgement: "inte" before a word of criticism is praise, before a word of praise
 * criticism ("inte särskilt", "inte så" too); "inte helt" before praise is lukewarm.
 */
function negated() {
  const area = pick(['h', 'h', 'w', 'd', 'd', 'e', 'e', 'm']);
  const { subjects, positive, negative } = NEGATION[area];
  const subject = pick(subjects);
  const verb = pick(['var', 'var', 'är']);
  const r = random();
  if (r < 0.4)
    return [
      `${subject} ${verb} ${pick(['inte', 'inte', 'int', 'inte alls', 'verkligen inte', 'absolut inte'])} ${pick(negative)}${pick(['', '', ' alls', ' faktiskt', ', tvärtom'])}`,
      '+',
      area,
    ];
  if (r < 0.85)
    return [
      `${subject} ${verb} ${pick(['inte', 'inte särskilt', 'inte så', 'inte speciellt', 'inte direkt', 'inte ett dugg', 'aldrig'])} ${pick(positive)}`,
      '-',
      area,
    ];
  return [`${subject} ${verb} inte helt ${pick(positive)}`, '0', area];
}

function composed() {
  const kind = random();
  if (kind > 0.92) {
    const [text, tone, area] = negated();
    return [text + pick(['.', '', '!', '.']), tone, area];
  }
  if (kind < 0.05) {
    const [text, tone, area] = pick(SHORT);
    return [text, tone, area];
  }
  if (kind < 0.11) {
    const [text, tone, areas] = pick(ENGLISH);
    return [text, tone, areas.split(',').join('')];
  }
  if (kind < 0.17) {
    // Irony, alone or with a sincere clause of the same side.
    const [template, area] = pick(IRONY);
    const clauses = [{ text: fill(template), sign: -1, weight: 2, area }];
    if (chance(0.35)) clauses.push(clause(pickArea(), '-'));
    return [join(clauses), '-', clauses.map((c) => c.area).join('')];
  }
  const count = kind < 0.45 ? 1 : kind < 0.8 ? 2 : kind < 0.93 ? 3 : 4;
  const clauses = [];
  if (kind >= 0.8 && chance(0.5)) clauses.push({ text: fill(pick(CONTEXT)), sign: 0, weight: 0, area: '' });
  if (count === 2 && chance(0.45)) {
    // Praise for the guide and anger at something else, or the other way round.
    const first = pick(['h', 'h', 'e']);
    const second = pick(['w', 'm', 'd', 'e', 'w', 'm']);
    const firstTone = chance(0.7) ? '+' : '-';
    clauses.push(
      clause(first, firstTone),
      clause(second === first ? 'w' : second, firstTone === '+' ? '-' : '+'),
    );
  } else {
    const baseTone = pickTone();
    for (let i = 0; i < count; i += 1) {
      const tone = i === 0 || chance(0.65) ? baseTone : pickTone();
      clauses.push(clause(pickArea(), tone));
    }
  }
  if (chance(0.3)) clauses.unshift({ text: fill(pick(CONTEXT)), sign: 0, weight: 0, area: '' });
  if (chance(0.06)) clauses.push({ text: pick(MASKED), sign: 0, weight: 0, area: '' });
  if (count >= 3 && chance(0.4)) clauses.unshift({ text: pick(RAMBLE), sign: 0, weight: 0, area: '' });
  const judged = clauses.filter((c) => c.area !== '');
  return [join(clauses), toneOf(judged), [...new Set(judged.map((c) => c.area))].join('')];
}

function transform(text) {
  let out = text;
  const r = random();
  if (r < 0.14) out = spoken(out);
  else if (r < 0.25) out = dialect(out);
  if (chance(0.14)) out = stripDiacritics(out);
  if (chance(0.08)) out = typos(out);
  if (chance(0.06)) out = out.toLowerCase();
  if (chance(0.02)) out = out.toUpperCase();
  return out;
}

function readRows(path) {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return lines.slice(1);
}

const total = Number(process.argv[2] ?? 3000);
const written = readRows('data/comments/train-written.tsv');
const seen = new Set(written.map((l) => l.split('\t')[0].toLowerCase()));
const out = ['text\ttone\tareas', ...written];
let tries = 0;
while (out.length - 1 < total && tries < total * 20) {
  tries += 1;
  const [text, tone, areas] = composed();
  const final = transform(text);
  const key = final.toLowerCase();
  if (seen.has(key)) continue;
  seen.add(key);
  out.push(row(final, tone, areas));
}
writeFileSync('data/comments/train.tsv', out.join('\n') + '\n');
console.log(`wrote ${out.length - 1} comments (${written.length} hand-written)`);
