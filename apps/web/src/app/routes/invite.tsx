import { useParams } from 'react-router';
import { InvitationAccept } from '@/features/invitations/components/invitation-accept';

export function Component() {
  const token = useParams().token ?? '';
  return <InvitationAccept token={token} />;
}
