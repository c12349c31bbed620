/**
 * The demo municipality: Järfälla kommun (Statistics Sweden code 0123) with an organisation a
 * person from a Swedish municipality recognises, and one account per role. The accounts share
 * one published password, so the demo is only created where LOTS_DEMO allows it (by default:
 * the embedded database) and is documented in README.md.
 */
import type { Role } from '../../core/auth/roles.js';

export const DEMO_MUNICIPALITY_CODE = '0123';

/** Passes core/auth/password-policy.ts; published in README.md and printed at start. */
export const DEMO_PASSWORD = 'lots-demo-2026';

export interface DemoUnit {
  name: string;
  children?: readonly DemoUnit[];
}

/**
 * Departments (förvaltningar) at the top, their units below. Modelled on how Järfälla and
 * municipalities of its size organise themselves; not an official organisation chart.
 */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    name: 'Kommunstyrelseförvaltningen',
    children: [
      { name: 'Kontaktcenter', children: [{ name: 'Telefon och e-post' }, { name: 'Medborgarkontoret' }] },
      { name: 'Kommunikation' },
      { name: 'Digitalisering' },
      { name: 'HR' },
      { name: 'Ekonomi' },
      { name: 'Kansli' },
    ],
  },
  {
    name: 'Barn- och ungdomsförvaltningen',
    children: [
      { name: 'Förskola' },
      { name: 'Grundskola' },
      { name: 'Elevhälsa' },
      { name: 'Antagning och placering' },
    ],
  },
  {
    name: 'Socialförvaltningen',
    children: [
      { name: 'Barn och familj' },
      { name: 'Ekonomiskt bistånd' },
      { name: 'Vuxenenheten' },
      { name: 'Familjerätt' },
    ],
  },
  {
    name: 'Vård- och omsorgsförvaltningen',
    children: [
      { name: 'Biståndshandläggning' },
      { name: 'Hemtjänst' },
      { name: 'Särskilt boende' },
      { name: 'Funktionsstöd' },
    ],
  },
  {
    name: 'Samhällsbyggnadsförvaltningen',
    children: [
      { name: 'Vatten och avlopp' },
      { name: 'Avfall' },
      { name: 'Gata och park' },
      { name: 'Trafik' },
      { name: 'Plan och exploatering' },
    ],
  },
  {
    name: 'Bygg- och miljöförvaltningen',
    children: [
      { name: 'Bygglov' },
      { name: 'Miljö- och hälsoskydd' },
      { name: 'Livsmedelskontroll' },
      { name: 'Lantmäteri' },
    ],
  },
  {
    name: 'Kultur-, demokrati- och fritidsförvaltningen',
    children: [
      { name: 'Bibliotek' },
      { name: 'Kulturskolan' },
      { name: 'Fritid och idrott' },
      { name: 'Ungdomsverksamhet' },
    ],
  },
  {
    name: 'Arbetsmarknads- och vuxenutbildningsförvaltningen',
    children: [{ name: 'Vuxenutbildning' }, { name: 'Arbetsmarknad' }, { name: 'Etablering' }],
  },
];

export interface DemoLogin {
  email: string;
  displayName: string;
  role: Role;
  roleSv: string;
  roleEn: string;
  /** The unit a department contact speaks for (its name in DEMO_UNITS). */
  unitName?: string;
  isPlatformAdmin?: boolean;
}

/**
 * One account per role. The administrator is created with the municipality and also runs the
 * installation (platform administrator), so the demo can show adding a municipality.
 */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    email: 'admin@jarfalla.example',
    displayName: 'Åsa Berg',
    role: 'administrator',
    roleSv: 'administratör (och plattformsadministratör)',
    roleEn: 'administrator (and platform administrator)',
    isPlatformAdmin: true,
  },
  {
    email: 'vagledare@jarfalla.example',
    displayName: 'Sara Nilsson',
    role: 'guide',
    roleSv: 'kommunvägledare',
    roleEn: 'guide',
  },
  {
    email: 'utvecklare@jarfalla.example',
    displayName: 'Johan Lind',
    role: 'quality_developer',
    roleSv: 'verksamhetsutvecklare',
    roleEn: 'quality developer',
  },
  {
    email: 'chef@jarfalla.example',
    displayName: 'Karin Holm',
    role: 'manager',
    roleSv: 'chef',
    roleEn: 'manager',
  },
  {
    email: 'forvaltning@jarfalla.example',
    displayName: 'Ali Hassan',
    role: 'department_contact',
    roleSv: 'förvaltningskontakt (Vatten och avlopp)',
    roleEn: 'department contact (Water and sewage)',
    unitName: 'Vatten och avlopp',
  },
];
