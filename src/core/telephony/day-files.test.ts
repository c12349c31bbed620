import { describe, expect, it } from 'vitest';
import { parseEmailFile, parseVisitorFile } from './day-files.js';

describe('parseVisitorFile', () => {
  it('reads datum;besökare with a BOM, skipping blank lines', () => {
    expect(parseVisitorFile('\uFEFFDatum;Besökare\r\n2026-03-02;41\r\n\r\n2026-03-03;38\r\n')).toEqual({
      rows: [
        { day: '2026-03-02', visitors: 41 },
        { day: '2026-03-03', visitors: 38 },
      ],
      errors: [],
    });
  });

  it('reads the English header with commas', () => {
    expect(parseVisitorFile('date,visitors\n2026-03-02,5\n').rows).toEqual([
      { day: '2026-03-02', visitors: 5 },
    ]);
  });

  it('names the line and column of a bad date, a bad count and a day given twice', () => {
    const { errors } = parseVisitorFile(
      'datum;besökare\n2026-02-30;4\n2026-03-02;-1\n2026-03-03;5\n2026-03-03;6\n',
    );
    expect(errors).toEqual([
      { line: 2, column: 'datum', detail: '"2026-02-30" is not a date (YYYY-MM-DD)' },
      { line: 3, column: 'besökare', detail: '"-1" is not a whole number from 0 to 100000' },
      { line: 5, column: 'datum', detail: '2026-03-03 is on line 4 too' },
    ]);
  });

  it('a header without the columns is one error on line 1 per column', () => {
    expect(parseVisitorFile('dag;folk\n').errors.map((e) => [e.line, e.column])).toEqual([[1, 'besökare']]);
  });
});

describe('parseEmailFile', () => {
  it('reads local times in the zone (winter: UTC+1) and an empty answer as unanswered', () => {
    const { rows, errors } = parseEmailFile(
      'id;mottaget;besvarat\nm1;2026-03-02 08:15;2026-03-02 10:00\nm2;2026-03-02 16:30;\n',
      'Europe/Stockholm',
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        externalId: 'm1',
        receivedAt: new Date('2026-03-02T07:15:00Z'),
        answeredAt: new Date('2026-03-02T09:00:00Z'),
      },
      { line: 3, externalId: 'm2', receivedAt: new Date('2026-03-02T15:30:00Z'), answeredAt: null },
    ]);
  });

  it('refuses an answer before the receipt, a time the clocks skip and a repeated id', () => {
    const { errors } = parseEmailFile(
      'id;received;answered\na;2026-03-02 10:00;2026-03-02 09:00\nb;2026-03-29 02:30;\na;2026-03-03 10:00;\n',
      'Europe/Stockholm',
    );
    expect(errors).toEqual([
      { line: 2, column: 'answered', detail: 'answered before it was received' },
      { line: 3, column: 'received', detail: '"2026-03-29 02:30" is not a time (YYYY-MM-DD HH:MM)' },
      { line: 4, column: 'id', detail: 'the id is on line 2 too' },
    ]);
  });
});
