import { roleAtLeast } from '@opale/core';
import { RetentionScreen } from '@/features/incident-retention/components/retention-screen';
import { registerIncidentsTranslations } from '@/lib/i18n/incidents';
import { canManagePlatform } from '@/lib/platform-nav';
import { usePlatformContext } from '../../layouts/platform-layout';

registerIncidentsTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  return (
    <RetentionScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      canRead={roleAtLeast(membership.role, 'rep')}
      canManage={canManagePlatform(membership.role)}
    />
  );
}
