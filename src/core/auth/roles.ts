/**
 * Roles and what each may do. Lots deliberately has no permission to compare guides with each
 * other: individual figures are for the guide and their coach only (see docs/ARCHITECTURE.md).
 */
/** Roles a person can hold, in the order lists show them. */
export const PERSON_ROLES = [
  'guide',
  'quality_developer',
  'manager',
  'department_contact',
  'administrator',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/**
 * Every role. 'integration' belongs to integration accounts only: another system (an e-service
 * platform, the telephony) that calls the API with a bearer token and can never sign in. It is
 * never given to a person, and a person's role never to an integration.
 */
export const ROLES = [...PERSON_ROLES, 'integration'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'contacts:log',
  'contacts:read',
  'contacts:read_all',
  'contacts:delete_any',
  'contacts:import',
  'topics:read',
  'topics:write',
  'units:read',
  'units:write',
  'users:read',
  'users:write',
  'integrations:manage',
  'telephony:import',
  'telephony:configure',
  'reports:read',
  'analysis:read',
  'visitors:write',
  'goals:read',
  'goals:write',
  'improvements:read',
  'improvements:write',
  'surveys:read',
  'surveys:write',
  'department_surveys:read',
  'complaints:register',
  'complaints:read',
  'complaints:read_all',
  'complaints:handle',
  'complaints:configure',
  'tenants:read',
  'tenants:create',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * The service catalogue (topics) is read by every role, since every contact is logged against a
 * topic. It is maintained by administrators and by quality developers (verksamhetsutvecklare),
 * whose job is to know why citizens make contact and so to keep the catalogue fit for that.
 *
 * Contacts: guides log them (contacts:log) and see their own. Quality developers, managers and
 * administrators see all of the tenant's (contacts:read_all); a department contact sees those
 * about their unit and the units below it. Managers and administrators may delete any contact
 * (contacts:delete_any: duplicates, personal data found in review); a guide only their own, the
 * same day. See src/server/contacts/policy.ts. Administrators may import contacts in bulk from
 * another system (contacts:import: a batch of JSON, or a CSV file read by a saved column mapping).
 *
 * Integrations (accounts of other systems, authenticated by API token) may import contacts and
 * read the catalogue and unit tree they need to map their data; nothing else, so a leaked token
 * can only add data. Administrators manage integrations and their tokens (integrations:manage).
 *
 * Telephony and the daily measures: the contact centre's team figures (calls offered, answered,
 * queue times, the weekly report) are read by guides, quality developers, managers and
 * administrators (reports:read); they are the team's, never a guide's (Lots keeps no agent per
 * call). Department contacts get their department's report instead (issue #5). Call records are
 * imported by administrators, quality developers (who today copy them into the spreadsheet each
 * week) and integrations (telephony:import); queues, queue groups, the measuring settings and
 * the municipality's own closed days are configured by administrators (telephony:configure).
 * The day's visitor count at the service office is entered by the guides working there, their
 * manager, quality developers or administrators (visitors:write).
 *
 * Analyses (why, when, from where citizens make contact; failure demand; the department report)
 * are for quality developers, managers and administrators over all contacts, and for department
 * contacts over the contacts about their department (analysis:read, with the same scope as
 * contacts:read, so a drill-down lists exactly the contacts counted). Guides log; they are not
 * handed analyses of their own contacts, which would read as measuring them.
 *
 * Goals and control charts (issue #6) are the team's: every role that reads the team's figures
 * reads them (goals:read: guides see the team's goals on the start page, with quality developers,
 * managers and administrators; the control charts too). Goals and the charts' baselines are set
 * by those who lead the improvement work: managers, quality developers and administrators
 * (goals:write). Department contacts get their department's report instead, as for reports:read.
 *
 * The improvement board (issue #6) is the weekly meeting's: the whole team reads it, and so do
 * department contacts, whose departments own most changes (improvements:read; it holds weekly
 * counts of contacts, nothing about a person). Improvements are created, moved and evaluated by
 * those who lead the improvement work (improvements:write), as goals are.
 *
 * Surveys (issue #15): set up and read by those who lead the improvement work, as goals are
 * (surveys:read, surveys:write: quality developers, managers, administrators). Answers never
 * name the citizen; a guide sees the answers to their own contacts on a page of their own, never
 * anyone else's, through contacts:log, not through surveys:read. The departments' verdict
 * (department_surveys:read) is read by the same roles for every department, and by a department
 * contact for their own department only (the service narrows it).
 *
 * Complaints and feedback (synpunkter, issue #17): the contact centre registers them (guides,
 * quality developers, managers, administrators: complaints:register) and reads them; quality
 * developers, managers and administrators read and handle every case (complaints:read_all,
 * complaints:handle) and keep the tenant's categories and deadlines (complaints:configure); a
 * department contact reads and handles the cases of their unit and the units below it; a guide
 * reads only the cases they registered (src/server/complaints/policy.ts). Contact details of a
 * citizen are shown only to those who may handle the case.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  guide: [
    'complaints:read',
    'complaints:register',
    'contacts:log',
    'contacts:read',
    'goals:read',
    'improvements:read',
    'reports:read',
    'topics:read',
    'units:read',
    'visitors:write',
  ],
  quality_developer: [
    'analysis:read',
    'complaints:configure',
    'complaints:handle',
    'complaints:read',
    'complaints:read_all',
    'complaints:register',
    'contacts:read',
    'contacts:read_all',
    'goals:read',
    'goals:write',
    'improvements:read',
    'improvements:write',
    'reports:read',
    'surveys:read',
    'surveys:write',
    'department_surveys:read',
    'telephony:import',
    'topics:read',
    'topics:write',
    'units:read',
    'visitors:write',
  ],
  manager: [
    'analysis:read',
    'complaints:configure',
    'complaints:handle',
    'complaints:read',
    'complaints:read_all',
    'complaints:register',
    'contacts:delete_any',
    'contacts:read',
    'contacts:read_all',
    'goals:read',
    'goals:write',
    'improvements:read',
    'improvements:write',
    'reports:read',
    'surveys:read',
    'surveys:write',
    'department_surveys:read',
    'topics:read',
    'units:read',
    'users:read',
    'visitors:write',
  ],
  department_contact: [
    'analysis:read',
    'complaints:handle',
    'complaints:read',
    'contacts:read',
    'department_surveys:read',
    'improvements:read',
    'topics:read',
    'units:read',
  ],
  administrator: [
    'analysis:read',
    'complaints:configure',
    'complaints:handle',
    'complaints:read',
    'complaints:read_all',
    'complaints:register',
    'contacts:delete_any',
    'contacts:import',
    'contacts:read',
    'contacts:read_all',
    'goals:read',
    'goals:write',
    'improvements:read',
    'improvements:write',
    'integrations:manage',
    'reports:read',
    'surveys:read',
    'surveys:write',
    'department_surveys:read',
    'telephony:configure',
    'telephony:import',
    'topics:read',
    'topics:write',
    'units:read',
    'units:write',
    'users:read',
    'users:write',
    'visitors:write',
  ],
  integration: ['contacts:import', 'telephony:import', 'topics:read', 'units:read'],
};

/** Platform administrators run the installation: they add municipalities (tenants). */
const PLATFORM_PERMISSIONS: readonly Permission[] = ['tenants:read', 'tenants:create'];

export interface RoleGrant {
  role: Role;
  /** Set for department_contact only: the unit the contact speaks for. */
  unitId: string | null;
}

export interface Actor {
  tenantId: string;
  userId: string;
  roles: readonly RoleGrant[];
  isPlatformAdmin: boolean;
}

export function permissionsOf(actor: Pick<Actor, 'roles' | 'isPlatformAdmin'>): Set<Permission> {
  const result = new Set<Permission>();
  for (const grant of actor.roles) for (const p of ROLE_PERMISSIONS[grant.role]) result.add(p);
  if (actor.isPlatformAdmin) for (const p of PLATFORM_PERMISSIONS) result.add(p);
  return result;
}

export function can(actor: Pick<Actor, 'roles' | 'isPlatformAdmin'>, permission: Permission): boolean {
  return permissionsOf(actor).has(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A role a person may be given (every role but 'integration'). */
export function isPersonRole(value: string): value is PersonRole {
  return (PERSON_ROLES as readonly string[]).includes(value);
}
