import { IncidentReportScreen } from '@/features/incident-report/components/incident-report-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <IncidentReportScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisationName={membership.organisationName}
      role={membership.role}
    />
  );
}
