/**
 * The areas of Lots in the main navigation, and the sections of Administration. Which are shown
 * follows the person's permissions; the API enforces the same rules on every request.
 */
import type { Permission } from '../api/types.js';

/**
 * The areas that exist. An area a later version brings (surveys, quality review) is added here
 * with its pages, not before: the navigation and the start page show only what one can use.
 */
export const FUTURE_AREAS = [
  'contacts',
  'telephony',
  'analysis',
  'goals',
  'improvements',
  'surveys',
  // The departments' verdict (issue #15), beside the citizens' surveys.
  'departmentSurveys',
] as const;
export type FutureArea = (typeof FUTURE_AREAS)[number];
export type AreaKey = 'overview' | FutureArea | 'admin';

export interface Area {
  key: AreaKey;
  path: string;
  /** Shown when the person holds at least one of these; always shown when absent. */
  anyOf?: readonly Permission[];
}

export const FUTURE_AREA_PATHS: Record<FutureArea, string> = {
  contacts: '/contacts',
  telephony: '/telephony',
  analysis: '/analysis',
  goals: '/goals',
  improvements: '/improvements',
  surveys: '/surveys',
  departmentSurveys: '/department-surveys',
};

/**
 * Areas only some roles may open. Telefoni is the team's figures (reports:read): a department
 * contact, who has no such permission, does not see it. Analys (analysis:read) is for quality
 * developers, managers, administrators and department contacts (who see their department's
 * contacts only); not for guides, since nothing there is about one guide's work. Mål och signaler
 * (goals:read) is the team's: everyone but department contacts. Förbättringar (improvements:read)
 * is the board meeting's: the team and the departments' contacts. Enkäter (surveys:read) is for
 * those who set up surveys and read their results (quality developers, managers, administrators);
 * a guide reads what citizens said about their own contacts in Kontakter, "Min återkoppling".
 * is the board meeting's: the team and the departments' contacts. Förvaltningarnas nöjdhet
 * (department_surveys:read): the team, and each department contact for their own department.
 */
const AREA_PERMISSIONS: Partial<Record<FutureArea, readonly Permission[]>> = {
  telephony: ['reports:read'],
  analysis: ['analysis:read'],
  goals: ['goals:read'],
  improvements: ['improvements:read'],
  surveys: ['surveys:read'],
  departmentSurveys: ['department_surveys:read'],
};

export const AREAS: readonly Area[] = [
  { key: 'overview', path: '/' },
  ...FUTURE_AREAS.map((key): Area => {
    const anyOf = AREA_PERMISSIONS[key];
    return anyOf ? { key, path: FUTURE_AREA_PATHS[key], anyOf } : { key, path: FUTURE_AREA_PATHS[key] };
  }),
  // Reading the unit tree or the catalogue alone (every role may) is not administration.
  {
    key: 'admin',
    path: '/admin',
    anyOf: ['units:write', 'topics:write', 'users:read', 'integrations:manage', 'tenants:read'],
  },
];

export type AdminSectionKey =
  'units' | 'topics' | 'users' | 'integrations' | 'contactImport' | 'municipalities';

export interface AdminSection {
  key: AdminSectionKey;
  path: string;
  permission: Permission;
}

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { key: 'units', path: '/admin/units', permission: 'units:read' },
  { key: 'topics', path: '/admin/topics', permission: 'topics:read' },
  { key: 'users', path: '/admin/users', permission: 'users:read' },
  { key: 'integrations', path: '/admin/integrations', permission: 'integrations:manage' },
  { key: 'contactImport', path: '/admin/contact-import', permission: 'contacts:import' },
  { key: 'municipalities', path: '/admin/municipalities', permission: 'tenants:read' },
];

export function visibleAreas(permissions: readonly Permission[]): Area[] {
  return AREAS.filter((a) => !a.anyOf || a.anyOf.some((p) => permissions.includes(p)));
}

export function visibleAdminSections(permissions: readonly Permission[]): AdminSection[] {
  return ADMIN_SECTIONS.filter((s) => permissions.includes(s.permission));
}

/**
 * Areas whose summary on the start page speaks of doing something only some may do: those
 * without that permission read what they can do there instead (issue #13), so that no page tells
 * a person they can do what their role cannot.
 */
type ActionArea = 'contacts' | 'goals' | 'improvements';
const AREA_ACTIONS: Record<ActionArea, Permission> = {
  contacts: 'contacts:log',
  goals: 'goals:write',
  improvements: 'improvements:write',
};

/** The translation key of an area's summary for a person with these permissions. */
export function areaSummaryKey(
  key: AreaKey,
  permissions: readonly Permission[],
): `areaSummaries.${AreaKey}` | `areaSummariesReadOnly.${ActionArea}` {
  if (key in AREA_ACTIONS && !permissions.includes(AREA_ACTIONS[key as ActionArea]))
    return `areaSummariesReadOnly.${key as ActionArea}`;
  return `areaSummaries.${key}`;
}
