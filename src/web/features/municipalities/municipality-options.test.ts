import { describe, expect, it } from 'vitest';
import { municipalityOptions } from './municipality-options.js';

describe('municipalityOptions', () => {
  it('code first, in code order; municipalities already in Lots cannot be chosen', () => {
    const municipalities = [
      { code: '1880', name: 'Örebro kommun', countyCode: '18', countyName: 'Örebro län' },
      { code: '0123', name: 'Järfälla kommun', countyCode: '01', countyName: 'Stockholms län' },
    ];
    const tenants = [
      {
        id: 't1',
        municipalityCode: '1880',
        name: 'Örebro kommun',
        emailDomains: ['orebro.se'],
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ];
    expect(municipalityOptions(municipalities, tenants)).toEqual([
      { value: '0123', label: '0123 Järfälla kommun', disabled: false },
      { value: '1880', label: '1880 Örebro kommun', disabled: true },
    ]);
  });
});
