/** Municipalities as the "add a municipality" picker lists them. Pure. */
import type { Municipality, Tenant } from '../../api/types.js';

export interface MunicipalityOption {
  value: string;
  /** "0123 Järfälla kommun": the official code first, as it appears in SCB's list. */
  label: string;
  /** Already in Lots: shown but not selectable. */
  disabled: boolean;
}

export function municipalityOptions(
  municipalities: readonly Municipality[],
  tenants: readonly Tenant[],
): MunicipalityOption[] {
  const taken = new Set(tenants.map((t) => t.municipalityCode));
  return [...municipalities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((m) => ({ value: m.code, label: `${m.code} ${m.name}`, disabled: taken.has(m.code) }));
}

/** Tenants in Swedish alphabetical order of their names. */
export function sortTenants(tenants: readonly Tenant[]): Tenant[] {
  const collator = new Intl.Collator('sv');
  return [...tenants].sort((a, b) => collator.compare(a.name, b.name));
}
