import { describe, expect, it } from 'vitest';
import { formatTopicCsv, parseTopicCsv } from './topic-csv.js';

const HEADER = 'path;owner;default_failure_reason;retired';
const file = (...lines: string[]) => [HEADER, ...lines].join('\n');
/** The errors of a one-row file, as [column, code]. */
const rowErrors = (line: string) => parseTopicCsv(file(line)).errors.map((e) => [e.line, e.column, e.code]);

describe('parseTopicCsv: one row', () => {
  it('reads path, owner, default failure reason and retired, trimming each cell', () => {
    expect(
      parseTopicCsv(
        file(' Vatten och avlopp ›Faktura ; Vatten och avlopp ; did_not_understand_information ; false'),
      ),
    ).toEqual({
      rows: [
        {
          line: 2,
          path: ['Vatten och avlopp', 'Faktura'],
          owner: 'Vatten och avlopp',
          defaultFailureReason: 'did_not_understand_information',
          retired: false,
          searchWords: null,
        },
      ],
      errors: [],
    });
  });

  it.each([
    ['Bygglov;Bygglov;;', [], 'empty reason and retired: none, and active'],
    ['Bygglov;Bygglov;CHASING_CASE;TRUE', [], 'codes and words in any case'],
    [';Bygglov;;', [[2, 'path', 'required']], 'no path'],
    ['Bygglov;;;', [[2, 'owner', 'required']], 'no owner'],
    [
      'Bygglov ›;Bygglov;;',
      [[2, 'path', 'topic_path_empty_name']],
      'a trailing separator leaves an empty name',
    ],
    ['› Bygglov;Bygglov;;', [[2, 'path', 'topic_path_empty_name']], 'so does a leading one'],
    [`${'x'.repeat(201)};Bygglov;;`, [[2, 'path', 'too_long']], 'a name over 200 characters'],
    [`${'x'.repeat(200)} › y;Bygglov;;`, [], 'exactly 200 characters is allowed'],
    [
      'Bygglov;Bygglov;trött;',
      [[2, 'default_failure_reason', 'invalid_choice']],
      'not a failure reason code',
    ],
    ['Bygglov;Bygglov;;kanske', [[2, 'retired', 'invalid_choice']], 'not a yes/no word'],
    [
      ';;trött;kanske',
      [
        [2, 'path', 'required'],
        [2, 'owner', 'required'],
        [2, 'default_failure_reason', 'invalid_choice'],
        [2, 'retired', 'invalid_choice'],
      ],
      'every problem of a row is reported, not only the first',
    ],
    ['Bygglov;Bygglov;', [[2, null, 'csv_field_count']], 'a field short'],
    ['Bygglov;Bygglov;;;', [[2, null, 'csv_field_count']], 'a field too many'],
    ['"Bygglov;Bygglov;;', [[2, null, 'csv_malformed']], 'an unclosed quote'],
  ])('%j -> %j (%s)', (line, expected) => {
    expect(rowErrors(line)).toEqual(expected);
  });

  it.each([
    ['true', true],
    ['ja', true],
    ['yes', true],
    ['1', true],
    ['SANT', true],
    ['', false],
    ['false', false],
    ['nej', false],
    ['no', false],
    ['0', false],
    ['FALSKT', false],
  ])('retired %j -> %s (SANT/FALSKT: what Swedish Excel saves for true/false)', (word, retired) => {
    expect(parseTopicCsv(file(`A;B;;${word}`)).rows[0]?.retired).toBe(retired);
  });
});

