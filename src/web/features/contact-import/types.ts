/** The answers of /api/contact-mappings and /api/contacts/bulk.csv (server/intake/schema.ts). */
import type { ContactMapping } from '../../../core/contacts/intake-mapping.js';

export interface SavedMapping {
  id: string;
  name: string;
  source: string;
  mapping: ContactMapping;
  createdAt: string;
  updatedAt: string;
}

export interface MaskedRow {
  externalId: string;
  maskedPersonalData: { field: string; kinds: string[] }[];
}

export interface RejectedRow {
  line: number | null;
  index: number | null;
  column: string | null;
  field: string | null;
  pointer: string;
  code: string;
  detail: string;
}

export interface DryRunResult {
  dryRun: true;
  rows: number;
  wouldImport: number;
  duplicates: number;
  rejected: RejectedRow[];
  maskedPersonalData: MaskedRow[];
}

export interface ImportResult {
  dryRun: false;
  imported: number;
  duplicates: number;
  contacts: { externalId: string; id: string; created: boolean }[];
  maskedPersonalData: MaskedRow[];
}
