import { roleAtLeast } from '@opale/core';
import { BansScreen } from '@/features/bans/components/bans-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <BansScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canRecord={roleAtLeast(membership.role, 'rep')}
    />
  );
}
