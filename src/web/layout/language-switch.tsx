import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { applyLanguage, currentLanguage, otherLanguage } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';

/**
 * One button to the other language, labelled in that language ("English" / "Svenska") and marked
 * with its lang so screen readers pronounce it right (WCAG 3.1.2).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { state } = useSession();
  const target = otherLanguage(currentLanguage());
  const switchLanguage = async () => {
    await applyLanguage(target);
    if (state.status === 'signedIn') {
      // The interface has switched already; saving the preference on the account may fail quietly.
      await api.put('/api/auth/locale', { locale: target }).catch(() => undefined);
    }
  };
  return (
    <button type="button" className="language-switch" lang={target} onClick={() => void switchLanguage()}>
      {t('language.other')}
    </button>
  );
}
