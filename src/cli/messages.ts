/**
 * Texts for situations only the command line meets, in both languages, beside the API's own
 * problem texts (server/http/messages.ts), which the CLI prints for the problems services raise.
 */
type Catalogue = Record<string, { sv: string; en: string }>;

export const CLI_MESSAGES = {
  tenant_not_in_lots: {
    sv: 'Kommunen {code} finns inte i Lots. Lägg till den med "lots tenant create".',
    en: 'Municipality {code} is not in Lots. Add it with "lots tenant create".',
  },
  password_missing: {
    sv: 'Ange lösenordet med {flag} eller miljövariabeln {env}, eller kör kommandot i en terminal för att skriva in det.',
    en: 'Give the password with {flag} or the environment variable {env}, or run the command in a terminal to type it.',
  },
  password_mismatch: { sv: 'Lösenorden stämmer inte överens.', en: 'The passwords do not match.' },
  cancelled: { sv: 'Avbrutet.', en: 'Cancelled.' },
  unknown_role: {
    sv: 'Okänd roll: {role}. Välj bland: {roles}.',
    en: 'Unknown role: {role}. Choose from: {roles}.',
  },
  unit_only_for_department_contact: {
    sv: '--unit gäller bara rollen department_contact (förvaltningskontakt).',
    en: '--unit applies only to the department_contact role.',
  },
  unknown_locale: { sv: 'Språket måste vara sv eller en.', en: 'The language must be sv or en.' },
  unknown_format: {
    sv: 'Okänt format: {format}. Välj bland: {formats}.',
    en: 'Unknown format: {format}. Choose from: {formats}.',
  },
  invalid_scope: {
    sv: 'Ogiltigt urval: {scope}. Ange all, group:<id> eller queue:<id>.',
    en: 'Not a valid scope: {scope}. Give all, group:<id> or queue:<id>.',
  },
  out_required: {
    sv: 'Formatet {format} skrivs till en fil: ange --out.',
    en: 'The {format} format is written to a file: give --out.',
  },
  import_stopped: {
    sv: 'Importen stoppades vid filen ovan. Filerna efter den importerades inte.',
    en: 'The import stopped at the file above. The files after it were not imported.',
  },
  signals_failed: {
    sv: 'Utvärderingen eller e-posten misslyckades för minst en kommun (se ovan).',
    en: 'The evaluation or the e-mail failed for at least one municipality (see above).',
  },
  invalid_day: {
    sv: 'Ogiltig dag: {day}. Ange den som ÅÅÅÅ-MM-DD.',
    en: 'Not a valid day: {day}. Give it as YYYY-MM-DD.',
  },
  invalid_uuid: { sv: 'Ogiltigt id för {option}: {value}.', en: 'Not a valid id for {option}: {value}.' },
  data_dir_locked: {
    sv: 'Datamappen {dir} används av en annan Lots-process (process {pid}). Stoppa den först, eller använd en PostgreSQL-server (DATABASE_URL) för båda.',
    en: 'The data folder {dir} is in use by another Lots process (process {pid}). Stop it first, or use a PostgreSQL server (DATABASE_URL) for both.',
  },
  port_in_use: {
    sv: 'Porten {port} används redan. Välj en annan med PORT eller --port.',
    en: 'Port {port} is already in use. Choose another with PORT or --port.',
  },
  invalid_setting: {
    sv: 'Ogiltig inställning i miljön: {names}. Se README.md.',
    en: 'Invalid setting in the environment: {names}. See README.md.',
  },
  column_missing: {
    sv: 'Kolumnen {column} finns inte i filen. Kolumner: {columns}.',
    en: 'The file has no column {column}. Columns: {columns}.',
  },
  input_not_utf8: {
    sv: 'Filen är inte UTF-8 (rad {line}). Spara den som UTF-8 och försök igen.',
    en: 'The file is not UTF-8 (line {line}). Save it as UTF-8 and try again.',
  },
  input_binary: { sv: 'Filen är inte en textfil.', en: 'The file is not a text file.' },
  unexpected: {
    sv: 'Ett oväntat fel inträffade ({type}). Kör med LOG_LEVEL=debug för mer information.',
    en: 'An unexpected error occurred ({type}). Run with LOG_LEVEL=debug for more information.',
  },
} satisfies Catalogue;

export type CliMessageCode = keyof typeof CLI_MESSAGES;

export function cliText(
  code: CliMessageCode,
  locale: 'sv' | 'en',
  params: Record<string, string | number> = {},
): string {
  return CLI_MESSAGES[code][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** An expected failure of a command: printed in both languages, exit code 1, no stack trace. */
export class CliError extends Error {
  constructor(
    readonly code: CliMessageCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'CliError';
  }
}
