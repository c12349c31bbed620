import { describe, expect, it } from 'vitest';
import { parseLabelledTsv } from './labels.js';

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
