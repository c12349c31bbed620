/**
 * The logging form's view of the outbox (contact-outbox.ts): the state of the save of its own
 * contact (by Idempotency-Key), and the saved contact when the answer comes while it is shown.
 */
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import type { ContactDraft } from './contact-draft.js';
import { contactOutbox, type AddressOutcome, type ContactOutbox, type SaveState } from './contact-outbox.js';
import type { NewContact, SavedContact } from './contact-types.js';

export type { SaveState } from './contact-outbox.js';

const IDLE: SaveState = { phase: 'idle' };

export function useSaveContact(
  key: string,
  onSaved: (contact: SavedContact, address: AddressOutcome) => void,
  outbox: ContactOutbox = contactOutbox,
): {
  state: SaveState;
  /** Saves the body under the form's key, keeping the draft to show again; ignored while a save is under way. */
  save: (
    body: NewContact,
    form: { draft: ContactDraft; timerStart: Date; surveyAddress?: string | undefined },
  ) => void;
  retryNow: () => void;
} {
  const snapshot = useSyncExternalStore(outbox.subscribe, outbox.snapshot);
  const state = snapshot.contact?.key === key ? snapshot.state : IDLE;
  const savedRef = useRef(onSaved);
  useEffect(() => {
    savedRef.current = onSaved;
  }, [onSaved]);
  useEffect(
    () =>
      outbox.onSaved((contact, savedKey, address) => {
        if (savedKey === key) savedRef.current(contact, address);
      }),
    [outbox, key],
  );
  const save = useCallback(
    (body: NewContact, form: { draft: ContactDraft; timerStart: Date; surveyAddress?: string | undefined }) =>
      outbox.save({ key, body, ...form }),
    [outbox, key],
  );
  return { state, save, retryNow: outbox.retryNow };
}
