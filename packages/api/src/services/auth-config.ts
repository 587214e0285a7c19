/** Session and sign-in limits; the defaults suit field phones that may be seized. */
export interface AuthConfig {
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  invitationTtlMs: number;
  /** Failed sign-ins allowed per account, then per address, within the window. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowMs: number;
}

const hour = 3_600_000;

export const defaultAuthConfig: AuthConfig = {
  sessionIdleMs: 12 * hour,
  sessionAbsoluteMs: 14 * 24 * hour,
  invitationTtlMs: 7 * 24 * hour,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  failureWindowMs: 15 * 60_000,
};
