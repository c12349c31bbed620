/**
 * The public e-form's work (issue #17): find the tenant of /s/<key>, hand out a signed one-time
 * token with the form, check a submission (honeypot, time, token, every field) and register it
 * as a synpunkt through the same service as a guide's, then the receipt. Invalid input comes
 * back field by field with everything the citizen typed, and a fresh token when the old one
 * cannot be used; the same token twice gives the same case.
 */
import { randomBytes } from 'node:crypto';
import { isComplaintType, type ComplaintType } from '../../../core/complaints/complaints.js';
import type { Database } from '../../../db/database.js';
import { withTenantClient } from '../../../db/tenant-context.js';
import { Problem } from '../../http/problem.js';
import type { Locale } from '../../http/locale.js';
import type { Mailer } from '../../signals/mailer.js';
import { receiptMail } from '../mail.js';
import { registerComplaint } from '../register-complaint.js';
import { readOrMakeCategories, readOrMakeSettings, type CategoryRow } from '../queries/settings.js';
import { findFormTenant, readReceipt, type ReceiptRow } from '../queries/form.js';
import { MAX_BODY } from '../schema.js';
import { checkFormToken, issueFormToken } from './token.js';

export interface FormFields {
  type: string;
  category: string;
  body: string;
  wantsAnswer: boolean;
  name: string;
  email: string;
  phone: string;
}

export const EMPTY_FIELDS: FormFields = {
  type: '',
  category: '',
  body: '',
  wantsAnswer: false,
  name: '',
  email: '',
  phone: '',
};

export type FieldName = 'type' | 'category' | 'body' | 'wantsAnswer' | 'name' | 'email' | 'phone' | 'form';
/** Codes the page words in the citizen's language (html.ts). */
export type FormErrorCode =
  | 'type_required'
  | 'category_unknown'
  | 'body_required'
  | 'body_too_long'
  | 'name_too_long'
  | 'email_invalid'
  | 'phone_invalid'
  | 'answer_needs_address'
  | 'too_fast'
  | 'expired'
  | 'forged';

export type FormErrors = Partial<Record<FieldName, FormErrorCode>>;

export interface FormContext {
  tenantId: string;
  categories: CategoryRow[];
  token: string;
}

async function tenantOf(db: Database, key: string): Promise<string> {
  if (!/^[0-9A-Za-z-]{1,64}$/.test(key)) throw new Problem(404, 'not_found');
  const tenantId = await findFormTenant(db, key);
  if (!tenantId) throw new Problem(404, 'not_found');
  return tenantId;
}

/** The form's categories and a fresh token; 404 for an unknown key or a closed form. */
export async function openForm(db: Database, key: string, now = new Date()): Promise<FormContext> {
  const tenantId = await tenantOf(db, key);
  return withTenantClient(db, tenantId, async (client) => {
    const settings = await readOrMakeSettings(client, randomBytes(32));
    if (!settings.formOpen) throw new Problem(404, 'not_found');
    const categories = (await readOrMakeCategories(client)).filter((c) => !c.retired);
    return { tenantId, categories, token: issueFormToken(settings.formSecret, now) };
  });
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{6,40}$/;

export function fieldErrors(f: FormFields, categories: readonly CategoryRow[]): FormErrors {
  const errors: FormErrors = {};
  if (!isComplaintType(f.type)) errors.type = 'type_required';
  if (f.category !== '' && !categories.some((c) => c.key === f.category)) errors.category = 'category_unknown';
  if (f.body.trim() === '') errors.body = 'body_required';
  else if (f.body.length > MAX_BODY) errors.body = 'body_too_long';
  if (f.name.length > 200) errors.name = 'name_too_long';
  if (f.email !== '' && (f.email.length > 254 || !EMAIL.test(f.email))) errors.email = 'email_invalid';
  if (f.phone !== '' && !PHONE.test(f.phone)) errors.phone = 'phone_invalid';
  if (f.wantsAnswer && f.email === '' && f.phone === '') errors.wantsAnswer = 'answer_needs_address';
  return errors;
}

export type Submission =
  | { kind: 'invalid'; errors: FormErrors; context: FormContext }
  | { kind: 'registered'; nonce: string; registrationNumber: string; created: boolean; email: string | null };

export async function submitForm(args: {
  db: Database;
  key: string;
  fields: FormFields;
  token: string;
  locale: Locale;
  mailer: Mailer | null;
  now?: Date;
}): Promise<Submission> {
  const now = args.now ?? new Date();
  const context = await openForm(args.db, args.key, now);
  const secret = await withTenantClient(args.db, context.tenantId, async (client) =>
    (await readOrMakeSettings(client, randomBytes(32))).formSecret,
  );
  const f = args.fields;
  const errors = fieldErrors(f, context.categories);
  const check = checkFormToken(secret, args.token, now);
  if (!check.ok) errors.form = check.reason;
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors, context };

  const nonce = (check as { nonce: string }).nonce;
  const details = {
    name: f.name === '' ? null : f.name,
    email: f.email === '' ? null : f.email,
    phone: f.phone === '' ? null : f.phone,
    postalAddress: null,
  };
  const anonymous = details.name === null && details.email === null && details.phone === null;
  const registered = await registerComplaint({
    db: args.db,
    tenantId: context.tenantId,
    userId: null,
    now,
    input: {
      type: f.type as ComplaintType,
      categories: f.category === '' ? [] : [f.category],
      topicId: null,
      unitId: null,
      channel: 'e_form',
      receivedAt: now,
      body: f.body.trim(),
      anonymous,
      wantsAnswer: !anonymous && f.wantsAnswer,
      language: args.locale,
      contactId: null,
      contact: anonymous ? null : details,
      formNonce: nonce,
    },
  });
  if (registered.created && details.email !== null && args.mailer !== null) {
    const receipt = await receiptOf(args.db, args.key, nonce);
    // The case is stored: a mail server that fails loses no synpunkt (and the address is not logged).
    await args.mailer
      .send(receiptMail(details.email, receipt.registrationNumber, args.locale, receipt.wantsAnswer ? receipt.answerBy : null))
      .catch(() => undefined);
  }
  return { kind: 'registered', nonce, ...registered, email: details.email };
}

/** The receipt of the case a form token made; 404 when there is none. */
export async function receiptOf(db: Database, key: string, nonce: string): Promise<ReceiptRow> {
  if (!/^[A-Za-z0-9_-]{22}$/.test(nonce)) throw new Problem(404, 'not_found');
  const tenantId = await tenantOf(db, key);
  const receipt = await withTenantClient(db, tenantId, (client) => readReceipt(client, nonce));
  if (!receipt) throw new Problem(404, 'not_found');
  return receipt;
}
