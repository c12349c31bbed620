/**
 * One run of the survey work for every tenant: decide the addresses given since the last run,
 * send what is due, delete addresses no longer needed. `lots serve` runs it every minute; a
 * failed tenant is logged (by error type) and the others go on.
 */
import type { Medium } from '../../core/surveys/invitations.js';
import type { Database } from '../../db/database.js';
import { listTenantIds } from '../signals/run-signals.js';
import type { Mailer } from '../signals/mailer.js';
import { planInvitations, type PlanResult } from './plan-invitations.js';
import { sendInvitations, type SendResult } from './send-invitations.js';
import type { SmsSender } from './sms.js';

export interface SurveyRun {
  tenantId: string;
  planned: PlanResult | null;
  sent: SendResult | null;
  error: string | null;
}

export async function runSurveys({
  db,
  mailer,
  sms = null,
  publicUrl,
  now = new Date(),
  tenantId,
}: {
  db: Database;
  mailer: Mailer | null;
  sms?: SmsSender | null;
  publicUrl: string | undefined;
  now?: Date;
  tenantId?: string;
}): Promise<SurveyRun[]> {
  const media = new Set<Medium>();
  if (publicUrl && mailer) media.add('email');
  if (publicUrl && sms) media.add('sms');
  const runs: SurveyRun[] = [];
  for (const id of tenantId ? [tenantId] : await listTenantIds(db)) {
    const run: SurveyRun = { tenantId: id, planned: null, sent: null, error: null };
    runs.push(run);
    try {
      run.planned = await planInvitations({ db, tenantId: id, media, now });
      run.sent = await sendInvitations({ db, tenantId: id, mailer, sms, publicUrl, now });
    } catch (error) {
      run.error = error instanceof Error ? error.name : 'unknown';
    }
  }
  return runs;
}
