import { countFailedSignIns, findUserByEmail } from '@opale/db';
import type { ApiDeps, RequestMeta } from '../context';
import { recordAudit } from './audit';
import { passwordMatches, spendDecoyVerification } from './passwords';
import { endSession, startSession, type StartedSession } from './sessions';
import { hashToken } from './tokens';

export type SignInResult =
  | ({ ok: true; userId: string } & StartedSession)
  | { ok: false; reason: 'invalid' | 'throttled'; message: string; retryAfterSeconds?: number };

export const wrongCredentialsMessage =
  'That email and password do not match an account. Check both and try again.';

/**
 * Signs a person in. Unknown email and wrong password give the same answer in the same time;
 * failures are counted per account and per address from the audit log (so throttling survives a
 * restart and works across nodes). A cookie the browser already held is ended: every sign-in
 * gets a fresh session token.
 */
export async function signIn(
  deps: Pick<ApiDeps, 'db' | 'now' | 'auth' | 'live'>,
  input: { email: string; password: string; previousToken?: string | undefined },
  request: RequestMeta,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const now = deps.now();
  const since = new Date(now.getTime() - deps.auth.failureWindowMs).toISOString();
  const windowMinutes = Math.round(deps.auth.failureWindowMs / 60_000);

  const [accountFailures, addressFailures] = await Promise.all([
    countFailedSignIns(deps.db, { email }, since),
    request.ip ? countFailedSignIns(deps.db, { ip: request.ip }, since) : Promise.resolve(0),
  ]);
  if (accountFailures >= deps.auth.maxFailuresPerAccount) {
    return {
      ok: false,
      reason: 'throttled',
      message: `Too many failed sign-ins for this account. Wait ${windowMinutes} minutes and try again, or ask your platform admin for help.`,
      retryAfterSeconds: Math.ceil(deps.auth.failureWindowMs / 1000),
    };
  }
  if (addressFailures >= deps.auth.maxFailuresPerAddress) {
    return {
      ok: false,
      reason: 'throttled',
      message: `Too many failed sign-ins from this network. Wait ${windowMinutes} minutes and try again.`,
      retryAfterSeconds: Math.ceil(deps.auth.failureWindowMs / 1000),
    };
  }

  const user = await findUserByEmail(deps.db, email);
  const matches = user
    ? await passwordMatches(user.passwordHash, input.password)
    : (await spendDecoyVerification(input.password), false);

  if (!user || !matches) {
    await recordAudit(deps.db, now, {
      action: 'auth.sign_in_failed',
      actorId: user?.id ?? null,
      target: { type: 'email', id: email },
      ip: request.ip,
    });
    return { ok: false, reason: 'invalid', message: wrongCredentialsMessage };
  }

  if (input.previousToken) await endSession(deps, hashToken(input.previousToken));
  const started = await startSession(deps, user.id, request);
  await recordAudit(deps.db, now, {
    action: 'auth.sign_in',
    actorId: user.id,
    target: { type: 'user', id: user.id },
    ip: request.ip,
  });
  return { ok: true, userId: user.id, ...started };
}
