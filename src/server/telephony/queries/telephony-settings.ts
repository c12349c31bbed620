/** The tenant's telephony settings, with the defaults of 0007_telephony.sql when none are saved. */
import type { SqlClient } from '../../../db/database.js';

export interface TelephonySettings {
  timeZone: string;
  shortAbandonSeconds: number;
  answeredWithinSeconds: number;
  emailDayStartMinute: number;
  emailDayEndMinute: number;
  emailLimitHours: number;
}

export const DEFAULT_TELEPHONY_SETTINGS: TelephonySettings = {
  timeZone: 'Europe/Stockholm',
  shortAbandonSeconds: 0,
  answeredWithinSeconds: 120,
  emailDayStartMinute: 480,
  emailDayEndMinute: 1020,
  emailLimitHours: 9,
};

export async function readTelephonySettings(client: SqlClient): Promise<TelephonySettings> {
  const [row] = await client.query<{
    time_zone: string;
    short_abandon_seconds: number;
    answered_within_seconds: number;
    email_day_start_minute: number;
    email_day_end_minute: number;
    email_limit_hours: string;
  }>(
    `SELECT time_zone, short_abandon_seconds, answered_within_seconds, email_day_start_minute,
            email_day_end_minute, email_limit_hours::text
       FROM telephony_settings WHERE tenant_id = lots_current_tenant()`,
  );
  if (!row) return { ...DEFAULT_TELEPHONY_SETTINGS };
  return {
    timeZone: row.time_zone,
    shortAbandonSeconds: row.short_abandon_seconds,
    answeredWithinSeconds: row.answered_within_seconds,
    emailDayStartMinute: row.email_day_start_minute,
    emailDayEndMinute: row.email_day_end_minute,
    emailLimitHours: Number(row.email_limit_hours),
  };
}

/** Saves every setting (insert or replace), as the given user. */
export async function writeTelephonySettings(
  client: SqlClient,
  settings: TelephonySettings,
  userId: string,
): Promise<void> {
  await client.query(
    `INSERT INTO telephony_settings (tenant_id, time_zone, short_abandon_seconds, answered_within_seconds,
       email_day_start_minute, email_day_end_minute, email_limit_hours, updated_by_user_id, updated_at)
     VALUES (lots_current_tenant(), $1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (tenant_id) DO UPDATE SET time_zone = EXCLUDED.time_zone,
       short_abandon_seconds = EXCLUDED.short_abandon_seconds,
       answered_within_seconds = EXCLUDED.answered_within_seconds,
       email_day_start_minute = EXCLUDED.email_day_start_minute,
       email_day_end_minute = EXCLUDED.email_day_end_minute,
       email_limit_hours = EXCLUDED.email_limit_hours,
       updated_by_user_id = EXCLUDED.updated_by_user_id, updated_at = now()`,
    [
      settings.timeZone,
      settings.shortAbandonSeconds,
      settings.answeredWithinSeconds,
      settings.emailDayStartMinute,
      settings.emailDayEndMinute,
      settings.emailLimitHours,
      userId,
    ],
  );
}
