import { describe, expect, it } from 'vitest';
import { applyCorrections, parseLabelledTsv } from './labels.js';

describe('parseLabelledTsv', () => {
  it('reads rows and orders areas as the guide does', () => {
    const rows = parseLabelledTsv('text\ttone\tareas\nBra men lång kö\tskeptical\twaiting_time,handler\n\n');
    expect(rows).toEqual([
      { text: 'Bra men lång kö', tone: 'skeptical', areas: ['handler', 'waiting_time'] },
    ]);
  });

  it('refuses a wrong header, tone or area with its line', () => {
    expect(() => parseLabelledTsv('a\tb\tc\n')).toThrow('line 1');
    expect(() => parseLabelledTsv('text\ttone\tareas\nx\tneutral\texperience\n')).toThrow(
      'line 2: unknown tone',
    );
    expect(() => parseLabelledTsv('text\ttone\tareas\nx\tpositive\tstaff\n')).toThrow('line 2: areas');
  });
});

describe('applyCorrections', () => {
  it('relabels corrected comments, the latest correction winning, and adds new ones', () => {
    const rows = [
      { text: 'Bra', tone: 'positive' as const, areas: ['experience' as const] },
      { text: 'Kul att vänta', tone: 'positive' as const, areas: ['experience' as const] },
    ];
    const corrections = [
      { text: 'Kul att vänta ', tone: 'skeptical' as const, areas: ['waiting_time' as const] },
      { text: 'Kul att vänta', tone: 'negative' as const, areas: ['waiting_time' as const] },
      { text: 'Ny kommentar', tone: 'skeptical' as const, areas: ['experience' as const] },
    ];
    expect(applyCorrections(rows, corrections)).toEqual([
      rows[0],
      { text: 'Kul att vänta', tone: 'negative', areas: ['waiting_time'] },
      { text: 'Ny kommentar', tone: 'skeptical', areas: ['experience'] },
    ]);
  });
});
