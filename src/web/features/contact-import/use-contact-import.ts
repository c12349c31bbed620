import { useMemo } from 'react';
import { api, RawBody } from '../../api/client.js';
import { useApiGet } from '../../api/use-api-get.js';
import type { ContactMapping } from '../../../core/contacts/intake-mapping.js';
import type { DryRunResult, ImportResult, SavedMapping } from './types.js';

export interface MappingBody {
  name: string;
  source: string;
  mapping: ContactMapping;
}

/** The saved mappings and what the import page does with them and with a file. */
export function useContactImport() {
  const { resource, reload } = useApiGet<{ mappings: SavedMapping[] }>('/api/contact-mappings');
  const actions = useMemo(
    () => ({
      createMapping: async (body: MappingBody) => {
        const saved = await api.post<SavedMapping>('/api/contact-mappings', body);
        reload();
        return saved;
      },
      updateMapping: async (id: string, body: MappingBody) => {
        const saved = await api.put<SavedMapping>(`/api/contact-mappings/${id}`, body);
        reload();
        return saved;
      },
      deleteMapping: async (id: string) => {
        await api.delete(`/api/contact-mappings/${id}`);
        reload();
      },
      preview: (mappingName: string, csv: string) =>
        api.post<DryRunResult>(
          `/api/contacts/bulk.csv?mapping=${encodeURIComponent(mappingName)}&dryRun=true`,
          new RawBody(csv, 'text/csv; charset=utf-8'),
        ),
      importFile: (mappingName: string, csv: string) =>
        api.post<ImportResult>(
          `/api/contacts/bulk.csv?mapping=${encodeURIComponent(mappingName)}`,
          new RawBody(csv, 'text/csv; charset=utf-8'),
        ),
    }),
    [reload],
  );
  return { mappings: resource, actions };
}

export type ContactImportActions = ReturnType<typeof useContactImport>['actions'];
