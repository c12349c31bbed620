import { describe, expect, it } from 'vitest';
import { parseIsoWeek } from './iso-week.js';
import { formatReportNumber, weeklyReportCsv } from './weekly-report-csv.js';
import { weeklyReport } from './weekly-report.js';

describe('formatReportNumber', () => {
  it('shares as percent with one decimal: 202/234 = 0.86324... -> 86,3 (sv), 86.3 (en)', () => {
    expect(formatReportNumber(202 / 234, 'share', 'sv')).toBe('86,3');
    expect(formatReportNumber(202 / 234, 'share', 'en')).toBe('86.3');
  });

  it('seconds with one decimal, counts whole, no value empty', () => {
    expect(formatReportNumber(11200 / 202, 'seconds', 'sv')).toBe('55,4');
    expect(formatReportNumber(234, 'count', 'sv')).toBe('234');
    expect(formatReportNumber(null, 'share', 'sv')).toBe('');
    expect(formatReportNumber(1, 'share', 'en')).toBe('100.0');
  });
});

describe('weeklyReportCsv', () => {
  const report = weeklyReport({
    from: parseIsoWeek('2026-W14'),
    to: parseIsoWeek('2026-W14'),
    measures: new Map([
      [
        '2026-03-30',
        {
          offered: 100,
          answered: 90,
          abandoned: 10,
          answeredWaitSeconds: 3600,
          answeredWaitUnder60: 60,
          answeredWait60To120: 20,
          answeredWaitOver120: 10,
          answeredWithin: 80,
        },
      ],
      [
        '2026-04-03',
        {
          offered: 4,
          answered: 2,
          abandoned: 2,
          answeredWaitSeconds: 100,
          answeredWaitUnder60: 1,
          answeredWait60To120: 1,
          answeredWaitOver120: 0,
          answeredWithin: 2,
        },
      ],
    ]),
  });
  const csv = weeklyReportCsv({ ...report, closedDays: [{ day: '2026-04-02', reason: 'Flytt' }] }, 'sv');
  const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');

  it('starts with the BOM and a header of the variation columns and the weeks', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe('Mått;Dag;Medel;Mål;Lägst;Högst;v.\u00a014 2026');
  });

  it('writes each measure and day: Monday 90/100 answered = 90,0 %; the week (90+2)/(100+4) = 88,5 %', () => {
    expect(lines).toContain('Tillgänglighet (%);Måndag;90,0;;90,0;90,0;90,0');
    expect(lines).toContain('Tillgänglighet (%);Veckan;88,5;;88,5;88,5;88,5');
    expect(lines).toContain('Erbjudna samtal;Fredag;;;;;4');
    expect(lines).toContain('Medelkötid, besvarade (s);Måndag;40,0;;40,0;40,0;40,0');
  });

  it('ends with the closed days and the data issues', () => {
    expect(lines.slice(-5)).toEqual([
      'Egna stängda dagar',
      '2026-04-02;Flytt',
      '',
      'Att kontrollera i underlaget',
      '2026-04-03;Trafik en stängd dag',
    ]);
  });
});
