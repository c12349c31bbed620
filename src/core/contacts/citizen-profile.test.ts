import { describe, expect, it } from 'vitest';
import { districtProblem } from './citizen-profile.js';

describe('districtProblem', () => {
  it.each([
    ['Jakobsberg', null, 'a district name'],
    ['Kallhäll-Stäket', null, 'hyphenated names are places too'],
    ['Område 3', null, 'one digit numbers an area, it identifies no one'],
    ['Norra 12', null, 'two digits still fine'],
    ['Öster', null, 'å, ä, ö are letters'],
    ['177 30', 'district_not_area', 'a postcode: no letters, and a few hundred households'],
    ['Järfälla 17730', 'district_not_area', 'a postcode after the name: five digits'],
    ['Storgatan 123', 'district_not_area', 'a street number of three digits: an address'],
    ['Box 08-12', 'district_not_area', 'digits joined by a hyphen count as one run'],
    ['7', 'district_not_area', 'a bare number is an identifier, not a place'],
    ['A1', 'district_not_area', 'fewer than two letters'],
    ['Centrum 811218-9876', 'contains_personal_data', 'a valid personal identity number (Luhn passes)'],
    ['kalle@example.se', 'contains_personal_data', 'an e-mail address'],
  ])('%s -> %s (%s)', (district, expected, _why) => {
    expect(districtProblem(district)).toBe(expected);
  });
});
