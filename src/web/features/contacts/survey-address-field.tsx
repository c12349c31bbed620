/**
 * The survey address in the logging screen (issue #15): with the citizen's consent, the phone
 * number or e-mail address a survey invitation may go to after this contact. Closed until the
 * guide opens it (the k key, or the button); it goes with the contact through the outbox and is
 * posted right after the contact is stored. The hint says what happens to it, including that it is
 * lost, like the contact itself, if the tab is closed before the save is through.
 */
import { useTranslation } from 'react-i18next';
import { surveyAddressOf, type AddressProblem } from '../../../core/surveys/address.js';
import { TextInput } from './contact-inputs.js';
import { SURVEY_ADDRESS_KEY } from './shortcuts.js';

export interface SurveyAddressState {
  open: boolean;
  text: string;
}

/** The problem with what was typed, or null: an empty field means no address (nothing to check). */
export function surveyAddressProblem(state: SurveyAddressState): AddressProblem | null {
  if (!state.open || state.text.trim() === '') return null;
  const parsed = surveyAddressOf(state.text);
  return 'problem' in parsed ? parsed.problem : null;
}

/** The address to send with the contact, or undefined. */
export function surveyAddressToSend(state: SurveyAddressState): string | undefined {
  return state.open && state.text.trim() !== '' ? state.text.trim() : undefined;
}

export function SurveyAddressField({
  state,
  onChange,
  error,
}: {
  state: SurveyAddressState;
  onChange: (state: SurveyAddressState) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  if (!state.open) {
    return (
      <div className="survey-address">
        <button
          type="button"
          className="button-secondary"
          aria-keyshortcuts={SURVEY_ADDRESS_KEY.toUpperCase()}
          aria-expanded={false}
          onClick={() => onChange({ ...state, open: true })}
        >
          {t('contacts.surveyAddress.open')}
          <kbd className="key" aria-hidden="true">
            {SURVEY_ADDRESS_KEY.toUpperCase()}
          </kbd>
        </button>
      </div>
    );
  }
  return (
    <div className="survey-address">
      <TextInput
        name="surveyAddress"
        label={t('contacts.surveyAddress.label')}
        hint={t('contacts.surveyAddress.hint')}
        value={state.text}
        maxLength={300}
        onChange={(text) => onChange({ ...state, text })}
        error={error}
      />
      <button type="button" className="button-link" onClick={() => onChange({ open: false, text: '' })}>
        {t('contacts.surveyAddress.remove')}
      </button>
    </div>
  );
}
