import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.notFoundTitle')}>
      <p>{t('errors.notFoundText')}</p>
      <p>
        <Link to="/">{t('errors.toStart')}</Link>
      </p>
    </Page>
  );
}

/** A page the person's roles do not include; the API would refuse it anyway. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('errors.forbiddenTitle')}>
      <p>{t('errors.forbiddenPage')}</p>
      <p>
        <Link to="/">{t('errors.toStart')}</Link>
      </p>
    </Page>
  );
}
