import { describe, expect, it } from 'vitest';
import { formatResults, readComments } from './io.js';
import type { CommentResult } from './model.js';

describe('readComments', () => {
  it('reads one comment per line, blank lines included, in order', () => {
    expect(readComments('Bra\n\nDåligt\r\nOk\n')).toEqual({ comments: ['Bra', '', 'Dåligt', 'Ok'] });
  });

  it("reads a named column of a CSV file with the header's separator, quotes and all", () => {
    const csv = '\uFEFFid;Kommentar;Kanal\n1;"Bra; snabbt";telefon\n2;"Lång\nkö";besök\n';
    expect(readComments(csv, 'kommentar')).toEqual({ comments: ['Bra; snabbt', 'Lång\nkö'] });
  });

  it('names the columns when the one asked for is missing', () => {
    expect(readComments('a,b\n1,2\n', 'Kommentar')).toEqual({
      error: { code: 'column_missing', column: 'Kommentar', columns: ['a', 'b'] },
    });
  });

  it('refuses binary and non-UTF-8 input', () => {
    expect(readComments('PK\u0003\u0004\u0000\u0000')).toEqual({ error: { code: 'binary' } });
    expect(readComments('Bra\nG\ufffdvle')).toEqual({ error: { code: 'not_utf8', line: 2 } });
  });
});

describe('formatResults', () => {
  const result: CommentResult = {
    status: 'analysed',
    tone: 'negative',
    toneConfidence: 0.9,
    toneProbabilities: { positive: 0.05, skeptical: 0.05, negative: 0.9 },
    areas: [{ area: 'waiting_time', confidence: 0.8, reasons: [{ word: 'kö', weight: 1 }] }],
    areaProbabilities: {
      handler: 0.1,
      waiting_time: 0.8,
      digital_services: 0,
      municipal_services: 0,
      experience: 0.2,
    },
    reasons: [{ word: 'kö', weight: 1.2 }],
    masked: false,
    truncated: false,
  };

  it('writes TSV with a header and one row per comment in order', () => {
    const lines = formatResults([result, result], 'tsv').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.split('\t').slice(0, 5)).toEqual(['n', 'status', 'tone', 'tone_confidence', 'areas']);
    expect(lines[2]?.split('\t').slice(0, 5)).toEqual(['2', 'analysed', 'negative', '0.900', 'waiting_time']);
  });

  it('writes CSV with semicolons and JSON with the explanations', () => {
    expect(formatResults([result], 'csv').split('\r\n')[1]?.split(';')[2]).toBe('negative');
    const json = JSON.parse(formatResults([result], 'json')) as Array<{ n: number; reasons: unknown }>;
    expect(json[0]?.n).toBe(1);
    expect(json[0]?.reasons).toEqual([{ word: 'kö', weight: 1.2 }]);
  });
});
