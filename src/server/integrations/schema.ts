import { z } from 'zod';

export const INTEGRATION_NAME_MAX = 100;
export const TOKEN_NAME_MAX = 200;
/** A token lives a year unless asked otherwise, and at most two: secrets are rotated. */
export const TOKEN_DAYS_DEFAULT = 365;
export const TOKEN_DAYS_MAX = 730;

export const ApiToken = z.object({
  id: z.uuid(),
  integrationId: z.uuid(),
  name: z.string(),
  /** Worked out when presented: revoked wins over expired. */
  status: z.enum(['active', 'expired', 'revoked']),
  createdAt: z.iso.datetime(),
  /** Null when made by the command-line tool. */
  createdBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  expiresAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiTokenJson = z.infer<typeof ApiToken>;

export const Integration = z.object({
  id: z.uuid(),
  name: z.string(),
  isActive: z.boolean(),
  createdAt: z.iso.datetime(),
  /** Every token, revoked and expired ones too, oldest first; never a secret. */
  tokens: z.array(ApiToken),
});
export type IntegrationJson = z.infer<typeof Integration>;

export const IntegrationsResponse = z.object({ integrations: z.array(Integration) });
export const TokensResponse = z.object({ tokens: z.array(ApiToken) });

export const CreatedToken = z.object({
  token: ApiToken,
  /** The whole token for the Authorization header. Shown this once: only its hash is kept. */
  secret: z.string(),
});

const IntegrationName = z.string().trim().min(1).max(INTEGRATION_NAME_MAX);

export const CreateIntegrationBody = z.strictObject({ name: IntegrationName });

export const UpdateIntegrationBody = z
  .strictObject({ name: IntegrationName.optional(), isActive: z.boolean().optional() })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { params: { code: 'nothing_to_change' } });

export const CreateTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(TOKEN_NAME_MAX),
  expiresInDays: z.int().min(1).max(TOKEN_DAYS_MAX).default(TOKEN_DAYS_DEFAULT),
});

export const IntegrationParams = z.strictObject({ id: z.uuid() });
export const TokenParams = z.strictObject({ id: z.uuid(), tokenId: z.uuid() });
