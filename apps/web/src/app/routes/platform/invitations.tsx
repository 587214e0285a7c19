import { InvitationsScreen } from '@/features/invitations/components/invitations-screen';
import { AdminOnly } from './admin-only';

export function Component() {
  return <AdminOnly>{(platform) => <InvitationsScreen platform={platform} />}</AdminOnly>;
}
