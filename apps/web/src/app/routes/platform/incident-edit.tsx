import { useParams } from 'react-router';
import { IncidentEditScreen } from '@/features/incident-form/components/incident-edit-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  const incidentId = useParams().incidentId ?? '';
  return (
    <IncidentEditScreen
      key={incidentId}
      platform={membership.platformSlug}
      incidentId={incidentId}
    />
  );
}
