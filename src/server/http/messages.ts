/**
 * Texts of the problems the API reports, in both interface languages. The code is stable and
 * machine-readable; the text is for a person.
 */
import type { Locale } from './locale.js';
import { COMPLAINT_FIELD_MESSAGES } from './messages-complaints.js';

type Catalogue = Record<string, { sv: string; en: string }>;

export const PROBLEM_MESSAGES = {
  validation_failed: {
    sv: 'Uppgifterna är inte giltiga. Rätta de markerade fälten.',
    en: 'The request is not valid. Correct the fields listed.',
  },
  malformed_json: { sv: 'Förfrågan innehåller ogiltig JSON.', en: 'The request body is not valid JSON.' },
  body_too_large: { sv: 'Förfrågan är för stor.', en: 'The request body is too large.' },
  unsupported_media_type: {
    sv: 'Innehållstypen (Content-Type) tas inte emot här: skicka JSON, eller filen med den typ API-dokumentationen anger.',
    en: 'The content type is not accepted here: send JSON, or the file with the type the API documentation gives.',
  },
  unauthenticated: { sv: 'Du behöver logga in.', en: 'You need to sign in.' },
  forbidden: { sv: 'Du har inte behörighet till detta.', en: 'You are not allowed to do this.' },
  csrf_failed: {
    sv: 'Sidan är inaktuell. Ladda om den och försök igen.',
    en: 'The page is out of date. Reload it and try again.',
  },
  not_found: { sv: 'Det du söker finns inte.', en: 'What you are looking for does not exist.' },
  bad_request: {
    sv: 'Förfrågan går inte att tolka.',
    en: 'The request cannot be understood.',
  },
  bad_url: {
    sv: 'Adressen går inte att läsa (ogiltig teckenkodning).',
    en: 'The address cannot be read (invalid character encoding).',
  },
  method_not_allowed: { sv: 'Metoden stöds inte här.', en: 'The method is not supported here.' },
  rate_limited: {
    sv: 'För många försök. Vänta en stund och försök igen.',
    en: 'Too many attempts. Wait a while and try again.',
  },
  internal_error: {
    sv: 'Något gick fel hos oss. Försök igen om en stund.',
    en: 'Something went wrong on our side. Try again in a while.',
  },
  invalid_credentials: { sv: 'Fel e-postadress eller lösenord.', en: 'Wrong e-mail address or password.' },
  account_locked: {
    sv: 'Kontot är tillfälligt låst efter för många misslyckade inloggningar. Försök igen om 15 minuter.',
    en: 'The account is locked for a while after too many failed sign-ins. Try again in 15 minutes.',
  },
  account_inactive: {
    sv: 'Kontot är avstängt. Kontakta din administratör.',
    en: 'The account is disabled. Contact your administrator.',
  },
  // Integrations and API tokens (server/integrations, http/access.ts)
  invalid_token: {
    sv: 'API-nyckeln är ogiltig, återkallad eller har gått ut.',
    en: 'The API token is invalid, revoked or expired.',
  },
  credentials_ambiguous: {
    sv: 'Skicka antingen en API-nyckel eller en inloggningscookie, inte båda.',
    en: 'Send either an API token or a sign-in cookie, not both.',
  },
  token_not_accepted: {
    sv: 'Det här kräver en inloggad person. API-nycklar gäller inte här.',
    en: 'This needs a signed-in person. API tokens are not accepted here.',
  },
  integration_name_taken: {
    sv: 'Det finns redan en integration med det namnet.',
    en: 'An integration with that name already exists.',
  },
  integration_inactive: {
    sv: 'Integrationen är avstängd. Aktivera den innan du skapar en nyckel.',
    en: 'The integration is disabled. Enable it before creating a token.',
  },
  municipality_code_unknown: {
    sv: 'Det finns ingen kommun med den koden. Ange Statistiska centralbyråns fyrsiffriga kommunkod, till exempel 0123 för Järfälla.',
    en: 'There is no municipality with that code. Give the four-digit Statistics Sweden code, for example 0123 for Järfälla.',
  },
  tenant_exists: { sv: 'Kommunen finns redan i Lots.', en: 'The municipality is already in Lots.' },
  email_taken: {
    sv: 'E-postadressen används redan av en annan användare.',
    en: 'The e-mail address is already used by another user.',
  },
  password_weak: { sv: 'Lösenordet är för svagt.', en: 'The password is too weak.' },
  email_domain_not_allowed: {
    sv: 'E-postadressen hör inte till kommunens e-postdomäner.',
    en: 'The e-mail address is not at one of the municipality’s e-mail domains.',
  },
  email_domain_taken: {
    sv: 'E-postdomänen hör redan till en annan kommun i Lots.',
    en: 'The e-mail domain already belongs to another municipality in Lots.',
  },
  account_outranks_you: {
    sv: 'Kontot har större behörighet än ditt. Bara någon med minst samma behörighet kan ändra det.',
    en: 'The account holds more power than yours. Only someone with at least the same power can change it.',
  },
  grant_exceeds_yours: {
    sv: 'Du kan inte ge någon större behörighet än du själv har.',
    en: 'You cannot give anyone more power than you hold yourself.',
  },
  unit_name_taken: {
    sv: 'Det finns redan en enhet med det namnet på samma nivå.',
    en: 'A unit with that name already exists at the same level.',
  },
  unit_parent_invalid: { sv: 'Den överordnade enheten finns inte.', en: 'The parent unit does not exist.' },
  unit_cycle: {
    sv: 'En enhet kan inte flyttas under sig själv eller sina underenheter.',
    en: 'A unit cannot be moved below itself or its own units.',
  },
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
  topic_name_taken: {
    sv: 'Det finns redan ett ämne med det namnet på samma nivå (kanske avslutat: återställ det i så fall).',
    en: 'A topic with that name already exists at the same level (perhaps retired: restore it then).',
  },
  topic_parent_invalid: { sv: 'Det överordnade ämnet finns inte.', en: 'The parent topic does not exist.' },
  topic_cycle: {
    sv: 'Ett ämne kan inte flyttas under sig självt eller sina underämnen.',
    en: 'A topic cannot be moved below itself or its own subtopics.',
  },
  topic_parent_retired: {
    sv: 'Det överordnade ämnet är avslutat. Återställ det först eller välj ett annat.',
    en: 'The parent topic is retired. Restore it first or choose another.',
  },
  topic_has_active_children: {
    sv: 'Ämnet har underämnen som inte är avslutade. Avsluta eller flytta dem först.',
    en: 'The topic has subtopics that are not retired. Retire or move them first.',
  },
  topic_import_invalid: {
    sv: 'Filen lästes inte in och ingenting har ändrats. Rätta raderna nedan och försök igen.',
    en: 'The file was not imported and nothing has changed. Correct the lines below and try again.',
  },
  contact_topic_unknown: { sv: 'Ämnet finns inte.', en: 'The topic does not exist.' },
  contact_topic_retired: {
    sv: 'Ämnet används inte längre och kan inte väljas för nya kontakter. Välj ett annat.',
    en: 'The topic is retired and cannot be chosen for new contacts. Choose another.',
  },
  idempotency_key_reused: {
    sv: 'Nyckeln (Idempotency-Key) har redan använts för en annan kontakt. Skicka samma uppgifter igen eller använd en ny nyckel.',
    en: 'The Idempotency-Key was already used for a different request. Resend the same request, or use a new key.',
  },
  idempotency_request_outstanding: {
    sv: 'Kontakten sparas redan. Försök igen om en stund.',
    en: 'A save with the same Idempotency-Key is still in progress. Try again in a moment.',
  },
  contact_correction_closed: {
    sv: 'En kontakt kan bara rättas samma dag som den registrerades.',
    en: 'A contact can only be corrected on the day it was logged.',
  },
  contact_export_too_large: {
    sv: 'Urvalet har fler än 200 000 kontakter, för många för en fil. Välj en kortare period eller fler filter.',
    en: 'The selection has more than 200,000 contacts, too many for one file. Choose a shorter period or more filters.',
  },
  // Bulk intake of contacts (server/intake)
  contact_import_invalid: {
    sv: 'Ingenting importerades. Rätta raderna nedan och skicka hela filen eller batchen igen.',
    en: 'Nothing was imported. Correct the rows listed and send the whole file or batch again.',
  },
  contact_import_too_large: {
    sv: 'Filen har fler än 100 000 rader. Dela upp den i flera filer.',
    en: 'The file has more than 100,000 lines. Split it into several files.',
  },
  contact_mapping_name_taken: {
    sv: 'Det finns redan en kolumnmappning med det namnet.',
    en: 'A column mapping with that name already exists.',
  },
  // Telephony (server/telephony)
  call_import_invalid: {
    sv: 'Ingenting importerades. Filen har rader som inte går att läsa; rätta dem och skicka hela filen igen.',
    en: 'Nothing was imported. The file has lines that cannot be read; correct them and send the whole file again.',
  },
  call_mapping_name_taken: {
    sv: 'Det finns redan en kolumnmappning för samtal med det namnet.',
    en: 'A call column mapping with that name already exists.',
  },
  call_mapping_unknown: {
    sv: 'Det finns ingen kolumnmappning för samtal med det namnet.',
    en: 'There is no call column mapping with that name.',
  },
  queue_group_name_taken: {
    sv: 'Det finns redan en kögrupp med det namnet.',
    en: 'A queue group with that name already exists.',
  },
  queue_group_in_use: {
    sv: 'Kögruppen har köer. Flytta dem först.',
    en: 'The queue group has queues. Move them first.',
  },
  closed_day_exists: {
    sv: 'Dagen är redan en stängd dag.',
    en: 'The day is already a closed day.',
  },
  report_pdf_unavailable: {
    sv: 'PDF kan inte skapas på den här servern (Chromium saknas). Välj Excel eller CSV.',
    en: 'A PDF cannot be made on this server (Chromium is missing). Choose Excel or CSV.',
  },
  baseline_exists: {
    sv: 'Diagrammet har redan en baslinje som börjar den dagen.',
    en: 'The chart already has a baseline that starts that day.',
  },
  signal_acknowledged: {
    sv: 'Signalen är redan bekräftad.',
    en: 'The signal has already been acknowledged.',
  },
  report_period_too_long: {
    sv: 'Välj högst 106 veckor åt gången.',
    en: 'Choose at most 106 weeks at a time.',
  },
  survey_closed: {
    sv: 'Enkäten är avslutad.',
    en: 'The survey is closed.',
  },
  survey_link_unknown: {
    sv: 'Länken finns inte. Kontrollera att du fått med hela adressen.',
    en: 'The link does not exist. Check that you have the whole address.',
  },
  survey_link_expired: {
    sv: 'Länken har gått ut. Tack för att du ville svara!',
    en: 'The link has expired. Thank you for wanting to answer!',
  },
  survey_not_active: {
    sv: 'Enkäten är inte aktiv. Aktivera den innan en omgång skickas.',
    en: 'The survey is not active. Activate it before a round is sent.',
  },
  round_exists: {
    sv: 'Enkäten har redan en omgång för perioden.',
    en: 'The survey already has a round for the period.',
  },
  answer_has_improvement: {
    sv: 'Svaret har redan en förbättring på tavlan.',
    en: 'The answer already has an improvement on the board.',
  },
} satisfies Catalogue;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

