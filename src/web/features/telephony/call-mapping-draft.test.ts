import { describe, expect, it } from 'vitest';
import {
  callMappingBodyOf,
  callMappingDraftOf,
  callMappingFieldErrors,
  emptyCallMappingDraft,
  readCodeRows,
  visibleColumns,
  withCodeRow,
  type CallMappingDraft,
} from './call-mapping-draft.js';

/** The e2e's mapping: date and time in two columns, a queue column, two outcome codes. */
function callsDraft(): CallMappingDraft {
  const draft = emptyCallMappingDraft();
  draft.name = ' Telia ';
  draft.source = 'Telia ACD';
  draft.start = 'two';
  Object.assign(draft.columns, {
    callId: 'Samtals-id',
    queue: 'Kö',
    enteredDate: 'Datum',
    enteredTime: 'Tid',
    outcome: 'Utfall',
    waitSeconds: ' Kötid ',
  });
  draft.outcomes = [
    { id: 1, theirs: 'Besvarat', ours: 'answered' },
    { id: 2, theirs: 'Avbrutet', ours: 'abandoned' },
  ];
  return draft;
}

const bodyOf = (draft: CallMappingDraft) => {
  const result = callMappingBodyOf(draft);
  if (!('body' in result)) throw new Error('expected a body');
  return result.body;
};

describe('visibleColumns', () => {
  it('shows the start as one column or as date and time, and the queue column only without a fixed queue', () => {
    expect(visibleColumns({ kind: 'calls', start: 'one', queue: 'column' })).toEqual([
      'callId',
      'enteredAt',
      'queue',
      'outcome',
      'waitSeconds',
      'talkSeconds',
      'answeredEnd',
    ]);
    expect(visibleColumns({ kind: 'intervals', start: 'two', queue: 'fixed' }).slice(0, 3)).toEqual([
      'intervalDate',
      'intervalTime',
      'offered',
    ]);
  });
});

describe('callMappingBodyOf', () => {
  it('a calls mapping: trimmed headers, empty columns and the other start left out, codes as a map', () => {
    const draft = callsDraft();
    draft.columns.enteredAt = 'Start'; // typed before switching to two columns: not sent
    draft.columns.offered = 'Erbjudna'; // an intervals field: not sent
    expect(bodyOf(draft)).toEqual({
      name: 'Telia',
      source: 'Telia ACD',
      mapping: {
        kind: 'calls',
        columns: {
          callId: 'Samtals-id',
          enteredDate: 'Datum',
          enteredTime: 'Tid',
          queue: 'Kö',
          outcome: 'Utfall',
          waitSeconds: 'Kötid',
        },
        outcomes: { Besvarat: 'answered', Avbrutet: 'abandoned' },
        dateFormat: 'YYYY-MM-DD',
        timeZone: 'Europe/Stockholm',
        durationUnit: 'seconds',
      },
    });
  });

  it('a fixed queue replaces the queue column and is sent even when empty (the server says it is missing)', () => {
    const draft = callsDraft();
    draft.queue = 'fixed';
    expect(bodyOf(draft).mapping).toMatchObject({ fixedQueue: '' });
    expect(bodyOf(draft).mapping.columns).not.toHaveProperty('queue');
    draft.fixedQueue = ' Växeln ';
    expect(bodyOf(draft).mapping).toMatchObject({ fixedQueue: 'Växeln' });
  });

  it('an intervals mapping has no code tables, whatever rows the calls part holds', () => {
    const draft = callsDraft();
    draft.kind = 'intervals';
    draft.start = 'one';
    Object.assign(draft.columns, {
      intervalStart: 'Intervall',
      offered: 'Erbj',
      answered: 'Besv',
      abandoned: 'Avbr',
    });
    expect(bodyOf(draft).mapping).toEqual({
      kind: 'intervals',
      columns: {
        intervalStart: 'Intervall',
        queue: 'Kö',
        offered: 'Erbj',
        answered: 'Besv',
        abandoned: 'Avbr',
      },
      dateFormat: 'YYYY-MM-DD',
      timeZone: 'Europe/Stockholm',
      durationUnit: 'seconds',
    });
  });

  it('empty code rows are skipped and an empty table is left out', () => {
    const draft = callsDraft();
    draft.outcomes = [{ id: 1, theirs: '  ', ours: '' }];
    expect(bodyOf(draft).mapping).not.toHaveProperty('outcomes');
  });

  it('refuses to build a body while a code row is half filled or repeats a code', () => {
    const draft = callsDraft();
    draft.outcomes = [
      { id: 1, theirs: 'Besvarat', ours: 'answered' },
      { id: 4, theirs: 'Avbrutet', ours: '' },
      { id: 5, theirs: '', ours: 'timeout' },
      { id: 7, theirs: ' besvarat', ours: 'abandoned' },
    ];
    draft.answeredEnds = [{ id: 1, theirs: 'Kund', ours: '' }];
    expect(callMappingBodyOf(draft)).toEqual({
      rowProblems: new Map([
        ['outcomes.4', { code: 'oursMissing' }],
        ['outcomes.5', { code: 'theirsMissing' }],
        // "besvarat" is row 1's code: cells are matched ignoring case and outer spaces.
        ['outcomes.7', { code: 'duplicate', row: 1 }],
        ['answeredEnds.1', { code: 'oursMissing' }],
      ]),
    });
  });
});

