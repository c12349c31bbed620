/**
 * An improvement started from a department's "one thing" (issue #15): a card on the board owned
 * by that department, its problem the answer's text (already masked of personal data when it was
 * stored), following the departments' samarbete index before and after, and linked both ways:
 * the card names the answer (improvements.source_invitation_id) and the answer shows its card. One
 * card per answer.
 */
import type { Actor } from '../../core/auth/roles.js';
import type { Database } from '../../db/database.js';
import { withTenantClient } from '../../db/tenant-context.js';
import { conflict, notFound } from '../http/problem.js';
import { createImprovement, type ImprovementEvaluation } from '../improvements/manage-improvements.js';
import { readDepartmentAnswer } from './queries/answer-of.js';

export async function startImprovement({
  db,
  actor,
  invitationId,
  title,
  now = new Date(),
}: {
  db: Database;
  actor: Actor;
  invitationId: string;
  title: string;
  now?: Date;
}): Promise<ImprovementEvaluation> {
  const answer = await withTenantClient(db, actor.tenantId, (client) =>
    readDepartmentAnswer(client, invitationId),
  );
  if (!answer || !answer.text) throw notFound();
  try {
    return await createImprovement({
      db,
      actor,
      now,
      sourceInvitationId: invitationId,
      body: {
        title,
        problem: answer.text.slice(0, 4000),
        ownerUnitId: answer.departmentId,
        targets: { topicIds: [], needs: [], failureReasons: [] },
        survey: { measure: 'survey_index', scope: `survey:${answer.surveyId}:dimension:samarbete` },
        status: 'idea',
      },
    });
  } catch (error) {
    // The unique index on the answer: it has a card already.
    if ((error as { code?: unknown }).code === '23505') throw conflict('answer_has_improvement');
    throw error;
  }
}
