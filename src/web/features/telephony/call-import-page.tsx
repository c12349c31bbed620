/**
 * /telephony/import: a file of call records from the telephony system (Asterisk queue_log, CDR,
 * or a CSV read with a saved column mapping), sent as it is with its progress shown, then what
 * the import did; below, the latest imports.
 */
import { useTranslation } from 'react-i18next';
import { useApiGet } from '../../api/use-api-get.js';
import { Page } from '../../components/page.js';
import { CallImportForm, type MappingChoice } from './call-import-form.js';
import { ImportHistory } from './import-history.js';
import type { CallImport, CallMapping } from './types.js';

export function CallImportPage() {
  const { t } = useTranslation();
  const history = useApiGet<{ imports: CallImport[] }>('/api/telephony/imports');
  const mappings = useApiGet<{ mappings: CallMapping[] }>('/api/telephony/call-mappings');
  // The column mappings for calls may not exist on this server yet (404): CSV is then unavailable.
  const mappingChoice: MappingChoice =
    mappings.resource.status === 'ready'
      ? { status: 'ready', mappings: mappings.resource.data.mappings }
      : mappings.resource.status === 'loading'
        ? { status: 'loading' }
        : { status: 'unavailable' };
  return (
    <Page title={t('telephony.import.title')}>
      <p className="lead">{t('telephony.import.intro')}</p>
      <CallImportForm mappings={mappingChoice} onImported={history.reload} />
      <ImportHistory resource={history.resource} />
    </Page>
  );
}