describe('readCodeRows and withCodeRow', () => {
  it('a new row gets the next free id, so a removed row’s id is never reused while rows remain', () => {
    const rows = withCodeRow([
      { id: 1, theirs: 'A', ours: 'answered' },
      { id: 3, theirs: 'B', ours: 'abandoned' },
    ]);
    expect(rows.at(-1)).toEqual({ id: 4, theirs: '', ours: '' });
    expect(readCodeRows(rows)).toEqual({ map: { A: 'answered', B: 'abandoned' } });
  });
});

describe('callMappingDraftOf', () => {
  it('round-trips a saved calls mapping: two start columns, codes as rows', () => {
    const body = bodyOf(callsDraft());
    const draft = callMappingDraftOf(body);
    expect(draft.start).toBe('two');
    expect(draft.queue).toBe('column');
    expect(draft.outcomes).toEqual([
      { id: 1, theirs: 'Besvarat', ours: 'answered' },
      { id: 2, theirs: 'Avbrutet', ours: 'abandoned' },
    ]);
    expect(draft.columns.talkSeconds).toBe('');
    expect(bodyOf(draft)).toEqual(body);
  });

  it('a saved fixed queue, one start column and another time zone are kept', () => {
    const draft = callMappingDraftOf({
      name: 'Aggregat',
      source: 'ACD',
      mapping: {
        kind: 'intervals',
        columns: { intervalStart: 'Dag', offered: 'Erbj', answered: 'Besv', abandoned: 'Avbr' },
        fixedQueue: 'Växeln',
        dateFormat: 'DD.MM.YYYY',
        timeZone: 'Europe/Helsinki',
        durationUnit: 'clock',
      },
    });
    expect(draft).toMatchObject({
      kind: 'intervals',
      start: 'one',
      queue: 'fixed',
      fixedQueue: 'Växeln',
      timeZone: 'Europe/Helsinki',
      dateFormat: 'DD.MM.YYYY',
      durationUnit: 'clock',
    });
    // A new calls part starts with one empty outcome row.
    expect(draft.outcomes).toEqual([{ id: 1, theirs: '', ours: '' }]);
  });
});

describe('callMappingFieldErrors', () => {
  const error = (pointer: string, detail: string, code = 'x') => ({ pointer, detail, code });

  it('puts column, name and code errors at their inputs, first error per input', () => {
    const draft = callsDraft();
    expect(
      callMappingFieldErrors(
        [
          error('/body/name', 'Namnet används redan.'),
          error('/body/mapping/columns/enteredDate', 'En datumkolumn kräver en tidskolumn.'),
          error('/body/mapping/columns/enteredDate', 'Second error.'),
          error('/body/mapping/outcomes/Avbrutet', 'Välj ett av: answered.'),
          error('/body/mapping/outcomes/Okänd', 'A code no row has.'),
          error('/body/mapping/timeZone', 'Okänd tidszon.'),
        ],
        draft,
      ),
    ).toEqual({
      byField: new Map([
        ['name', 'Namnet används redan.'],
        ['columns.enteredDate', 'En datumkolumn kräver en tidskolumn.'],
        ['outcomes.2', 'Välj ett av: answered.'],
        ['outcomes', 'A code no row has.'],
      ]),
      other: ['Okänd tidszon.'],
    });
  });

  it('a missing start goes to the date input when the form asks for two columns', () => {
    const draft = callsDraft();
    const required = [error('/body/mapping/columns/enteredAt', 'Obligatoriskt fält.', 'required')];
    expect(callMappingFieldErrors(required, draft).byField.get('columns.enteredDate')).toBe(
      'Obligatoriskt fält.',
    );
    draft.start = 'one';
    expect(callMappingFieldErrors(required, draft).byField.get('columns.enteredAt')).toBe(
      'Obligatoriskt fält.',
    );
  });

  it('the queue: a fixed queue’s error at its input; an unescaped pointer; a column the form hides goes to the summary', () => {
    const draft = callsDraft();
    draft.queue = 'fixed';
    const result = callMappingFieldErrors(
      [
        error('/body/mapping/fixedQueue', 'Obligatoriskt fält.'),
        error('/body/mapping/columns/offered', 'Okänt fält.'),
        error('/body/mapping/outcomes/A~1B', 'Escaped.'),
      ],
      { ...draft, outcomes: [{ id: 9, theirs: 'A/B', ours: 'answered' }] },
    );
    expect(result.byField).toEqual(
      new Map([
        ['fixedQueue', 'Obligatoriskt fält.'],
        ['outcomes.9', 'Escaped.'],
      ]),
    );
    expect(result.other).toEqual(['Okänt fält.']);
  });

  it('a problem without a sentence shows its code rather than nothing', () => {
    expect(callMappingFieldErrors([error('/body/source', '', 'required')], callsDraft()).byField).toEqual(
      new Map([['source', 'required']]),
    );
  });
});
