/**
 * The tenant's own complaint settings (issue #17, complaints:configure): its category list
 * (Järfälla's six by default; a category left out is retired, never deleted, so the statistics
 * of past cases keep their labels; keys are stable) and the deadlines in working days per type.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../core/auth/roles.js';
import { COMPLAINT_TYPES } from '../../core/complaints/complaints.js';
import type { DeadlineRules } from '../../core/complaints/deadlines.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { badRequest, type FieldError } from '../http/problem.js';
import { writeCategories, writeSettings } from './queries/configure.js';
import { readOrMakeCategories, readOrMakeSettings, type CategoryRow } from './queries/settings.js';

export interface CategoryInput {
  key: string;
  sv: string;
  en: string;
}

export function changeCategories(args: { db: Database; actor: Actor; categories: CategoryInput[] }): Promise<CategoryRow[]> {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  args.categories.forEach((c, i) => {
    if (seen.has(c.key)) errors.push({ pointer: `/body/categories/${i}/key`, code: 'complaint_category_twice' });
    seen.add(c.key);
  });
  if (errors.length > 0) throw badRequest('validation_failed', errors);
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    await readOrMakeCategories(client);
    await writeCategories(client, args.categories);
    return readOrMakeCategories(client);
  });
}

export interface SettingsView {
  deadlines: DeadlineRules;
  formOpen: boolean;
}

export function settingsOf(args: { db: Database; actor: Actor }): Promise<SettingsView> {
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    const s = await readOrMakeSettings(client, randomBytes(32));
    return { deadlines: s.deadlines, formOpen: s.formOpen };
  });
}

export function changeSettings(args: { db: Database; actor: Actor; body: SettingsView }): Promise<SettingsView> {
  const errors: FieldError[] = [];
  for (const type of COMPLAINT_TYPES) {
    const rule = args.body.deadlines[type];
    if (rule.answerDays < rule.acknowledgeDays)
      errors.push({ pointer: `/body/deadlines/${type}/answerDays`, code: 'complaint_answer_before_acknowledge' });
  }
  if (errors.length > 0) throw badRequest('validation_failed', errors);
  return withTenantClient(args.db, args.actor.tenantId, async (client) => {
    await readOrMakeSettings(client, randomBytes(32));
    await writeSettings(client, args.body.deadlines, args.body.formOpen);
    return args.body;
  });
}
