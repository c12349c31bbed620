import { describe, expect, it } from 'vitest';
import { maskContactTexts } from './contact-text.js';

describe('maskContactTexts', () => {
  it('masks an identity number in the summary and says so; clean fields are not listed', () => {
    const result = maskContactTexts({
      summary: 'Medborgaren uppgav 811218-9876 och frågade om fakturan.',
      forwardDone: 'Kontrollerade fakturan.',
      forwardExpected: null,
    });
    expect(result.texts).toEqual({
      summary: 'Medborgaren uppgav [personnummer] och frågade om fakturan.',
      forwardDone: 'Kontrollerade fakturan.',
      forwardExpected: null,
    });
    expect(result.masked).toEqual([{ field: 'summary', kinds: ['personal_identity_number'] }]);
  });

  it('each kind once per field, sorted; every free-text field is masked', () => {
    const result = maskContactTexts({
      summary: 'Ring 070-123 45 67 eller 070-765 43 21',
      forwardDone: null,
      forwardExpected: 'Svara till kalle@example.se, tel 070-123 45 67',
    });
    expect(result.masked).toEqual([
      { field: 'summary', kinds: ['phone'] },
      { field: 'forwardExpected', kinds: ['email', 'phone'] },
    ]);
    expect(result.texts.forwardExpected).toBe('Svara till [e-post], tel [telefon]');
  });

  it('nothing to mask -> the same texts and no fields', () => {
    const texts = {
      summary: 'Ärende KS 2017/380, faktura 1234 kr.',
      forwardDone: null,
      forwardExpected: null,
    };
    expect(maskContactTexts(texts)).toEqual({ texts, masked: [] });
  });
});
