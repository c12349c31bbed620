/** Survey shapes as the web app reads them (src/server/surveys/schema.ts is the source of truth). */
import type { Channel, Need, Resolution } from '../../../core/contacts/taxonomy.js';
import type { ResultsBodyJson } from '../../../core/surveys/result-rows.js';

export const SURVEY_STATUSES = ['draft', 'active', 'paused', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export const TEMPLATE_KEYS = ['after_contact', 'skr_phone', 'skr_email', 'departments'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];
export const QUESTION_KINDS = ['scale5', 'nps', 'yes_no', 'one_choice', 'many_choices', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const DIMENSIONS = [
  'engagemang',
  'enkelhet',
  'generell_nojdhet',
  'kunskap',
  'svarstid',
  'uppklarning',
  'bemotande',
  'tydlighet',
  'samarbete',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const BREAKDOWNS = ['channel', 'need', 'unit', 'resolution', 'version', 'month'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export interface Text {
  sv: string;
  en?: string;
}

export interface Question {
  key: string;
  kind: QuestionKind;
  text: Text;
  ends?: { low: Text; high: Text };
  choices?: { key: string; label: Text }[];
  dimension?: (typeof DIMENSIONS)[number];
  required?: boolean;
  condition?: { question: string; anyOf: string[] };
}

export interface SendWindow {
  fromMinute: number;
  toMinute: number;
  days: 'every_day' | 'not_sundays_or_holidays';
}

export interface Rules {
  channels: string[];
  topics: string[] | null;
  needs: string[] | null;
  samplingShare: number;
  quarantineDays: number;
  dailyCap: number | null;
  delayMinutes: number;
  windows: { email: SendWindow; sms: SendWindow };
}

export interface Survey {
  id: string;
  templateKey: TemplateKey | null;
  name: string;
  nameEn: string | null;
  audience: 'citizens' | 'departments';
  status: SurveyStatus;
  rules: Rules;
  linkValidDays: number;
  reminderAfterDays: number | null;
  version: number;
  definition: { questions: Question[] };
  invitations: number;
  answered: number;
  createdAt: string;
  updatedAt: string;
}

export interface ResponseRate {
  delivered: number;
  answered: number;
  rate: number | null;
  interval: { low: number; high: number } | null;
}

export interface SurveyResults {
  surveyId: string;
  version: number;
  from: string;
  to: string;
  responseRate: ResponseRate;
  results: ResultsBodyJson;
  groups:
    | { key: string | null; label: string | null; responseRate: ResponseRate; results: ResultsBodyJson }[]
    | null;
  national: { question: string; index: number }[];
}

/** One respondent's answers as the answer list shows them (the drill-down and "Min återkoppling"). */
export interface AnswerItem {
  id?: string;
  contactDay?: string | null;
  answeredAt?: string | null;
  channel?: Channel | null;
  topicName?: string | null;
  need?: Need | null;
  unitName?: string | null;
  resolution?: Resolution | null;
  version?: number;
  answers: { question: string; kind?: string; value: number | string | string[] }[];
}

/** One respondent behind a figure as GET /api/surveys/:id/answers gives it. */
export interface AnswerBehind {
  id: string;
  day: string;
  channel: Channel | null;
  topic: { id: string; name: string } | null;
  need: Need | null;
  unit: { id: string; name: string } | null;
  resolution: Resolution | null;
  answeredAt: string | null;
  answers: { question: string; kind: string; value: number | string | string[] }[];
}

export interface AnswersPage {
  items: AnswerBehind[];
  nextCursor: string | null;
}

export function answerItemOf(a: AnswerBehind): AnswerItem {
  return {
    id: a.id,
    contactDay: a.day,
    answeredAt: a.answeredAt,
    channel: a.channel,
    topicName: a.topic?.name ?? null,
    need: a.need,
    unitName: a.unit?.name ?? null,
    resolution: a.resolution,
    answers: a.answers,
  };
}

export interface MyFeedbackItem {
  contactDay: string;
  channel: Channel;
  topicName: string;
  surveyName: string;
  answeredAt: string;
  answers: { question: string; kind: string; value: number | string | string[] }[];
}
