import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with argon2id by default (memory 19 MiB, 2 passes: OWASP's minimum).
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Compared against when the email is unknown, so both answers take the same time.
let decoyHash: Promise<string> | undefined;
export async function spendDecoyVerification(password: string): Promise<void> {
  decoyHash ??= hash('opale-decoy-password-never-used');
  await passwordMatches(await decoyHash, password);
}
