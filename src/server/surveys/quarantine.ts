/** The quarantine key of an address: HMAC-SHA-256 under the tenant's own secret, hex (never the address). */
import { createHmac, randomBytes } from 'node:crypto';

export const newSecret = (): Uint8Array => randomBytes(32);

export function addressKey(secret: Uint8Array, address: string): string {
  return createHmac('sha256', secret).update(address, 'utf8').digest('hex');
}
