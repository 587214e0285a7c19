import { useParams } from 'react-router';
import { ServiceHistoryScreen } from '@/features/capacity-history/components/service-history-screen';
import { registerCapacityTranslations } from '@/lib/i18n/capacity';
import { usePlatformContext } from '../../layouts/platform-layout';

registerCapacityTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  const params = useParams();
  return (
    <ServiceHistoryScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisationId={params.organisationId ?? ''}
      serviceId={params.serviceId ?? ''}
    />
  );
}