describe('parseTopicCsv: the file', () => {
  it('line numbers count the header as line 1 and blank lines too; blank lines are skipped', () => {
    const parsed = parseTopicCsv(file('A;X;;', '', '   ;  ;;', 'B;;;'));
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toEqual([{ line: 5, column: 'owner', code: 'required' }]);
  });

  it('takes off the byte order mark, and accepts commas or tabs instead of semicolons, CRLF or LF', () => {
    for (const text of [
      `\uFEFF${HEADER}\r\nA;X;;\r\n`,
      'path,owner,default_failure_reason,retired\nA,X,,\n',
      'path\towner\tdefault_failure_reason\tretired\nA\tX\t\t\n',
    ]) {
      expect(parseTopicCsv(text)).toEqual({
        rows: [
          { line: 2, path: ['A'], owner: 'X', defaultFailureReason: null, retired: false, searchWords: null },
        ],
        errors: [],
      });
    }
  });

  it('columns in any order and in any case; the optional ones may be left out', () => {
    expect(parseTopicCsv('OWNER;Path\nX;A › B').rows).toEqual([
      {
        line: 2,
        path: ['A', 'B'],
        owner: 'X',
        defaultFailureReason: null,
        retired: false,
        searchWords: null,
      },
    ]);
  });

  it('header problems: unknown, repeated and missing columns, all on line 1, and no rows read', () => {
    const parsed = parseTopicCsv('topic;owner;owner\nA;X;X');
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([
      { line: 1, column: null, code: 'csv_column_unknown', params: { column: 'topic' } },
      { line: 1, column: null, code: 'csv_column_repeated', params: { column: 'owner' } },
      { line: 1, column: null, code: 'csv_column_missing', params: { column: 'path' } },
    ]);
  });

  it('an empty file, or one with only a BOM and blank lines -> csv_empty', () => {
    for (const text of ['', '\uFEFF', '\n\n'])
      expect(parseTopicCsv(text).errors).toEqual([{ line: 1, column: null, code: 'csv_empty' }]);
  });

  it('the same path twice, in any case and spacing -> the later line is refused, naming the first', () => {
    const parsed = parseTopicCsv(file('A › B;X;;', 'a›b;X;;'));
    expect(parsed.rows.map((r) => r.line)).toEqual([2]);
    expect(parsed.errors).toEqual([
      { line: 3, column: 'path', code: 'topic_path_duplicate', params: { line: 2 } },
    ]);
  });

  it('a quoted field may hold the separator, quotes and a line break', () => {
    const parsed = parseTopicCsv(file('"A › Sopor; ""grova""";X;;', '"Rad med\nradbrytning";X;;'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.path)).toEqual([['A', 'Sopor; "grova"'], ['Rad med\nradbrytning']]);
  });
});

describe('formatTopicCsv', () => {
  const records = [
    {
      path: ['Vatten och avlopp', 'Faktura'],
      owner: ['Samhällsbyggnadsförvaltningen', 'Vatten och avlopp'],
      defaultFailureReason: 'did_not_understand_information' as const,
      retired: false,
      searchWords: ['räkning', 'VA-faktura'],
    },
    { path: ['Sopor; grova'], owner: ['Avfall'], defaultFailureReason: null, retired: true, searchWords: [] },
    {
      path: ['-minus', '@at'],
      owner: ['=SUM(A1)'],
      defaultFailureReason: null,
      retired: false,
      searchWords: ['=1+1'],
    },
  ];

  it('BOM, semicolons, CRLF; quotes where needed; formula-looking cells get an apostrophe', () => {
    expect(formatTopicCsv(records)).toBe(
      [
        '\uFEFFpath;owner;default_failure_reason;retired;search_words',
        'Vatten och avlopp › Faktura;Samhällsbyggnadsförvaltningen › Vatten och avlopp;did_not_understand_information;false;räkning, VA-faktura',
        '"Sopor; grova";Avfall;;true;',
        `"'-minus › @at";"'=SUM(A1)";;false;"'=1+1"`,
        '',
      ].join('\r\n'),
    );
  });

  it('reads back as the same rows (the apostrophe comes off again)', () => {
    const parsed = parseTopicCsv(formatTopicCsv(records));
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.rows.map((r) => [r.path, r.owner, r.defaultFailureReason, r.retired, r.searchWords]),
    ).toEqual([
      [
        ['Vatten och avlopp', 'Faktura'],
        'Samhällsbyggnadsförvaltningen › Vatten och avlopp',
        'did_not_understand_information',
        false,
        ['räkning', 'VA-faktura'],
      ],
      [['Sopor; grova'], 'Avfall', null, true, []],
      [['-minus', '@at'], '=SUM(A1)', null, false, ['=1+1']],
    ]);
  });

  it('an empty catalogue -> the header alone', () => {
    expect(formatTopicCsv([])).toBe('\uFEFFpath;owner;default_failure_reason;retired;search_words\r\n');
  });
});

describe('the search_words column', () => {
  it('is optional: without it a row’s search words are null (kept as they are)', () => {
    const parsed = parseTopicCsv(
      'path;owner;retired\r\nFaktura;Vatten och avlopp;false\r\nLäcka;Vatten och avlopp;false\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.searchWords)).toEqual([null, null]);
  });

  it('splits on commas, trims, drops empties and repeats (ignoring case); an empty cell clears', () => {
    const parsed = parseTopicCsv(
      'path;owner;search_words\r\nSophämtning;Avfall; soptunna ,Sopkärl,,sopkärl , sop  tömning\r\nFaktura;Avfall;\r\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => r.searchWords)).toEqual([['soptunna', 'Sopkärl', 'sop tömning'], []]);
  });

  it('refuses a word longer than 60 characters, with its line and column', () => {
    const parsed = parseTopicCsv(`path;owner;search_words\r\nFaktura;Avfall;${'x'.repeat(61)}\r\n`);
    expect(parsed.errors).toEqual([
      { line: 2, column: 'search_words', code: 'search_word_too_long', params: { max: 60 } },
    ]);
  });
});
