import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.js';
import type { FutureArea } from '../../layout/areas.js';

/**
 * An area that a later version fills. It says honestly what will be here and shows no made-up
 * figures.
 */
export function AreaPage({ area }: { area: FutureArea }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${area}`)}>
      <p className="lead">{t(`areaSummaries.${area}`)}</p>
      <p className="notice">{t('areas.comingLater')}</p>
    </Page>
  );
}
