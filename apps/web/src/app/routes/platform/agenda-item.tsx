import { useParams } from 'react-router';
import { useAgendaBoards } from '@/features/agenda/api/use-agenda-boards';
import { AgendaItemScreen } from '@/features/agenda-item/components/agenda-item-screen';
import { registerAgendaTranslations } from '@/lib/i18n/agenda';
import { usePlatformContext } from '../../layouts/platform-layout';

registerAgendaTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  const itemId = useParams().itemId ?? '';
  // Every agenda board the member reads, shared with the agenda screen: the item may be on any.
  const { boards } = useAgendaBoards(membership.platformSlug);
  return (
    <AgendaItemScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      itemId={itemId}
      boards={boards}
      viewer={{
        name: me.user.name,
        organisationId: membership.organisationId,
        organisationName: membership.organisationName,
        role: membership.role,
      }}
    />
  );
}
