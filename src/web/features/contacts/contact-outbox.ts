/**
 * The outbox of the contact being saved. It lives outside the logging screen, so a save that is
 * waiting for the network carries on while the guide opens another page of Lots, and the screen
 * finds it again on return: still waiting, saved in the meantime, or refused with the guide's
 * form as it was. Closing or reloading the tab would drop it, so the browser asks first while a
 * save is under way.
 *
 * Every new contact has its own Idempotency-Key (draft-ietf-httpapi-idempotency-key-header); a
 * save that gets no answer is sent again, unchanged and with the same key, until the server
 * answers. The server answers a repeat of a save that did arrive with the contact it already
 * stored, so one contact is created however many times the request went out.
 *
 * A survey address the citizen agreed to (issue #15) travels with the contact in the outbox and
 * is posted right after the contact is stored (POST /api/contacts/:id/survey-address needs the
 * contact's id). If that post gets no answer, the whole save is tried again: the contact's repeat
 * returns the stored contact and the address is posted again (the server keeps one per contact).
 * If the server refuses the address, the contact stays saved and the guide is told that the
 * address was not kept, with the server's reason: the address is never dropped in silence.
 */
import { api } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { ContactDraft } from './contact-draft.js';
import type { NewContact, SavedContact } from './contact-types.js';
import { isRetryable, retryDelay } from './save-retry.js';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving' }
  /** No answer yet; tried `retries` times more, trying again by itself. */
  | { phase: 'waiting'; retries: number; trying: boolean }
  /** The server said no (a field is wrong, say): the form is the guide's again. */
  | { phase: 'failed'; error: ApiError };

/** A contact in the outbox, with what the form needs to show it again. */
export interface OutboxContact {
  key: string;
  body: NewContact;
  draft: ContactDraft;
  timerStart: Date;
  /** What the guide typed in the survey address field (checked before the save), if anything. */
  surveyAddress?: string | undefined;
}

/** What became of the survey address given with a contact. */
export type AddressOutcome = { kind: 'none' } | { kind: 'saved' } | { kind: 'refused'; error: ApiError };

export interface OutboxSnapshot {
  contact: OutboxContact | null;
  state: SaveState;
}

export interface ContactOutbox {
  /** The same object until something changes (for useSyncExternalStore). */
  snapshot: () => OutboxSnapshot;
  subscribe: (listener: () => void) => () => void;
  /** Listeners told of each saved contact, with the key it was saved under. */
  onSaved: (listener: (contact: SavedContact, key: string, address: AddressOutcome) => void) => () => void;
  /** Starts saving; ignored while another save is under way (a double key press saves once). */
  save: (contact: OutboxContact) => void;
  /** Sends a waiting save now instead of at its timer. */
  retryNow: () => void;
  /** After a refusal, the form has taken the contact back: the outbox lets go of it. */
  release: (key: string) => void;
}

export type SendContact = (key: string, body: NewContact) => Promise<SavedContact>;
export type SendAddress = (contactId: string, address: string) => Promise<unknown>;

const IDLE: OutboxSnapshot = { contact: null, state: { phase: 'idle' } };

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, HTTP_ERROR, '');
}

export function createContactOutbox(
  send: SendContact,
  sendAddress: SendAddress = postSurveyAddress,
): ContactOutbox {
  let current: OutboxSnapshot = IDLE;
  let retries = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<() => void>();
  const savedListeners = new Set<(contact: SavedContact, key: string, address: AddressOutcome) => void>();
  const warn = (e: BeforeUnloadEvent) => e.preventDefault();

  const set = (next: OutboxSnapshot) => {
    const busy = (s: OutboxSnapshot) => s.state.phase === 'saving' || s.state.phase === 'waiting';
    if (typeof window !== 'undefined' && busy(next) !== busy(current)) {
      if (busy(next)) window.addEventListener('beforeunload', warn);
      else window.removeEventListener('beforeunload', warn);
    }
    current = next;
    for (const listener of listeners) listener();
  };

  const attempt = async (): Promise<void> => {
    const contact = current.contact;
    if (!contact) return;
    timer = null;
    set({
      contact,
      state: retries === 0 ? { phase: 'saving' } : { phase: 'waiting', retries, trying: true },
    });
    try {
      const saved = await send(contact.key, contact.body);
      let address: AddressOutcome = { kind: 'none' };
      if (contact.surveyAddress) {
        try {
          await sendAddress(saved.id, contact.surveyAddress);
          address = { kind: 'saved' };
        } catch (e) {
          const error = asApiError(e);
          // No answer: the catch below tries the whole save again (the contact's repeat is harmless).
          if (isRetryable(error)) throw error;
          address = { kind: 'refused', error };
        }
      }
      set(IDLE);
      for (const listener of savedListeners) listener(saved, contact.key, address);
    } catch (e) {
      const error = asApiError(e);
      if (isRetryable(error)) {
        retries += 1;
        set({ contact, state: { phase: 'waiting', retries, trying: false } });
        timer = setTimeout(() => void attempt(), retryDelay(retries));
      } else {
        set({ contact, state: { phase: 'failed', error } });
      }
    }
  };

  return {
    snapshot: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSaved(listener) {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    save(contact) {
      if (current.state.phase === 'saving' || current.state.phase === 'waiting') return;
      retries = 0;
      set({ contact, state: { phase: 'saving' } });
      void attempt();
    },
    retryNow() {
      if (!current.contact || timer === null) return;
      clearTimeout(timer);
      void attempt();
    },
    release(key) {
      if (current.contact?.key === key && current.state.phase === 'failed') set(IDLE);
    },
  };
}

/** POST /api/contacts with the contact's Idempotency-Key. */
export const postContact: SendContact = (key, body) =>
  api.post<SavedContact>('/api/contacts', body, { headers: { 'Idempotency-Key': key } });

/** POST /api/contacts/:id/survey-address: the address the citizen agreed to be asked at. */
export const postSurveyAddress: SendAddress = (contactId, address) =>
  api.post(`/api/contacts/${encodeURIComponent(contactId)}/survey-address`, { address });

/** The app's one outbox. */
export const contactOutbox = createContactOutbox(postContact);
