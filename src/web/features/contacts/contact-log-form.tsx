/**
 * The form of one new contact, from "Ny kontakt" to saved. Mounted afresh for every contact
 * (the view keys it by the contact's Idempotency-Key), so a new contact always starts empty,
 * with the guide's channel, the timer at zero and focus in the topic search.
 *
 * Keyboard: type the topic, Enter (focus moves on to the need), a digit for the need, a letter
 * for the resolution, Ctrl+Enter to save (shortcuts.ts). Each single key acts like clicking its
 * radio button, focus included, so the guide (and a screen reader) always knows where they are.
 * K opens the survey address field (issue #15) and puts focus in it.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import { FormAlert, reportFailure } from '../../components/messages.js';
import { rememberChannel, rememberedChannel } from './channel-memory.js';
import { ContactCoreFields, FailureDemandFields } from './contact-core-fields.js';
import { DetailFields, TimingFields } from './contact-detail-fields.js';
import {
  draftProblems,
  emptyDraft,
  newContactOf,
  resolutionChange,
  type ContactDraft,
  type DraftField,
} from './contact-draft.js';
import { apiErrors, draftErrors, firstInvalid, NO_ERRORS } from './contact-errors.js';
import { ContactTimer } from './contact-timer.js';
import type { SavedContact, Topic } from './contact-types.js';
import { isTextEntry, SAVE_SHORTCUT, shortcutOf } from './shortcuts.js';
import type { TopicUsage } from './topic-search.js';
import { useSaveContact } from './use-save-contact.js';
import type { AddressOutcome } from './contact-outbox.js';
import {
  SurveyAddressField,
  surveyAddressProblem,
  surveyAddressToSend,
  type SurveyAddressState,
} from './survey-address-field.js';

export interface ContactLogFormProps {
  topics: readonly Topic[];
  units: readonly Unit[];
  usage: TopicUsage;
  userId: string;
  timerStart: Date;
  idempotencyKey: string;
  /** The form as the guide left it, when the outbox still holds this contact. */
  initialDraft?: ContactDraft | undefined;
  /** The survey address as the guide left it, when the outbox still holds this contact. */
  initialSurveyAddress?: string | undefined;
  onSaved: (contact: SavedContact, address: AddressOutcome) => void;
  onNew: () => void;
}

/** The input of a field whose input is named otherwise (the receipt: its date, the first of two). */
const INPUT_NAME_OF: Readonly<Record<string, string>> = { topicId: 'topic', receivedAt: 'receivedDate' };

/** The element to focus for a field: radio groups by their checked (or first) button. */
function fieldElement(form: HTMLFormElement, field: string): HTMLElement | null {
  const name = INPUT_NAME_OF[field] ?? field;
  return (
    form.querySelector<HTMLElement>(`[name="${name}"]:checked`) ??
    form.querySelector<HTMLElement>(`[name="${name}"]`)
  );
}

