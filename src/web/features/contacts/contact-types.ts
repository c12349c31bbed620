/**
 * The contacts and topics API as the web app reads it. The server's zod schemas are the source
 * of truth (src/server/contacts/schema.ts, src/server/topics/schema.ts); these mirror them, the
 * taxonomies coming from core so that a new code shows up on both sides at once.
 */
import type {
  AgeBand,
  Channel,
  FailureReason,
  Gender,
  Need,
  ProblemKind,
  Resolution,
} from '../../../core/contacts/taxonomy.js';
import type { PersonalDataKind } from '../../../core/privacy/finding.js';

export type { AgeBand, Channel, FailureReason, Gender, Need, ProblemKind, Resolution };

/** GET /api/topics: a topic of the service catalogue. */
export interface Topic {
  id: string;
  parentId: string | null;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  retiredAt: string | null;
  /** "Vatten och avlopp › Faktura": the names from the root down. */
  path: string;
  /** Everyday words the topic search matches as well ("soptunna"); absent in older answers. */
  searchWords?: string[];
}

/** The body of POST /api/contacts (CreateContactBody). */
export interface NewContact {
  channel: Channel;
  startedAt: string;
  durationSeconds: number;
  need: Need;
  problemKind: ProblemKind | null;
  topicId: string;
  concernsExistingCase: boolean;
  caseReference: string | null;
  resolution: Resolution;
  forwardedToUnitId: string | null;
  forwardDone: string | null;
  forwardExpected: string | null;
  /** Left out: the server defaults it from need, case and topic (the same core rule the form shows). */
  isFailureDemand?: boolean;
  failureReason?: FailureReason | null;
  citizenGender: Gender | null;
  citizenAgeBand: AgeBand | null;
  citizenDistrict: string | null;
  summary: string;
  /**
   * E-mail contacts only: when the e-mail came in (ISO 8601 with an offset), never after the
   * start; null when not known. Left out for other channels (the server's default is null).
   */
  receivedAt?: string | null;
}

/** The body of PATCH /api/contacts/:id: the fields that change, and why. */
export type ContactCorrection = Partial<NewContact> & { reason: string };

/** A contact as the API returns it. */
export interface Contact extends Required<Omit<NewContact, 'isFailureDemand' | 'failureReason'>> {
  id: string;
  ownerUnitId: string;
  isFailureDemand: boolean;
  failureReason: FailureReason | null;
  isFailureDemandOverridden: boolean;
  loggedByMe: boolean;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  /** Whether the signed-in person may correct it now (the guide who logged it, the same day). */
  canCorrect: boolean;
  /** Whether the signed-in person may delete it now (its guide the same day, a manager any time). */
  canDelete: boolean;
  /** Whether the signed-in person may read its audit trail (its guide, and those who read all contacts). */
  canSeeRevisions: boolean;
}

/** One step of a contact's audit trail (GET /api/contacts/:id/revisions). */
export interface ContactRevision {
  revision: number;
  action: 'created' | 'corrected' | 'deleted';
  changedByUserId: string;
  changedByName: string;
  changedAt: string;
  reason: string | null;
  /** The changed fields before (null for 'created') and after, by their API names. */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface MaskedField {
  field: 'summary' | 'forwardDone' | 'forwardExpected';
  kinds: PersonalDataKind[];
}

/** The answer to a save or a correction. */
export interface SavedContact extends Contact {
  maskedPersonalData: MaskedField[];
}

export interface ContactsPage {
  contacts: Contact[];
  nextCursor: string | null;
  /** How many contacts the filters select; with the first page only. */
  total: number | null;
}
