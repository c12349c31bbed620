import { describe, expect, it } from 'vitest';
import { delimiterOf, parseContactCsv } from './intake-csv.js';
import type { ContactMapping } from './intake-mapping.js';

const mapping: ContactMapping = {
  columns: {
    externalId: 'Id',
    startedAt: 'Start',
    durationSeconds: 'Längd',
    need: 'Behov',
    topic: 'Ämne',
    resolution: 'Utfall',
    concernsExistingCase: 'Ärende',
    caseReference: 'Diarienr',
    isFailureDemand: 'Undvikbar',
    failureReason: 'Orsak',
    forwardedToUnit: 'Till',
    forwardDone: 'Gjort',
    forwardExpected: 'Förväntas',
    citizenAgeBand: 'Ålder',
    summary: 'Notering',
  },
  fixed: { channel: 'Telefon' },
  values: {
    channel: { Telefon: 'phone' },
    need: { Fråga: 'want_to_know', Problem: 'problem' },
    resolution: { Direkt: 'resolved_self', Vidare: 'forwarded' },
    failureReason: { 'Jagar ärende': 'chasing_case' },
    topic: { VA: 'Vatten och avlopp › Faktura' },
  },
  dateFormat: 'DD.MM.YYYY',
  timeZone: 'Europe/Stockholm',
  durationUnit: 'minutes',
};

const HEADER =
  'Id,Start,Längd,Behov,Ämne,Utfall,Ärende,Diarienr,Undvikbar,Orsak,Till,Gjort,Förväntas,Ålder,Notering,Övrigt';

describe('parseContactCsv', () => {
  it('reads a comma file without BOM: fixed values, value maps, minutes, a local time, a reason alone meaning failure demand', () => {
    const csv = [
      HEADER,
      'K1,15.01.2026 09:00,"2,5",Fråga,VA,Direkt,ja,KS 2026/12,,Jagar ärende,,,,40-49,"Ringde om ""fakturan""",x',
      'K2,01.07.2026 13:45,1,Problem,Bygglov,Vidare,nej,,nej,,Bygglovsenheten,Noterade felet.,Ring upp.,,,',
    ].join('\n');
    const { rows, errors, total } = parseContactCsv(csv, mapping);
    expect(errors).toEqual([]);
    expect(total).toBe(2);
    expect(rows).toEqual([
      {
        ref: 2,
        externalId: 'K1',
        channel: 'phone',
        startedAt: new Date('2026-01-15T08:00:00Z'),
        durationSeconds: 150,
        need: 'want_to_know',
        problemKind: null,
        topic: { path: 'Vatten och avlopp › Faktura' },
        concernsExistingCase: true,
        caseReference: 'KS 2026/12',
        resolution: 'resolved_self',
        forwardedToUnit: null,
        forwardDone: null,
        forwardExpected: null,
        failure: { isFailureDemand: true, reason: 'chasing_case' },
        citizenGender: null,
        citizenAgeBand: '40-49',
        citizenDistrict: null,
        summary: 'Ringde om "fakturan"',
        receivedAt: null,
      },
      {
        ref: 3,
        externalId: 'K2',
        channel: 'phone',
        startedAt: new Date('2026-07-01T11:45:00Z'),
        durationSeconds: 60,
        need: 'problem',
        problemKind: null,
        topic: { path: 'Bygglov' },
        concernsExistingCase: false,
        caseReference: null,
        resolution: 'forwarded',
        forwardedToUnit: { path: 'Bygglovsenheten' },
        forwardDone: 'Noterade felet.',
        forwardExpected: 'Ring upp.',
        failure: { isFailureDemand: false, reason: null },
        citizenGender: null,
        citizenAgeBand: null,
        citizenDistrict: null,
        summary: '',
        receivedAt: null,
      },
    ]);
  });

  it('strips the BOM, skips blank lines, matches headers ignoring case, and reads a topic id as an id', () => {
    const csv = `\uFEFF${HEADER.toUpperCase().replaceAll(',', ';')}\r\n\r\nK1;15.01.2026 09:00;1;Fråga;0F1F8C2E-0000-4000-8000-000000000000;Direkt;;;;;;;;;;\r\n`;
    const { rows, errors, total } = parseContactCsv(csv, mapping);
    expect(errors).toEqual([]);
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ ref: 3, topic: { id: '0f1f8c2e-0000-4000-8000-000000000000' } });
  });

  it('reports every bad cell with its line and column, and leaves those rows out', () => {
    const csv = [
      HEADER,
      ',15.01.2026 09:00,x,Undrar,VA,Direkt,kanske,,,,,,,12-15,,',
      'K2,2026-01-15 09:00,1,Fråga,,Direkt,,,,,,,,,,',
      'K3,29.03.2026 02:15,1,Fråga,VA,Direkt,,,,,,,,,,',
      'K4,15.01.2026 09:00,1,Fråga,VA,Direkt,,,,,,,,,',
      'K5,15.01.2026 09:00,1,Fråga,VA,Direkt,,,,,,,,,,',
    ].join('\n');
    const { rows, errors } = parseContactCsv(csv, mapping);
    expect(rows.map((r) => r.externalId)).toEqual(['K5']);
    expect(errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [2, 'Id', 'required'],
      [2, 'Längd', 'invalid_duration'],
      [2, 'Behov', 'invalid_choice'],
      [2, 'Ärende', 'invalid_choice'],
      [2, 'Ålder', 'invalid_choice'],
      [3, 'Start', 'invalid_date_format'],
      [3, 'Ämne', 'required'],
      [4, 'Start', 'time_nonexistent'],
      [5, null, 'csv_field_count'],
    ]);
    expect(errors[5]?.params).toEqual({ format: 'DD.MM.YYYY' });
  });

  it('refuses a file without a mapped column (in field order), an empty file, broken quotes and text that was not UTF-8', () => {
    expect(parseContactCsv('Id,Start\nK1,15.01.2026 09:00', mapping).errors.map((e) => e.column)).toEqual([
      'Längd',
      'Behov',
      'Ämne',
      'Ärende',
      'Diarienr',
      'Utfall',
      'Till',
      'Gjort',
      'Förväntas',
      'Undvikbar',
      'Orsak',
      'Ålder',
      'Notering',
    ]);
    expect(parseContactCsv('', mapping).errors).toEqual([
      { line: 1, column: null, field: null, code: 'csv_empty' },
    ]);
    expect(parseContactCsv(`${HEADER}\nK1,"15.01.2026 09:00,1`, mapping).errors[0]).toMatchObject({
      line: 2,
      code: 'csv_malformed',
    });
    expect(parseContactCsv(`${HEADER}\nK1,G\uFFFDvle`, mapping).errors).toEqual([
      { line: 2, column: null, field: null, code: 'csv_not_utf8' },
    ]);
  });

  it('a repeated mapped column is refused rather than one of them silently read', () => {
    const errors = parseContactCsv(`${HEADER},Id\n`, mapping).errors;
    expect(errors).toEqual([
      { line: 1, column: 'Id', field: 'externalId', code: 'csv_column_repeated', params: { column: 'Id' } },
    ]);
  });
});

describe('delimiterOf', () => {
  it('takes the separator the header uses most, semicolon on a tie', () => {
    expect(delimiterOf('a;b;c\n1,5;2;3')).toBe(';');
    expect(delimiterOf('a,b\n"x;y",1')).toBe(',');
    expect(delimiterOf('a\tb\tc')).toBe('\t');
    expect(delimiterOf('a')).toBe(';');
  });
});
