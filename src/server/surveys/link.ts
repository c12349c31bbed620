/**
 * The single-use link of a survey invitation: 128 random bits as 22 base64url characters, short
 * enough for a text message. Only its SHA-256 is stored; the token itself is only in the link.
 */
import { createHash, randomBytes } from 'node:crypto';

export const LINK_TOKEN = /^[A-Za-z0-9_-]{22}$/;

export function newLinkToken(): string {
  return randomBytes(16).toString('base64url');
}

export function linkHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
