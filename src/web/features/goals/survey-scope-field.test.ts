import { describe, expect, it } from 'vitest';
import { surveyScopeOptions } from './survey-scope-field.js';

describe('surveyScopeOptions', () => {
  it('offers each survey’s dimensions, then its 1-5 questions, in the interface language', () => {
    const surveys = [
      {
        id: 's1',
        name: 'Förvaltningarnas nöjdhet',
        nameEn: "The departments' satisfaction",
        definition: {
          questions: [
            {
              key: 'forwarding',
              kind: 'scale5',
              dimension: 'samarbete',
              text: { sv: 'Kopplar rätt', en: 'Passes on' },
            },
            {
              key: 'cooperation',
              kind: 'scale5',
              dimension: 'samarbete',
              text: { sv: 'Samarbetet', en: 'Cooperation' },
            },
            { key: 'one_change', kind: 'text', text: { sv: 'En sak' } },
          ],
        },
      },
    ];
    const label = (d: string) => d.toUpperCase();
    expect(surveyScopeOptions(surveys, 'sv', label)).toEqual([
      { value: 'survey:s1:dimension:samarbete', label: 'Förvaltningarnas nöjdhet: SAMARBETE' },
      { value: 'survey:s1:question:forwarding', label: 'Förvaltningarnas nöjdhet: Kopplar rätt' },
      { value: 'survey:s1:question:cooperation', label: 'Förvaltningarnas nöjdhet: Samarbetet' },
    ]);
    expect(surveyScopeOptions(surveys, 'en', label)[1]).toEqual({
      value: 'survey:s1:question:forwarding',
      label: "The departments' satisfaction: Passes on",
    });
  });
});
