import { useParams } from 'react-router';
import { IncidentScreen } from '@/features/incidents/components/incident-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  const incidentId = useParams().incidentId ?? '';
  return (
    <IncidentScreen
      key={incidentId}
      platform={membership.platformSlug}
      platformName={membership.platformName}
      incidentId={incidentId}
      viewer={{
        userId: me.user.id,
        organisationId: membership.organisationId,
        organisationName: membership.organisationName,
        role: membership.role,
      }}
    />
  );
}
