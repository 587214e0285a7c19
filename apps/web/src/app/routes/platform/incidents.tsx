import { IncidentOutboxPanel } from '@/components/incident-outbox-panel';
import { IncidentsScreen } from '@/features/incidents/components/incidents-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  return (
    <IncidentsScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      viewer={{
        userId: me.user.id,
        organisationId: membership.organisationId,
        organisationName: membership.organisationName,
        role: membership.role,
      }}
      outbox={<IncidentOutboxPanel platform={membership.platformSlug} />}
    />
  );
}
