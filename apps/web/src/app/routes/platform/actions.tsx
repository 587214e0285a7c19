import { useAgendaBoards } from '@/features/agenda/api/use-agenda-boards';
import { ActionsOverviewScreen } from '@/features/agenda-item/components/actions-overview-screen';
import { registerAgendaTranslations } from '@/lib/i18n/agenda';
import { usePlatformContext } from '../../layouts/platform-layout';

registerAgendaTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  const { boards } = useAgendaBoards(membership.platformSlug);
  return (
    <ActionsOverviewScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
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
