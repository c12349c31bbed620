/**
 * "Min återkoppling" (issue #15): what citizens answered about the signed-in guide's own
 * contacts, for the guide alone. The answers as given (comments masked when stored), only those
 * to questions asked, newest first; no score across guides, no list of anyone else's.
 */
import type { Actor } from '../../core/auth/roles.js';
import { countedAnswers } from '../../core/surveys/aggregate.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import type { Locale } from '../http/locale.js';
import { readMyFeedback } from './queries/my-feedback.js';

export const MY_FEEDBACK_LIMIT = 100;

export interface MyFeedbackItem {
  contactDay: string;
  channel: string;
  topicName: string;
  surveyName: string;
  answeredAt: Date;
  answers: { question: string; kind: string; value: number | string | string[] }[];
}

export async function myFeedback({
  db,
  actor,
  locale,
}: {
  db: Database;
  actor: Actor;
  locale: Locale;
}): Promise<MyFeedbackItem[]> {
  const rows = await withTenantClient(db, actor.tenantId, (client) =>
    readMyFeedback(client, actor.userId, MY_FEEDBACK_LIMIT),
  );
  return rows.map((r) => {
    const counted = countedAnswers(r.definition, new Map(Object.entries(r.answers)));
    return {
      contactDay: r.contactDay,
      channel: r.channel,
      topicName: r.topicName,
      surveyName: locale === 'en' && r.surveyNameEn ? r.surveyNameEn : r.surveyName,
      answeredAt: r.answeredAt,
      answers: r.definition.questions
        .filter((q) => counted.has(q.key))
        .map((q) => {
          const value = counted.get(q.key)!;
          const choice = q.choices?.find((c) => c.key === value);
          const text = (t: { sv: string; en?: string }) => (locale === 'en' && t.en ? t.en : t.sv);
          return { question: text(q.text), kind: q.kind, value: choice ? text(choice.label) : value };
        }),
    };
  });
}
