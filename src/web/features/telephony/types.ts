/**
 * The answers of the telephony and report API as the web app reads them. The server's zod
 * schemas are the source of truth (src/server/telephony/schema.ts, src/server/reports/schema.ts);
 * the report's table model is core's (src/core/telephony/weekly-report.ts).
 */
import type { CallMapping as CallMappingShape } from '../../../core/telephony/call-mapping.js';
import type { WeeklyReport } from '../../../core/telephony/weekly-report.js';

export interface WeeklyReportDocument extends WeeklyReport {
  scope: { key: string; kind: 'all' | 'group' | 'queue'; name: string | null };
  from: string;
  to: string;
  generatedAt: string;
  timeZone: string;
  thresholds: { shortAbandonSeconds: number; answeredWithinSeconds: number; emailLimitHours: number };
  closedDays: ClosedDay[];
}

export interface Queue {
  id: string;
  /** The queue's name in the telephony system (the PBX). */
  name: string;
  label: string | null;
  groupId: string | null;
}

export interface QueueGroup {
  id: string;
  name: string;
}

export interface Scopes {
  queues: Queue[];
  groups: QueueGroup[];
}

export interface ClosedDay {
  day: string;
  reason: string;
}

export interface TelephonySettings {
  timeZone: string;
  shortAbandonSeconds: number;
  answeredWithinSeconds: number;
  emailDayStartMinute: number;
  emailDayEndMinute: number;
  emailLimitHours: number;
}

export interface VisitorCount {
  day: string;
  visitors: number;
  source: 'entered' | 'imported';
}

export const CALL_FILE_FORMATS = ['asterisk-queue-log', 'asterisk-cdr', 'csv'] as const;
export type CallFileFormat = (typeof CALL_FILE_FORMATS)[number];

export interface CallMapping {
  id: string;
  name: string;
  source: string;
  /** 'calls': one row per call; 'intervals': counts per interval from a contact-centre system. */
  kind: 'calls' | 'intervals';
}

/** An item of GET /api/telephony/call-mappings with what the mapping says, as it was saved. */
export interface SavedCallMapping extends CallMapping {
  mapping: CallMappingShape;
  updatedAt: string;
}

export interface CallImportSummary {
  importId: string | null;
  format: CallFileFormat | 'api';
  source: string;
  fileName: string | null;
  dryRun: boolean;
  /** Set when the same file was imported before: nothing changed. */
  alreadyImportedAs: string | null;
  lines: number;
  blankLines: number;
  calls: number;
  imported: number;
  duplicates: number;
  duplicateLines: number;
  completedFromEarlierFile: number;
  stillOpen: number;
  neverEnded: number;
  customEvents: number;
  turnedAway: number;
  orphanEvents: number;
  unterminated: number;
  skipped: Record<string, number>;
  intervals?: number;
  rejectedCount: number;
  rejected: { line: number; reason: string }[];
  firstDay: string | null;
  lastDay: string | null;
  bytes: number;
  durationMs: number;
}

export interface CallImport {
  id: string;
  source: string;
  format: CallFileFormat | 'api';
  mappingName: string | null;
  fileName: string | null;
  firstDay: string | null;
  lastDay: string | null;
  createdAt: string;
  /** Who imported it; null when it was run from the command line. */
  createdBy: string | null;
  imported: number;
  duplicates: number;
  stillOpen: number;
}

/** POST /api/telephony/imports/explain: a dry run's sample of calls with the lines that made each. */
export interface CallFileExplanation {
  summary: CallImportSummary;
  calls: {
    callId: string;
    queue: string;
    day: string;
    outcome: 'answered' | 'abandoned' | 'timeout' | 'exit_key' | 'exit_empty' | 'withdrawn';
    answeredEnd: 'completed_caller' | 'completed_agent' | 'transferred' | null;
    waitSeconds: number;
    talkSeconds: number;
    sample: 'first' | 'abandoned' | 'transferred';
    lines: { line: number; text: string }[];
  }[];
}
