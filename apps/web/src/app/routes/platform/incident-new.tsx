import { IncidentNewScreen } from '@/features/incident-form/components/incident-new-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { registerScheduleTranslations } from '@/lib/i18n/schedule';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();
registerScheduleTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  return <IncidentNewScreen key={membership.platformSlug} platform={membership.platformSlug} />;
}
