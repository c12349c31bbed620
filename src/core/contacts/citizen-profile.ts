/**
 * The optional, coarse citizen profile of a contact: gender, age band and district. It is there
 * to see who contacts the municipality (DOMAIN.md, "Know": who, where from), never to identify
 * anyone, so every field is a category. The district is free text for now (a per-tenant list of
 * districts can replace it later) and is refused when it looks like an address or an identifier.
 */
import { detectPersonalData } from '../privacy/personal-data.js';

export const DISTRICT_MAX_LENGTH = 60;

export type DistrictProblem = 'contains_personal_data' | 'district_not_area';

/**
 * Why a district name is refused, or null when it is fine. Refused: anything the personal-data
 * detector finds (identity number, e-mail address, phone number); text without two letters
 * (a bare number is an identifier, not a place); and any run of three or more digits, which is a
 * postcode ("177 30" is a few hundred households), a street number or part of a phone number.
 * "Jakobsberg", "Område 3" and "Kallhäll-Stäket" pass.
 */
export function districtProblem(district: string): DistrictProblem | null {
  if (detectPersonalData(district).length > 0) return 'contains_personal_data';
  const letters = district.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2) return 'district_not_area';
  // Three digits, each pair at most one space or hyphen apart: "17730", "177 30", "08-12".
  if (/\d(?:[\s-]?\d){2,}/.test(district)) return 'district_not_area';
  return null;
}
