/**
 * The visitors file and the e-mail file (core/telephony/day-files.ts): read whole (they are
 * small), all or nothing with every bad line reported, idempotent (a day's count is replaced; an
 * e-mail already stored keeps its answer unless it had none).
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '../../../core/auth/roles.js';
import { calendarDayOfNumber, localDayNumbers } from '../../../core/calendar/local-day.js';
import { parseEmailFile, parseVisitorFile, type DayFileError } from '../../../core/telephony/day-files.js';
import { workingClock } from '../../../core/telephony/email-response.js';
import type { Database } from '../../../db/database.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { insertAuditEventSql } from '../../audit/record-audit-event.js';
import { Problem } from '../../http/problem.js';
import { readClosedDays } from '../queries/closed-days.js';
import { insertEmailMessages } from '../queries/insert-email-messages.js';
import { readTelephonySettings } from '../queries/telephony-settings.js';
import { upsertVisitorCounts } from '../queries/visitor-counts.js';

/** The most a day file may be (a year of e-mails of a large municipality is a few MB). */
export const DAY_FILE_LIMIT = 20 * 1024 * 1024;

export async function readText(input: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > DAY_FILE_LIMIT) throw new Problem(413, 'body_too_large');
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function rejected(errors: DayFileError[]): Problem {
  return new Problem(
    422,
    'call_import_invalid',
    errors.map((e) => ({
      pointer: `/file/line/${e.line}`,
      code: 'line_rejected',
      params: { reason: e.column ? `${e.column}: ${e.detail}` : e.detail },
    })),
  );
}

export async function importVisitorFile(options: { db: Database; actor: Actor; text: string }) {
  const { rows, errors } = parseVisitorFile(options.text);
  if (errors.length > 0) throw rejected(errors);
  await withTenantClient(options.db, options.actor.tenantId, async (client) => {
    await upsertVisitorCounts(client, rows, 'imported', options.actor.userId);
    await insertAuditEventSql(client, {
      tenantId: options.actor.tenantId,
      actorUserId: options.actor.userId,
      action: 'visitor_counts.imported',
      entityType: 'visitor_count',
      entityId: options.actor.tenantId,
      details: { days: rows.length },
    });
  });
  return { days: rows.length, firstDay: rows.map((r) => r.day).sort()[0] ?? null };
}

export async function importEmailFile(options: { db: Database; actor: Actor; source: string; text: string }) {
  return withTenantClient(options.db, options.actor.tenantId, async (client) => {
    const settings = await readTelephonySettings(client);
    const { rows, errors } = parseEmailFile(options.text, settings.timeZone);
    if (errors.length > 0) throw rejected(errors);
    const closed = (await readClosedDays(client)).map((c) => c.day);
    const working = workingClock({
      timeZone: settings.timeZone,
      dayStartMinute: settings.emailDayStartMinute,
      dayEndMinute: settings.emailDayEndMinute,
      extraClosedDays: closed,
    });
    const dayOf = localDayNumbers(settings.timeZone);
    const importId = randomUUID();
    const result = await insertEmailMessages(client, options.source, importId, {
      externalIds: rows.map((r) => r.externalId),
      receivedAt: rows.map((r) => r.receivedAt.toISOString()),
      answeredAt: rows.map((r) => r.answeredAt?.toISOString() ?? null),
      workingSeconds: rows.map((r) =>
        r.answeredAt ? Math.ceil(working(r.receivedAt, r.answeredAt) / 1000) : null,
      ),
      days: rows.map((r) => calendarDayOfNumber(dayOf(r.receivedAt.getTime() / 1000))),
    });
    await insertAuditEventSql(client, {
      tenantId: options.actor.tenantId,
      actorUserId: options.actor.userId,
      action: 'emails.imported',
      entityType: 'email_import',
      entityId: importId,
      details: { source: options.source, rows: rows.length, imported: result.inserted },
    });
    return {
      rows: rows.length,
      imported: result.inserted,
      answeredSince: result.answered,
      duplicates: rows.length - result.inserted - result.answered,
    };
  });
}
