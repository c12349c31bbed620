import type { ContactMappingRow } from './queries/contact-mappings.js';
import { ContactMappingJson, type ContactMappingJson as ContactMappingResponse } from './schema.js';

export function presentContactMapping(row: ContactMappingRow): ContactMappingResponse {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    mapping: ContactMappingJson.parse(row.mapping),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
