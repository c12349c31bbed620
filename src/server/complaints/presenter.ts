/** Synpunkter as the API shows them: never contact details in a list; in one case only for its handlers. */
import { registrationNumber } from '../../core/complaints/complaints.js';
import type { CaseRow } from './queries/cases.js';
import type { EventRow } from './queries/events.js';
import type { OneCase } from './read-complaints.js';

export function presentCase(row: CaseRow) {
  return {
    id: row.id,
    registrationNumber: registrationNumber(row.year, row.number),
    type: row.type,
    categories: row.categories,
    topicId: row.topicId,
    unitId: row.unitId,
    channel: row.channel,
    receivedAt: row.receivedAt.toISOString(),
    receivedDay: row.receivedDay,
    body: row.body,
    personalData: row.personalData,
    anonymous: row.anonymous,
    wantsAnswer: row.wantsAnswer,
    hasContactDetails: row.hasContactDetails,
    language: row.language,
    state: row.state,
    acknowledgeBy: row.acknowledgeBy,
    answerBy: row.answerBy,
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    contactId: row.contactId,
    improvementId: row.improvementId,
  };
}

function presentEvent(e: EventRow) {
  return {
    seq: e.seq,
    at: e.at.toISOString(),
    by: e.byUserId === null ? null : { id: e.byUserId, name: e.byName ?? '' },
    kind: e.kind,
    fromState: e.fromState,
    toState: e.toState,
    note: e.note,
  };
}

export function presentOne(one: OneCase) {
  return {
    ...presentCase(one.row),
    answer: one.row.answer,
    answerSentAt: one.row.answerSentAt?.toISOString() ?? null,
    measures: one.row.measures,
    mayHandle: one.mayHandle,
    contact: one.contact,
    history: one.events.map(presentEvent),
  };
}
