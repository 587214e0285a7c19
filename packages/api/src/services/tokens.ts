import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A 256-bit secret for a cookie or a link; only its hash is ever stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newId(): string {
  return randomUUID();
}
