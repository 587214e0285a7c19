import type { Invitation } from '@opale/db';

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.revokedAt) return 'revoked';
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.expiresAt <= now.toISOString()) return 'expired';
  return 'open';
}

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });

/** What to tell the person holding a link that no longer works, and what to do about it. */
export function closedInvitationMessage(
  invitation: Invitation,
  status: Exclude<InvitationStatus, 'open'>,
): string {
  switch (status) {
    case 'revoked':
      return `This invitation was withdrawn on ${day(invitation.revokedAt ?? invitation.createdAt)}. Ask your platform admin for a new one.`;
    case 'accepted':
      return `This invitation was already used on ${day(invitation.acceptedAt ?? invitation.createdAt)}; each link works once. If that was you, sign in; otherwise ask your platform admin for a new one.`;
    case 'expired':
      return `This invitation expired on ${day(invitation.expiresAt)}. Ask your platform admin for a new one.`;
  }
}