export function ContactLogForm(props: ContactLogFormProps) {
  const { topics, units, usage, userId, timerStart, idempotencyKey, initialDraft, onSaved, onNew } = props;
  const { initialSurveyAddress } = props;
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ContactDraft>(
    () => initialDraft ?? emptyDraft(rememberedChannel(userId), timerStart),
  );
  const [problems, setProblems] = useState<DraftField[]>([]);
  const [address, setAddress] = useState<SurveyAddressState>(() =>
    initialSurveyAddress ? { open: true, text: initialSurveyAddress } : { open: false, text: '' },
  );
  const [addressChecked, setAddressChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const topicRef = useRef<HTMLInputElement>(null);
  const waitingRef = useRef<HTMLDivElement>(null);
  const { state, save, retryNow } = useSaveContact(idempotencyKey, onSaved);
  const change = useCallback((changes: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...changes })), []);
  const locked = state.phase === 'waiting';

  // At once when the field is on screen, so that the next key a fast typist presses (the need's
  // digit right after Enter on a topic) lands on it; otherwise after the render that shows it.
  const focusField = (field: string, value?: string) => {
    const find = () => {
      const form = formRef.current;
      if (!form) return null;
      return value
        ? form.querySelector<HTMLElement>(`[name="${field}"][value="${value}"]`)
        : fieldElement(form, field);
    };
    const now = find();
    if (now) now.focus();
    else requestAnimationFrame(() => find()?.focus());
  };

  // Ready for the next contact: focus in the topic search (after the page's own heading focus).
  useEffect(() => {
    const frame = requestAnimationFrame(() => topicRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  // The form locks while a save waits for the network; the message takes focus so it is read.
  const firstWait = state.phase === 'waiting' && state.retries === 1 && !state.trying;
  useEffect(() => {
    if (!firstWait) return;
    // The save did not go through (yet): the last save's confirmation is not this one's.
    reportFailure();
    waitingRef.current?.focus();
  }, [firstWait]);

  const submit = () => {
    if (state.phase === 'saving' || state.phase === 'waiting') return;
    const found = draftProblems(draft, timerStart);
    setProblems(found);
    setAddressChecked(true);
    const first = firstInvalid(draftErrors(found, String));
    if (first) {
      reportFailure();
      focusField(first);
      return;
    }
    if (surveyAddressProblem(address)) {
      reportFailure();
      focusField('surveyAddress');
      return;
    }
    rememberChannel(userId, draft.channel);
    save(newContactOf(draft, timerStart, new Date()), {
      draft,
      timerStart,
      surveyAddress: surveyAddressToSend(address),
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (locked) return;
    const shortcut = shortcutOf(e, isTextEntry(e.target as Element), draft.need === 'problem');
    if (!shortcut) return;
    e.preventDefault();
    if (shortcut.action === 'save') return submit();
    if (shortcut.action === 'surveyAddress') {
      setAddress((a) => ({ ...a, open: true }));
      focusField('surveyAddress');
      return;
    }
    if (shortcut.action === 'resolution') {
      const topic = topics.find((x) => x.id === draft.topicId);
      change(resolutionChange(draft, shortcut.value, topic, units));
    } else {
      change({ [shortcut.action]: shortcut.value });
    }
    focusField(shortcut.action, shortcut.value);
  };

  const errors =
    problems.length > 0
      ? draftErrors(problems, (field) => t(`contacts.errors.${field}`))
      : state.phase === 'failed'
        ? apiErrors(state.error, (key) => t(`contacts.errors.${key}`))
        : NO_ERRORS;
  const fieldProps = { draft, change, topics, units, errors };
  const addressProblem = addressChecked ? surveyAddressProblem(address) : null;
  return (
    <form
      ref={formRef}
      className="form contact-form"
      noValidate
      aria-labelledby="contact-form-heading"
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="contact-form-heading" className="visually-hidden">
        {t('contacts.log.formHeading')}
      </h2>
      <FormAlert error={state.phase === 'failed' ? state.error : null} other={errors.other} />
      <div role="alert" className={problems.length > 0 ? 'alert alert-error' : 'alert-empty'}>
        {problems.length > 0 && <p>{t('contacts.log.fixFields')}</p>}
      </div>
      <div
        role="alert"
        ref={waitingRef}
        tabIndex={locked ? -1 : undefined}
        className={locked ? 'alert alert-error' : 'alert-empty'}
      >
        {locked && (
          <>
            <p>{t('contacts.log.waiting')}</p>
            <button type="button" className="button-secondary" onClick={retryNow} disabled={state.trying}>
              {t('contacts.log.retryNow')}
            </button>
          </>
        )}
      </div>
      <fieldset className="form-body" disabled={locked}>
        <div className="contact-form-top">
          <ContactTimer start={timerStart} />
          <button
            type="button"
            className="button-secondary"
            onClick={onNew}
            title={t('contacts.log.newContactHint')}
          >
            {t('contacts.log.newContact')}
          </button>
        </div>
        <TimingFields
          {...fieldProps}
          durationHint={t('contacts.fields.durationHint')}
          onChannel={(channel) => rememberChannel(userId, channel)}
        />
        <ContactCoreFields
          {...fieldProps}
          usage={usage}
          showShortcuts
          topicInputRef={topicRef}
          onTopicPicked={() => focusField('need')}
        />
        <FailureDemandFields {...fieldProps} canReset />
        <DetailFields {...fieldProps} />
        <SurveyAddressField
          state={address}
          onChange={(a) => {
            setAddress(a);
            if (a.open && !address.open) focusField('surveyAddress');
          }}
          error={addressProblem ? t(`contacts.surveyAddress.errors.${addressProblem}`) : undefined}
        />
        <div className="actions">
          <button
            type="submit"
            className="button-primary"
            aria-keyshortcuts={SAVE_SHORTCUT}
            disabled={state.phase === 'saving'}
          >
            {state.phase === 'saving' ? t('contacts.log.saving') : t('contacts.log.save')}
            <kbd className="key key-on-dark" aria-hidden="true">
              Ctrl+Enter
            </kbd>
          </button>
        </div>
      </fieldset>
    </form>
  );
}
