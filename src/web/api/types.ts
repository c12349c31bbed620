/**
 * Shapes of the API's JSON, as the web app reads them. The server's zod schemas are the source of
 * truth (src/server/<feature>/schema.ts); these mirror them without pulling server code into the
 * browser bundle.
 */
import type { Permission, Role, RoleGrant } from '../../core/auth/roles.js';

export type Locale = 'sv' | 'en';

export interface Session {
  user: {
    id: string;
    email: string;
    displayName: string;
    locale: Locale;
    roles: RoleGrant[];
    isPlatformAdmin: boolean;
    permissions: Permission[];
  };
  tenant: { id: string; name: string; municipalityCode: string };
  csrfToken: string;
  expiresAt: string;
}

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

export interface Tenant {
  id: string;
  municipalityCode: string;
  name: string;
  /** Its people's accounts must be at one of these. */
  emailDomains: string[];
  createdAt: string;
}

export interface Unit {
  id: string;
  parentId: string | null;
  name: string;
  kind: 'department' | 'unit';
  archivedAt: string | null;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: RoleGrant[];
  isActive: boolean;
  isPlatformAdmin: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export type { Permission, Role, RoleGrant };
