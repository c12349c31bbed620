import { describe, expect, it } from 'vitest';
import { checkContactMapping, type ContactMapping } from './intake-mapping.js';

const valid: ContactMapping = {
  columns: {
    externalId: 'ID',
    startedAt: 'Start',
    durationSeconds: 'Längd',
    channel: 'Kanal',
    need: 'Behov',
    topic: 'Ämne',
    resolution: 'Utfall',
  },
  fixed: {},
  values: { channel: { Telefon: 'phone' }, topic: { 'VA-faktura': 'Vatten och avlopp › Faktura' } },
  dateFormat: 'YYYY-MM-DD',
  timeZone: 'Europe/Stockholm',
  durationUnit: 'seconds',
};

describe('checkContactMapping', () => {
  it('accepts a complete mapping; topic value maps hold paths, not codes', () => {
    expect(checkContactMapping(valid)).toEqual([]);
  });

  it('a required field may come from a fixed value instead of a column (a telephony file: all phone calls)', () => {
    const { channel: _c, ...columns } = valid.columns;
    expect(checkContactMapping({ ...valid, columns, fixed: { channel: 'Telefon' } })).toEqual([]);
    expect(checkContactMapping({ ...valid, columns, fixed: { channel: 'phone' } })).toEqual([]);
  });

  it('names each required field without a column or a fixed value', () => {
    const { externalId: _e, topic: _t, ...columns } = valid.columns;
    expect(checkContactMapping({ ...valid, columns })).toEqual([
      { path: 'columns/externalId', code: 'required' },
      { path: 'columns/topic', code: 'required' },
    ]);
  });

  it('refuses a column and a fixed value for one field, one column for two fields, and a time column alone', () => {
    const issues = checkContactMapping({
      ...valid,
      columns: { ...valid.columns, need: 'kanal', startTime: 'Tid' },
      fixed: { channel: 'phone' },
    });
    expect(issues).toEqual([
      { path: 'fixed/channel', code: 'column_and_fixed' },
      { path: 'columns/need', code: 'column_repeated', params: { column: 'kanal', field: 'channel' } },
    ]);
    const { startedAt: _s, ...columns } = valid.columns;
    expect(checkContactMapping({ ...valid, columns: { ...columns, startTime: 'Tid' } })).toEqual([
      { path: 'columns/startedAt', code: 'required' },
      { path: 'columns/startTime', code: 'time_without_date' },
    ]);
  });

  it('refuses value maps to codes we do not have, a fixed value that is not valid, and an unknown time zone', () => {
    const issues = checkContactMapping({
      ...valid,
      values: { need: { Fråga: 'question' }, concernsExistingCase: { Ja: 'yes' } },
      fixed: { durationSeconds: 'lång' },
      columns: { ...valid.columns, durationSeconds: undefined },
      timeZone: 'Stockholm',
    });
    expect(issues).toEqual([
      { path: 'timeZone', code: 'invalid_time_zone' },
      {
        path: 'values/need/Fråga',
        code: 'invalid_choice',
        params: { options: 'want_service, want_to_know, problem, dont_understand, opinion, other_authority' },
      },
      { path: 'values/concernsExistingCase/Ja', code: 'invalid_choice', params: { options: 'true, false' } },
      { path: 'fixed/durationSeconds', code: 'invalid_fixed_value', params: { reason: 'invalid_duration' } },
    ]);
  });
});