export const FIELD_MESSAGES = {
  required: { sv: 'Obligatoriskt fält.', en: 'Required.' },
  email_domain_not_allowed: {
    sv: 'Adressen måste höra till någon av kommunens e-postdomäner: {domains}.',
    en: 'The address must be at one of the municipality’s e-mail domains: {domains}.',
  },
  email_domain_taken: {
    sv: 'Domänen hör redan till en annan kommun.',
    en: 'The domain already belongs to another municipality.',
  },
  invalid_email_domain: {
    sv: 'Ange en domän som kommun.se.',
    en: 'Give a domain such as kommun.se.',
  },
  grant_exceeds_yours: {
    sv: 'Du kan inte ge större behörighet än du själv har.',
    en: 'You cannot give more power than you hold.',
  },
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
  password_too_short: {
    sv: 'Lösenordet måste ha minst {min} tecken.',
    en: 'The password must have at least {min} characters.',
  },
  password_too_long: {
    sv: 'Lösenordet får ha högst {max} tecken.',
    en: 'The password may have at most {max} characters.',
  },
  password_common: {
    sv: 'Lösenordet är för vanligt och lätt att gissa.',
    en: 'The password is too common and easy to guess.',
  },
  password_contains_email: {
    sv: 'Lösenordet får inte innehålla e-postadressen.',
    en: 'The password must not contain the e-mail address.',
  },
  municipality_code_unknown: { sv: 'Okänd kommunkod.', en: 'Unknown municipality code.' },
  email_taken: { sv: 'E-postadressen används redan.', en: 'The e-mail address is already in use.' },
  unit_required: {
    sv: 'Välj en enhet för förvaltningskontakten.',
    en: 'Choose a unit for the department contact.',
  },
  unit_unknown: { sv: 'Enheten finns inte.', en: 'The unit does not exist.' },
  unit_archived: { sv: 'Enheten är arkiverad.', en: 'The unit is archived.' },
  unit_not_allowed: {
    sv: 'Bara rollen förvaltningskontakt kopplas till en enhet.',
    en: 'Only the department contact role is tied to a unit.',
  },
  role_duplicate: { sv: 'Rollen finns redan i listan.', en: 'The role is already in the list.' },
  role_not_for_person: {
    sv: 'Rollen integration ges bara till integrationer, inte till personer.',
    en: 'The integration role is for integrations only, not for people.',
  },
  integration_name_taken: {
    sv: 'Namnet används redan av en annan integration.',
    en: 'The name is already used by another integration.',
  },
  unit_name_taken: {
    sv: 'Namnet används redan på samma nivå.',
    en: 'The name is already used at the same level.',
  },
  unit_cycle: { sv: 'Enheten kan inte ligga under sig själv.', en: 'The unit cannot be below itself.' },
  nothing_to_change: { sv: 'Ange minst en ändring.', en: 'Give at least one change.' },
  tenant_exists: { sv: 'Kommunen finns redan i Lots.', en: 'The municipality is already in Lots.' },
  topic_name_taken: {
    sv: 'Namnet används redan på samma nivå.',
    en: 'The name is already used at the same level.',
  },
  topic_name_separator: {
    sv: 'Namnet får inte innehålla tecknet ›.',
    en: 'The name must not contain the character ›.',
  },
  topic_unknown: { sv: 'Ämnet finns inte.', en: 'The topic does not exist.' },
  topic_retired: { sv: 'Ämnet är avslutat.', en: 'The topic is retired.' },
  topic_cycle: { sv: 'Ämnet kan inte ligga under sig självt.', en: 'The topic cannot be below itself.' },
  topic_parent_retired: { sv: 'Ämnet ovanför är avslutat.', en: 'The topic above is retired.' },
  topic_has_active_children: {
    sv: 'Ämnet har underämnen som inte är avslutade.',
    en: 'The topic has subtopics that are not retired.',
  },
  topic_path_duplicate: {
    sv: 'Ämnet finns redan på rad {line}.',
    en: 'The topic is already on line {line}.',
  },
  search_words_too_many: {
    sv: 'Högst {max} sökord per ämne.',
    en: 'At most {max} search words per topic.',
  },
  search_word_too_long: {
    sv: 'Ett sökord får vara högst {max} tecken.',
    en: 'A search word may be at most {max} characters.',
  },
  topic_path_empty_name: {
    sv: 'Sökvägen har ett tomt namn mellan två ›.',
    en: 'The path has an empty name between two ›.',
  },
  unit_ambiguous: {
    sv: 'Flera enheter heter så. Ange hela sökvägen, till exempel ”Förvaltning › Enhet”.',
    en: 'Several units have that name. Give the whole path, for example “Department › Unit”.',
  },
  csv_malformed: {
    sv: 'Raden kunde inte läsas. Kontrollera citattecknen.',
    en: 'The line could not be read. Check the quotation marks.',
  },
  csv_empty: { sv: 'Filen är tom.', en: 'The file is empty.' },
  csv_field_count: {
    sv: 'Raden har {found} fält men rubrikraden har {expected}.',
    en: 'The line has {found} fields but the header has {expected}.',
  },
  csv_column_unknown: { sv: 'Okänd kolumn: {column}.', en: 'Unknown column: {column}.' },
  csv_column_missing: { sv: 'Kolumnen {column} saknas.', en: 'The column {column} is missing.' },
  csv_column_repeated: {
    sv: 'Kolumnen {column} finns flera gånger.',
    en: 'The column {column} appears more than once.',
  },
  file_too_large: { sv: 'Filen får vara högst 1 MB.', en: 'The file may be at most 1 MB.' },
  required_when_forwarded: {
    sv: 'Krävs när kontakten lämnas vidare.',
    en: 'Required when the contact is forwarded.',
  },
  only_when_forwarded: {
    sv: 'Anges bara när kontakten lämnas vidare.',
    en: 'Only given when the contact is forwarded.',
  },
  required_for_problem: {
    sv: 'Ange om problemet gäller tjänsten eller hur den levererades.',
    en: 'Say whether the problem is with the service itself or its delivery.',
  },
  only_for_problem: { sv: 'Anges bara för behovet ”problem”.', en: 'Only given for the need “problem”.' },
  required_for_failure_demand: {
    sv: 'Ange varför kontakten var undvikbar.',
    en: 'Give the reason for the failure demand.',
  },
  only_for_failure_demand: {
    sv: 'Anges bara när kontakten var undvikbar.',
    en: 'Only given when the contact is failure demand.',
  },
  only_for_existing_case: {
    sv: 'Anges bara när kontakten gäller ett pågående ärende.',
    en: 'Only given when the contact concerns an existing case.',
  },
  in_future: { sv: 'Tiden ligger i framtiden.', en: 'The time is in the future.' },
  too_old: { sv: 'Tiden ligger för långt bak i tiden.', en: 'The time is too far in the past.' },
  contains_personal_data: {
    sv: 'Får inte innehålla personuppgifter (personnummer, e-postadress, telefonnummer).',
    en: 'Must not contain personal data (identity numbers, e-mail addresses, phone numbers).',
  },
  district_not_area: {
    sv: 'Ange ett område, inte en adress, ett postnummer eller ett nummer.',
    en: 'Give an area, not an address, a postcode or a number.',
  },
  invalid_date: { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Give a date as YYYY-MM-DD.' },
  invalid_character: {
    sv: 'Texten innehåller ett tecken som inte kan sparas (NUL).',
    en: 'The text holds a character that cannot be stored (NUL).',
  },
  duplicate_day: {
    sv: 'Samma dag finns redan tidigare i listan.',
    en: 'The same day is already earlier in the list.',
  },
  date_out_of_range: {
    sv: 'Ange ett datum mellan 2000-01-01 och 2099-12-31.',
    en: 'Give a date between 2000-01-01 and 2099-12-31.',
  },
  invalid_week: {
    sv: 'Ange en vecka som ÅÅÅÅ-Vnn (till exempel 2026-W10), mellan år 2000 och 2099.',
    en: 'Give a week as YYYY-Www (for example 2026-W10), between the years 2000 and 2099.',
  },
  date_range_reversed: {
    sv: 'Slutdatumet ligger före startdatumet.',
    en: 'The end date is before the start date.',
  },
  not_with_district: {
    sv: 'Ange antingen ett område eller att område saknas, inte båda.',
    en: 'Give either a district or no district, not both.',
  },
  // Analyses (server/analysis)
  period_too_long: {
    sv: 'Välj en period på högst 1 100 dagar (omkring tre år).',
    en: 'Choose a period of at most 1,100 days (about three years).',
  },
  analysis_table_unknown: {
    sv: 'Diagrammet finns inte i den här analysen ({tables}).',
    en: 'The chart is not part of this analysis ({tables}).',
  },
  department_unknown: {
    sv: 'Välj en förvaltning (en enhet högst upp i organisationen).',
    en: 'Choose a department (a unit at the top of the organisation).',
  },
  // Bulk intake of contacts (server/intake, core/contacts/intake-*.ts)
  external_id_repeated: {
    sv: 'Samma id finns redan tidigare i importen ({first}).',
    en: 'The same id appears earlier in the import ({first}).',
  },
  external_id_conflict: {
    sv: 'En kontakt med detta id har redan importerats med annat innehåll. Rätta den i Lots i stället.',
    en: 'A contact with this id was already imported with different content. Correct it in Lots instead.',
  },
  invalid_date_format: {
    sv: 'Ange datum och tid som {format} TT:MM.',
    en: 'Give the date and time as {format} HH:MM.',
  },
  invalid_time: { sv: 'Ange en tid som TT:MM.', en: 'Give a time as HH:MM.' },
  time_nonexistent: {
    sv: 'Tiden finns inte: klockan ställdes fram en timme den natten.',
    en: 'The time does not exist: the clocks went forward an hour that night.',
  },
  invalid_duration: { sv: 'Ogiltig längd på kontakten.', en: 'Not a valid length for the contact.' },
  csv_not_utf8: {
    sv: 'Filen är inte sparad som UTF-8. Spara den som ”CSV UTF-8” och försök igen.',
    en: 'The file is not saved as UTF-8. Save it as “CSV UTF-8” and try again.',
  },
  contact_mapping_unknown: {
    sv: 'Det finns ingen kolumnmappning med det namnet.',
    en: 'There is no column mapping with that name.',
  },
  contact_mapping_name_taken: { sv: 'Namnet används redan.', en: 'The name is already in use.' },
  column_and_fixed: {
    sv: 'Ange antingen en kolumn eller ett fast värde, inte båda.',
    en: 'Give either a column or a fixed value, not both.',
  },
  column_repeated: {
    sv: 'Kolumnen {column} används redan för {field}.',
    en: 'The column {column} is already used for {field}.',
  },
  time_without_date: { sv: 'En tidskolumn kräver en datumkolumn.', en: 'A time column needs a date column.' },
  invalid_time_zone: { sv: 'Okänd tidszon.', en: 'Unknown time zone.' },
  invalid_fixed_value: { sv: 'Det fasta värdet är inte giltigt.', en: 'The fixed value is not valid.' },
  too_many_items: { sv: 'Högst {max} värden.', en: 'At most {max} values.' },
  line_rejected: { sv: 'Raden kan inte läsas: {reason}', en: 'The line cannot be read: {reason}' },
  more_lines_rejected: {
    sv: 'Ytterligare {count} rader kan inte läsas.',
    en: '{count} more lines cannot be read.',
  },
  week_order: { sv: 'Slutveckan är före startveckan.', en: 'The last week is before the first.' },
  answered_end_without_answer: {
    sv: 'Bara ett besvarat samtal har ett sätt att avslutas.',
    en: 'Only an answered call has a way it ended.',
  },
  talk_without_answer: {
    sv: 'Bara ett besvarat samtal har samtalstid.',
    en: 'Only an answered call has talk time.',
  },
  call_mapping_name_taken: { sv: 'Namnet används redan.', en: 'The name is already in use.' },
  date_time_twice: {
    sv: 'Ange antingen en kolumn med datum och tid eller en datum- och en tidskolumn.',
    en: 'Give either one column with date and time, or a date column and a time column.',
  },
  date_without_time: { sv: 'En datumkolumn kräver en tidskolumn.', en: 'A date column needs a time column.' },
  value_repeated: {
    sv: 'Samma kod kan inte betyda två olika saker.',
    en: 'The same code cannot mean two different things.',
  },
  only_for_email: {
    sv: 'Bara en e-postkontakt har en tid då e-posten kom in.',
    en: 'Only an e-mail contact has a time the e-mail came in.',
  },
  after_start: {
    sv: 'E-posten kan inte ha kommit in efter att kontakten började.',
    en: 'The e-mail cannot have come in after the contact started.',
  },
  day_in_future: { sv: 'Dagen har inte kommit än.', en: 'The day has not come yet.' },
  queue_group_name_taken: { sv: 'Namnet används redan.', en: 'The name is already in use.' },
  closed_day_exists: { sv: 'Dagen är redan stängd.', en: 'The day is already closed.' },
  goal_capacity_area: {
    sv: 'Ett kapacitetsmått kan bara vara mål inom området Tillgänglig.',
    en: 'A capacity measure can only be a goal in the area Accessible.',
  },
  scope_not_for_measure: {
    sv: 'Måttet finns bara för alla köer tillsammans.',
    en: 'The measure exists for all queues together only.',
  },
  scope_unknown: {
    sv: 'Kön, kögruppen eller enkätens fråga eller dimension finns inte.',
    en: 'The queue, queue group or survey question or dimension does not exist.',
  },
  round_exists: {
    sv: 'Enkäten har redan en omgång för perioden.',
    en: 'The survey already has a round for the period.',
  },
  recipient_exists: {
    sv: 'Adressen är redan mottagare för förvaltningen.',
    en: 'The address already receives the survey for the department.',
  },
  not_a_department: {
    sv: 'Välj en förvaltning (en enhet högst upp i organisationen).',
    en: 'Choose a department (a unit at the top of the organisation).',
  },
  target_out_of_range: {
    sv: 'Målvärdet ligger utanför det möjliga (en andel anges som 0–1).',
    en: 'The target is out of range (a share is given as 0–1).',
  },
  target_not_whole: { sv: 'Ange ett heltal.', en: 'Give a whole number.' },
  owner_unknown: {
    sv: 'Ägaren måste vara en aktiv användare.',
    en: 'The owner must be an active user.',
  },
  baseline_exists: {
    sv: 'Diagrammet har redan en baslinje som börjar den dagen.',
    en: 'The chart already has a baseline that starts that day.',
  },
  targets_required: {
    sv: 'Välj minst ett ämne, behov eller orsak till undvikbar efterfrågan som förbättringen ska minska.',
    en: 'Choose at least one topic, need or failure-demand reason the improvement is to reduce.',
  },
  value_twice: { sv: 'Samma värde finns två gånger.', en: 'The same value is there twice.' },
  evaluate_only_when_done: {
    sv: 'Bara en genomförd förbättring kan utvärderas.',
    en: 'Only an improvement that is done can be evaluated.',
  },
  implemented_on_only_when_done: {
    sv: 'Dagen då förändringen började gälla anges när förbättringen är genomförd.',
    en: 'The day the change took effect is given when the improvement is done.',
  },
  signal_unknown: { sv: 'Signalen finns inte.', en: 'The signal does not exist.' },
  implemented_on_required: {
    sv: 'Ange dagen då förändringen började gälla.',
    en: 'Give the day the change took effect.',
  },
  reminder_after_expiry: {
    sv: 'Påminnelsen måste gå ut innan länken slutar gälla.',
    en: 'The reminder must go out before the link expires.',
  },
  contact_not_found_or_invited: {
    sv: 'Kontakten finns inte, eller har redan fått den här enkäten.',
    en: 'The contact does not exist, or has already been sent this survey.',
  },
  out_of_scale: { sv: 'Svaret ligger utanför skalan.', en: 'The answer is outside the scale.' },
  unknown_choice: { sv: 'Svaret är inte ett av alternativen.', en: 'The answer is not one of the choices.' },
  not_asked: {
    sv: 'Frågan ställs inte efter dina tidigare svar.',
    en: 'The question is not asked after your earlier answers.',
  },
  unknown_question: { sv: 'Frågan finns inte i enkäten.', en: 'The question is not in the survey.' },
  unknown_version: { sv: 'Enkäten har ingen sådan version.', en: 'The survey has no such version.' },
  not_an_address: {
    sv: 'Ange en e-postadress eller ett mobilnummer.',
    en: 'Give an e-mail address or a mobile number.',
  },
  not_a_mobile_number: {
    sv: 'Sms kan bara skickas till svenska mobilnummer (07X).',
    en: 'Text messages can only go to Swedish mobile numbers (07X).',
  },
  contact_too_old_for_survey: {
    sv: 'En adress kan bara anges samma dygn som kontakten.',
    en: 'An address can only be given within a day of the contact.',
  },
  ...COMPLAINT_FIELD_MESSAGES,
} satisfies Catalogue;

export type FieldMessageCode = keyof typeof FIELD_MESSAGES;

export function problemText(code: ProblemCode, locale: Locale): string {
  return PROBLEM_MESSAGES[code][locale];
}

export function fieldText(
  code: FieldMessageCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return FIELD_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
