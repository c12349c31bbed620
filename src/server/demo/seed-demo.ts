/**
 * Creates the demo municipality through the same services an administrator uses, so the demo
 * obeys every rule real data does (validation, password policy, audit trail, row-level security).
 *
 * The seed is a list of steps sharing one context. Later issues add steps (telephony,
 * surveys...) after the organisation and the accounts exist. The year of contacts
 * (seed-contacts.ts) runs last and can be left out: it takes the most time.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { rowsOf } from '../../db/rows.js';
import { withoutTenant, withPlatform } from '../../db/tenant-context.js';
import { createTenant } from '../tenants/create-tenant.js';
import { createUnit } from '../units/create-unit.js';
import { createUser } from '../users/create-user.js';
import { seedCatalogue } from './demo-catalogue.js';
import { seedDemoContacts, type DemoContactsOptions, type DemoContactsResult } from './seed-contacts.js';
import { seedDemoBoard, type DemoBoardResult } from './seed-improvements.js';
import { seedDemoSurveys, type DemoSurveysResult } from './seed-surveys.js';
import { seedDemoDepartmentSurveys, type DemoDepartmentSurveysResult } from './seed-department-surveys.js';
import { seedDemoTelephony, type DemoTelephonyResult } from './seed-telephony.js';
import {
  DEMO_LOGINS,
  DEMO_MUNICIPALITY_CODE,
  DEMO_PASSWORD,
  DEMO_UNITS,
  type DemoLogin,
  type DemoUnit,
} from './demo-municipality.js';

export interface SeedDemoOptions {
  /** Only seed a database without any municipality (the first start of an installation). */
  onlyIfEmpty?: boolean;
  /** The year of contacts: its options, or false to leave it out (tests that do not need it). */
  contacts?: DemoContactsOptions | false;
}

export interface SeedDemoResult {
  /** False when the demo municipality (or, with onlyIfEmpty, any municipality) already existed. */
  created: boolean;
  tenantId: string | null;
  /** How many contacts were added and how long it took, when the step ran. */
  contacts?: DemoContactsResult;
  /** The telephony that goes with the contacts (calls, visitors, e-mails), when the step ran. */
  telephony?: DemoTelephonyResult;
  /** Goals, baselines, signals and the improvement board on the year, when the step ran. */
  board?: DemoBoardResult;
  /** The citizens' surveys of the year (invitations and answers), when the step ran. */
  surveys?: DemoSurveysResult;
  /** Three rounds of the departments' survey, when the step ran. */
  departmentSurveys?: DemoDepartmentSurveysResult;
}

/** What the steps share: the tenant, the acting administrator and the units made so far. */
export interface DemoContext {
  db: Database;
  tenantId: string;
  adminUserId: string;
  /** Unit id by unit name (names are unique in DEMO_UNITS). */
  unitIds: Map<string, string>;
  /** Users with the guide role made so far (the published guide login). */
  guideIds: string[];
}

type DemoStep = (context: DemoContext) => Promise<void>;

/** Run in order after the municipality and its administrator exist. */
const STEPS: readonly DemoStep[] = [seedUnits, seedAccounts, seedCatalogue];

const ADMIN: DemoLogin = requireAdmin();

/**
 * Creates the demo municipality unless it exists. Idempotent: a second call does nothing.
 * Not one transaction (each service commits its own), so a failure part-way leaves a partial
 * demo; run it against a fresh database, which is how start and `lots seed-demo` use it.
 */
export async function seedDemo(db: Database, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const existing = await findTenantIds(db);
  const demoTenant = existing.get(DEMO_MUNICIPALITY_CODE);
  if (demoTenant) return { created: false, tenantId: demoTenant };
  if (options.onlyIfEmpty && existing.size > 0) return { created: false, tenantId: null };

  const { tenant, admin } = await createTenant({
    db,
    municipalityCode: DEMO_MUNICIPALITY_CODE,
    admin: {
      email: ADMIN.email,
      displayName: ADMIN.displayName,
      password: DEMO_PASSWORD,
      locale: 'sv',
      isPlatformAdmin: ADMIN.isPlatformAdmin,
    },
    actorUserId: null,
  });
  const context: DemoContext = {
    db,
    tenantId: tenant.id,
    adminUserId: admin.id,
    unitIds: new Map(),
    guideIds: [],
  };
  for (const step of STEPS) await step(context);
  if (options.contacts === false) return { created: true, tenantId: tenant.id };
  const contacts = await seedDemoContacts(context, options.contacts);
  const telephony = await seedDemoTelephony(context, contacts.year.contacts, contacts.year.period);
  const board = await seedDemoBoard(context, contacts.year);
  const surveys = await seedDemoSurveys(context, contacts.year);
  const departmentSurveys = await seedDemoDepartmentSurveys(context, contacts.year.period);
  return { created: true, tenantId: tenant.id, contacts, telephony, board, surveys, departmentSurveys };
}

/** Whether the demo administrator can sign in here (so the demo logins are worth printing). */
export async function demoIsInstalled(db: Database): Promise<boolean> {
  const rows = await withoutTenant(db, async (tx) =>
    rowsOf<{ tenant: string | null }>(
      await tx.execute(sql`SELECT lots_login_tenant('local', ${ADMIN.email}) AS tenant`),
    ),
  );
  return Boolean(rows[0]?.tenant);
}

async function findTenantIds(db: Database): Promise<Map<string, string>> {
  const rows = await withPlatform(db, async (tx) =>
    rowsOf<{ id: string; municipality_code: string }>(
      await tx.execute(sql`SELECT id, municipality_code FROM tenants`),
    ),
  );
  return new Map(rows.map((r) => [r.municipality_code, r.id]));
}

async function seedUnits(context: DemoContext): Promise<void> {
  const create = async (units: readonly DemoUnit[], parentId: string | null): Promise<void> => {
    for (const unit of units) {
      const created = await createUnit({
        db: context.db,
        tenantId: context.tenantId,
        actorUserId: context.adminUserId,
        name: unit.name,
        parentId,
      });
      context.unitIds.set(unit.name, created.id);
      if (unit.children) await create(unit.children, created.id);
    }
  };
  await create(DEMO_UNITS, null);
}

async function seedAccounts(context: DemoContext): Promise<void> {
  for (const login of DEMO_LOGINS) {
    if (login === ADMIN) continue;
    const unitId = login.unitName ? context.unitIds.get(login.unitName) : undefined;
    if (login.unitName && !unitId) throw new Error(`demo unit missing: ${login.unitName}`);
    const user = await createUser({
      db: context.db,
      tenantId: context.tenantId,
      actor: { system: true, userId: context.adminUserId },
      email: login.email,
      displayName: login.displayName,
      password: DEMO_PASSWORD,
      roles: [{ role: login.role, unitId: unitId ?? null }],
      locale: 'sv',
      isPlatformAdmin: login.isPlatformAdmin ?? false,
    });
    if (login.role === 'guide') context.guideIds.push(user.id);
  }
}

function requireAdmin(): DemoLogin {
  const admin = DEMO_LOGINS.find((l) => l.role === 'administrator');
  if (!admin) throw new Error('the demo needs an administrator');
  return admin;
}
