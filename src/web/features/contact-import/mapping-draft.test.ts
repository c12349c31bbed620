import { describe, expect, it } from 'vitest';
import { draftOf, emptyDraft, mappingBodyOf, mappingFieldErrors, parseValueLines } from './mapping-draft.js';

describe('parseValueLines', () => {
  it('reads "their = ours" lines, skips blank ones and reports lines without both sides', () => {
    expect(parseValueLines('Telefon = phone\n\nE-post=email\nBesök\n = chat')).toEqual({
      map: { Telefon: 'phone', 'E-post': 'email' },
      badLines: [4, 5],
    });
  });

  it('splits at the last "=", so a source value may hold one', () => {
    expect(parseValueLines('A=B = phone').map).toEqual({ 'A=B': 'phone' });
  });
});

describe('mappingBodyOf and draftOf', () => {
  it('leaves out empty columns and fixed values, and round-trips a saved mapping', () => {
    const draft = emptyDraft();
    draft.name = ' Telefoni ';
    draft.source = 'Telefoni';
    draft.columns.externalId = 'Samtals-ID';
    draft.columns.startedAt = 'Datum';
    draft.fixed.channel = 'Telefon';
    draft.values.channel = 'Telefon = phone';
    const result = mappingBodyOf(draft);
    if (!('body' in result)) throw new Error('expected a body');
    expect(result.body).toEqual({
      name: 'Telefoni',
      source: 'Telefoni',
      mapping: {
        columns: { externalId: 'Samtals-ID', startedAt: 'Datum' },
        fixed: { channel: 'Telefon' },
        values: { channel: { Telefon: 'phone' } },
        dateFormat: 'YYYY-MM-DD',
        timeZone: 'Europe/Stockholm',
        durationUnit: 'seconds',
      },
    });
    const back = draftOf(result.body);
    expect(back.columns.externalId).toBe('Samtals-ID');
    expect(back.values.channel).toBe('Telefon = phone');
    expect(back.columns.topic).toBe('');
  });

  it('refuses to build a body while a value map has unreadable lines', () => {
    const draft = emptyDraft();
    draft.values.need = 'Fråga = want_to_know\nProblem';
    expect(mappingBodyOf(draft)).toEqual({ badLines: { need: [2] } });
  });
});

describe('mappingFieldErrors', () => {
  it('maps pointers to form fields, first error per field', () => {
    expect(
      mappingFieldErrors([
        { pointer: '/body/name', detail: 'Namnet används redan.' },
        { pointer: '/body/mapping/columns/externalId', detail: 'Obligatoriskt fält.' },
        { pointer: '/body/mapping/values/channel/Fax', detail: 'Välj ett av: phone.' },
        { pointer: '/body/mapping/timeZone', detail: 'Okänd tidszon.' },
      ]),
    ).toEqual({
      name: 'Namnet används redan.',
      'columns.externalId': 'Obligatoriskt fält.',
      'values.channel': 'Välj ett av: phone.',
      timeZone: 'Okänd tidszon.',
    });
  });
});
