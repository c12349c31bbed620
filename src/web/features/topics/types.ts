/**
 * The service catalogue's JSON as the web app reads it; mirrors src/server/topics/schema.ts
 * without pulling server code into the browser bundle.
 */
import type { FailureReason } from '../../../core/contacts/taxonomy.js';

export interface Topic {
  id: string;
  parentId: string | null;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  retiredAt: string | null;
  /** "Vatten och avlopp › Faktura". */
  path: string;
  /** Everyday words the topic search matches as well ("soptunna"). */
  searchWords: string[];
}

export interface TopicInput {
  name: string;
  parentId: string | null;
  /** undefined while none is chosen: left out of the JSON, the API names the field as required. */
  ownerUnitId: string | undefined;
  defaultFailureReason: FailureReason | null;
  searchWords?: string[];
}

export type TopicChanges = Partial<TopicInput> & { retired?: boolean };

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}
