/**
 * The warning under a free-text field while the guide types: the text seems to hold personal
 * data, which is masked when the contact is saved, or the guide can remove it. A polite live
 * region (role="status") so that a screen reader user hears it without losing their place; it
 * speaks when the kinds found change, not at every key.
 */
import { useTranslation } from 'react-i18next';
import { detectPersonalData, type PersonalDataKind } from '../../../core/privacy/personal-data.js';

/** The kinds of personal data in the text, each once, in a fixed order. */
export function personalDataKindsIn(text: string): PersonalDataKind[] {
  const found = new Set(detectPersonalData(text).map((f) => f.kind));
  const order: PersonalDataKind[] = ['personal_identity_number', 'coordination_number', 'email', 'phone'];
  return order.filter((kind) => found.has(kind));
}

export function PersonalDataWarning({ text, id }: { text: string; id?: string }) {
  const { t, i18n } = useTranslation();
  const kinds = personalDataKindsIn(text);
  const names = kinds.map((kind) => t(`contacts.personalData.kinds.${kind}`));
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(names);
  return (
    <p role="status" id={id} className={kinds.length > 0 ? 'personal-data-warning' : 'alert-empty'}>
      {kinds.length > 0 ? t('contacts.personalData.found', { kinds: list }) : ''}
    </p>
  );
}
