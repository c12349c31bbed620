import { describe, expect, it } from 'vitest';
import { surveyResults } from './aggregate.js';
import type { AnswerValue, SurveyDefinition } from './questions.js';
import { responseRate } from './results.js';
import { surveyResultTables, surveyTableCsv } from './result-tables.js';

const DEFINITION: SurveyDefinition = {
  questions: [
    {
      key: 'ease',
      kind: 'scale5',
      text: { sv: 'Det var enkelt.', en: 'It was easy.' },
      dimension: 'enkelhet',
    },
    { key: 'reached', kind: 'yes_no', text: { sv: 'Fick du svar?' } },
    { key: 'nps', kind: 'nps', text: { sv: 'Rekommendera?' } },
    { key: 'comment', kind: 'text', text: { sv: 'Kommentar' } },
  ],
};

const answers = (entries: [string, AnswerValue][]) => new Map(entries);
const results = surveyResults(DEFINITION, [
  answers([
    ['ease', 5],
    ['reached', 'yes'],
    ['nps', 10],
    ['comment', 'Tack'],
  ]),
  answers([
    ['ease', 4],
    ['reached', 'yes'],
    ['nps', 7],
  ]),
  answers([
    ['ease', 2],
    ['reached', 'no'],
    ['nps', 3],
  ]),
]);
const view = { responseRate: responseRate(5, 3), results, groups: null, national: [] };

const csv = (id: string, locale: 'sv' | 'en' = 'sv') =>
  surveyTableCsv(
    surveyResultTables(view, DEFINITION, null, locale).find((t) => t.id === id)!,
    locale,
  );

describe('survey result tables as CSV', () => {
  it('write the hand-worked figures: percent with one decimal, means two, index one', () => {
    // 3 of 5: Wilson 23.1-88.2 %. One comment.
    expect(csv('summary')).toBe(
      '\uFEFFLevererade inbjudningar;Besvarade inbjudningar;Svarsfrekvens (%);Svarsfrekvens, lägre gräns 95 % (%);' +
        'Svarsfrekvens, övre gräns 95 % (%);Svarande;Kommentar (antal svar)\r\n5;3;60,0;23,1;88,2;3;1\r\n',
    );
    // ease 5, 4, 2: mean 3.67, s = 1.53, t(2) = 4.30: the interval cut to the scale 1-5; index 66.7 (0-100);
    // 2 of 3 satisfied: 66.7 %, Wilson 20.8-93.9 %.
    expect(csv('questions').split('\r\n')[1]).toBe(
      'Det var enkelt.;Enkelhet;3;3,67;1,00;5,00;66,7;0,0;100,0;2;66,7;20,8;93,9;Ja;Nej;',
    );
    expect(csv('dimensions').split('\r\n')[1]).toBe(
      'Enkelhet;3;3,67;1,00;5,00;66,7;0,0;100,0;2;66,7;20,8;93,9;Ja;Nej',
    );
    // 10, 7, 3: one promoter, one passive, one detractor: NPS 0 ± 1.96·√(2/3 / 3)·100 = 92.4.
    expect(csv('nps').split('\r\n')[1]).toBe('Rekommendera?;3;1;1;1;0,0;-92,4;92,4;Ja');
    expect(csv('choices').split('\r\n').slice(1, 3)).toEqual([
      'Fick du svar?;Ja;2;66,7;20,8;93,9;3',
      'Fick du svar?;Nej;1;33,3;6,1;79,2;3',
    ]);
    expect(
      csv('questions', 'en').split('\r\n')[0]!.startsWith('\uFEFFQuestion;Dimension;Answers;Mean;'),
    ).toBe(true);
    expect(csv('questions', 'en').split('\r\n')[1]!.startsWith('It was easy.;Ease;3;3.67;')).toBe(true);
  });

  it('have a table per group only with a breakdown', () => {
    const grouped = {
      ...view,
      groups: [
        { key: 'phone', label: null, responseRate: responseRate(4, 2), results },
        { key: null, label: null, responseRate: responseRate(1, 1), results },
      ],
    };
    const tables = surveyResultTables(grouped, DEFINITION, 'channel', 'sv');
    expect(tables.map((t) => t.id)).toEqual([
      'summary',
      'questions',
      'dimensions',
      'nps',
      'choices',
      'groups',
    ]);
    expect(surveyTableCsv(tables[5]!, 'sv').split('\r\n').slice(1, 3)).toEqual([
      'Telefon;4;2;50,0;3;66,7;3',
      '(saknas);1;1;100,0;3;66,7;3',
    ]);
    expect(surveyResultTables(view, DEFINITION, null, 'sv').map((t) => t.id)).not.toContain('groups');
  });
});
