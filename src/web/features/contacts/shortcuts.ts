/**
 * The logging screen's single keys. A guide takes a call every few minutes, so need and
 * resolution are chosen with one key each, and the contact is saved with one chord:
 * - need: 1-6, in the order of DOMAIN.md (and of their shares: the common ones first);
 * - resolution: q w e r t, the row above the digits, from the best grade to the worst;
 * - kind of problem (shown for need 'problem' only): a (the service itself), s (its delivery);
 * - the survey address (issue #15): k opens the field for the phone number or e-mail the citizen
 *   agreed to be asked at, and puts focus in it;
 * - save: Ctrl+Enter (⌘+Enter on a Mac), anywhere in the form, text fields included.
 * Single keys act only when focus is not in a field that takes text, so that typing a search or
 * a summary never picks anything. The keys are shown beside each option and announced through
 * aria-keyshortcuts.
 */
import type { Need, ProblemKind, Resolution } from './contact-types.js';

export const NEED_KEYS: Readonly<Record<Need, string>> = {
  want_service: '1',
  want_to_know: '2',
  problem: '3',
  dont_understand: '4',
  opinion: '5',
  other_authority: '6',
};

export const RESOLUTION_KEYS: Readonly<Record<Resolution, string>> = {
  resolved_self: 'q',
  resolved_handling: 'w',
  resolved_specialist: 'e',
  forwarded: 'r',
  unresolved: 't',
};

export const PROBLEM_KIND_KEYS: Readonly<Record<ProblemKind, string>> = { service: 'a', delivery: 's' };

/** Opens the survey address field (k for kontaktuppgift; q-t, 1-6, a and s are taken). */
export const SURVEY_ADDRESS_KEY = 'k';

/** The save chord as aria-keyshortcuts writes it. */
export const SAVE_SHORTCUT = 'Control+Enter';

export type Shortcut =
  | { action: 'need'; value: Need }
  | { action: 'resolution'; value: Resolution }
  | { action: 'problemKind'; value: ProblemKind }
  | { action: 'surveyAddress' }
  | { action: 'save' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

function lookup<T extends string>(keys: Readonly<Record<T, string>>, key: string): T | null {
  const found = (Object.keys(keys) as T[]).find((value) => keys[value] === key);
  return found ?? null;
}

/**
 * The action a key press asks for, or null. `inTextField`: focus is in a field that takes text
 * (single keys are then typing). `problemKindShown`: the kind-of-problem choice is on screen.
 */
export function shortcutOf(
  press: KeyPress,
  inTextField: boolean,
  problemKindShown: boolean,
): Shortcut | null {
  if (press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey) return { action: 'save' };
  if (inTextField || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.toLowerCase();
  const need = lookup(NEED_KEYS, key);
  if (need) return { action: 'need', value: need };
  const resolution = lookup(RESOLUTION_KEYS, key);
  if (resolution) return { action: 'resolution', value: resolution };
  const kind = problemKindShown ? lookup(PROBLEM_KIND_KEYS, key) : null;
  if (kind) return { action: 'problemKind', value: kind };
  if (key === SURVEY_ADDRESS_KEY) return { action: 'surveyAddress' };
  return null;
}

const NON_TEXT_INPUTS = new Set([
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether a key typed in the element is text (inputs that take text, text areas, selects, editables). */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable === true;
}
