/** The integrations API's JSON as the web app reads it (src/server/integrations/schema.ts is the source). */
export type TokenStatus = 'active' | 'expired' | 'revoked';

export interface ApiToken {
  id: string;
  integrationId: string;
  name: string;
  status: TokenStatus;
  createdAt: string;
  createdBy: { id: string; displayName: string } | null;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface Integration {
  id: string;
  name: string;
  isActive: boolean;
  createdAt: string;
  tokens: ApiToken[];
}

export interface CreatedToken {
  token: ApiToken;
  /** The whole token, shown once. */
  secret: string;
}
