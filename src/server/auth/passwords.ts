/**
 * Password hashing with argon2id at the library's defaults (m=19456 KiB, t=2, p=1), the
 * configuration OWASP's Password Storage Cheat Sheet lists first.
 */
import { hash, verify } from '@node-rs/argon2';

// Argon2id is algorithm 2 in @node-rs/argon2's (const) enum.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verified against when the account does not exist, so that a wrong e-mail address costs as
// much time as a wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('lots-timing-equaliser-not-a-password');
  await verifyPassword(await dummyHash, password);
}
