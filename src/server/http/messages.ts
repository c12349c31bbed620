/**
 * Texts of the problems the API reports, in both interface languages. The code is stable and
 * machine-readable; the text is for a person.
 */
import type { Locale } from './locale.js';

type Catalogue = Record<string, { sv: string; en: string }>;

export const PROBLEM_MESSAGES = {
  validation_failed: { sv: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.', en: 'The request is not valid. Correct the fields listed.' },
  malformed_json: { sv: 'Förfrågan innehåller ogiltig JSON.', en: 'The request body is not valid JSON.' },
  body_too_large: { sv: 'Förfrågan är för stor.', en: 'The request body is too large.' },
  unsupported_media_type: { sv: 'Förfrågan måste skickas som JSON.', en: 'The request body must be sent as JSON.' },
  unauthenticated: { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
  forbidden: { sv: 'Du har inte behörighet till detta.', en: 'You are not allowed to do this.' },
  csrf_failed: { sv: 'Sidan är inaktuell. Ladda om den och försök igen.', en: 'The page is out of date. Reload it and try again.' },
  not_found: { sv: 'Det du söker finns inte.', en: 'What you are looking for does not exist.' },
  method_not_allowed: { sv: 'Metoden stöds inte här.', en: 'The method is not supported here.' },
  rate_limited: { sv: 'För många försök. Vänta en stund och försök igen.', en: 'Too many attempts. Wait a while and try again.' },
  internal_error: { sv: 'Något gick fel hos oss. Försök igen om en stund.', en: 'Something went wrong on our side. Try again in a while.' },
  invalid_credentials: { sv: 'Fel e-postadress eller lösenord.', en: 'Wrong e-mail address or password.' },
  account_locked: {
    sv: 'Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om 15 minuter.',
    en: 'The account is locked for a while after too many failed sign-ins. Try again in 15 minutes.',
  },
  account_inactive: { sv: 'Kontot är avstängt. Kontakta din administratör.', en: 'The account is disabled. Contact your administrator.' },
  municipality_code_unknown: {
    sv: 'Det finns ingen kommun med den koden. Ange Statistiska centralbyråns fyrsiffriga kommunkod, till exempel 0123 för Järfälla.',
    en: 'There is no municipality with that code. Give the four-digit Statistics Sweden code, for example 0123 for Järfälla.',
  },
  tenant_exists: { sv: 'Kommunen finns redan i Lots.', en: 'The municipality is already in Lots.' },
  email_taken: { sv: 'E-postadressen används redan av en annan användare.', en: 'The e-mail address is already used by another user.' },
  password_weak: { sv: 'Lösenordet är för svagt.', en: 'The password is too weak.' },
  unit_name_taken: { sv: 'Det finns redan en enhet med det namnet på samma nivå.', en: 'A unit with that name already exists at the same level.' },
  unit_parent_invalid: { sv: 'Den överordnade enheten finns inte.', en: 'The parent unit does not exist.' },
  unit_cycle: { sv: 'En enhet kan inte flyttas under sig själv eller sina underenheter.', en: 'A unit cannot be moved below itself or its own units.' },
  unit_required_for_role: {
    sv: 'Rollen förvaltningskontakt kräver en enhet.',
    en: 'The department contact role needs a unit.',
  },
  unit_archived: { sv: 'Enheten är arkiverad.', en: 'The unit is archived.' },
  last_administrator: {
    sv: 'Det måste finnas minst en aktiv administratör kvar.',
    en: 'There must be at least one active administrator left.',
  },
  unit_unknown: { sv: 'Enheten finns inte.', en: 'The unit does not exist.' },
  unit_parent_archived: {
    sv: 'Den överordnade enheten är arkiverad. Återställ den först eller välj en annan.',
    en: 'The parent unit is archived. Restore it first or choose another.',
  },
  unit_has_active_children: {
    sv: 'Enheten har underenheter som inte är arkiverade. Arkivera eller flytta dem först.',
    en: 'The unit has units below it that are not archived. Archive or move them first.',
  },
} satisfies Catalogue;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

export const FIELD_MESSAGES = {
  required: { sv: 'Obligatoriskt fält.', en: 'Required.' },
  invalid_type: { sv: 'Fel typ av värde.', en: 'Wrong type of value.' },
  too_short: { sv: 'Måste vara minst {min} tecken.', en: 'Must be at least {min} characters.' },
  too_long: { sv: 'Får vara högst {max} tecken.', en: 'Must be at most {max} characters.' },
  too_small_number: { sv: 'Måste vara minst {min}.', en: 'Must be at least {min}.' },
  too_big_number: { sv: 'Får vara högst {max}.', en: 'Must be at most {max}.' },
  too_few_items: { sv: 'Välj minst {min}.', en: 'Choose at least {min}.' },
  invalid_email: { sv: 'Ogiltig e-postadress.', en: 'Not a valid e-mail address.' },
  invalid_uuid: { sv: 'Ogiltigt id.', en: 'Not a valid id.' },
  invalid_format: { sv: 'Ogiltigt format.', en: 'Invalid format.' },
  invalid_choice: { sv: 'Välj ett av: {options}.', en: 'Choose one of: {options}.' },
  unknown_field: { sv: 'Okänt fält: {keys}.', en: 'Unknown field: {keys}.' },
  password_too_short: { sv: 'Lösenordet måste ha minst {min} tecken.', en: 'The password must have at least {min} characters.' },
  password_too_long: { sv: 'Lösenordet får ha högst {max} tecken.', en: 'The password may have at most {max} characters.' },
  password_common: { sv: 'Lösenordet är för vanligt och lätt att gissa.', en: 'The password is too common and easy to guess.' },
  password_contains_email: { sv: 'Lösenordet får inte innehålla e-postadressen.', en: 'The password must not contain the e-mail address.' },
  municipality_code_unknown: { sv: 'Okänd kommunkod.', en: 'Unknown municipality code.' },
  email_taken: { sv: 'E-postadressen används redan.', en: 'The e-mail address is already in use.' },
  unit_required: { sv: 'Välj en enhet för förvaltningskontakten.', en: 'Choose a unit for the department contact.' },
  unit_unknown: { sv: 'Enheten finns inte.', en: 'The unit does not exist.' },
  unit_archived: { sv: 'Enheten är arkiverad.', en: 'The unit is archived.' },
  unit_not_allowed: {
    sv: 'Bara rollen förvaltningskontakt kopplas till en enhet.',
    en: 'Only the department contact role is tied to a unit.',
  },
  role_duplicate: { sv: 'Rollen finns redan i listan.', en: 'The role is already in the list.' },
  unit_name_taken: {
    sv: 'Namnet används redan på samma nivå.',
    en: 'The name is already used at the same level.',
  },
  unit_cycle: { sv: 'Enheten kan inte ligga under sig själv.', en: 'The unit cannot be below itself.' },
  nothing_to_change: { sv: 'Ange minst en ändring.', en: 'Give at least one change.' },
  tenant_exists: { sv: 'Kommunen finns redan i Lots.', en: 'The municipality is already in Lots.' },
} satisfies Catalogue;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

export function problemText(code: ProblemCode, locale: Locale): string {
  return PROBLEM_MESSAGES[code][locale];
}

export function fieldText(code: FieldMessageCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return FIELD_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
